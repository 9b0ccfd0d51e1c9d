# SPDX-License-Identifier: EUPL-1.2
"""Care episodes: who starts which care when, for how long, and how it ends.

A stationary inflow with a yearly growth factor and a seasonal pattern, simulated from a
burn-in period before the first year so that the first year already has a realistic stock
of running (and old, open-ended) cases. The inflow rate is calibrated so that the number of
unique clients in the first year matches the target: with inflow ``λ`` per month and mean
duration ``D`` months, about ``λ (12 + D)`` episodes overlap a year.
"""

from dataclasses import dataclass

import numpy as np

from stuurhuis.synth.tijd import FloatArray, IntArray, first_day, month_number, uniform

# Inflow by calendar month: a dip in the summer holidays and in December, peaks after.
SEASON = np.asarray([1.12, 1.08, 1.10, 1.02, 1.00, 0.96, 0.78, 0.74, 1.08, 1.12, 1.06, 0.94])
BURN_IN_YEARS = 10
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class Mix:
    """One primary category of a law: share of episodes, duration and allocation habits."""

    categorie: str
    aandeel: float
    duur_maanden: float  # mean episode duration
    leeftijd: str  # age profile name, see AGE_PROFILES
    open_kans: float  # share allocated without an end date
    producten: tuple[tuple[str, float], ...]
    termijn_maanden: int = 12  # length of one beschikking before herindicatie


@dataclass(frozen=True)
class Episodes:
    """Episodes of one law in one unit, as parallel arrays."""

    mix_index: IntArray
    start: IntArray  # day
    end: IntArray  # day (may lie after the peildatum: still running)
    age: IntArray  # age in years at start

    @property
    def size(self) -> int:
        return int(self.start.shape[0])


# Age profiles: (ages, relative weights) for the age at the start of care.
def _profile(kind: str) -> tuple[IntArray, FloatArray]:
    ages = np.arange(0, 100, dtype=np.int64)
    a = ages.astype(np.float64)
    if kind == "oud":  # huishouden, hulpmiddelen: mostly 65+, peak around 82
        w = np.where(a >= 18, 0.08, 0.0) + np.exp(-(((a - 82) / 8.0) ** 2)) * (a >= 50)
    elif kind == "volw":  # begeleiding, dagbesteding: broad adult
        w = np.where((a >= 18) & (a < 95), 1.0, 0.0) * (1.2 - np.clip((a - 55) / 60, 0, 0.9))
    elif kind == "bw":  # beschermd wonen, opvang
        w = np.where((a >= 18) & (a < 70), np.exp(-(((a - 35) / 14.0) ** 2)), 0.0)
    elif kind == "jeugd":
        w = np.where(a < 18, 0.3 + a / 10.0, 0.0) + np.where((a >= 18) & (a < 23), 0.08, 0.0)
    elif kind == "jeugd_ouder":
        w = np.where(a < 18, np.clip(a - 3, 0, None) ** 1.3, 0.0) + np.where(
            (a >= 18) & (a < 23), 1.0, 0.0
        )
    elif kind == "jeugd_jong":
        w = np.where(a < 14, 1.0, 0.0)
    elif kind == "jr":  # jeugdreclassering: 12-17, some 18-22 (adolescentenstrafrecht)
        w = np.where((a >= 12) & (a < 18), 1.0, 0.0) + np.where((a >= 18) & (a < 23), 0.15, 0.0)
    elif kind == "werk":  # Participatiewet
        w = np.where((a >= 18) & (a < 67), 1.0 - np.abs(a - 40) / 60.0, 0.0)
    else:
        raise ValueError(kind)
    return ages, w / w.sum()


def sample_ages(rng: np.random.Generator, kind: str, n: int) -> IntArray:
    ages, p = _profile(kind)
    return rng.choice(ages, size=n, p=p)


def inflow_rate(target_first_year: float, mixes: tuple[Mix, ...], growth: float) -> float:
    """Monthly inflow so that about ``target_first_year`` episodes overlap the first year.

    Episodes running in the first year started on average ``D`` months earlier, when the
    inflow was ``growth ** (D / 12)`` times lower; the rate is raised by that factor.
    """
    mean_duration = sum(m.aandeel * m.duur_maanden for m in mixes) / sum(m.aandeel for m in mixes)
    return float(target_first_year / (12.0 + mean_duration) * growth ** (mean_duration / 12.0))


def simulate_starts(
    rng: np.random.Generator,
    rate: float,
    growth: float,
    first_year: int,
    last_month: int,
) -> IntArray:
    """Start days of episodes from the burn-in period up to ``last_month`` (a month number).

    ``rate`` is the inflow per month in the first year; it changes by ``growth`` per year.
    """
    first_month = month_number(first_year - BURN_IN_YEARS, 1)
    months = np.arange(first_month, last_month + 1, dtype=np.int64)
    reference = month_number(first_year, 1)
    lam = rate * growth ** ((months - reference) / 12.0) * SEASON[months % 12]
    counts = rng.poisson(lam)
    month_of_start = np.repeat(months, counts)
    start = first_day(month_of_start)
    length = first_day(month_of_start + 1) - start
    return start + (uniform(rng, start.shape[0]) * length).astype(np.int64)


def sample_durations(rng: np.random.Generator, mean_months: FloatArray) -> IntArray:
    """Episode length in days: gamma (shape 1.4) around the mean, at least two weeks."""
    shape = 1.4
    months = rng.gamma(shape, mean_months / shape)
    return np.maximum((months * DAYS_PER_MONTH).astype(np.int64), 14)


def simulate(
    rng: np.random.Generator,
    mixes: tuple[Mix, ...],
    *,
    target_first_year: float,
    growth: float,
    first_year: int,
    last_month: int,
) -> Episodes:
    """Episodes of one law: start, end, category and age at start."""
    start = simulate_starts(
        rng, inflow_rate(target_first_year, mixes, growth), growth, first_year, last_month
    )
    share = np.asarray([m.aandeel for m in mixes])
    mix_index = np.asarray(
        rng.choice(len(mixes), size=int(start.shape[0]), p=share / share.sum()), dtype=np.int64
    )
    mean = np.asarray([m.duur_maanden for m in mixes])[mix_index]
    end = start + sample_durations(rng, mean)
    ages = np.zeros(start.shape[0], dtype=np.int64)
    for i, mix in enumerate(mixes):
        mask = mix_index == i
        ages[mask] = sample_ages(rng, mix.leeftijd, int(mask.sum()))
    keep = end >= first_day(np.asarray([month_number(first_year, 1)]))[0]
    return Episodes(mix_index[keep], start[keep], end[keep], ages[keep])


__all__ = ["SEASON", "Episodes", "Mix", "sample_ages", "simulate", "simulate_starts"]
