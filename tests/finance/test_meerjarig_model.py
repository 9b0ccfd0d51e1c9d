# SPDX-License-Identifier: EUPL-1.2
"""The stock-flow model of the meerjarenraming, computed by hand."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.finance.meerjarig_model import (
    gedempte_trend,
    groei_prognose,
    indexcijfers,
    projecteer,
)


def test_projection_by_hand() -> None:
    # 100 new, 50 in their second year, 200 longer; retention 0.6 / 0.7 / 0.8; inflow 90.
    years = projecteer({1: 100, 2: 50, 3: 200}, {1: 0.6, 2: 0.7, 3: 0.8}, [90, 80])
    first = years[0]
    assert first.stand == pytest.approx({1: 90, 2: 60, 3: 35 + 160})
    assert first.uitstroom == pytest.approx(40 + 15 + 40)
    assert first.clienten == pytest.approx(345)  # 350 - 95 + 90
    second = years[1]
    assert second.stand == pytest.approx({1: 80, 2: 54, 3: 42 + 156})
    assert second.uitstroom == pytest.approx(36 + 18 + 39)


@given(
    st.dictionaries(st.sampled_from([1, 2, 3]), st.floats(0, 1e5)),
    st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1)),
    st.lists(st.floats(0, 1e5), min_size=1, max_size=6),
)
def test_stock_flow_identity(
    stand: dict[int, float], behoud: tuple[float, float, float], instroom: list[float]
) -> None:
    """clients[t] = clients[t-1] - outflow[t] + inflow[t], every year."""
    previous = sum(stand.values())
    for year in projecteer(stand, dict(zip((1, 2, 3), behoud, strict=True)), instroom):
        expected = previous - year.uitstroom + year.instroom
        assert year.clienten == pytest.approx(expected, rel=1e-9, abs=1e-6)
        previous = year.clienten


def test_damped_trend_by_hand() -> None:
    # line through 1, 2, 3: level 3 in the last year, slope 1; damping 0.5:
    # h=1: 3 + 0.5, h=2: 3 + 0.5 + 0.25
    assert gedempte_trend([1, 2, 3], 2, demping=0.5) == pytest.approx([3.5, 3.75])
    assert gedempte_trend([3, 2, 1], 5, demping=1.0)[-1] == 0.0  # never below zero
    assert gedempte_trend([0.4], 3) == [0.4, 0.4, 0.4]
    assert gedempte_trend([], 2) == [0.0, 0.0]


def test_population_growth_by_hand() -> None:
    # 100 -> 121 over two years: 10 % a year
    known = {2020: 100.0, 2021: 110.0, 2022: 121.0}
    projected = groei_prognose(known, [2021, 2023, 2024])
    assert projected[2021] == 110.0
    assert projected[2023] == pytest.approx(133.1)
    assert projected[2024] == pytest.approx(146.41)


def test_index_compounds_from_the_base_year() -> None:
    index = indexcijfers(2025, [2026, 2027, 2028], {2027: 10.0}, 2.0)
    assert index == pytest.approx({2026: 1.02, 2027: 1.122, 2028: 1.14444})
