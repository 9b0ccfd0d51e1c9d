# SPDX-License-Identifier: EUPL-1.2
"""Checks on a filled-in XLSX template, so that nothing typed into it is silently lost.

A sheet with an unknown name (``Bedragen``, ``risico's``) would be skipped, a second column
``2023`` or a second row for the same measure and soort would overwrite the first. Each is
an error naming the file, the sheet or measure, and the field.
"""

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from stuurhuis.maatregelen.fouten import regel

BLADEN = (
    "programma", "taakstelling", "maatregelen", "bedragen", "effectmodel", "perspectief",
    "risicos", "toelichting",
)  # fmt: skip

Rij = dict[str, Any]
# per sheet: what identifies a row (None: rows may repeat), and how an error names it
_SLEUTEL: dict[str, Callable[[Rij], tuple[str, str] | None]] = {
    "programma": lambda r: ("", str(r["veld"])) if r.get("veld") else None,
    "taakstelling": lambda r: ("", f"taakstelling.{r['jaar']}") if r.get("jaar") else None,
    "bedragen": lambda r: (f"maatregel {r.get('maatregel')}", f"bedragen.{r.get('soort')}"),
    "effectmodel": lambda r: (f"maatregel {r.get('maatregel')}", "effectmodel"),
}


def controleer(bestand: str, sheets: dict[str, list[list[Any]]]) -> list[str]:
    """Every unknown sheet, repeated column and repeated row of ``sheets``."""
    errors = [
        regel(bestand, f"blad {naam!r}", "", f"onbekend blad: kies uit {', '.join(BLADEN)}")
        for naam in sheets
        if naam not in BLADEN
    ]
    for naam, rows in sheets.items():
        if naam in BLADEN and rows:
            errors += _kolommen(bestand, naam, rows[0])
            errors += _rijen(bestand, naam, rows)
    return errors


def _kolommen(bestand: str, blad: str, header: list[Any]) -> list[str]:
    counts = Counter(tekst(h) for h in header if h is not None and h != "")
    return [
        regel(bestand, f"blad {blad}", kolom, f"kolom staat {n} keer in het blad")
        for kolom, n in counts.items()
        if n > 1
    ]


def _rijen(bestand: str, blad: str, rows: list[list[Any]]) -> list[str]:
    sleutel = _SLEUTEL.get(blad)
    if sleutel is None:
        return []
    keys = [key for row in records(rows) if (key := sleutel(row)) is not None]
    return [
        regel(bestand, waar, veld, f"staat {n} keer in blad {blad}")
        for (waar, veld), n in Counter(keys).items()
        if n > 1
    ]


def records(rows: list[list[Any]]) -> Iterator[Rij]:
    """Rows below the header as dicts, empty cells and empty rows left out."""
    if not rows:
        return
    header = list(rows[0])
    for row in rows[1:]:
        record = {
            tekst(h): v
            for h, v in zip(header, row, strict=False)
            if h is not None and v is not None and v != ""
        }
        if record:
            yield record


def tekst(value: Any) -> str:
    """A header or key cell as text: ``2023.0`` reads ``2023``."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
