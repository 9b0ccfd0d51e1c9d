# SPDX-License-Identifier: EUPL-1.2
"""The pages on the demo municipality: disclosure control, toelichting, signals and audit,
downloads, HTMX partials and the JSON API."""

import io
import re
from collections.abc import Callable

import duckdb
import polars as pl
import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from stuurhuis.indicators import compute
from stuurhuis.periode import parse_periode
from stuurhuis.privacy import audit
from stuurhuis.privacy.gebruiker import Gebruiker
from stuurhuis.signals import compute as signalen_berekenen
from stuurhuis.web.pages import PAGINAS
from stuurhuis.web.pages.overzicht import KERN
from stuurhuis.web.render import MAX_ROWS

from .conftest import DEMO_AANBIEDER, DEMO_WIJK, csrf_token

Clients = Callable[[str], TestClient]


def _api(client: TestClient, path: str) -> dict[str, object]:
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    body: dict[str, object] = response.json()
    return body


@pytest.mark.parametrize(("rol", "openbaar"), [("bestuur", True), ("analist", False)])
def test_kerncijfers_are_the_indicator_tables_with_disclosure_for_all_but_analist(
    demo_as: Clients, demo_con: duckdb.DuckDBPyConnection, rol: str, openbaar: bool
) -> None:
    body = _api(demo_as(rol), "/api/tabel/overzicht/kerncijfers?periode=2025-Q2")
    assert body["openbaar"] is openbaar
    shown = {r["indicator"]: r["waarde"] for r in body["rijen"]}  # type: ignore[attr-defined]
    expected = compute(
        demo_con,
        periodes=[parse_periode("2025-Q2")],
        ids=list(KERN),
        openbaar=openbaar,
        totalen=True,
    )
    assert shown == dict(zip(expected["indicator"], expected["waarde"], strict=True))


def test_bestuur_sees_suppressed_cells_where_the_analist_sees_small_numbers(
    demo_as: Clients,
) -> None:
    path = "/api/tabel/aanbieders/peers_kosten_per_client?periode=2025-Q2"
    bestuur = _api(demo_as("bestuur"), path)["rijen"]
    analist = _api(demo_as("analist"), path)["rijen"]
    key = ("categorie", "aanbieder")
    open_ = {tuple(r[k] for k in key): r["waarde"] for r in analist}  # type: ignore[attr-defined]
    hidden = [r for r in bestuur if r["waarde"] is None]  # type: ignore[attr-defined]
    assert hidden, "expected some suppressed provider × category cells for bestuur"
    assert any(open_[tuple(r[k] for k in key)] is not None for r in hidden)


def test_analist_adds_a_toelichting_shown_beside_the_figure(demo_as: Clients) -> None:
    analist = demo_as("analist")
    response = analist.post(
        "/toelichting",
        data={
            "onderwerp": "indicator:clienten",
            "periode": "2024-Q3",
            "tekst": "Meer cliënten door de nieuwe toegang in de wijk.",
            "csrf_token": csrf_token(analist, "/overzicht?periode=2024-Q3"),
            "terug": "/overzicht?periode=2024-Q3",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    for rol in ("analist", "bestuur"):
        page = demo_as(rol).get("/overzicht?periode=2024-Q3").text
        aside = page.split('id="toelichting-trend_clienten"')[1].split("</aside>")[0]
        assert "Meer cliënten door de nieuwe toegang in de wijk." in aside
        assert "analist" in aside  # the author, with the date beside it
    other = demo_as("analist").get("/overzicht?periode=2024-Q2").text
    assert "nieuwe toegang in de wijk" not in other
    taakveld = demo_as("bestuur").get("/financien?periode=2024").text
    assert 'aria-label="Toelichting bij Begroting, realisatie en prognose per taakveld' in taakveld


def test_only_an_analist_may_write_a_toelichting(demo_as: Clients) -> None:
    bestuur = demo_as("bestuur")
    response = bestuur.post(
        "/toelichting",
        data={
            "onderwerp": "indicator:clienten",
            "periode": "2024-Q3",
            "tekst": "mag niet",
            "csrf_token": csrf_token(bestuur, "/overzicht"),
        },
    )
    assert response.status_code == 403


def test_regisseur_sees_only_own_wijken_and_each_view_is_audited(
    demo_as: Clients, demo_con: duckdb.DuckDBPyConnection
) -> None:
    before = audit.entries(demo_con, gebruiker="regisseur").height
    regisseur = demo_as("regisseur")
    rows = _api(regisseur, "/api/tabel/signalen/signalen")["rijen"]
    assert rows and {r["wijk_code"] for r in rows} <= {DEMO_WIJK, "WK015002"}  # type: ignore[attr-defined]
    page = regisseur.get("/signalen")
    assert page.status_code == 200
    assert 'value="WK015003"' not in page.text  # the filter offers only own wijken
    refused = regisseur.get("/signalen?wijk=WK015003")
    assert refused.status_code == 400
    assert "mag wijk WK015003 niet inzien" in refused.text
    trail = audit.entries(demo_con, gebruiker="regisseur")
    acties = trail.head(trail.height - before)["actie"].to_list()
    assert acties == ["signalen.geweigerd", "signalen.bekijken", "signalen.export"]


def test_signalen_are_computed_once_but_every_view_is_audited(
    demo_as: Clients, demo_con: duckdb.DuckDBPyConnection
) -> None:
    analist = demo_as("analist")
    before = audit.entries(demo_con, gebruiker="analist").height
    pages = [analist.get("/signalen") for _ in range(3)]
    rows = _api(analist, "/api/tabel/signalen/signalen")["rijen"]

    assert all(p.status_code == 200 for p in pages)
    assert pages[1].text.count("<tr") == pages[0].text.count("<tr") > 1
    trail = audit.entries(demo_con, gebruiker="analist")
    nieuw = trail.head(trail.height - before)
    assert nieuw["actie"].to_list() == ["signalen.export"] + ["signalen.bekijken"] * 3
    alles = signalen_berekenen(demo_con)
    assert len(rows) == alles.height  # type: ignore[arg-type]
    assert set(nieuw["aantal_rijen"]) == {alles.height}


def test_auditlog_page_shows_and_logs_the_trail(demo_as: Clients) -> None:
    beheerder = demo_as("beheerder")
    assert beheerder.get("/auditlog").status_code == 200
    rows = _api(beheerder, "/api/tabel/auditlog/regels")["rijen"]
    assert rows[0]["actie"] == "audit.bekijken"  # type: ignore[index]
    assert rows[0]["gebruiker"] == "beheerder"  # type: ignore[index]


def test_auditlog_page_shows_the_newest_rows_and_the_download_all(
    demo_as: Clients, demo_con: duckdb.DuckDBPyConnection
) -> None:
    for i in range(MAX_ROWS + 5):
        audit.log(demo_con, Gebruiker("teller", "analist"), "signalen.bekijken", aantal_rijen=i)
    beheerder = demo_as("beheerder")
    totaal = audit.aantal(demo_con)

    page = beheerder.get("/auditlog").text
    csv = beheerder.get("/download/auditlog/regels.csv")

    assert totaal > MAX_ROWS
    assert f"De eerste {MAX_ROWS} van {totaal} rijen" in page
    body = page.split('id="blok-regels"')[1].split("<tbody")[1].split("</tbody>")[0]
    assert body.count('<tr class="utrecht-table__row">') == MAX_ROWS
    assert pl.read_csv(io.BytesIO(csv.content)).height == totaal + 1  # the page view is logged
    newest = audit.entries(demo_con, limit=2)
    assert newest["actie"].to_list() == ["audit.bekijken", "audit.bekijken"]
    assert newest["aantal_rijen"].to_list() == [totaal + 1, MAX_ROWS]


def test_csv_and_xlsx_downloads_hold_the_same_rows(demo_as: Clients) -> None:
    client = demo_as("bestuur")
    path = "/download/financien/per_wet.{}?periode=2025-Q2"
    csv = client.get(path.format("csv"))
    xlsx = client.get(path.format("xlsx"))
    assert csv.status_code == xlsx.status_code == 200
    assert "attachment" in csv.headers["content-disposition"]
    from_csv = pl.read_csv(io.BytesIO(csv.content))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    values = [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]
    assert from_csv.height >= 3
    assert len(values) >= from_csv.height  # a header row (and a title) plus the same rows
    wetten = {str(v) for row in values for v in row if v in ("wmo", "jeugd", "participatie")}
    assert wetten == set(from_csv["wet"])


def test_filter_request_from_htmx_returns_only_the_content(demo_as: Clients) -> None:
    client = demo_as("analist")
    partial = client.get("/gebruik?wet=wmo", headers={"HX-Request": "true"})
    full = client.get("/gebruik?wet=wmo")
    assert partial.status_code == full.status_code == 200
    assert "<html" not in partial.text and "<html" in full.text
    assert '<option value="wmo" selected>' in partial.text


def test_bad_filter_is_a_dutch_message(demo_as: Clients) -> None:
    response = demo_as("analist").get("/gebruik?wet=koning")
    assert response.status_code == 400
    assert "onbekende wet" in response.text
    assert demo_as("analist").get("/wijk/WK999999").status_code == 400
    assert demo_as("analist").get("/aanbieder/12").status_code == 400


def test_every_page_table_is_in_the_api_and_its_openapi(demo_as: Clients) -> None:
    client = demo_as("analist")
    schema = client.get("/api/openapi.json").json()
    slugs = schema["components"]["schemas"]["PaginaSlug"]["enum"]
    assert set(slugs) == {p.slug for p in PAGINAS}
    assert "/api/tabel/{slug}/{blok}" in schema["paths"]
    listed = {p["slug"]: [b["id"] for b in p["blokken"]] for p in client.get("/api/paginas").json()}
    for page in PAGINAS:
        if page.slug in listed:
            assert listed[page.slug] == list(page.blokken)


def test_declared_blocks_are_the_blocks_the_pages_build(demo_as: Clients) -> None:
    """``Pagina.blokken`` feeds the API listing and the route tests: it must be complete."""
    keys = {"wijk": DEMO_WIJK, "aanbieder": DEMO_AANBIEDER}
    for page in PAGINAS:
        rol = "analist" if "analist" in page.rollen else "beheerder"
        path = f"/{page.slug}/{keys[page.slug]}" if page.detail else f"/{page.slug}"
        html = demo_as(rol).get(path).text
        built = {part.split('"')[0] for part in html.split('id="blok-')[1:]}
        assert built == set(page.blokken), page.slug


@pytest.mark.parametrize("pagina", ["overzicht", "wijken", "aanbieders"])
def test_spending_pages_warn_when_the_claims_of_the_period_are_not_all_in(
    demo_as: Clients, demo_con: duckdb.DuckDBPyConnection, pagina: str
) -> None:
    laatste = demo_con.execute("SELECT max(dagtekening) FROM declaratie").fetchone()
    assert laatste is not None
    kwartaal = f"{laatste[0].year}-Q{(laatste[0].month - 1) // 3 + 1}"
    client = demo_as("analist")
    nieuw = client.get(f"/{pagina}?periode={kwartaal}")
    oud = client.get(f"/{pagina}?periode={laatste[0].year - 2}-Q2")
    assert nieuw.status_code == oud.status_code == 200
    assert "naar verwachting pas" in nieuw.text and "nog te laag uit" in nieuw.text
    assert "naar verwachting pas" not in oud.text


def test_the_spending_trend_leaves_out_the_quarter_not_all_in(demo_as: Clients) -> None:
    page = demo_as("analist").get("/overzicht").text  # default: the newest quarter
    blokken = dict(re.findall(r'id="blok-(trend_\w+)"(.*?)(?=id="blok-|\Z)', page, re.S))
    uitgaven, clienten = blokken["trend_uitgaven"], blokken["trend_clienten"]
    assert "niet mee in de trend" in uitgaven
    assert "niet mee in de trend" not in clienten
