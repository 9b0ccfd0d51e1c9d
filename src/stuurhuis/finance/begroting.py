# SPDX-License-Identifier: EUPL-1.2
"""The budget per year and group: primitive and amended amounts."""

import duckdb
import polars as pl

from stuurhuis.finance.groepering import KOLOMMEN, Indeling, met_groep, wet_van_taakveld
from stuurhuis.warehouse import load_sql


def begroting(con: duckdb.DuckDBPyConnection, *, jaar: int, by: Indeling) -> pl.DataFrame:
    """Budget of ``jaar`` per group of ``by``: ``begroting_primitief_cent``, ``begroting_cent``.

    ``begroting_cent`` is the amended amount where there is one, else the primitive one.
    A breakdown by categorie has no budget (budgets are per taakveld): an empty table.
    """
    keys = list(KOLOMMEN[by])
    rows = con.cursor().execute(load_sql(__package__, "begroting.sql"), {"jaar": jaar}).pl()
    rows = rows.with_columns(
        pl.coalesce(
            pl.col("wet"),
            pl.col("taakveld").map_elements(wet_van_taakveld, return_dtype=pl.String),
        ).alias("wet")
    )
    if by == "categorie":
        rows = rows.clear().with_columns(pl.lit(None, pl.String).alias("categorie"))
    rows = met_groep(rows, by)
    sums = [
        pl.col("primitief_cent").sum().alias("begroting_primitief_cent"),
        pl.col("begroting_cent").sum(),
    ]
    return rows.group_by(keys).agg(sums).sort(keys)
