# SPDX-License-Identifier: EUPL-1.2
"""Apply 325 declaratie-antwoorden to the status of the claim lines they answer."""

import duckdb

from stuurhuis.warehouse import load_sql


def apply_declaratie_antwoorden(con: duckdb.DuckDBPyConnection) -> int:
    """Set ``declaratie.status`` from the latest answer per line; returns the lines changed.

    A line listed in a 325 gets that answer's status (afgewezen, or goedgekeurd when its
    retourcodes raise no objection); every other line of an answered declaratie is
    goedgekeurd. Lines without an answer keep ``ingediend``. Idempotent: run it after
    every load that brought 323 or 325 messages.
    """
    before = _status_counts(con)
    con.execute(load_sql(__package__, "declaratie_status.sql"))
    after = _status_counts(con)
    return sum(abs(after.get(key, 0) - before.get(key, 0)) for key in before | after) // 2


def _status_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = con.execute("SELECT status, count(*) FROM declaratie GROUP BY status").fetchall()
    return {str(status): int(count) for status, count in rows}
