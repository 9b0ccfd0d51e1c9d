# SPDX-License-Identifier: EUPL-1.2
"""Recognise a file's kind by its header row, against the registered kind specs."""

import re

from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.kinds import KindSpec, all_kinds

# A header name shown in a message must look like a name: a data row mistaken for a header
# could hold a BSN, which must never be printed.
_NAME = re.compile(r"[a-z][a-z0-9_]*")
MIN_OVERLAP = 2  # fewer shared columns than this: not a near miss, an unknown kind


def normalise(name: str) -> str:
    """Header names compare case-insensitively, without surrounding spaces or BOM."""
    return name.replace("\ufeff", "").strip().lower().replace(" ", "_")


def match_kind(header: list[str], bestand: str) -> KindSpec:
    """The kind whose columns the header holds; else a one-line :class:`IngestError`.

    A header matches a kind when it has all required columns and no unknown ones. A near
    miss (the best-overlapping kind) names the missing or unknown column.
    """
    names = [normalise(name) for name in header]
    _check_duplicates(names, bestand)
    present = set(names)
    candidates = [spec for spec in all_kinds() if spec.recognisable]
    for spec in candidates:
        if set(spec.required_names) <= present <= set(spec.column_names):
            return spec
    best = max(candidates, key=lambda spec: _score(spec, present))
    if len(present & set(spec_columns(best))) < MIN_OVERLAP:
        shown = [name for name in names[:6] if _NAME.fullmatch(name)]
        hint = f"kopregel begint met {', '.join(shown)}" if shown else "geen kopregel herkend"
        raise IngestError(f"{bestand}: onbekende bestandssoort ({hint})")
    unknown = [name for name in names if name not in best.column_names]
    if unknown:
        label = repr(unknown[0]) if _NAME.fullmatch(unknown[0]) else "(geen kolomnaam)"
        raise IngestError(f"{bestand}: onbekende kolom {label} voor bestandssoort {best.name}")
    missing = [name for name in best.required_names if name not in present]
    raise IngestError(
        f"{bestand}: verplichte kolom {missing[0]!r} ontbreekt (bestandssoort {best.name})"
    )


def spec_columns(spec: KindSpec) -> tuple[str, ...]:
    return spec.column_names


def _score(spec: KindSpec, present: set[str]) -> tuple[int, int]:
    columns = set(spec.column_names)
    return (len(present & columns), -len(columns - present))


def _check_duplicates(names: list[str], bestand: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            label = repr(name) if _NAME.fullmatch(name) else "(geen kolomnaam)"
            raise IngestError(f"{bestand}: kolom {label} staat twee keer in de kopregel")
        seen.add(name)
