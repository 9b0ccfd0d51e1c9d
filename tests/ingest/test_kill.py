# SPDX-License-Identifier: EUPL-1.2
"""Kill test: SIGKILL a real ``stuurhuis ingest`` mid-load; the warehouse is as before."""

import os
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest

from .bron import AGB, BSN, DECLARATIE_HEADER, write_world
from .cli import command, run, table_fingerprint

pytestmark = pytest.mark.slow
LINES = 300_000


def write_big_claims(path: Path, lines: int) -> Path:
    """``lines`` valid claim lines on T1 (DuckDB writes them: fast and flat in memory)."""
    con = duckdb.connect()
    values = [
        "'K' || i", "''", "'D1'", "'05-04-2024'", "'T1'", f"'{BSN[0]}'", f"'{AGB}'", "'wmo'",
        "'02'", "'02A01'", "'01-03-2024'", "'31-03-2024'", "'1'", "'04'", "'60,00'", "'60,00'",
        "'D'", "'ingediend'",
    ]  # fmt: skip
    select = ", ".join(
        f"{value} AS {name}" for value, name in zip(values, DECLARATIE_HEADER, strict=True)
    )
    con.execute(
        f"COPY (SELECT {select} FROM range({lines}) AS r(i)) TO '{path}' "
        "(HEADER, DELIMITER ';', QUOTE '')"
    )
    con.close()
    return path


def bytes_read(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/io").read_text()
    except OSError:
        return 0
    fields = dict(line.split(": ") for line in text.splitlines())
    return int(fields["rchar"])


def kill_when_loading(process: subprocess.Popen[bytes], db: Path, size: int) -> None:
    """SIGKILL ``process`` once its transaction is open.

    The loader hashes the file (one read), opens the transaction, then scans the file with
    DuckDB (distinct BSNs, then the staging scan): having read 2.5 times the file's size,
    or any write to the warehouse, means the load is underway.
    """
    wal = db.with_name(db.name + ".wal")
    start_size = db.stat().st_size
    while process.poll() is None:
        if bytes_read(process.pid) > 2.5 * size or wal.exists() or db.stat().st_size != start_size:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait(timeout=120)


def test_a_killed_ingest_leaves_the_warehouse_exactly_as_before(tmp_path: Path) -> None:
    world = write_world(tmp_path / "wereld")[0].parent
    db = tmp_path / "stuurhuis.duckdb"
    assert run("ingest", "--db", str(db), str(world)).returncode == 0
    before = table_fingerprint(db)
    big = write_big_claims(tmp_path / "declaraties.csv", LINES)

    process = subprocess.Popen(
        command("ingest", "--db", str(db), str(big)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    kill_when_loading(process, db, big.stat().st_size)
    assert process.returncode == -signal.SIGKILL, "the load ended before it could be killed"

    assert table_fingerprint(db) == before

    again = run("ingest", "--db", str(db), "--format", "csv", str(big))
    assert again.returncode == 0, again.stderr
    assert f"declaraties.csv,declaratie,geladen,{LINES},{LINES},0," in again.stdout
    after = table_fingerprint(db)
    assert after["declaratie"][0] == LINES
    assert after["ingest_log"][0] == before["ingest_log"][0] + 1
    assert {
        name: value for name, value in after.items() if name not in {"declaratie", "ingest_log"}
    } == {name: value for name, value in before.items() if name not in {"declaratie", "ingest_log"}}
