# SPDX-License-Identifier: EUPL-1.2
"""Open the warehouse file and bring its schema up to date."""

import re
from importlib import resources
from pathlib import Path

import duckdb

from stuurhuis.errors import StuurhuisError

MIGRATIONS_PACKAGE = "stuurhuis.warehouse.migrations"
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


class WarehouseError(StuurhuisError):
    """The warehouse file cannot be opened or is newer than this version of Stuurhuis."""


def connect(path: Path | str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) the warehouse at ``path`` and apply pending migrations.

    ``":memory:"`` gives an in-memory warehouse, used by tests.
    """
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise WarehouseError(f"kan warehouse {path} niet openen: {exc}") from exc
    # DuckDB's own progress bar writes to stdout, which must stay clean when piped; the CLI
    # shows its own bars on stderr.
    con.execute("SET enable_progress_bar = false")
    # FSST-compressed string segments are written with their unused tail uninitialised, so
    # leftover heap bytes (such as the raw BSNs of a CSV just read) can land in the file
    # (duckdb/duckdb#23382, open). Strings are stored without FSST until that is fixed;
    # tests/ingest/test_bsn.py greps the file for every input BSN.
    con.execute("SET disabled_compression_methods = 'fsst,dict_fsst'")
    if not read_only:
        migrate(con)
    return con


def migrations() -> list[tuple[int, str, str]]:
    """All migrations shipped with the package as (version, name, sql), in order."""
    found = []
    for entry in resources.files(MIGRATIONS_PACKAGE).iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this warehouse (0 for an empty file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_versie'"
    ).fetchone()
    if not exists or exists[0] == 0:
        return 0
    row = con.execute("SELECT coalesce(max(versie), 0) FROM schema_versie").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration newer than the file's version, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_versie ("
        " versie INTEGER PRIMARY KEY, naam VARCHAR NOT NULL,"
        " toegepast_op TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    shipped = migrations()
    newest = shipped[-1][0] if shipped else 0
    if current > newest:
        raise WarehouseError(
            f"warehouse heeft schemaversie {current}, deze Stuurhuis kent tot {newest}: "
            "werk Stuurhuis bij"
        )
    applied = []
    for version, name, sql in shipped:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_versie (versie, naam) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
