# SPDX-License-Identifier: EUPL-1.2
"""The factsheet's tables for controllers: one sheet per table, real numbers, formats,
frozen headers, and a sheet with definitions (XlsxWriter).

Money (``*_cent`` columns, and values whose unit is ``cent``) is written in euros.
A suppressed cell is left empty (the definitions sheet says so).
"""

from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl
import xlsxwriter

from stuurhuis.report.model import Rapport, Tabel
from stuurhuis.report.opmaak import WAARDE_KOLOMMEN, kop

GELD_EENHEDEN = ("cent", "cent_per_client")
FORMATS: dict[str, str] = {
    "euro": "€ #,##0.00",
    "decimaal": "#,##0.0",
    "geheel": "#,##0",
    "datum": "dd-mm-yyyy",
}
MAX_NAAM = 31
DEFINITIES = "definities"


def is_geld(kolom: str, eenheid: str | None) -> bool:
    """Whether a cell holds money (written in euros)."""
    return kolom.endswith("_cent") or (kolom in WAARDE_KOLOMMEN and eenheid in GELD_EENHEDEN)


def in_xlsx(kolom: str, value: object, eenheid: str | None) -> object:
    """The number a cell holds in the workbook (cents become euros)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and is_geld(kolom, eenheid):
        return value / 100
    return value


def blad_naam(titel: str, gebruikt: set[str]) -> str:
    """A unique sheet name of at most 31 characters without ``[]:*?/\\``."""
    schoon = "".join(ch for ch in titel if ch not in "[]:*?/\\")[:MAX_NAAM] or "tabel"
    naam, n = schoon, 2
    while naam.lower() in gebruikt:
        suffix = f" ({n})"
        naam, n = schoon[: MAX_NAAM - len(suffix)] + suffix, n + 1
    gebruikt.add(naam.lower())
    return naam


def schrijf_xlsx(rapport: Rapport, out: Path) -> None:
    """Write every table of ``rapport`` as a sheet, then the definitions sheet."""
    with xlsxwriter.Workbook(str(out), {"remove_timezone": True}) as wb:
        formats = {naam: wb.add_format({"num_format": f}) for naam, f in FORMATS.items()}
        kop_format = wb.add_format({"bold": True, "bg_color": "#EEF2F7", "bottom": 1})
        gebruikt: set[str] = set()
        for tabel in rapport.tabellen():
            if tabel.id != DEFINITIES:  # the definitions sheet below holds it, with notes
                _blad(wb, blad_naam(tabel.id, gebruikt), tabel, formats, kop_format)
        _definities(wb, rapport, blad_naam(DEFINITIES, gebruikt), kop_format)


def _format(kolom: str, value: object, eenheid: str | None, formats: dict[str, Any]) -> Any:
    if is_geld(kolom, eenheid):
        return formats["euro"]
    if isinstance(value, float):
        return formats["decimaal"]
    return formats["geheel"]


def _blad(wb: Any, naam: str, tabel: Tabel, formats: dict[str, Any], kop_format: Any) -> None:
    ws = wb.add_worksheet(naam)
    df = tabel.df
    breedte = [len(kop(k)) for k in df.columns]
    for c, kolom in enumerate(df.columns):
        ws.write_string(0, c, kop(kolom), kop_format)
    for r, rij in enumerate(df.iter_rows(named=True), start=1):
        eenheid = rij.get("eenheid") or tabel.eenheid
        for c, kolom in enumerate(df.columns):
            breedte[c] = max(
                breedte[c],
                _cel(ws, r, c, kolom=kolom, value=rij[kolom], eenheid=eenheid, formats=formats),
            )
    for c, w in enumerate(breedte):
        ws.set_column(c, c, min(max(w + 2, 8), 60))
    ws.freeze_panes(1, 0)
    if df.height:
        ws.autofilter(0, 0, df.height, max(df.width - 1, 0))


def _cel(
    ws: Any,
    r: int,
    c: int,
    *,
    kolom: str,
    value: object,
    eenheid: str | None,
    formats: dict[str, Any],
) -> int:
    """Write one cell; returns the width it needs."""
    if value is None:
        ws.write_blank(r, c, None)
        return 1
    if isinstance(value, bool):
        ws.write_boolean(r, c, value)
        return 5
    if isinstance(value, datetime | date):
        ws.write_datetime(r, c, value, formats["datum"])
        return 10
    if isinstance(value, int | float):
        ws.write_number(
            r, c, in_xlsx(kolom, value, eenheid), _format(kolom, value, eenheid, formats)
        )
        return 14
    text = str(value)
    ws.write_string(r, c, text)
    return len(text)


def _definities(wb: Any, rapport: Rapport, naam: str, kop_format: Any) -> None:
    ws = wb.add_worksheet(naam)
    toelichting = pl.DataFrame(
        {
            "indicator": ["(bedragen)", "(onderdrukt)", "(peildatum)"],
            "naam": [
                "Bedragen staan in euro's (in het warehouse in centen).",
                "Een lege cel is onderdrukt (onthullingscontrole) of onbekend.",
                f"{rapport.peildatum:%d-%m-%Y}, periode {rapport.periode}.",
            ],
        }
    )
    df = pl.concat([rapport.definities, toelichting], how="diagonal_relaxed")
    for c, kolom in enumerate(df.columns):
        ws.write_string(0, c, kop(kolom), kop_format)
    for r, rij in enumerate(df.iter_rows(), start=1):
        for c, value in enumerate(rij):
            if value is None:
                ws.write_blank(r, c, None)
            elif isinstance(value, int | float):
                ws.write_number(r, c, value)
            else:
                ws.write_string(r, c, str(value))
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 2, 80)
    ws.freeze_panes(1, 0)
