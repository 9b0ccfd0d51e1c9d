# SPDX-License-Identifier: EUPL-1.2
"""Dutch rendering of the facts inside a signal's one-line explanation."""

from datetime import date

from stuurhuis.export import euro, getal


def datum(value: object) -> str:
    """``2024-03-05`` -> ``05-03-2024``; an unknown date reads ``onbekend``."""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return "onbekend"


def bedrag(cents: object) -> str:
    """Integer eurocents -> ``€ 1.234``."""
    return euro(int(cents)) if isinstance(cents, int | float) else euro(None)


def aantal(value: object, decimals: int = 0) -> str:
    """A count or quantity in Dutch notation."""
    return getal(value, decimals) if isinstance(value, int | float) else getal(None)
