# SPDX-License-Identifier: EUPL-1.2
"""Volume, prijs and mix effects against budget, computed by hand."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.finance.decompositie import ontleed


def test_effects_by_hand() -> None:
    # last year: A 1000 over 10 months (100 each), B 3000 over 10 (300): P_ref = 200.
    # budget 4400 -> 22 budgeted months. This year 25 months, 40 % A / 60 % B:
    # P_mix = 220; forecast 6000 -> P = 240.
    effects = ontleed(
        begroting=4400,
        prognose=6000,
        volume=25,
        ref_kosten={"A": 1000, "B": 3000},
        ref_volume={"A": 10, "B": 10},
        aandeel={"A": 10, "B": 15},
    )
    assert effects is not None
    assert effects.volume == pytest.approx(600)  # (25 - 22) * 200
    assert effects.mix == pytest.approx(500)  # 25 * (220 - 200)
    assert effects.prijs == pytest.approx(500)  # 6000 - 25 * 220


def test_new_categorie_is_priced_at_the_average() -> None:
    effects = ontleed(
        begroting=2000,
        prognose=2000,
        volume=10,
        ref_kosten={"A": 2000},
        ref_volume={"A": 10},
        aandeel={"A": 5, "C": 5},
    )
    assert effects is not None
    assert effects.mix == pytest.approx(0)
    assert effects.volume == pytest.approx(0)


def test_no_reference_year_gives_no_effects() -> None:
    assert (
        ontleed(begroting=1, prognose=2, volume=3, ref_kosten={}, ref_volume={}, aandeel={}) is None
    )


money = st.floats(1, 1e9)


cases = st.tuples(
    money, money, st.floats(1, 1e5), st.floats(1, 1e7), st.floats(1, 1e7), money, money
)


@given(cases)
def test_effects_add_up_to_the_variance(
    case: tuple[float, float, float, float, float, float, float],
) -> None:
    budget, forecast, volume, va, vb, ca, cb = case
    effects = ontleed(
        begroting=budget,
        prognose=forecast,
        volume=volume,
        ref_kosten={"A": ca, "B": cb},
        ref_volume={"A": va, "B": vb},
        aandeel={"A": va, "B": vb * 2},
    )
    assert effects is not None
    total = effects.volume + effects.prijs + effects.mix
    # exact in real arithmetic; in floats up to a few ulps of the largest term (terms
    # reach 1e14 when volume × price is large, where one ulp is ~0.016)
    scale = max(abs(effects.volume), abs(effects.prijs), abs(effects.mix), budget, forecast)
    assert total == pytest.approx(forecast - budget, rel=0, abs=4 * math.ulp(scale))
