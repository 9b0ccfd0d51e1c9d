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

    Origins are the same calendar month in earlier years (seasonality), with
    ``o + s <= origin``; without a full year of history, every earlier month is used.
    """
    factors = np.ones(horizon)
    for s in range(1, horizon + 1):
        origins = [o for o in range(origin - 12, -1, -12) if o + s <= origin]
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


def rest_per_maand(reeks: Reeks, origin: int, horizon: int, ultimate: Vector) -> Vector:
    """Expected cost of months ``origin+1 .. origin+horizon``."""
    if horizon <= 0:
        return np.zeros(0)
    rate = _utilisation(
        ultimate, reeks.verplichting, max(0, origin - UTILISATION_MONTHS + 1), origin
    )
    if rate is not None and reeks.verplichting[origin] > 0:
        growth = groeifactoren(reeks.verplichting, origin, horizon)
        return np.asarray(rate * reeks.verplichting[origin] * growth, dtype=np.float64)
    # no commitments (claims without allocations): the recent cost level itself
    recent = ultimate[max(0, origin - 2) : origin + 1]
    growth = groeifactoren(ultimate, origin, horizon)
    return np.asarray(float(recent.mean()) * growth, dtype=np.float64)


def voorspel(reeks: Reeks, origin: int, first: int, last: int) -> tuple[float, float, float]:
    """(realised, IBNR, rest) of service months ``first..last`` seen at ``origin``."""
    development = develop(reeks.driehoek, origin, _prior(reeks, origin))
    past = range(max(first, 0), min(last, origin) + 1)
    realised = float(sum(development.known_cent[m] for m in past))
    ibnr = float(sum(development.ibnr_cent[m] for m in past))
    future_from = max(first, origin + 1)
    horizon = last - origin
    rest = 0.0
    if last >= future_from:
        per_month = rest_per_maand(reeks, origin, horizon, development.ultimate_cent)
        rest = float(per_month[future_from - origin - 1 :].sum())
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
