# SPDX-License-Identifier: EUPL-1.2
from pathlib import Path

import duckdb
import pytest

from stuurhuis.warehouse import connect, schema_version
from stuurhuis.warehouse.connection import WarehouseError, migrations

CORE_TABLES = {
    "gebied",
    "bevolking",
    "huishoudens",
    "persoon",
    "product",
    "aanbieder",
    "toewijzing",
    "declaratie",
    "uitkering",
    "begroting",
    "ingest_log",
    "quarantaine",
    "audit_log",
}


def test_fresh_file_gets_every_migration(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
    assert tables >= CORE_TABLES
    assert schema_version(con) == migrations()[-1][0]


def test_older_file_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_versie (versie INTEGER PRIMARY KEY, naam VARCHAR NOT NULL,"
        " toegepast_op TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    version, name, sql = migrations()[0]
    con.execute(sql)
    con.execute("INSERT INTO schema_versie (versie, naam) VALUES (?, ?)", [version, name])
    con.execute("INSERT INTO aanbieder VALUES ('12345678', 'Zorg BV', 1)")
    con.close()
    upgraded = connect(path)
    assert schema_version(upgraded) == migrations()[-1][0]
    assert upgraded.execute("SELECT naam FROM aanbieder").fetchall() == [("Zorg BV",)]


def test_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    connect(path).execute("INSERT INTO schema_versie (versie, naam) VALUES (999, 'future')").close()
    with pytest.raises(WarehouseError, match="schemaversie 999"):
        connect(path)


def test_money_is_integer_cents(warehouse: duckdb.DuckDBPyConnection) -> None:
    types = dict(
        warehouse.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE column_name LIKE '%_cent'"
        ).fetchall()
    )
    assert types and set(types.values()) == {"BIGINT"}
