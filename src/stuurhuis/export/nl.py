# SPDX-License-Identifier: EUPL-1.2
"""Dutch number formatting (1.234.567,89) with Babel's nl_NL locale data.

The symbols (grouping, decimal, minus) come from Babel; the digits from Python's own
decimal formatting, which rounds half-even on the number's shortest text form exactly as
Babel's ``format_decimal`` does, at a fraction of its cost (signal lists format a few
numbers per row for tens of thousands of rows). ``tests/test_export_nl.py`` checks both
give the same text.
"""

from decimal import Decimal
from functools import cache

from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

LOCALE = "nl_NL"
SUPPRESSED = "."  # CBS convention for a suppressed or missing cell


@cache
def _symbolen() -> dict[int, str]:
    return {
        ord(","): get_group_symbol(LOCALE),
        ord("."): get_decimal_symbol(LOCALE),
        ord("-"): get_minus_sign_symbol(LOCALE),
    }


def getal(value: float | int | None, decimals: int = 0) -> str:
    """``1234567.891`` -> ``1.234.568`` (or with ``decimals`` places)."""
    if value is None:
        return SUPPRESSED
    number = Decimal(value) if isinstance(value, int) else Decimal(str(value))
    return format(number, f",.{decimals}f").translate(_symbolen())


def euro(cents: int | float | None, decimals: int = 0) -> str:
    """Integer eurocents -> ``€ 1.234.568``."""
    if cents is None:
        return SUPPRESSED
    return "€ " + getal(cents / 100, decimals)


def procent(fraction: float | None, decimals: int = 1) -> str:
    """``0.2234`` -> ``22,3%``."""
    if fraction is None:
        return SUPPRESSED
    return getal(fraction * 100, decimals) + "%"
