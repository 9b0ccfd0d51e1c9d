# SPDX-License-Identifier: EUPL-1.2
"""Load a measures file (YAML or the XLSX template) into a validated :class:`Programma`.

All errors of a file are collected and raised together as one :class:`MaatregelenError`;
nothing is returned (and so nothing applied) when any error exists.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from stuurhuis.maatregelen.bedrag import EENHEDEN
from stuurhuis.maatregelen.fouten import MaatregelenError, dubbele_ids, regel, uit_validatie
from stuurhuis.maatregelen.model import Programma

_XLSX_SUFFIXES = (".xlsx", ".xlsm")


def load(path: Path | str) -> Programma:
    """Read ``path`` (``.yaml``/``.yml`` or ``.xlsx``) and validate it."""
    path = Path(path)
    if not path.is_file():
        raise MaatregelenError(path.name, [regel(path.name, "", "", "bestand niet gevonden")])
    if path.suffix.lower() in _XLSX_SUFFIXES:
        from stuurhuis.maatregelen.xlsx import lees_xlsx  # noqa: PLC0415 - openpyxl is slow

        raw, fouten = lees_xlsx(path)
    else:
        raw, fouten = _read_yaml(path), []
    return valideer(raw, bestand=path.name, fouten=fouten)


def loads(text: str, *, bestand: str = "maatregelen.yaml") -> Programma:
    """Validate a measures programme given as YAML text."""
    return valideer(_parse_yaml(text, bestand), bestand=bestand)


def valideer(raw: Mapping[str, Any], *, bestand: str, fouten: list[str] | None = None) -> Programma:
    """Validate raw data (amounts in the file's ``eenheid``); raise all errors at once."""
    errors = list(fouten or [])
    eenheid = raw.get("eenheid", "euro")
    context = {"eenheid": eenheid if eenheid in EENHEDEN else "euro"}
    programma: Programma | None = None
    try:
        programma = Programma.model_validate(raw, context=context)
    except ValidationError as exc:
        errors.extend(uit_validatie(bestand, raw, exc))
    errors.extend(dubbele_ids(bestand, raw))
    if errors or programma is None:
        raise MaatregelenError(bestand, errors)
    return programma


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    return _parse_yaml(text, path.name)


def _parse_yaml(text: str, bestand: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        waar = f"regel {mark.line + 1}" if mark is not None else ""
        raise MaatregelenError(bestand, [regel(bestand, waar, "", "geen geldige YAML")]) from exc
    if not isinstance(data, dict):
        raise MaatregelenError(
            bestand, [regel(bestand, "", "", "verwacht een programma (gemeente, maatregelen …)")]
        )
    return data
