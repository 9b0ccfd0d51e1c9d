# SPDX-License-Identifier: EUPL-1.2
"""The audit trail (AVG): who saw or exported which case-level rows, when.

Every view or export of case-level rows calls :func:`log`; ``beheerder`` lists the trail
with :func:`entries` (``stuurhuis audit``). The trail records the filter, never the rows.
"""

import json
from collections.abc import Mapping
from datetime import date, datetime

import duckdb
import polars as pl

from stuurhuis.privacy.gebruiker import MetRol
from stuurhuis.warehouse import load_sql

Filter = Mapping[str, object]


def log(
    con: duckdb.DuckDBPyConnection,
    gebruiker: MetRol,
    actie: str,
    *,
    onderwerp: str | None = None,
    filter: Filter | None = None,
    aantal_rijen: int | None = None,
) -> int:
    """Write one audit record and return its ``audit_id``."""
    row = con.execute(
        load_sql(__package__, "audit_log.sql"),
        [
            gebruiker.naam,
            gebruiker.rol,
            actie,
            onderwerp,
            _filter_json(filter),
            aantal_rijen,
        ],
    ).fetchone()
    if row is None:  # pragma: no cover - INSERT ... RETURNING always returns the row
        raise RuntimeError("audit record not written")
    return int(row[0])


def entries(
    con: duckdb.DuckDBPyConnection,
    *,
    gebruiker: str | None = None,
    actie: str | None = None,
    vanaf: date | None = None,
    tot: date | None = None,
    limit: int | None = None,
) -> pl.DataFrame:
    """The audit trail, newest first, optionally for one user, one action or a date range.

    ``vanaf`` and ``tot`` are inclusive days; ``limit`` keeps only the newest records.
    """
    return con.execute(
        load_sql(__package__, "audit_entries.sql"), [gebruiker, actie, vanaf, tot, limit]
    ).pl()


def aantal(con: duckdb.DuckDBPyConnection) -> int:
    """The number of records in the audit trail."""
    row = con.execute(load_sql(__package__, "audit_count.sql")).fetchone()
    return int(row[0]) if row else 0


def _filter_json(filter: Filter | None) -> str | None:
    if filter is None:
        return None
    return json.dumps(filter, default=_json_value, ensure_ascii=False, sort_keys=True)


def _json_value(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(str(item) for item in value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
