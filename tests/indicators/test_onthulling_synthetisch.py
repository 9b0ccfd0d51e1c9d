# SPDX-License-Identifier: EUPL-1.2
"""The attacker on published tables of the synthetic municipality: for each two-way table
(wijk x wet, wijk x categorie, ...) with all its margins, as ``--openbaar`` publishes it,
no suppressed cell is determined and no small cell is pinned below the threshold."""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import polars as pl
import pytest

from stuurhuis.indicators import TOTAAL, compute, indicator
from stuurhuis.periode import parse_periode
from tests.privacy_aanvaller import banden_van_tabel, lekken

DREMPEL = 10
TABELLEN = [
    ("clienten", ["wijk", "wet"]),
    ("clienten", ["wijk", "categorie"]),
    ("clienten", ["wijk", "leeftijdsklasse"]),
    ("arrangementen", ["wijk", "leveringsvorm"]),
    ("instroom", ["wijk", "wet"]),
    ("pgb_aandeel_pct", ["wijk", "wet"]),
    ("jeugdhulp_pct", ["wijk", "verwijzer"]),
]


@pytest.fixture(scope="module")
def con(synth_warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(synth_warehouse), read_only=True)
    yield connection
    connection.close()


@pytest.mark.parametrize(("ident", "dims"), TABELLEN, ids=str)
def test_published_tables_resist_the_attacker(
    con: duckdb.DuckDBPyConnection, ident: str, dims: list[str]
) -> None:
    ind = indicator(ident)
    periode = [parse_periode("2024")]
    waar = compute(con, periodes=periode, by=dims, ids=[ident], totalen=True)
    gepubliceerd = compute(
        con, periodes=periode, by=dims, ids=[ident], openbaar=True, drempel=DREMPEL, afronden=False
    )
    tabel = waar.join(gepubliceerd, on=dims, how="inner", suffix="_pub")
    assert tabel.height == waar.height == gepubliceerd.height
    verborgen = tabel["onderdrukt_pub"].to_list()
    assert sum(verborgen) < tabel.height
    keys = list(tabel.select(dims).iter_rows())
    banden = banden_van_tabel(keys, [d in ind.additief for d in dims], TOTAAL)
    kolommen = ["teller"]
    if ind.noemer_maat is not None and tabel["noemer_pub"].null_count() == sum(verborgen):
        kolommen.append("noemer")  # a counted denominator is protected as well
    for kolom in kolommen:
        true_values = [float(v or 0) for v in tabel[kolom].to_list()]
        published = [
            None if h else float(v or 0) for v, h in zip(tabel[kolom], verborgen, strict=True)
        ]
        assert lekken(true_values, published, banden, DREMPEL) == [], kolom
    # primary cells are all hidden, and a hidden cell shows nothing
    small = tabel.filter((pl.col("teller") > 0) & (pl.col("teller") < DREMPEL))
    assert small["onderdrukt_pub"].all()
    hidden = tabel.filter("onderdrukt_pub")
    assert hidden["teller_pub"].null_count() == hidden.height
    assert hidden["waarde_pub"].null_count() == hidden.height
