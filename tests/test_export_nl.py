# SPDX-License-Identifier: EUPL-1.2
"""Dutch number formatting: the fast path gives exactly Babel's nl_NL text."""

from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.export import euro, getal, procent


def _babel(value: float, decimals: int) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale="nl_NL"))


@given(
    value=st.integers(-(10**13), 10**13)
    | st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False),
    decimals=st.integers(0, 3),
)
def test_same_text_as_babel(value: float, decimals: int) -> None:
    assert getal(value, decimals) == _babel(value, decimals)


def test_examples() -> None:
    assert getal(1234567.891) == "1.234.568"
    assert getal(1234567.891, 2) == "1.234.567,89"
    assert getal(-5) == "-5"
    assert getal(2.675, 2) == "2,68"  # half-even on the decimal text, as Babel
    assert getal(None) == "."
    assert euro(123_456_78) == "€ 123.457"
    assert euro(None) == "."
    assert procent(0.2234) == "22,3%"
