# SPDX-License-Identifier: EUPL-1.2
"""Turn validation problems into Dutch lines naming file, measure id and field."""

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen.model import EERSTE_JAAR, LAATSTE_JAAR

_SECTIONS = {"perspectief": "perspectiefregel", "risicos": "risico"}


class MaatregelenError(StuurhuisError):
    """A measures file with one or more errors; nothing of it was applied."""

    def __init__(self, bestand: str, fouten: Sequence[str]) -> None:
        self.bestand = bestand
        self.fouten = list(fouten)
        kop = f"{len(self.fouten)} fout(en) in {bestand}, niets toegepast:"
        super().__init__("\n".join([kop, *self.fouten]))


def regel(bestand: str, waar: str, veld: str, reden: str) -> str:
    """One error line: ``bestand: maatregel 4.1.1: veld besparing.2023: reden``."""
    parts = [bestand]
    if waar:
        parts.append(waar)
    if veld:
        parts.append(f"veld {veld}")
    parts.append(reden)
    return ": ".join(parts)


def uit_validatie(bestand: str, raw: Mapping[str, Any], exc: ValidationError) -> list[str]:
    """One line per pydantic error, located by measure id instead of list index."""
    return [_line(bestand, raw, err) for err in exc.errors()]


def dubbele_ids(bestand: str, raw: Mapping[str, Any]) -> list[str]:
    """One line per measure id that occurs more than once."""
    items = raw.get("maatregelen")
    if not isinstance(items, list):
        return []
    ids = [str(m.get("id")) for m in items if isinstance(m, dict) and m.get("id") is not None]
    return [
        regel(bestand, f"maatregel {mid}", "id", f"id komt {n} keer voor")
        for mid, n in Counter(ids).items()
        if n > 1
    ]


def _line(bestand: str, raw: Mapping[str, Any], err: ErrorDetails) -> str:
    loc = list(err["loc"])
    waar = ""
    if len(loc) >= 2 and isinstance(loc[1], int) and loc[0] in ("maatregelen", *_SECTIONS):
        waar = _where(raw, str(loc[0]), loc[1])
        loc = loc[2:]
    is_key = "[key]" in loc
    veld = ".".join(str(part) for part in loc if part != "[key]")
    return regel(bestand, waar, veld, _reason(err, is_key, loc))


def _where(raw: Mapping[str, Any], section: str, index: int) -> str:
    items = raw.get(section)
    item = items[index] if isinstance(items, list) and index < len(items) else None
    if section == "maatregelen":
        label = item.get("id") if isinstance(item, dict) else None
        return f"maatregel {label}" if label is not None else f"maatregel nr. {index + 1}"
    label = item.get("naam") if isinstance(item, dict) else None
    kind = _SECTIONS[section]
    return f"{kind} {label!r}" if label is not None else f"{kind} nr. {index + 1}"


def _reason(err: ErrorDetails, is_key: bool, loc: list[int | str]) -> str:
    kind, value, ctx = err["type"], err.get("input"), err.get("ctx") or {}
    named = [part for part in loc if isinstance(part, str) and part != "[key]"]
    field = named[-1] if named else ""
    if is_key:
        return f"ongeldig jaar {value!r}: gebruik een jaartal {EERSTE_JAAR}–{LAATSTE_JAAR}"
    if field == "kans" and kind in ("greater_than_equal", "less_than_equal", "float_parsing"):
        return f"kans {value!r} ligt niet tussen 0 en 1"
    if kind == "greater_than_equal":
        return "bedrag of aantal mag niet negatief zijn"
    return _GENERIC.get(kind, "ongeldige waarde {value!r}").format(
        value=value, expected=ctx.get("expected", ""), error=ctx.get("error", "")
    )


_GENERIC = {
    "extra_forbidden": "onbekend veld",
    "missing": "verplicht veld ontbreekt",
    "literal_error": "onbekende waarde {value!r}: kies uit {expected}",
    "value_error": "{error}",
    "dict_type": "verwacht paren jaar: bedrag",
    "list_type": "verwacht een lijst",
    "model_type": "verwacht een blok met velden",
    "model_attributes_type": "verwacht een blok met velden",
    "string_too_short": "mag niet leeg zijn",
    "string_type": "verwacht tekst, niet {value!r}",
    "float_parsing": "geen getal: {value!r}",
    "float_type": "geen getal: {value!r}",
    "int_parsing": "geen geheel getal: {value!r}",
}
