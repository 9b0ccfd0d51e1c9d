# SPDX-License-Identifier: EUPL-1.2
"""Claim lines (declaraties) from ZIN allocations: monthly service lines, arrival lag,
credit corrections and approval status.

A line covers one month of an allocation (or the part of the month inside it). The claim
is dated (``dagtekening``) some time after the service month; the lag distribution has a
long tail (0 to more than 6 months), so the most recent months are incomplete at the
peildatum and a year-end forecast must correct for it. About 1.5 % of the lines are later
credited (a C line pointing to the D line), most of them followed by a corrected D line.
"""

from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from stuurhuis.synth.aanbieders import TAIL
from stuurhuis.synth.catalogus import EENHEID, FREQUENTIE, product_index, tariffs
from stuurhuis.synth.tijd import (
    IntArray,
    calendar_month,
    expand_ranges,
    first_day,
    last_day,
    month_of,
    uniform,
    year_of,
)
from stuurhuis.synth.toewijzingen import Allocations

StrArray = npt.NDArray[np.str_]

# Lag in days after the end of the service period: (lowest, highest, probability).
LAG_BANDS = (
    (0, 4, 0.07),
    (5, 35, 0.60),
    (36, 65, 0.16),
    (66, 95, 0.07),
    (96, 125, 0.04),
    (126, 185, 0.035),
    (186, 400, 0.025),
)
SLOW_PROVIDERS = frozenset({6, 11, 12, *TAIL})
# Delivered volume by calendar month relative to normal: summer holidays and December.
VOLUME_SEASON = np.asarray([1.0, 1.0, 1.0, 0.98, 0.97, 0.96, 0.86, 0.84, 1.0, 1.0, 1.0, 0.92])
CREDIT_SHARE = 0.015
REJECT_SHARE = 0.007


@dataclass(frozen=True)
class Claims:
    """Claim lines as parallel arrays (before the peildatum cut)."""

    allocation: IntArray  # index into the law's allocations
    begin: IntArray
    end: IntArray
    volume: IntArray
    tarief_cent: IntArray
    dagtekening: IntArray
    credit: npt.NDArray[np.bool_]
    previous: IntArray  # index of the line a credit corrects, -1 otherwise
    status: StrArray

    @property
    def size(self) -> int:
        return int(self.begin.shape[0])

    @property
    def bedrag_cent(self) -> IntArray:
        return self.volume * self.tarief_cent


def sample_lag(rng: np.random.Generator, n: int, slow: npt.NDArray[np.bool_]) -> IntArray:
    """Days between the end of the service period and the claim."""
    p = np.asarray([b[2] for b in LAG_BANDS])
    band = rng.choice(len(LAG_BANDS), size=n, p=p / p.sum())
    low = np.asarray([b[0] for b in LAG_BANDS])[band]
    high = np.asarray([b[1] for b in LAG_BANDS])[band]
    lag = low + (uniform(rng, n) * (high - low + 1)).astype(np.int64)
    return np.asarray(np.where(slow, (lag * 1.8).astype(np.int64) + 10, lag), dtype=np.int64)


def service_lines(
    rng: np.random.Generator, alloc: Allocations, window_start: int, peil: int
) -> Claims:
    """One D line per allocation per service month from ``window_start`` up to the peildatum."""
    zin = np.flatnonzero(~alloc.pgb)
    last_service = np.minimum(alloc.service_end[zin], peil)
    first_month = month_of(np.maximum(alloc.start[zin], window_start))
    last_month = month_of(np.maximum(last_service, window_start))
    valid = last_service >= np.maximum(alloc.start[zin], window_start)
    owner, month = expand_ranges(first_month[valid], last_month[valid])
    a = zin[valid][owner]
    begin = np.maximum(first_day(month), alloc.start[a])
    end = np.minimum(last_day(month), np.where(alloc.eenmalig[a], begin, alloc.service_end[a]))
    days = end - begin + 1
    product = product_index(alloc.product)[a]
    spec_freq = FREQUENTIE[product]
    eenheid = EENHEID[product]
    utilisation = 0.78 + 0.22 * uniform(rng, alloc.size)
    season = VOLUME_SEASON[calendar_month(month) - 1]
    weekly_allowed = np.floor(alloc.volume[a] * days / 7.0).astype(np.int64)
    daily = eenheid == "14"
    expected = np.where(
        daily,
        np.floor(days * np.minimum(1.0, utilisation[a] + 0.15)),
        np.floor(alloc.volume[a] * days / 7.0 * utilisation[a] * season),
    ).astype(np.int64)
    volume = np.where(spec_freq == "2", np.minimum(np.maximum(expected, 1), weekly_allowed), 1)
    keep = (spec_freq != "2") | (weekly_allowed >= 1)
    a, begin, end, volume = a[keep], begin[keep], end[keep], volume[keep]
    tarief = tariffs(alloc.product[a], year_of(begin))
    slow = np.isin(alloc.provider[a], list(SLOW_PROVIDERS))
    dagtekening = end + sample_lag(rng, a.shape[0], slow)
    n = a.shape[0]
    return Claims(
        allocation=a,
        begin=begin,
        end=end,
        volume=volume,
        tarief_cent=tarief,
        dagtekening=dagtekening,
        credit=np.zeros(n, dtype=bool),
        previous=np.full(n, -1, dtype=np.int64),
        status=np.full(n, "goedgekeurd"),
    )


def concat(parts: list[Claims]) -> Claims:
    """Claims of several parts; ``previous`` indices are shifted along."""
    offsets = np.cumsum([0] + [p.size for p in parts[:-1]])
    previous = [
        np.where(p.previous >= 0, p.previous + off, -1)
        for p, off in zip(parts, offsets, strict=True)
    ]
    return Claims(
        allocation=np.concatenate([p.allocation for p in parts]),
        begin=np.concatenate([p.begin for p in parts]),
        end=np.concatenate([p.end for p in parts]),
        volume=np.concatenate([p.volume for p in parts]),
        tarief_cent=np.concatenate([p.tarief_cent for p in parts]),
        dagtekening=np.concatenate([p.dagtekening for p in parts]),
        credit=np.concatenate([p.credit for p in parts]),
        previous=np.concatenate(previous),
        status=np.concatenate([p.status for p in parts]),
    )


def take(claims: Claims, index: IntArray) -> Claims:
    """A subset of lines; ``previous`` must be remapped by the caller when it matters."""
    return Claims(
        allocation=claims.allocation[index],
        begin=claims.begin[index],
        end=claims.end[index],
        volume=claims.volume[index],
        tarief_cent=claims.tarief_cent[index],
        dagtekening=claims.dagtekening[index],
        credit=claims.credit[index],
        previous=claims.previous[index],
        status=claims.status[index],
    )


def corrections(rng: np.random.Generator, claims: Claims) -> Claims:
    """Credit lines for about 1.5 % of the lines, 80 % followed by a corrected D line."""
    base = claims.size
    chosen = np.flatnonzero(uniform(rng, base) < CREDIT_SHARE)
    delay = 20 + (uniform(rng, chosen.shape[0]) * 70).astype(np.int64)
    credit = take(claims, chosen)
    credit = Claims(
        allocation=credit.allocation,
        begin=credit.begin,
        end=credit.end,
        volume=credit.volume,
        tarief_cent=credit.tarief_cent,
        dagtekening=credit.dagtekening + delay,
        credit=np.ones(chosen.shape[0], dtype=bool),
        previous=chosen,
        status=np.full(chosen.shape[0], "goedgekeurd"),
    )
    again = np.flatnonzero(uniform(rng, chosen.shape[0]) < 0.8)
    fixed = take(credit, again)
    factor = 0.6 + 0.35 * uniform(rng, again.shape[0])
    fixed = Claims(
        allocation=fixed.allocation,
        begin=fixed.begin,
        end=fixed.end,
        volume=np.maximum(1, np.floor(fixed.volume * factor)).astype(np.int64),
        tarief_cent=fixed.tarief_cent,
        dagtekening=fixed.dagtekening,
        credit=np.zeros(again.shape[0], dtype=bool),
        previous=np.full(again.shape[0], -1, dtype=np.int64),
        status=np.full(again.shape[0], "goedgekeurd"),
    )
    # previous of credits points into ``claims`` (offset 0 in the concatenation below)
    return concat_with_base(claims, credit, fixed)


def concat_with_base(claims: Claims, credit: Claims, fixed: Claims) -> Claims:
    """``claims`` followed by credits (whose ``previous`` index ``claims``) and fixes."""
    return Claims(
        allocation=np.concatenate([claims.allocation, credit.allocation, fixed.allocation]),
        begin=np.concatenate([claims.begin, credit.begin, fixed.begin]),
        end=np.concatenate([claims.end, credit.end, fixed.end]),
        volume=np.concatenate([claims.volume, credit.volume, fixed.volume]),
        tarief_cent=np.concatenate([claims.tarief_cent, credit.tarief_cent, fixed.tarief_cent]),
        dagtekening=np.concatenate([claims.dagtekening, credit.dagtekening, fixed.dagtekening]),
        credit=np.concatenate([claims.credit, credit.credit, fixed.credit]),
        previous=np.concatenate([claims.previous, credit.previous, fixed.previous]),
        status=np.concatenate([claims.status, credit.status, fixed.status]),
    )


def set_status(rng: np.random.Generator, claims: Claims, peil: int) -> Claims:
    """Recent lines are still ``ingediend``; a few D lines are rejected."""
    status = np.where(claims.dagtekening > peil - 20, "ingediend", "goedgekeurd")
    rejected = ~claims.credit & (claims.previous < 0) & (uniform(rng, claims.size) < REJECT_SHARE)
    status = np.where(rejected & (status == "goedgekeurd"), "afgewezen", status)
    return replace(claims, status=status)


__all__ = [
    "LAG_BANDS",
    "Claims",
    "concat",
    "corrections",
    "sample_lag",
    "service_lines",
    "set_status",
    "take",
]
