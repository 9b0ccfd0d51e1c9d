# SPDX-License-Identifier: EUPL-1.2
"""Value checks the reader makes itself, so that a message is refused whole or not at all.

With an XSD folder configured the schema already guarantees these; without one they are
what stops a malformed value from being quarantined by the loader as a single row, which
would load the rest of the message partially.
"""

import re
from datetime import date

from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.privacy import is_valid_bsn

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def datum(value: str | None, veld: str, regel: int, *, verplicht: bool = True) -> str | None:
    """An ISO date (as text), or None when absent and optional."""
    if not value:
        if verplicht:
            raise BerichtError(f"{veld} ontbreekt", regel)
        return None
    if not _ISO_DATE.match(value):
        raise BerichtError(f"{veld} {value!r} is geen datum (jjjj-mm-dd)", regel)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise BerichtError(f"{veld} {value!r} is geen bestaande datum", regel) from None
    return value


def geheel(value: str | None, veld: str, regel: int, *, verplicht: bool = True) -> int | None:
    """A non-negative whole number, or None when absent and optional."""
    if not value:
        if verplicht:
            raise BerichtError(f"{veld} ontbreekt", regel)
        return None
    if not value.isascii() or not value.isdigit():
        raise BerichtError(f"{veld} {value!r} is geen geheel getal", regel)
    return int(value)


def verplicht(value: str | None, veld: str, regel: int) -> str:
    """A required text value."""
    if not value:
        raise BerichtError(f"{veld} ontbreekt", regel)
    return value


def bsn(value: str | None, regel: int) -> str:
    """A BSN that passes the elfproef; the number itself never appears in the reason."""
    if not value or not is_valid_bsn(value):
        raise BerichtError("Bsn ontbreekt of voldoet niet aan de elfproef", regel)
    return value


def euro(cent: int) -> str:
    """Eurocents as the canonical euro text: ``1250`` → ``"12.50"``."""
    return f"{cent // 100}.{cent % 100:02d}"


def geslacht(code: str | None) -> str | None:
    """COD046 (0 onbekend, 1 man, 2 vrouw, 9 niet gespecificeerd) as the canonical text."""
    if not code:
        return None
    return {"1": "man", "2": "vrouw"}.get(code, "onbekend")
