# SPDX-License-Identifier: EUPL-1.2
"""Dated snapshots in the warehouse: the original plan, the start of 2025, and now."""

from datetime import date

import duckdb
import polars as pl
import pytest

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen import Programma, historie, importeer, snapshots, tabel, vergelijk
from stuurhuis.maatregelen.model import Ingevuld


def _original(hengelo: Programma) -> Programma:
    """The 2022 plan: nothing secured yet."""
    maatregelen = [m.model_copy(update={"ingevuld": Ingevuld()}) for m in hengelo.maatregelen]
    return hengelo.model_copy(update={"maatregelen": maatregelen})


def test_migration_004_creates_the_snapshot_tables(warehouse: duckdb.DuckDBPyConnection) -> None:
    tables = {row[0] for row in warehouse.execute("SHOW TABLES").fetchall()}
    assert {"maatregelen_snapshot", "maatregelen_maatregel", "maatregelen_bedrag"} <= tables


def test_snapshots_compare_side_by_side(
    warehouse: duckdb.DuckDBPyConnection, hengelo: Programma
) -> None:
    importeer(warehouse, _original(hengelo), date(2022, 11, 1), label="oorspronkelijk plan")
    importeer(warehouse, hengelo, date(2025, 1, 1), label="begin 2025")
    listed = snapshots(warehouse)
    assert listed["label"].to_list() == ["oorspronkelijk plan", "begin 2025"]
    assert listed["aantal_maatregelen"].to_list() == [1, 1]

    side = vergelijk(warehouse, "ingevuld", eenheid="euro")
    assert side.columns == [
        "indeling", "groep", "periode", "2022-11-01 oorspronkelijk plan", "2025-01-01 begin 2025",
    ]  # fmt: skip
    row = side.filter(pl.col("periode") == "2026").row(0, named=True)
    assert row["2022-11-01 oorspronkelijk plan"] == 0
    assert row["2025-01-01 begin 2025"] == 6_797_631  # seeds/002, secured net 2026

    # "now": the file as it is today, beside the stored snapshots
    now = vergelijk(warehouse, "resterend", huidig=hengelo)
    assert now.filter(pl.col("periode") == "2025")["nu"].to_list() == [485_500_00]


def test_stored_programme_is_the_same_programme(
    warehouse: duckdb.DuckDBPyConnection, deventer: Programma
) -> None:
    importeer(warehouse, deventer, date(2018, 6, 1))
    stacked = historie(warehouse, "balans")
    assert stacked["snapshot"].unique().to_list() == ["2018-06-01 2018-06-01"]
    assert stacked.drop("snapshot").equals(tabel(deventer, "balans"))
    rows = warehouse.execute(
        "SELECT sum(bedrag_cent) FROM maatregelen_bedrag WHERE soort = 'besparing'"
    ).fetchone()
    assert rows == ((100 + 300 + 450 + 500 + 650 + 100 + 200 + 300 + 500 + 600) * 100_000,)


def test_reimport_replaces_the_snapshot(
    warehouse: duckdb.DuckDBPyConnection, hengelo: Programma, meppel: Programma
) -> None:
    importeer(warehouse, hengelo, date(2025, 1, 1), label="begin 2025")
    importeer(warehouse, meppel, date(2025, 1, 1), label="begin 2025")
    listed = snapshots(warehouse)
    assert listed["gemeente"].to_list() == ["Meppel"]
    assert listed["aantal_maatregelen"].to_list() == [25]
    count = warehouse.execute("SELECT count(*) FROM maatregelen_bedrag").fetchone()
    assert count == (0,)  # Meppel's measures carry no amounts


def test_history_without_snapshots_is_a_clear_error(
    warehouse: duckdb.DuckDBPyConnection,
) -> None:
    with pytest.raises(StuurhuisError, match="geen snapshots"):
        vergelijk(warehouse, "potentieel")
