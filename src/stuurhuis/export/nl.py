# SPDX-License-Identifier: EUPL-1.2
"""Dutch number formatting (1.234.567,89) through Babel's nl_NL locale data."""

from babel.numbers import format_decimal

LOCALE = "nl_NL"
SUPPRESSED = "."  # CBS convention for a suppressed or missing cell


def getal(value: float | int | None, decimals: int = 0) -> str:
    """``1234567.891`` -> ``1.234.568`` (or with ``decimals`` places)."""
    if value is None:
        return SUPPRESSED
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=LOCALE))


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
