# SPDX-License-Identifier: EUPL-1.2
"""The HTML factsheet: its structure against a golden file, charts inline, toelichtingen
beside their figure, numbers in the text read from the tables.

Regenerate the golden file after an intended change of structure::

    STUURHUIS_GOLDEN=1 uv run pytest tests/report/test_html.py
"""

import os
from pathlib import Path

import lxml.html
import pytest

from stuurhuis.export import euro
from stuurhuis.report import secties
from tests.report.conftest import TOELICHTING_INDICATOR, TOELICHTING_TAAKVELD, Uitvoer

GOLDEN = Path(__file__).parent / "golden" / "structuur.txt"


def structuur(html: str) -> str:
    """Headings, sections, blocks, charts and table shapes (columns, rows) as text lines."""
    doc = lxml.html.fromstring(html)
    lines = []
    for el in doc.iter("h1", "h2", "h3", "section", "article", "figure", "table"):
        if el.tag in ("h1", "h2", "h3"):
            lines.append(f"{el.tag} {el.text_content().strip()}")
        elif el.tag in ("section", "article"):
            lines.append(f"{el.tag} #{el.get('id')}")
        elif el.tag == "figure":
            lines.append(f"figure svg={len(el.findall('.//svg'))}")
        else:
            koppen = [th.text_content().strip() for th in el.findall("thead/tr/th")]
            rijen = len(el.findall("tbody/tr"))
            lines.append(f"table #{el.get('id')} {rijen} rijen | {' | '.join(koppen)}")
    return "\n".join(lines) + "\n"


def test_structure_matches_the_golden_file(uitvoer: Uitvoer) -> None:
    found = structuur(uitvoer.html)
    if os.environ.get("STUURHUIS_GOLDEN"):
        GOLDEN.write_text(found, encoding="utf-8")
        pytest.skip("golden file regenerated")
    assert found == GOLDEN.read_text(encoding="utf-8")


def test_every_section_of_the_issue_is_there(uitvoer: Uitvoer) -> None:
    doc = lxml.html.fromstring(uitvoer.html)
    ids = [s.get("id") for s in doc.iter("section")]
    assert ids == ["samenvatting", "indicatoren", "financien", "maatregelen", "wijken", "bijlage"]


def test_charts_are_inline_svg_without_external_references(uitvoer: Uitvoer) -> None:
    doc = lxml.html.fromstring(uitvoer.html)
    figures = list(doc.iter("figure"))
    charted = [b for s in uitvoer.rapport.secties for b in s.blokken if b.grafiek is not None]
    assert len(figures) == len(charted) > 10
    assert "<script" not in uitvoer.html
    assert 'href="http' not in uitvoer.html
    assert "<img" not in uitvoer.html


def test_toelichting_stands_beside_the_figure_it_explains(uitvoer: Uitvoer) -> None:
    doc = lxml.html.fromstring(uitvoer.html)
    indicator = doc.get_element_by_id("indicator_clienten")
    taakveld = doc.get_element_by_id("per_taakveld")
    assert TOELICHTING_INDICATOR in indicator.find(".//aside").text_content()
    assert TOELICHTING_TAAKVELD in taakveld.find(".//aside").text_content()
    assert "analist1" in taakveld.find(".//aside").text_content()
    # and nowhere else
    assert uitvoer.html.count(TOELICHTING_TAAKVELD) == 1


def test_summary_text_states_the_numbers_of_the_forecast_table(uitvoer: Uitvoer) -> None:
    tabel = secties.jaarprognose(uitvoer.gegevens)
    nu = tabel.row(-1, named=True)
    doc = lxml.html.fromstring(uitvoer.html)
    inleiding = " ".join(p.text_content() for p in doc.get_element_by_id("samenvatting").iter("p"))
    for kolom in ("prognose_cent", "ondergrens_cent", "bovengrens_cent", "begroting_cent"):
        assert euro(nu[kolom]) in inleiding
    assert euro(abs(nu["afwijking_cent"])) in inleiding
    assert tabel.height == 2  # Q2 has a previous quarter in the same year
    assert "31-03-2025" in inleiding


def test_the_summary_fits_on_one_page_of_text(uitvoer: Uitvoer) -> None:
    samenvatting = uitvoer.rapport.secties[0]
    zinnen = [*samenvatting.inleiding, *(z for b in samenvatting.blokken for z in b.tekst)]
    assert 3 <= len(zinnen) <= 12
