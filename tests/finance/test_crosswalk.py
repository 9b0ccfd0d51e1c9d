# SPDX-License-Identifier: EUPL-1.2
"""Years before and after the 2023 Iv3 split compare through the crosswalk."""

from datetime import date

import duckdb
import polars as pl

from stuurhuis.finance import begroting, prognose, realisatie

PRODUCTS = [  # the same jeugd product: taakveld 6.72 in 2022, 6.72a from 2023
    ("jeugd", "45A01", 2022, "45", "Begeleiding", "04", 5000, "6.72", 0),
    ("jeugd", "45A01", 2023, "45", "Begeleiding", "04", 5000, "6.72a", 0),
]
BUDGET = [
    (2022, "6.72", "Jeugdhulp", "jeugd", 900000, None, 0),
    (2023, "6.72a", "Jeugdhulp begeleiding", "jeugd", 600000, None, 0),
    (2023, "6.72b", "Jeugdhulp behandeling", "jeugd", 400000, None, 0),
]


def _warehouse(warehouse: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    warehouse.executemany("INSERT INTO product VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", PRODUCTS)
    warehouse.executemany("INSERT INTO begroting VALUES (?, ?, ?, ?, ?, ?, ?)", BUDGET)
    warehouse.execute(
        "INSERT INTO toewijzing (toewijzing_nummer, persoon_id, agb_code, wet,"
        " product_categorie, product_code, leveringsvorm, ingangsdatum, einddatum, volume,"
        " eenheid, frequentie, budget_cent, ingest_id) VALUES ('T1', 'p1', '12345678', 'jeugd',"
        " '45', '45A01', 'ZIN', '2022-01-01', '2023-12-31', 2, '04', '2', NULL, 0)"
    )
    claims = [
        (f"R{i}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-28", f"{y}-{m + 1:02d}-05")
        for i, (y, m) in enumerate([(2022, 11), (2023, 1)])
    ]
    warehouse.executemany(
        "INSERT INTO declaratie (referentie_nummer, vorig_referentie_nummer, dagtekening,"
        " toewijzing_nummer, persoon_id, agb_code, wet, product_categorie, product_code,"
        " begindatum, einddatum, geleverd_volume, eenheid, bedrag_cent, debet_credit, status,"
        " ingest_id) VALUES (?, NULL, ?, 'T1', 'p1', '12345678', 'jeugd', '45', '45A01', ?, ?,"
        " 8, '04', 40000, 'D', 'ingediend', 0)",
        [(r, dag, begin, eind) for r, begin, eind, dag in claims],
    )
    return warehouse


def test_products_follow_the_split_and_map_back(warehouse: duckdb.DuckDBPyConnection) -> None:
    con = _warehouse(warehouse)
    peil = date(2023, 3, 31)
    before = realisatie(con, jaar=2022, peildatum=peil)
    after = realisatie(con, jaar=2023, peildatum=peil)
    assert set(before.filter(pl.col("gerealiseerd_cent") > 0)["taakveld"]) == {"6.72"}
    assert set(after.filter(pl.col("gerealiseerd_cent") > 0)["taakveld"]) == {"6.72a"}
    for jaar in (2022, 2023):
        hoofd = realisatie(con, jaar=jaar, peildatum=peil, by="taakveld_hoofd")
        assert set(hoofd["taakveld"]) == {"6.72"}
        assert hoofd["gerealiseerd_cent"].sum() == 40000


def test_budgets_compare_across_the_split(warehouse: duckdb.DuckDBPyConnection) -> None:
    con = _warehouse(warehouse)
    totals = {
        jaar: dict(
            begroting(con, jaar=jaar, by="taakveld_hoofd")
            .select("taakveld", "begroting_cent")
            .iter_rows()
        )
        for jaar in (2022, 2023)
    }
    assert totals == {2022: {"6.72": 900000}, 2023: {"6.72": 1000000}}
    forecast = prognose(con, jaar=2023, peildatum=date(2023, 3, 31), by="taakveld_hoofd")
    assert forecast["taakveld"].to_list() == ["6.72"]
    assert forecast["begroting_cent"].item() == 1000000
