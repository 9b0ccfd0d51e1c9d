# SPDX-License-Identifier: EUPL-1.2
"""The XLSX template: one sheet per section of ``maatregelen.yaml``, same content.

Sheets: ``programma`` (veld, waarde), ``taakstelling`` (jaar, bedrag), ``maatregelen`` (one
row per measure), ``bedragen`` (maatregel, soort, one column per year), ``effectmodel``
(maatregel, …, volume per year), ``perspectief`` (naam, soort, one column per year) and
``risicos``. A ``toelichting`` sheet explains the columns and is ignored when reading.
Reading checks the sheets first (:mod:`.xlsx_controle`): nothing typed in may be lost.
"""

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter
from openpyxl import load_workbook

from stuurhuis.maatregelen.bedrag import EENHEDEN
from stuurhuis.maatregelen.fouten import regel
from stuurhuis.maatregelen.model import (
    CATEGORIEEN,
    FASES,
    URGENTIES,
    Programma,
)
from stuurhuis.maatregelen.schrijven import naar_raw
from stuurhuis.maatregelen.xlsx_controle import controleer, records, tekst

MAATREGEL_KOLOMMEN = (
    "id", "naam", "pakket", "thema", "categorie", "wet", "taakveld", "fase", "urgentie",
    "termijn", "kans", "wat_gedaan", "effect", "risicos",
)  # fmt: skip
SOORTEN = ("taakstelling", "besparing", "investering", "ingevuld_besparing", "ingevuld_investering")
EFFECT_KOLOMMEN = ("maatregel", "kosten_per_jaar", "besparing_per_eenheid", "eenheid", "indicator")
RISICO_KOLOMMEN = ("naam", "bedrag", "kans", "toelichting")
_KEUZES: dict[str, Iterable[str]] = {
    "categorie": CATEGORIEEN,
    "wet": ("wmo", "jeugd", "participatie", "overig"),
    "fase": FASES,
    "urgentie": URGENTIES,
    "termijn": ("kort", "middellang", "lang"),
}
_TOELICHTING = (
    ("programma", "gemeente en eenheid (euro of duizend_euro); alle bedragen in die eenheid"),
    ("taakstelling", "de taakstelling van het hele programma per jaar"),
    ("maatregelen", "één regel per maatregel; id is uniek; kans tussen 0 en 1"),
    ("bedragen", "per maatregel en soort (" + ", ".join(SOORTEN) + ") een bedrag per jaar"),
    (
        "effectmodel",
        "business case: kosten per jaar, besparing per eenheid, volume per jaar "
        "of een indicator uit het warehouse",
    ),
    ("perspectief", "meerjarenbalans: soort autonoom of dekking, bedragen met teken"),
    ("risicos", "risicoregister: bedrag en kans van optreden"),
)


def schrijf_template(out: Path, programma: Programma | None = None) -> None:
    """Write the template to ``out``: empty, or filled with ``programma``."""
    raw = naar_raw(programma) if programma else {"gemeente": "", "eenheid": "euro"}
    years = sorted(set(programma.jaren()) | _volume_years(programma)) if programma else []
    if not years:
        start = date.today().year
        years = list(range(start, start + 5))
    with xlsxwriter.Workbook(str(out)) as wb:
        bold = wb.add_format({"bold": True})
        _sheet(wb, bold, "programma", ("veld", "waarde"), _programma_rows(raw))
        _sheet(wb, bold, "taakstelling", ("jaar", "bedrag"), _taakstelling_rows(raw))
        ws = _sheet(wb, bold, "maatregelen", MAATREGEL_KOLOMMEN, _maatregel_rows(raw))
        _add_choices(ws)
        _sheet(wb, bold, "bedragen", ("maatregel", "soort", *years), _bedrag_rows(raw, years))
        _sheet(wb, bold, "effectmodel", (*EFFECT_KOLOMMEN, *years), _effect_rows(raw, years))
        _sheet(wb, bold, "perspectief", ("naam", "soort", *years), _perspectief_rows(raw, years))
        _sheet(wb, bold, "risicos", RISICO_KOLOMMEN, _risico_rows(raw))
        _sheet(wb, bold, "toelichting", ("blad", "inhoud"), _TOELICHTING)


def _volume_years(programma: Programma) -> set[int]:
    return {
        year
        for m in programma.maatregelen
        if m.effectmodel is not None
        for year in m.effectmodel.volume
    }


def lees_xlsx(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Read the template back to raw data (as YAML would give) plus sheet-level errors."""
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in wb}
    finally:
        wb.close()
    errors = controleer(path.name, sheets)
    raw: dict[str, Any] = {}
    for row in records(sheets.get("programma", [])):
        if row.get("veld") and row.get("waarde") is not None:
            raw[str(row["veld"])] = row["waarde"]
    taakstelling = {
        _key(r["jaar"]): r["bedrag"] for r in records(sheets.get("taakstelling", [])) if "jaar" in r
    }
    if taakstelling:
        raw["taakstelling"] = taakstelling
    maatregelen = [_clean(r) for r in records(sheets.get("maatregelen", []))]
    raw["maatregelen"] = maatregelen
    by_id = {str(m.get("id")): m for m in maatregelen}
    errors += _read_bedragen(path.name, sheets.get("bedragen", []), by_id)
    errors += _read_effect(path.name, sheets.get("effectmodel", []), by_id)
    perspectief = [
        _with_years(r, ("naam", "soort"), "bedragen") for r in _wide(sheets, "perspectief")
    ]
    if perspectief:
        raw["perspectief"] = perspectief
    risicos = list(records(sheets.get("risicos", [])))
    if risicos:
        raw["risicos"] = risicos
    return raw, errors


def _read_bedragen(
    bestand: str, rows: list[list[Any]], by_id: dict[str, dict[str, Any]]
) -> list[str]:
    errors = []
    for record in records(rows):
        mid, soort = str(record.pop("maatregel", "")), str(record.pop("soort", ""))
        target = by_id.get(mid)
        amounts = {_key(k): v for k, v in record.items()}
        if target is None:
            errors.append(regel(bestand, f"maatregel {mid}", "bedragen", "onbekende maatregel"))
        elif soort not in SOORTEN:
            errors.append(
                regel(
                    bestand,
                    f"maatregel {mid}",
                    "soort",
                    f"onbekende soort {soort!r}: kies uit {', '.join(SOORTEN)}",
                )
            )
        elif soort.startswith("ingevuld_"):
            target.setdefault("ingevuld", {})[soort.removeprefix("ingevuld_")] = amounts
        else:
            target[soort] = amounts
    return errors


def _read_effect(
    bestand: str, rows: list[list[Any]], by_id: dict[str, dict[str, Any]]
) -> list[str]:
    errors = []
    for record in records(rows):
        mid = str(record.pop("maatregel", ""))
        model = _with_years(record, EFFECT_KOLOMMEN[1:], "volume")
        if not model.get("volume"):
            model.pop("volume", None)
        if mid not in by_id:
            errors.append(regel(bestand, f"maatregel {mid}", "effectmodel", "onbekende maatregel"))
        else:
            by_id[mid]["effectmodel"] = model
    return errors


def _wide(sheets: dict[str, list[list[Any]]], name: str) -> Iterator[dict[str, Any]]:
    return records(sheets.get(name, []))


def _with_years(record: dict[str, Any], fixed: tuple[str, ...], into: str) -> dict[str, Any]:
    out = {k: v for k, v in record.items() if k in fixed}
    out[into] = {_key(k): v for k, v in record.items() if k not in fixed}
    return out


def _key(value: Any) -> Any:
    text = tekst(value)
    return int(text) if text.isdigit() else text


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if k in ("id", "taakveld") else v) for k, v in record.items()}


def _sheet(
    wb: xlsxwriter.Workbook,
    bold: Any,
    name: str,
    header: Iterable[Any],
    rows: Iterable[Iterable[Any]],
) -> Any:
    ws = wb.add_worksheet(name)
    header = list(header)
    ws.write_row(0, 0, header, bold)
    ws.freeze_panes(1, 0)
    for i, row in enumerate(rows, start=1):
        ws.write_row(i, 0, list(row))
    ws.set_column(0, max(len(header) - 1, 0), 16)
    return ws


def _add_choices(ws: Any) -> None:
    for col, name in enumerate(MAATREGEL_KOLOMMEN):
        if name in _KEUZES:
            ws.data_validation(
                1, col, 1000, col, {"validate": "list", "source": list(_KEUZES[name])}
            )
    kans = MAATREGEL_KOLOMMEN.index("kans")
    ws.data_validation(1, kans, 1000, kans, {"validate": "decimal", "criteria": "between",
                                             "minimum": 0, "maximum": 1})  # fmt: skip


def _programma_rows(raw: dict[str, Any]) -> list[tuple[str, Any]]:
    return [("gemeente", raw.get("gemeente", "")), ("eenheid", raw.get("eenheid", EENHEDEN[0]))]


def _taakstelling_rows(raw: dict[str, Any]) -> list[tuple[int, Any]]:
    return list(raw.get("taakstelling", {}).items())


def _maatregel_rows(raw: dict[str, Any]) -> Iterator[list[Any]]:
    for m in raw.get("maatregelen", []):
        yield [m.get(col) for col in MAATREGEL_KOLOMMEN]


def _bedrag_rows(raw: dict[str, Any], years: list[int]) -> Iterator[list[Any]]:
    for m in raw.get("maatregelen", []):
        for soort in SOORTEN:
            if soort.startswith("ingevuld_"):
                amounts = m.get("ingevuld", {}).get(soort.removeprefix("ingevuld_"))
            else:
                amounts = m.get(soort)
            if amounts:
                yield [m["id"], soort, *(amounts.get(y) for y in years)]


def _effect_rows(raw: dict[str, Any], years: list[int]) -> Iterator[list[Any]]:
    for m in raw.get("maatregelen", []):
        model = m.get("effectmodel")
        if model:
            volume = model.get("volume", {})
            fixed = [model.get(col) for col in EFFECT_KOLOMMEN[1:]]
            yield [m["id"], *fixed, *(volume.get(y) for y in years)]


def _perspectief_rows(raw: dict[str, Any], years: list[int]) -> Iterator[list[Any]]:
    for r in raw.get("perspectief", []):
        yield [r["naam"], r["soort"], *(r["bedragen"].get(y) for y in years)]


def _risico_rows(raw: dict[str, Any]) -> Iterator[list[Any]]:
    for r in raw.get("risicos", []):
        yield [r.get(col) for col in RISICO_KOLOMMEN]
