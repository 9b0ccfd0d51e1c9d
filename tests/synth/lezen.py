# SPDX-License-Identifier: EUPL-1.2
"""Read the synthetic files back for tests (independent of the ingest)."""

from pathlib import Path

import polars as pl

from stuurhuis.synth.records import CONTRACT

DUTCH_DATE = "%d-%m-%Y"


def read(folder: Path, kind: str) -> pl.DataFrame:
    """A synthetic file as text columns, dirty rows included."""
    name = CONTRACT[kind][0]
    separator = "," if kind == "uitkering" else ";"
    encoding = {"aanbieder": "windows-1252", "product": "windows-1252"}.get(kind, "utf8")
    return pl.read_csv(folder / name, separator=separator, encoding=encoding, infer_schema=False)


def dates(frame: pl.DataFrame, *columns: str, fmt: str = DUTCH_DATE) -> pl.DataFrame:
    """Parse date columns (dirty values become null)."""
    return frame.with_columns(pl.col(c).str.strptime(pl.Date, fmt, strict=False) for c in columns)


def euros(column: str, decimal: str = ",") -> pl.Expr:
    """Euro text to integer cents (null when not numeric)."""
    text = pl.col(column).str.replace_all(r"\.", "") if decimal == "," else pl.col(column)
    text = text.str.replace(",", ".")
    return (text.cast(pl.Float64, strict=False) * 100).round().cast(pl.Int64)
