# SPDX-License-Identifier: EUPL-1.2
"""Run the real ``stuurhuis`` command (its ``main``) in a subprocess or in-process."""

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from stuurhuis.cli import app

MAIN = "from stuurhuis.cli import main; main()"


def command(*args: str) -> list[str]:
    return [sys.executable, "-c", MAIN, *args]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``stuurhuis ARGS`` with the test's environment (its own key file)."""
    return subprocess.run(
        command(*args),
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
        timeout=600,
    )


def invoke(*args: str) -> tuple[int, str, str]:
    """In-process: exit code, stdout, stderr."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def table_fingerprint(db: Path) -> dict[str, tuple[int, int]]:
    """Row count and an order-independent content hash of every warehouse table."""
    import duckdb  # noqa: PLC0415

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [
            str(row[0])
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
        ]
        result = {}
        for table in tables:
            row = con.execute(
                f"SELECT count(*), coalesce(sum(hash(t)), 0) FROM {table} AS t"
            ).fetchone()
            assert row is not None
            result[table] = (int(row[0]), int(row[1]))
        return result
    finally:
        con.close()
