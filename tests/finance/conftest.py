# SPDX-License-Identifier: EUPL-1.2
"""A hand-built warehouse whose spending can be checked with a pencil."""

import duckdb
import pytest

PRODUCTS = [
    ("jeugd", "45A01", 2024, "45", "Begeleiding", "04", 5000, "6.72a", 0),
    ("wmo", "02A05", 2024, "02", "Begeleiding", "04", 6000, "6.71b", 0),
]
ALLOCATIONS = [  # nummer, persoon, wet, categorie, code, vorm, begin, eind, volume, freq, budget
    ("T1", "p1", "jeugd", "45", "45A01", "ZIN", "2024-01-01", "2024-12-31", 2, "2", None),
    ("T2", "p2", "wmo", "02", "02A05", "PGB", "2024-03-16", "2024-04-30", None, "4", 120000),
]
CLAIMS = [  # referentie, vorige, dagtekening, begin, eind, volume, bedrag, D/C, status
    ("R1", None, "2024-02-10", "2024-01-01", "2024-01-31", 8, 40000, "D", "ingediend"),
    ("R2", None, "2024-03-05", "2024-02-01", "2024-02-29", 9, 44000, "D", "ingediend"),
    ("R3", "R2", "2024-04-01", "2024-02-01", "2024-02-29", 9, -44000, "C", "ingediend"),
    ("R4", None, "2024-04-01", "2024-02-01", "2024-02-29", 8, 42000, "D", "ingediend"),
    ("R5", None, "2024-04-02", "2024-03-01", "2024-03-31", 6, 30000, "D", "afgewezen"),
]
BUDGET = [
    (2024, "6.72a", "Jeugdhulp begeleiding", "jeugd", 500000, 600000, 0),
    (2024, "6.71b", "Begeleiding", None, 200000, None, 0),
    (2024, "6.3", "Bijstand", None, 1000000, None, 0),
]


@pytest.fixture
def handwerk(warehouse: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The empty warehouse with two allocations, five claim lines, a benefit, a budget."""
    warehouse.executemany("INSERT INTO product VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", PRODUCTS)
    warehouse.executemany(
        "INSERT INTO toewijzing (toewijzing_nummer, persoon_id, agb_code, wet,"
        " product_categorie, product_code, leveringsvorm, ingangsdatum, einddatum, volume,"
        " eenheid, frequentie, budget_cent, ingest_id)"
        " VALUES (?, ?, '12345678', ?, ?, ?, ?, ?, ?, ?, '04', ?, ?, 0)",
        ALLOCATIONS,
    )
    warehouse.executemany(
        "INSERT INTO declaratie (referentie_nummer, vorig_referentie_nummer, dagtekening,"
        " toewijzing_nummer, persoon_id, agb_code, wet, product_categorie, product_code,"
        " begindatum, einddatum, geleverd_volume, eenheid, bedrag_cent, debet_credit, status,"
        " ingest_id)"
        " VALUES (?, ?, ?, 'T1', 'p1', '12345678', 'jeugd', '45', '45A01', ?, ?, ?, '04',"
        " ?, ?, ?, 0)",
        CLAIMS,
    )
    warehouse.execute(
        "INSERT INTO uitkering VALUES ('U1', 'p3', 'bijstand', '2024-01-01', NULL, 100000, 0)"
    )
    warehouse.executemany("INSERT INTO begroting VALUES (?, ?, ?, ?, ?, ?, ?)", BUDGET)
    return warehouse
