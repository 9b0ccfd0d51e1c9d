# SPDX-License-Identifier: EUPL-1.2
"""Participatiewet provisions: bijstand and the other regelingen.

Stock models: the inflow is calibrated on a stock (``λ = stock / mean duration``), e.g.
2,850 bijstand households at the end of the first year. A running provision is written as
one row per calendar year (the monthly amount is re-indexed every January), the last row
open-ended when it still runs at the peildatum; a one-off payment (bijzondere bijstand) has
begindatum = einddatum.
"""

from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from stuurhuis.synth.config import BEWIND_HOUSEHOLDS, BIJSTAND_HOUSEHOLDS, SCHULDHULP_HOUSEHOLDS
from stuurhuis.synth.episodes import sample_durations, simulate_starts
from stuurhuis.synth.personen import NO_DAY
from stuurhuis.synth.tijd import IntArray, day_number, expand_ranges, year_of


@dataclass(frozen=True)
class Regeling:
    """A Participatiewet regeling: stock per 100,000, duration, amount, yearly growth."""

    naam: str
    stock: float  # per 100,000 inhabitants, in the first year
    duur_maanden: float
    bedrag_2019_cent: int  # per month
    growth: float
    from_bijstand: float = 0.0  # share of clients taken from bijstand clients


REGELINGEN = (
    # 000: bijstand fell from 2,950 (2016) to 2,850 (2017); modelled as a slow decline.
    Regeling("bijstand", BIJSTAND_HOUSEHOLDS, 42, 105_000, 0.985),
    Regeling("ioaw", 80, 36, 115_000, 1.0),
    Regeling("re_integratie", 900, 10, 22_000, 1.02, 0.6),
    # 000: loonkostensubsidie "zal de komende jaren fors gaan toenemen"
    Regeling("loonkostensubsidie", 180, 30, 125_000, 1.12),
    Regeling("beschut_werk", 40, 60, 210_000, 1.15),
    Regeling("schuldhulp", SCHULDHULP_HOUSEHOLDS, 18, 9_500, 1.03, 0.4),
    Regeling("bewindvoering", BEWIND_HOUSEHOLDS, 48, 11_500, 1.04, 0.4),
)
BIJZONDERE_BIJSTAND_PER_YEAR = 2_400  # one-off payments per 100,000 inhabitants
# Social-assistance norms follow the minimum wage: +10 % in 2023, about 3 % otherwise.
NORM_INDEX = {2020: 1.02, 2021: 1.015, 2022: 1.03, 2023: 1.10, 2024: 1.035, 2025: 1.03}


def indexed(amount_2019: npt.NDArray[np.int64], jaar: IntArray) -> IntArray:
    """Monthly amount in ``jaar`` from its 2019 level (cents)."""
    factor = np.ones(jaar.shape[0])
    for year, step in NORM_INDEX.items():
        factor = np.where(jaar >= year, factor * step, factor)
    return np.rint(amount_2019 * factor).astype(np.int64)


@dataclass(frozen=True)
class Provisions:
    """Rows of uitkeringen.csv for one unit (before BSNs are attached)."""

    regeling: npt.NDArray[np.str_]
    episode: IntArray  # running number per unit; the uitkering_id is built from it
    person: IntArray
    begin: IntArray
    end: IntArray  # NO_DAY: open
    bedrag_cent: IntArray

    @property
    def size(self) -> int:
        return int(self.begin.shape[0])


def episodes(
    rng: np.random.Generator, regeling: Regeling, scale: float, first_year: int, last_month: int
) -> tuple[IntArray, IntArray]:
    """(start, end) days of the episodes of ``regeling``."""
    rate = regeling.stock * scale / regeling.duur_maanden
    start = simulate_starts(rng, rate, regeling.growth, first_year, last_month)
    end = start + sample_durations(rng, np.full(start.shape[0], regeling.duur_maanden))
    keep = end >= day_number(date(first_year, 1, 1))
    return start[keep], end[keep]


def yearly_rows(
    start: IntArray, end: IntArray, amount_2019: IntArray, first_year: int, peil: int
) -> tuple[IntArray, IntArray, IntArray, IntArray]:
    """Split episodes per calendar year: (episode index, begin, end or NO_DAY, amount)."""
    y0 = np.maximum(year_of(start), first_year)
    y1 = year_of(np.minimum(end, peil))
    owner, year = expand_ranges(y0, y1)
    jan1 = (year - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    dec31 = (year - 1969).astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64) - 1
    begin = np.maximum(start[owner], jan1)
    stop = np.minimum(end[owner], dec31)
    running = (end[owner] > peil) & (year == year_of(np.asarray([peil]))[0])
    stop = np.where(running, NO_DAY, stop)
    return owner, begin, stop, indexed(amount_2019[owner], year)


__all__ = [
    "BIJZONDERE_BIJSTAND_PER_YEAR",
    "REGELINGEN",
    "Provisions",
    "Regeling",
    "episodes",
    "indexed",
    "yearly_rows",
]
