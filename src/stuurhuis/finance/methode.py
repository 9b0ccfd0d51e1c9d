# SPDX-License-Identifier: EUPL-1.2
"""The year-end forecast of one series, as seen at any origin month.

A :class:`Reeks` holds one group's monthly data (claim triangle, commitments, volume).
:func:`voorspel` gives the point forecast of a window of months:

* realised: claims for the window's service months booked up to the origin;
* IBNR: claims still to come for those months (:mod:`stuurhuis.finance.driehoek`, with
  commitment × utilisation as the Benktander prior);
* rest: for every month after the origin, the commitment of the allocations active in
  the origin month × the observed utilisation × the growth factor ``g(s)``: the historic
  ratio of commitments ``s`` months ahead to commitments now (outflow of ending
  allocations, inflow of new clients, growth and seasonality in one number).

:func:`prognose_reeks` adds the 80 % band, calibrated on the series' own past: the same
forecast is replayed at earlier origins for a window of the same shape, and the spread
of ``log(actual / forecast)`` gives the band (see ``docs/finance.md``).
"""

import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from stuurhuis.finance.driehoek import MATURE_SHARE, Matrix, Vector, develop

Z80 = 1.2815515655446004  # standard normal quantile for a two-sided 80 % interval
UTILISATION_MONTHS = 6  # recent months whose cost / commitment gives the utilisation
MIN_HISTORY = 12  # months of data needed before an origin can be replayed
MIN_CALIBRATION = 4  # replays needed for an empirical band
MATURE_LAG = 2  # months between a replayed window's end and the origin
FALLBACK_SIGMA = 0.10  # log-scale spread when a series has too little history
SEASON_LAG = 3  # months before the origin whose cost is mature enough for the profile


@dataclass(frozen=True)
class Reeks:
    """Monthly data of one group, months ``0..M-1`` contiguous from ``maanden[0]``."""

    maanden: tuple[date, ...]
    driehoek: Matrix  # (M, L + 1) claims by service month × booking lag, in cents
    verplichting: Vector  # (M,) commitments in cents
    volume: Vector  # (M,) allocation-months

    def index(self, maand: date) -> int:
        """Index of ``maand`` (first of month), may lie outside ``0..M-1``."""
        first = self.maanden[0]
        return (maand.year - first.year) * 12 + maand.month - first.month


@dataclass(frozen=True)
class Uitkomst:
    """Forecast of a window of months at one origin (cents)."""

    gerealiseerd: float
    ibnr: float
    rest: float
    ondergrens: float
    bovengrens: float
    aantal_toetsen: int  # replays the band is calibrated on (0: fallback spread)

    @property
    def prognose(self) -> float:
        return self.gerealiseerd + self.ibnr + self.rest


def groeifactoren(reeks: Vector, origin: int, horizon: int) -> Vector:
    """``g[s-1]`` for ``s = 1..horizon``: sum of ``x[o + s]`` / sum of ``x[o]`` over past origins.

    Origins are the same calendar month (± 1) in earlier years (seasonality), with
    ``o + s <= origin``; without a full year of history, every earlier month is used.
    """
    factors = np.ones(horizon)
    for s in range(1, horizon + 1):
        origins = [
            o + shift
            for o in range(origin - 12, -1, -12)
            for shift in (-1, 0, 1)
            if o + shift >= 0 and o + shift + s <= origin
        ]
        if not origins:
            origins = list(range(max(0, origin - 24), origin - s + 1))
        base = sum(reeks[o] for o in origins)
        if origins and base > 0:
            factors[s - 1] = sum(reeks[o + s] for o in origins) / base
    return factors


def _utilisation(ultimate: Vector, commitment: Vector, first: int, last: int) -> float | None:
    if last < first:
        return None
    cost = float(ultimate[first : last + 1].sum())
    committed = float(commitment[first : last + 1].sum())
    return cost / committed if committed > 0 else None


def _prior(reeks: Reeks, origin: int) -> Vector | None:
    """Commitment × utilisation of mature months: the expected cost per service month."""
    plain = develop(reeks.driehoek, origin)
    mature = np.flatnonzero(plain.share_developed >= MATURE_SHARE)
    mature = mature[mature >= origin - 12]
    if mature.size == 0:
        return None
    rate = _utilisation(plain.ultimate_cent, reeks.verplichting, int(mature[0]), int(mature[-1]))
    if rate is None:
        return None
    return reeks.verplichting[: origin + 1] * rate


def ultimates(reeks: Reeks, origin: int) -> Vector:
    """Best estimate of the ultimate cost of service months ``0..origin`` at ``origin``."""
    return develop(reeks.driehoek, origin, _prior(reeks, origin)).ultimate_cent


def seizoensprofiel(reeks: Reeks, origin: int, ultimate: Vector) -> Vector:
    """Utilisation by calendar month relative to the year's mean (12 values, mean 1).

    Cost / commitment per month of the mature past (up to ``SEASON_LAG`` months before
    the origin), averaged per calendar month. Flat (all 1) with less than a full year.
    """
    last = min(origin - SEASON_LAG, len(reeks.verplichting) - 1)
    if last < 0:  # a series younger than the lag: no profile yet
        return np.ones(12)
    months = np.arange(0, last + 1)
    committed = reeks.verplichting[: last + 1]
    usable = months[committed > 0]
    if usable.size < 12:
        return np.ones(12)
    calendar = (reeks.maanden[0].month - 1 + usable) % 12
    ratio = ultimate[usable] / reeks.verplichting[usable]
    profile = np.ones(12)
    for month in range(12):
        values = ratio[calendar == month]
        if values.size:
            profile[month] = values.mean()
    mean = profile.mean()
    return profile / mean if mean > 0 else np.ones(12)


def rest_per_maand(reeks: Reeks, origin: int, horizon: int, ultimate: Vector) -> Vector:
    """Expected cost of months ``origin+1 .. origin+horizon``.

    Commitment now × deseasonalised recent utilisation × the calendar month's
    utilisation × ``g(s)``.
    """
    if horizon <= 0:
        return np.zeros(0)
    profile = seizoensprofiel(reeks, origin, ultimate)
    calendar = (reeks.maanden[0].month - 1 + np.arange(origin + horizon + 1)) % 12
    first = max(0, origin - UTILISATION_MONTHS + 1)
    seasonal_commitment = reeks.verplichting[: origin + 1] * profile[calendar[: origin + 1]]
    rate = _utilisation(ultimate, seasonal_commitment, first, origin)
    future_season = profile[calendar[origin + 1 :]]
    if rate is not None and reeks.verplichting[origin] > 0:
        growth = groeifactoren(reeks.verplichting, origin, horizon)
        return np.asarray(
            rate * reeks.verplichting[origin] * growth * future_season, dtype=np.float64
        )
    # no commitments (claims without allocations): the recent cost level itself
    recent = ultimate[max(0, origin - 2) : origin + 1]
    growth = groeifactoren(ultimate, origin, horizon)
    return np.asarray(float(recent.mean()) * growth, dtype=np.float64)


def per_maand(reeks: Reeks, origin: int, first: int, last: int) -> tuple[Vector, Vector]:
    """Claims known and expected cost per month ``first..last`` seen at ``origin``.

    Expected is the ultimate (known + IBNR) for months up to the origin and the rest
    forecast after it; months before the data start count as zero.
    """
    development = develop(reeks.driehoek, origin, _prior(reeks, origin))
    size = last - first + 1
    known_cent, expected = np.zeros(size), np.zeros(size)
    for m in range(max(first, 0), min(last, origin) + 1):
        known_cent[m - first] = development.known_cent[m]
        expected[m - first] = development.ultimate_cent[m]
    if last > origin:
        per_month = rest_per_maand(reeks, origin, last - origin, development.ultimate_cent)
        for t in range(max(first, origin + 1), last + 1):
            expected[t - first] = per_month[t - origin - 1]
    return known_cent, expected


def voorspel(reeks: Reeks, origin: int, first: int, last: int) -> tuple[float, float, float]:
    """(realised, IBNR, rest) of service months ``first..last`` seen at ``origin``."""
    known_cent, expected = per_maand(reeks, origin, first, last)
    split = min(max(origin - first + 1, 0), last - first + 1)
    realised = float(known_cent[:split].sum())
    ibnr = float(expected[:split].sum()) - realised
    rest = float(expected[split:].sum())
    return realised, ibnr, rest


def kalibratiefouten(reeks: Reeks, origin: int, first: int, last: int) -> list[float]:
    """``log(actual / forecast)`` of the same-shaped window at earlier origins.

    The window keeps its position relative to the origin (months elapsed, months to
    go); the "actual" is the best estimate at ``origin`` itself.
    """
    truth = ultimates(reeks, origin)
    errors = []
    for past in range(MIN_HISTORY, origin - MATURE_LAG - max(last - origin, 0) + 1):
        lo, hi = first - origin + past, last - origin + past
        if lo < 0:
            continue
        actual = float(truth[lo : hi + 1].sum())
        forecast = sum(voorspel(reeks, past, lo, hi))
        if actual > 0 and forecast > 0:
            errors.append(math.log(actual / forecast))
    return errors


def spreiding(errors: list[float]) -> float | None:
    """Root mean square of the log errors with a small-sample inflation, or None."""
    if len(errors) < MIN_CALIBRATION:
        return None
    rms = math.sqrt(sum(e * e for e in errors) / len(errors))
    return rms * math.sqrt(1 + 1 / len(errors))


def prognose_reeks(
    reeks: Reeks, origin: int, first: int, last: int, fallback_sigma: float = FALLBACK_SIGMA
) -> Uitkomst:
    """Point forecast and calibrated 80 % band of months ``first..last`` at ``origin``."""
    realised, ibnr, rest = voorspel(reeks, origin, first, last)
    errors = kalibratiefouten(reeks, origin, first, last) if ibnr or rest else []
    sigma = spreiding(errors)
    point = realised + ibnr + rest
    if not ibnr and not rest:
        low, high = point, point
    else:
        width = Z80 * (sigma if sigma is not None else fallback_sigma)
        low, high = point * math.exp(-width), point * math.exp(width)
        low = max(low, realised) if point >= 0 else low
    return Uitkomst(realised, ibnr, rest, low, high, len(errors) if sigma is not None else 0)
