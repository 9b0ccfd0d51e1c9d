# SPDX-License-Identifier: EUPL-1.2
"""The claim-lag triangle: a hand-computed chain-ladder and Benktander, and properties."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from stuurhuis.finance.driehoek import develop, development_factors, known, to_ultimate

# service month × lag; cells with m + d > 2 are in the future at origin 2 (-1 marks them)
TRIANGLE = np.array([[100.0, 50.0, 10.0], [120.0, 60.0, -1.0], [150.0, -1.0, -1.0]])


def test_known_masks_future_cells() -> None:
    seen = known(TRIANGLE, 2)
    assert seen.tolist() == [[100, 50, 10], [120, 60, 0], [150, 0, 0]]


def test_factors_by_hand() -> None:
    # f0 = (150 + 180) / (100 + 120) = 1.5 ; f1 = 160 / 150
    factors = development_factors(TRIANGLE, 2)
    assert factors == pytest.approx([1.5, 160 / 150])
    assert to_ultimate(factors) == pytest.approx([1.6, 160 / 150, 1.0])


def test_chain_ladder_by_hand() -> None:
    result = develop(TRIANGLE, 2)
    assert result.known_cent == pytest.approx([160, 180, 150])
    assert result.ultimate_cent == pytest.approx([160, 192, 240])
    assert result.ibnr_cent == pytest.approx([0, 12, 90])
    assert result.share_developed == pytest.approx([1, 150 / 160, 0.625])


def test_benktander_by_hand() -> None:
    # m2: p = 0.625, BF = 150 + 0.375 * 200 = 225, Benktander = 150 + 0.375 * 225
    result = develop(TRIANGLE, 2, prior_cent=np.array([160.0, 190.0, 200.0]))
    assert result.ultimate_cent[2] == pytest.approx(234.375)
    assert result.ultimate_cent[0] == pytest.approx(160)


positive = arrays(
    np.float64, st.tuples(st.integers(2, 8), st.integers(1, 4)), elements=st.floats(1, 1e6)
)


@settings(max_examples=60, deadline=None)
@given(positive)
def test_fully_known_triangle_has_no_ibnr(triangle: np.ndarray) -> None:
    origin = triangle.shape[0] + triangle.shape[1]
    padded = np.vstack([triangle, np.zeros((origin + 1 - triangle.shape[0], triangle.shape[1]))])
    result = develop(padded, origin)
    assert result.ultimate_cent[: triangle.shape[0]] == pytest.approx(triangle.sum(axis=1))


@settings(max_examples=60, deadline=None)
@given(positive, st.floats(0.01, 100))
def test_development_scales_with_money(triangle: np.ndarray, scale: float) -> None:
    origin = triangle.shape[0] - 1
    base = develop(triangle, origin).ultimate_cent
    assert develop(triangle * scale, origin).ultimate_cent == pytest.approx(base * scale)
