# SPDX-License-Identifier: EUPL-1.2
"""Disclosure control is always on, and no BSN or pseudonym reaches any output."""

import re
import subprocess
import zipfile
from pathlib import Path

import polars as pl
import pytest

from stuurhuis.indicators import TOTAAL, compute
from stuurhuis.periode import parse_periode
from stuurhuis.report.gegevens import WIJK_KERN
from stuurhuis.settings import get_settings
from stuurhuis.warehouse import connect
from tests.report.conftest import PERIODE, Uitvoer

_TOKEN = re.compile(r"[A-Za-z0-9_\-]{6,}")


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text))


def uitvoer_tekst(uitvoer: Uitvoer) -> str:
    pdf = subprocess.run(
        ["pdftotext", str(uitvoer.pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    with zipfile.ZipFile(uitvoer.xlsx) as z:
        xlsx = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    return "\n".join([uitvoer.html, pdf, xlsx])


def test_no_bsn_or_pseudonym_in_any_output(uitvoer: Uitvoer, synth_gemeente: Path) -> None:
    bsns = set(
        pl.read_csv(synth_gemeente / "personen.csv", separator=";", infer_schema=False)[
            "bsn"
        ].to_list()
    )
    con = connect(uitvoer.db, read_only=True)
    try:
        pseudoniemen = {r[0] for r in con.execute("SELECT persoon_id FROM persoon").fetchall()}
    finally:
        con.close()
    assert len(bsns) > 1000
    assert len(pseudoniemen) > 1000
    found = tokens(uitvoer_tekst(uitvoer))
    assert not found & bsns
    assert not found & pseudoniemen


def test_wijk_cells_below_the_threshold_are_suppressed(uitvoer: Uitvoer) -> None:
    drempel = get_settings().drempel
    con = connect(uitvoer.db, read_only=True)
    try:
        open_ = compute(con, periodes=[parse_periode(PERIODE)], by=["wijk"], ids=WIJK_KERN)
    finally:
        con.close()
    klein = open_.filter(
        (pl.col("wijk") != TOTAAL) & (pl.col("teller") > 0) & (pl.col("teller") < drempel)
    ).select("indicator", "wijk")
    getoond = uitvoer.gegevens.wijken.join(klein, on=["indicator", "wijk"], how="inner")
    assert getoond["waarde"].null_count() == getoond.height


def test_no_single_hidden_wijk_cell_follows_from_the_total(uitvoer: Uitvoer) -> None:
    per_indicator = uitvoer.gegevens.wijken.group_by("indicator").agg(
        pl.col("waarde").null_count().alias("verborgen"),
        pl.col("gemeente_waarde").is_null().any().alias("totaal_verborgen"),
    )
    for rij in per_indicator.iter_rows(named=True):
        assert rij["verborgen"] != 1 or rij["totaal_verborgen"], rij


@pytest.mark.parametrize("kolom", ["waarde"])
def test_report_indicators_are_the_published_ones(uitvoer: Uitvoer, kolom: str) -> None:
    con = connect(uitvoer.db, read_only=True)
    try:
        openbaar = compute(con, periodes=[parse_periode(PERIODE)], ids=["clienten"], openbaar=True)
    finally:
        con.close()
    rapport = uitvoer.gegevens.indicatoren.filter(
        (pl.col("indicator") == "clienten") & (pl.col("periode") == PERIODE)
    )
    assert rapport[kolom].to_list() == openbaar[kolom].to_list()


def test_a_gemeente_value_is_the_same_in_every_section(uitvoer: Uitvoer) -> None:
    """The wijk table and the indicator section share one protected table: a gemeente total
    hidden to protect a wijk cannot be printed in the other section."""
    wijk_totaal = uitvoer.gegevens.wijken.select("indicator", "gemeente_waarde").unique()
    sectie = uitvoer.gegevens.indicatoren.filter(pl.col("periode") == PERIODE).select(
        "indicator", "waarde"
    )
    both = wijk_totaal.join(sectie, on="indicator", how="inner")
    assert both.height == wijk_totaal.height > 0
    for rij in both.iter_rows(named=True):
        assert rij["gemeente_waarde"] == rij["waarde"], rij
