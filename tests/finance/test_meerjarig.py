# SPDX-License-Identifier: EUPL-1.2
"""The meerjarenraming on a hand-built warehouse whose flows are known exactly."""

from datetime import date

import duckdb
import polars as pl
import pytest

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.meerjarig import (
    beveilig_meerjarentabel,
    meerjarenraming,
    meerjarentabel,
)
from stuurhuis.maatregelen import loads

PEIL = date(2024, 12, 31)


@pytest.fixture
def stabiel(warehouse: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Every year 2019-2024 ten children start a two-calendar-year allocation; 1000
    children live in the municipality every year. So: inflow 10, everyone stays for the
    second year and leaves after it, 20 clients a year from 2020 on."""
    allocations, persons = [], []
    for year in range(2019, 2025):
        for i in range(10):
            pid = f"p{year}{i}"
            persons.append((pid, "2015-06-01"))
            allocations.append((f"T{year}{i}", pid, f"{year}-01-01", f"{year + 1}-12-31"))
    warehouse.executemany(
        "INSERT INTO persoon (persoon_id, geboortedatum, ingest_id) VALUES (?, ?, 0)", persons
    )
    warehouse.executemany(
        "INSERT INTO toewijzing (toewijzing_nummer, persoon_id, agb_code, wet,"
        " product_categorie, product_code, leveringsvorm, ingangsdatum, einddatum, volume,"
        " eenheid, frequentie, budget_cent, ingest_id)"
        " VALUES (?, ?, '12345678', 'jeugd', '45', NULL, 'ZIN', ?, ?, NULL, NULL, NULL,"
        " NULL, 0)",
        allocations,
    )
    warehouse.executemany(
        "INSERT INTO bevolking VALUES (?, 'GM0001', 10, 10, 'totaal', 1000)",
        [(y,) for y in range(2019, 2025)],
    )
    warehouse.execute(
        "INSERT INTO declaratie (referentie_nummer, dagtekening, toewijzing_nummer, persoon_id,"
        " agb_code, wet, product_categorie, begindatum, einddatum, geleverd_volume, eenheid,"
        " bedrag_cent, debet_credit, status, ingest_id) VALUES ('R1', '2019-02-05', 'T20190',"
        " 'p20190', '12345678', 'jeugd', '45', '2019-01-01', '2019-01-31', 1, '04', 1000, 'D',"
        " 'ingediend', 0)"
    )
    return warehouse


def test_known_flows_are_projected_flat(stabiel: duckdb.DuckDBPyConnection) -> None:
    raming = meerjarenraming(stabiel, peildatum=PEIL, jaren=4)
    jeugd = raming.filter(pl.col("wet") == "jeugd").sort("jaar")
    assert jeugd["jaar"].to_list() == list(range(2023, 2029))
    realised = jeugd.filter(pl.col("soort") == "realisatie")
    assert realised["clienten"].to_list() == [20, 20]
    assert realised["instroom"].to_list() == [10, 10]
    assert realised["uitstroom"].to_list() == [10, 10]
    projected = jeugd.filter(pl.col("soort") == "raming")
    assert projected["instroom"].to_list() == pytest.approx([10] * 4)
    assert projected["uitstroom"].to_list() == pytest.approx([10] * 4)
    assert projected["clienten"].to_list() == pytest.approx([20] * 4)
    index = projected["indexcijfer"].to_list()
    assert index == pytest.approx([1.03, 1.0609, 1.092727, 1.125509], abs=1e-4)


def test_programme_effect_per_wet(stabiel: duckdb.DuckDBPyConnection) -> None:
    programma = loads(
        "gemeente: Test\neenheid: euro\nmaatregelen:\n"
        "  - id: M1\n    naam: Minder verblijf\n    wet: jeugd\n"
        "    besparing: {2025: 1000, 2026: 3000}\n    investering: {2025: 400}\n"
    )
    raming = meerjarenraming(stabiel, peildatum=PEIL, programma=programma)
    effect = raming.filter(pl.col("soort") == "maatregelen").sort("jaar")
    assert dict(effect.select("jaar", "kosten_cent").iter_rows()) == {
        2025: -60000,
        2026: -300000,
        2027: 0,
        2028: 0,
    }
    table = meerjarentabel(raming, eenheid="euro")
    posts = table["post"].to_list()
    assert posts[-2:] == ["Effect maatregelen (€)", "Totaal lasten na maatregelen (€)"]
    assert table.filter(pl.col("post") == "Effect maatregelen (€)")["2025"].item() == -600


def test_too_little_history(stabiel: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(StuurhuisError, match="te weinig historie"):
        meerjarenraming(stabiel, peildatum=PEIL, basisjaar=2020)


def test_openbaar_suppresses_the_count_block_of_a_small_wet() -> None:
    table = pl.DataFrame(
        {
            "post": ["Wmo: cliënten", "Wmo: instroom", "Wmo: lasten (€)", "Jeugdwet: cliënten"],
            "2025": [120, 7, 5000, 42],
            "2026": [121, 12, 5100, 43],
        }
    )
    safe = beveilig_meerjarentabel(table, 10, afronden=True)
    rows = {r["post"]: (r["2025"], r["2026"]) for r in safe.iter_rows(named=True)}
    assert rows["Wmo: cliënten"] == (None, None)  # the inflow of 7 hides the block
    assert rows["Wmo: instroom"] == (None, None)
    assert rows["Wmo: lasten (€)"] == (5000, 5100)  # amounts stay
    assert rows["Jeugdwet: cliënten"] == (40, 45)  # rounded to fives
