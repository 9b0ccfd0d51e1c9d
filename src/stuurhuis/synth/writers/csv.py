# SPDX-License-Identifier: EUPL-1.2
"""The canonical CSV files, written the way Dutch case systems export them.

Each file has its own habits, so the ingest's sniffing is exercised: ``;`` as separator,
decimal comma, ``dd-mm-jjjj`` dates, a UTF-8 BOM on one file, cp1252 on the provider and
product files (provider "Zorggroep Één"), thousands separators in the budget, and one file
(uitkeringen) with ``,``, ISO dates and a decimal point, as some systems deliver.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import polars as pl

from stuurhuis.synth.records import CONTRACT, MONEY_COLUMNS, Batch


@dataclass(frozen=True)
class Style:
    """How one file is written."""

    encoding: str = "utf-8"
    separator: str = ";"
    date_format: str = "%d-%m-%Y"
    decimal: str = ","
    thousands: str = ""


STYLES: dict[str, Style] = {
    "persoon": Style(encoding="utf-8-sig"),
    "aanbieder": Style(encoding="cp1252"),
    "product": Style(encoding="cp1252"),
    "uitkering": Style(separator=",", date_format="%Y-%m-%d", decimal="."),
    "begroting": Style(thousands="."),
}


def euro_text(cents: pl.Expr, decimal: str, thousands: str) -> pl.Expr:
    """Integer cents as euro text: ``1234,56`` (or ``1.234,56`` with thousands)."""
    sign = pl.when(cents < 0).then(pl.lit("-")).otherwise(pl.lit(""))
    whole = (cents.abs() // 100).cast(pl.Utf8)
    if thousands:
        # group digits by three from the right: reverse, chunk, join, reverse back
        whole = whole.str.reverse().str.extract_all(r"\d{1,3}").list.join(thousands).str.reverse()
    frac = (cents.abs() % 100).cast(pl.Utf8).str.zfill(2)
    return pl.when(cents.is_null()).then(None).otherwise(sign + whole + decimal + frac)


def to_text(batch: Batch, style: Style) -> pl.DataFrame:
    """The batch's rows as text in the contract's columns and the file's style."""
    exprs = []
    for column in CONTRACT[batch.kind][1]:
        if column in MONEY_COLUMNS:
            exprs.append(
                euro_text(pl.col(f"{column}_cent"), style.decimal, style.thousands).alias(column)
            )
            continue
        dtype = batch.rows.schema[column]
        if dtype == pl.Date:
            exprs.append(pl.col(column).dt.strftime(style.date_format).alias(column))
        else:
            exprs.append(pl.col(column).cast(pl.Utf8).alias(column))
    return batch.rows.select(exprs)


class CsvWriter:
    """Writes each kind to its canonical file, appending batch after batch."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._files: dict[str, BinaryIO] = {}
        out_dir.mkdir(parents=True, exist_ok=True)

    def _handle(self, kind: str) -> tuple[BinaryIO, bool]:
        if kind in self._files:
            return self._files[kind], False
        handle = (self.out_dir / CONTRACT[kind][0]).open("wb")
        self._files[kind] = handle
        return handle, True

    def write(self, batch: Batch) -> None:
        style = STYLES.get(batch.kind, Style())
        text = to_text(batch, style)
        if batch.vuil is not None and batch.vuil.height:
            text = pl.concat([text, batch.vuil.select(pl.all().cast(pl.Utf8))])
        handle, first = self._handle(batch.kind)
        if first and style.encoding == "utf-8-sig":
            handle.write("\ufeff".encode())
        if style.encoding.startswith("utf-8"):
            text.write_csv(handle, separator=style.separator, include_header=first)
        else:
            csv = text.write_csv(separator=style.separator, include_header=first)
            handle.write(csv.encode(style.encoding))

    def close(self) -> list[Path]:
        paths = []
        for kind, handle in sorted(self._files.items()):
            handle.close()
            paths.append(self.out_dir / CONTRACT[kind][0])
        self._files.clear()
        return paths


__all__ = ["STYLES", "CsvWriter", "Style", "euro_text", "to_text"]
