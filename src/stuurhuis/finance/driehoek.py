# SPDX-License-Identifier: EUPL-1.2
"""The claim-lag triangle and its development: chain-ladder with a Benktander prior.

A triangle is a numpy array ``(M, L + 1)``: row ``m`` is a service month (dienstmaand),
column ``d`` the booking lag in months (boekmaand − dienstmaand); the last column holds
every claim booked ``L`` or more months late. Cell ``(m, d)`` is known on origin month
``o`` when ``m + d <= o``. All functions take the origin explicitly, so a forecast can be
replayed as of any earlier month from one array (the backtest and the interval
calibration both do that).
"""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]
Vector = npt.NDArray[np.float64]

FACTOR_WINDOW = 24  # service months used for each development factor (recent experience)
MATURE_SHARE = 0.8  # a month counts as mature for the utilisation prior when 80 % is in


def known(triangle: Matrix, origin: int) -> Matrix:
    """The incremental triangle as it was known at ``origin`` (later cells zeroed)."""
    rows, cols = np.indices(triangle.shape)
    return np.where(rows + cols <= origin, triangle, 0.0)


def development_factors(triangle: Matrix, origin: int, window: int = FACTOR_WINDOW) -> Vector:
    """Volume-weighted age-to-age factors ``f[d] = sum C[m, d+1] / sum C[m, d]``.

    Uses the ``window`` most recent service months that have both ages known at
    ``origin``. A factor without data, or with a non-positive denominator, is 1.
    """
    lags = triangle.shape[1] - 1
    cumulative = np.cumsum(known(triangle, origin), axis=1)
    factors = np.ones(lags)
    for d in range(lags):
        last = origin - d - 1  # newest service month with age d + 1 known
        first = max(0, last - window + 1)
        if last < 0:
            continue
        numerator = cumulative[first : last + 1, d + 1].sum()
        denominator = cumulative[first : last + 1, d].sum()
        if denominator > 0 and numerator > 0:
            factors[d] = numerator / denominator
    return factors


def to_ultimate(factors: Vector) -> Vector:
    """Cumulative development factor from each age to ultimate (last age: 1)."""
    tail = np.ones(len(factors) + 1)
    for d in range(len(factors) - 1, -1, -1):
        tail[d] = tail[d + 1] * factors[d]
    return tail


@dataclass(frozen=True)
class Development:
    """Per service month up to the origin: claims known, share developed, ultimate."""

    known_cent: Vector
    share_developed: Vector
    ultimate_cent: Vector

    @property
    def ibnr_cent(self) -> Vector:
        """Incurred but not reported: expected claims still to come per service month."""
        return self.ultimate_cent - self.known_cent


def develop(triangle: Matrix, origin: int, prior_cent: Vector | None = None) -> Development:
    """Ultimate cost per service month ``0..origin`` as seen at ``origin``.

    Chain-ladder gives ``C × CDF``. Where a prior is given (commitment × utilisation),
    the Benktander estimate ``C + (1 − p) · (C + (1 − p) · prior)`` with ``p = 1/CDF`` is
    used instead: close to chain-ladder for mature months and to Bornhuetter-Ferguson for
    the newest ones, whose few claims make chain-ladder jumpy.
    """
    lags = triangle.shape[1] - 1
    months = origin + 1
    cumulative = np.cumsum(known(triangle, origin)[:months], axis=1)
    ages = np.minimum(origin - np.arange(months), lags)
    claims = cumulative[np.arange(months), ages]
    cdf = to_ultimate(development_factors(triangle, origin))[ages]
    share = 1.0 / cdf
    if prior_cent is None:
        ultimate = claims * cdf
    else:
        prior = prior_cent[:months]
        bornhuetter = claims + (1.0 - share) * prior
        ultimate = claims + (1.0 - share) * bornhuetter
    return Development(claims, share, ultimate)
