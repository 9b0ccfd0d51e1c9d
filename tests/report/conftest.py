# SPDX-License-Identifier: EUPL-1.2
"""The factsheet of 2025-Q2 for the demo municipality, built once and written in every
format (a writable copy of ``synth_warehouse`` gets two analist toelichtingen)."""

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from stuurhuis.maatregelen import DEMO_PAD
from stuurhuis.periode import parse_periode
from stuurhuis.report import Gegevens, Rapport, uit_gegevens, verzamel
from stuurhuis.report.html import alle_grafieken, render
from stuurhuis.report.pdf import schrijf_pdf
from stuurhuis.report.xlsx import schrijf_xlsx
from stuurhuis.toelichting import schrijf
from stuurhuis.warehouse import connect

PERIODE = "2025-Q2"
TOELICHTING_INDICATOR = "De stijging komt door de nieuwe toegang in Keizerslanden."
TOELICHTING_TAAKVELD = "Tarieven begeleiding zijn per 1 april met 4 procent verhoogd."


@dataclass(frozen=True)
class Uitvoer:
    db: Path
    gegevens: Gegevens
    rapport: Rapport
    html: str
    pdf: Path
    xlsx: Path


@pytest.fixture(scope="session")
def report_db(synth_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "stuurhuis.duckdb"
    shutil.copy(synth_warehouse, path)
    con = connect(path)
    try:
        for soort, onderwerp, tekst in (
            ("indicator", "clienten", TOELICHTING_INDICATOR),
            ("taakveld", "6.71b", TOELICHTING_TAAKVELD),
        ):
            schrijf(
                con,
                soort=soort,
                onderwerp=onderwerp,
                periode=PERIODE,
                tekst=tekst,
                auteur="analist1",
            )
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def uitvoer(report_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Uitvoer:
    out = tmp_path_factory.mktemp("report_uit")
    con = connect(report_db, read_only=True)
    try:
        gegevens = verzamel(con, parse_periode(PERIODE), DEMO_PAD)
    finally:
        con.close()
    rapport = uit_gegevens(gegevens)
    html = render(rapport, alle_grafieken(rapport))
    schrijf_pdf(html, out / "rapport.pdf")
    schrijf_xlsx(rapport, out / "rapport.xlsx")
    return Uitvoer(report_db, gegevens, rapport, html, out / "rapport.pdf", out / "rapport.xlsx")
