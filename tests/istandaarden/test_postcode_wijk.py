# SPDX-License-Identifier: EUPL-1.2
"""The wijk of a message's client from a postcode → wijk table; the postcode is not kept."""

from pathlib import Path

import duckdb

from stuurhuis.ingest import ingest_paths
from stuurhuis.privacy import Pseudonymiser

from .conftest import SHARED_ISTANDAARDEN

JW301 = SHARED_ISTANDAARDEN / "ijw" / "berichten" / "JW301.xml"  # client postcode 9999XX


def _tabel(path: Path, *rows: str) -> Path:
    path.write_text("postcode;wijk_code\n" + "".join(f"{row}\n" for row in rows), "utf-8")
    return path


def _wijken(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
    return con.execute("SELECT wijk_code FROM bericht_client").fetchall()


def test_the_wijk_comes_from_the_postcode_table(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    tabel = _tabel(tmp_path / "postcode_wijk.csv", "9999 xx;WK015001", "7411AB;WK015002")
    report = ingest_paths(warehouse, [JW301, tabel], pseudonymiser)
    assert [(r.status, r.quarantaine) for r in report.results] == [("geladen", 0)] * 2
    assert _wijken(warehouse) == [("WK015001",)]
    assert warehouse.execute("SELECT postcode FROM postcode_wijk ORDER BY 1").fetchall() == [
        ("7411AB",),
        ("9999XX",),
    ]


def test_the_postcode_itself_is_stored_nowhere_else(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    ingest_paths(warehouse, [_tabel(tmp_path / "p.csv", "9999XX;WK1"), JW301], pseudonymiser)
    columns = warehouse.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE data_type = 'VARCHAR' AND table_schema = 'main' AND table_name <> 'postcode_wijk'"
    ).fetchall()
    for table, column in columns:
        hits = warehouse.execute(
            f"SELECT count(*) FROM {table} WHERE upper({column}) LIKE '%9999%XX%'"
        ).fetchone()
        assert hits == (0,), f"postcode in {table}.{column}"


def test_without_a_table_the_wijk_is_empty(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser
) -> None:
    ingest_paths(warehouse, [JW301], pseudonymiser)
    assert _wijken(warehouse) == [(None,)]


def test_a_malformed_postcode_is_quarantined(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    tabel = _tabel(tmp_path / "postcode_wijk.csv", "7411AB;WK1", "741AB;WK2")
    [result] = ingest_paths(warehouse, [tabel], pseudonymiser).results
    assert (result.geladen, result.quarantaine) == (1, 1)
    reden = warehouse.execute("SELECT reden FROM quarantaine").fetchone()
    assert reden == ("postcode is niet 1234AB: 741AB",)
