# SPDX-License-Identifier: EUPL-1.2
"""Load a measures file (YAML or the XLSX template) into a validated :class:`Programma`.

All errors of a file are collected and raised together as one :class:`MaatregelenError`;
nothing is returned (and so nothing applied) when any error exists. A key given twice in
one YAML block (two ``2023:`` amounts, two ``besparing:`` lines) is an error too: YAML
itself keeps the last one silently, and a lost amount is worse than a refused file.
"""

from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen.bedrag import EENHEDEN
from stuurhuis.maatregelen.fouten import MaatregelenError, dubbele_ids, regel, uit_validatie
from stuurhuis.maatregelen.model import Programma

_XLSX_SUFFIXES = (".xlsx", ".xlsm")


def load(path: Path | str) -> Programma:
    """Read ``path`` (``.yaml``/``.yml`` or ``.xlsx``) and validate it."""
    path = Path(path)
    if not path.is_file():
        raise StuurhuisError(f"maatregelenbestand niet gevonden: {path}")
    if path.suffix.lower() in _XLSX_SUFFIXES:
        from stuurhuis.maatregelen.xlsx import lees_xlsx  # noqa: PLC0415 - openpyxl is slow

        raw, fouten = lees_xlsx(path)
    else:
        raw, fouten = _parse_yaml(_read_yaml(path), path.name)
    return valideer(raw, bestand=path.name, fouten=fouten)


def loads(text: str, *, bestand: str = "maatregelen.yaml") -> Programma:
    """Validate a measures programme given as YAML text."""
    raw, fouten = _parse_yaml(text, bestand)
    return valideer(raw, bestand=bestand, fouten=fouten)


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


def _read_yaml(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return path.read_text(encoding="cp1252")


def _parse_yaml(text: str, bestand: str) -> tuple[dict[str, Any], list[str]]:
    """The data of the YAML text, and one error per key given twice in one block."""
    try:
        data = yaml.safe_load(text)
        dubbel = dubbele_sleutels(bestand, yaml.compose(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        waar = f"regel {mark.line + 1}" if mark is not None else ""
        raise MaatregelenError(bestand, [regel(bestand, waar, "", "geen geldige YAML")]) from exc
    if not isinstance(data, dict):
        raise MaatregelenError(
            bestand, [regel(bestand, "", "", "verwacht een programma (gemeente, maatregelen …)")]
        )
    return data, dubbel


def dubbele_sleutels(bestand: str, root: yaml.Node | None) -> list[str]:
    """An error line for every key that occurs more than once in one mapping."""
    return [
        regel(bestand, waar, veld, f"komt {len(lines)} keer voor (regels {', '.join(lines)})")
        for waar, veld, lines in _dubbel(root, (), "")
    ]


def _dubbel(
    node: yaml.Node | None, pad: tuple[str, ...], waar: str
) -> Iterator[tuple[str, str, list[str]]]:
    """(measure or section, field path, line numbers) of every repeated key below ``node``."""
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _dubbel(item, pad, _item_naam(pad, index, item) or waar)
    elif isinstance(node, yaml.MappingNode):
        seen: dict[str, list[str]] = defaultdict(list)
        for key, _value in node.value:
            seen[str(key.value)].append(str(key.start_mark.line + 1))
        for naam, lines in seen.items():
            if len(lines) > 1:
                yield waar, ".".join((*_veld(pad), naam)), lines
        for key, value in node.value:
            yield from _dubbel(value, (*pad, str(key.value)), waar)


def _item_naam(pad: tuple[str, ...], index: int, item: yaml.Node) -> str:
    """``maatregel 4.1.1``, ``risico 'Jeugd'`` … for an item of a top-level list."""
    soort = {"maatregelen": ("maatregel", "id"), "risicos": ("risico", "naam")}
    soort["perspectief"] = ("perspectiefregel", "naam")
    if len(pad) != 1 or pad[0] not in soort or not isinstance(item, yaml.MappingNode):
        return ""
    label, sleutel = soort[pad[0]]
    values = [
        v.value for k, v in item.value if k.value == sleutel and isinstance(v, yaml.ScalarNode)
    ]
    if not values:
        return f"{label} nr. {index + 1}"
    return f"{label} {values[0]}" if label == "maatregel" else f"{label} {values[0]!r}"


def _veld(pad: tuple[str, ...]) -> tuple[str, ...]:
    """The field path inside an item: the top-level list name is the item itself."""
    return pad[1:] if pad and pad[0] in ("maatregelen", "risicos", "perspectief") else pad
