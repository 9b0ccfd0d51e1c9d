# SPDX-License-Identifier: EUPL-1.2
"""Day and month arithmetic on numpy arrays: days since 1970-01-01, months since 1970-01."""

from datetime import date

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_EPOCH = date(1970, 1, 1)


def day_number(value: date) -> int:
    """Days since 1970-01-01."""
    return (value - _EPOCH).days


def month_of(days: IntArray) -> IntArray:
    """Month number (months since 1970-01) of each day."""
    return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def first_day(months: IntArray) -> IntArray:
    """First day of each month."""
    return months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)


def last_day(months: IntArray) -> IntArray:
    """Last day of each month."""
    return first_day(months + 1) - 1


def year_of(days: IntArray) -> IntArray:
    return days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


def calendar_month(months: IntArray) -> IntArray:
    """1..12 for each month number."""
    return months % 12 + 1


def month_number(jaar: int, maand: int) -> int:
    return (jaar - 1970) * 12 + maand - 1


def expand_ranges(first: IntArray, last: IntArray) -> tuple[IntArray, IntArray]:
    """For ranges [first, last] (inclusive) give (owner index, value) of every member."""
    count = np.maximum(last - first + 1, 0)
    owner = np.repeat(np.arange(first.shape[0], dtype=np.int64), count)
    starts = np.repeat(np.cumsum(count) - count, count)
    value = first[owner] + (np.arange(owner.shape[0], dtype=np.int64) - starts)
    return owner, value


__all__ = [
    "FloatArray",
    "IntArray",
    "calendar_month",
    "day_number",
    "expand_ranges",
    "first_day",
    "last_day",
    "month_number",
    "month_of",
    "year_of",
]


def uniform(rng: np.random.Generator, n: int) -> FloatArray:
    """``n`` uniform draws in [0, 1) as a float array (typed, also for ``n`` from a shape)."""
    return np.asarray(rng.random(int(n)), dtype=np.float64)
