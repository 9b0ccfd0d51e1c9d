# SPDX-License-Identifier: EUPL-1.2
"""What the warehouse holds: per source kind and period, last ingests, quarantine, flags.

Each table is tidy and computed in ``status/*.sql``; the CLI only renders them.
"""

import duckdb
import polars as pl

from stuurhuis.warehouse import load_sql

STATUS_QUERIES = {
    "geladen": "status_geladen.sql",
    "inleesacties": "status_inleesacties.sql",
    "quarantaine": "status_quarantaine.sql",
    "markeringen": "status_markeringen.sql",
}


def status_tables(con: duckdb.DuckDBPyConnection, *, last: int = 10) -> dict[str, pl.DataFrame]:
    """The four status tables, by name (see :data:`STATUS_QUERIES`)."""
    tables = {}
    for name, sql_file in STATUS_QUERIES.items():
        sql = load_sql(__package__, sql_file)
        params = {"aantal": last} if "$aantal" in sql else {}
        tables[name] = con.execute(sql, params).pl()
    return tables
