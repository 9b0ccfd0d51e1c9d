# SPDX-License-Identifier: EUPL-1.2
"""Render a tidy polars table to a terminal table or a file."""

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

import polars as pl
import xlsxwriter
from rich.console import Console
from rich.table import Table

from stuurhuis.errors import StuurhuisError
from stuurhuis.export.nl import SUPPRESSED, getal

Format = Literal["table", "csv", "json", "xlsx", "parquet"]
FORMATS: tuple[str, ...] = get_args(Format)
_BINARY: tuple[str, ...] = ("xlsx", "parquet")


def write_table(
    df: pl.DataFrame,
    fmt: Format,
    out: Path | None = None,
    *,
    title: str | None = None,
    console: Console | None = None,
    openbaar: bool = False,
) -> None:
    """Write ``df`` in ``fmt`` to ``out`` (or stdout; binary formats need ``out``).

    ``openbaar``: a published (disclosure-controlled) table, whose empty cells are shown as
    CBS's ``.`` in CSV and XLSX too; JSON keeps ``null`` and parquet a real null, next to the
    table's own ``onderdrukt`` column.
    """
    if fmt in _BINARY and out is None:
        raise StuurhuisError(f"formaat {fmt} schrijft naar een bestand: geef --out BESTAND")
    if fmt == "table":
        _print_rich(df, title, console or Console())
    elif fmt == "csv":
        _write_text(df.write_csv(null_value=SUPPRESSED if openbaar else ""), out)
    elif fmt == "json":
        _write_text(
            json.dumps(df.to_dicts(), default=_json_default, ensure_ascii=False, indent=1) + "\n",
            out,
        )
    elif fmt == "xlsx" and out is not None:
        write_xlsx({title or "tabel": df}, out, openbaar=openbaar)
    elif fmt == "parquet" and out is not None:
        df.write_parquet(out)
    else:
        raise StuurhuisError(f"onbekend formaat {fmt!r}: kies uit {', '.join(FORMATS)}")


def write_xlsx(sheets: dict[str, pl.DataFrame], out: Path, *, openbaar: bool = False) -> None:
    """One sheet per table: real numbers, bold frozen header, widths that fit.

    With ``openbaar`` every empty cell holds CBS's ``.`` (see :func:`write_table`).
    """
    with xlsxwriter.Workbook(str(out)) as workbook:
        right = workbook.add_format({"align": "right"})
        for name, df in sheets.items():
            sheet = _sheet_name(name)
            df.write_excel(
                workbook=workbook,
                worksheet=sheet,
                autofit=True,
                freeze_panes=(1, 0),
                header_format={"bold": True},
                float_precision=2,
            )
            if openbaar:
                _mark_empty_cells(workbook.get_worksheet_by_name(sheet), df, right)


def _mark_empty_cells(worksheet: Any, df: pl.DataFrame, cell_format: Any) -> None:
    """Write ``.`` into the empty cells of a sheet written from ``df`` (header in row 0)."""
    for col, series in enumerate(df.iter_columns()):
        for row in series.is_null().arg_true():
            worksheet.write_string(row + 1, col, SUPPRESSED, cell_format)


def _sheet_name(name: str) -> str:
    cleaned = "".join(ch for ch in name if ch not in "[]:*?/\\")
    return cleaned[:31] or "tabel"


def _write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _json_default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _print_rich(df: pl.DataFrame, title: str | None, console: Console) -> None:
    table = Table(title=title, show_lines=False)
    numeric = [dtype.is_numeric() for dtype in df.dtypes]
    for name, is_num in zip(df.columns, numeric, strict=True):
        table.add_column(name, justify="right" if is_num else "left")
    for row in df.iter_rows():
        table.add_row(*(_cell(value) for value in row))
    console.print(table)


def _cell(value: object) -> str:
    if value is None:
        return SUPPRESSED
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return getal(value)
    if isinstance(value, float):
        return getal(value, 2)
    return str(value)
