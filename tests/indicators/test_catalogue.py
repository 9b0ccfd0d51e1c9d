# SPDX-License-Identifier: EUPL-1.2
"""The catalogue: definitions load, every indicator is documented, bad definitions fail."""

from typing import Any, Literal

import pytest
import typer

from stuurhuis.cli import app
from stuurhuis.indicators import BREAKDOWNS, catalogue, indicator, kerncijfers
from stuurhuis.indicators.catalogue import fact_sql
from stuurhuis.indicators.docs import BEGIN, END, catalogus_markdown
from stuurhuis.indicators.model import CatalogusError, indicator_from_dict
from tests.conftest import REPO

REQUIRED = {
    # BBV beleidsindicatoren
    "wmo_clienten_per_10000",
    "jeugdhulp_pct",
    "jeugdbescherming_pct",
    "jeugdreclassering_pct",
    "bijstand_per_10000",
    "reintegratie_per_10000",
    "kinderen_uitkeringshuishouden_pct",
    # plan indicators
    "clienten",
    "arrangementen",
    "huishoudens_voorziening_pct",
    "huishoudens_meervoudig_pct",
    "gemiddelde_duur_dagen",
    "pgb_aandeel_pct",
    "instroom",
    "uitstroom",
    "herinstroom",
    "uitgaven",
    "aanbieders_klein",
    "verwijzer_aandeel_pct",
    "kosten_per_client",
    "clienten_groei_pct",
    "uitgaven_groei_pct",
    "hulpmiddelen_verstrekt",
}


def test_the_issue_list_is_in_the_catalogue() -> None:
    assert {ind.id for ind in catalogue()} >= REQUIRED


def test_every_indicator_is_documented_and_the_page_is_current() -> None:
    text = (REPO / "docs" / "indicators.md").read_text(encoding="utf-8")
    for ind in catalogue():
        assert f"### `{ind.id}`" in text, f"{ind.id} missing from docs/indicators.md"
    generated = text.split(BEGIN)[1].split(END)[0].strip()
    assert generated == catalogus_markdown().strip(), (
        "docs/indicators.md is stale: uv run python -m stuurhuis.indicators.docs docs/indicators.md"
    )


def test_readme_links_the_page() -> None:
    assert "docs/indicators.md" in (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("ind", catalogue(), ids=lambda ind: ind.id)
def test_definition_is_complete(ind: Any) -> None:
    assert ind.naam and ind.definitie and ind.bron and ind.teller
    assert all(d in BREAKDOWNS for d in ind.uitsplitsingen)
    assert set(ind.additief) <= set(ind.uitsplitsingen)
    if ind.afgeleid_van is None:
        sql = fact_sql(ind)
        assert sql.startswith("-- SPDX-License-Identifier: EUPL-1.2")
        # every allowed breakdown is a column of the fact query
        for dim in ind.uitsplitsingen:
            assert dim in sql, f"{ind.id}.sql lacks breakdown column {dim}"
    if ind.streefwaarde is not None:
        assert ind.richting is not None


def _valid() -> dict[str, Any]:
    return {
        "id": "proef",
        "naam": "Proef",
        "definitie": "x",
        "bron": "y",
        "eenheid": "aantal",
        "telregel": "periode",
        "teller": {"omschrijving": "t", "aggregaat": "uniek", "kolom": "persoon_id"},
        "uitsplitsingen": ["wijk"],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"eenheid": "liter"}, "eenheid"),
        ({"telregel": "altijd"}, "telregel"),
        ({"uitsplitsingen": ["postcode"]}, "uitsplitsing"),
        ({"additief": ["wet"]}, "additief"),
        ({"teller": {"omschrijving": "t", "aggregaat": "uniek", "kolom": "x; DROP"}}, "kolom"),
        ({"teller": {"omschrijving": "t", "aggregaat": "mediaan", "kolom": "a"}}, "aggregaat"),
        ({"naam": None} | {"id": "Fout-Id"}, "id"),
    ],
)
def test_invalid_definitions_are_refused(change: dict[str, Any], message: str) -> None:
    data = _valid() | change
    with pytest.raises(CatalogusError, match=message):
        indicator_from_dict(data)


def test_missing_field_is_refused() -> None:
    data = _valid()
    del data["bron"]
    with pytest.raises(CatalogusError, match="onvolledig"):
        indicator_from_dict(data)


def test_lookup() -> None:
    assert indicator("clienten").eenheid == "aantal"
    assert indicator("jeugdhulp_pct").noemer == "inwoners 0–17 jaar"


def test_every_cli_option_is_documented() -> None:
    text = (REPO / "docs" / "indicators.md").read_text(encoding="utf-8")
    command = typer.main.get_command(app).commands["indicators"]  # type: ignore[attr-defined]
    options = [o for p in command.params for o in p.opts if o.startswith("--")]
    assert "--openbaar" in options
    for option in options:
        assert f"`{option}`" in text, option


@pytest.mark.parametrize("niveau", ["gemeente", "wijk"])
def test_key_indicators_are_known_and_fit_their_level(niveau: Literal["gemeente", "wijk"]) -> None:
    ids = kerncijfers(niveau)
    known = {ind.id: ind for ind in catalogue()}
    assert ids and len(set(ids)) == len(ids)
    assert all(ident in known for ident in ids)
    if niveau == "wijk":
        assert all("wijk" in known[ident].uitsplitsingen for ident in ids)


def test_the_dashboard_and_the_factsheet_show_the_same_key_indicators() -> None:
    from stuurhuis.report.gegevens import KERN, WIJK_KERN  # noqa: PLC0415
    from stuurhuis.web.pages import overzicht, wijken  # noqa: PLC0415

    assert overzicht.KERN == KERN == kerncijfers("gemeente")
    assert wijken.KERN == WIJK_KERN == kerncijfers("wijk")
