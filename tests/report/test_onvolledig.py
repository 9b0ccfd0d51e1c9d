# SPDX-License-Identifier: EUPL-1.2
"""The factsheet of the newest quarter warns that its claims are not all in yet."""

from pathlib import Path

import duckdb

from stuurhuis.finance.jaarprognose import standaard_peildatum
from stuurhuis.periode import containing
from stuurhuis.report import secties, verzamel
from tests.report.conftest import PERIODE, Uitvoer

WAARSCHUWING = "naar verwachting pas"


def test_the_newest_quarter_says_its_claims_are_not_all_in(synth_warehouse: Path) -> None:
    con = duckdb.connect(str(synth_warehouse), read_only=True)
    try:
        laatste = containing(standaard_peildatum(con), "kwartaal")
        gegevens = verzamel(con, laatste)
    finally:
        con.close()
    assert gegevens.onvolledig is not None and WAARSCHUWING in gegevens.onvolledig
    assert gegevens.onvolledig in secties.samenvatting(gegevens).inleiding
    assert gegevens.onvolledig in secties.indicatoren(gegevens).inleiding


def test_an_older_quarter_has_no_warning(uitvoer: Uitvoer) -> None:
    assert uitvoer.gegevens.periode.code == PERIODE
    assert uitvoer.gegevens.onvolledig is None
    assert WAARSCHUWING not in uitvoer.html


def test_the_spending_trends_leave_out_the_quarters_not_all_in(synth_warehouse: Path) -> None:
    con = duckdb.connect(str(synth_warehouse), read_only=True)
    try:
        laatste = containing(standaard_peildatum(con), "kwartaal")
        gegevens = verzamel(con, laatste)
    finally:
        con.close()
    assert laatste.code in gegevens.lopend
    blokken = {b.id: b for b in secties.indicatoren(gegevens).blokken}
    assert any(laatste.code in zin for zin in blokken["indicator_uitgaven"].tekst)
    assert blokken["indicator_clienten"].tekst == ()  # counted from allocations


def test_an_older_quarter_leaves_nothing_out_of_its_trends(uitvoer: Uitvoer) -> None:
    assert uitvoer.gegevens.lopend == frozenset()
    assert "niet mee in de trend" not in uitvoer.html
