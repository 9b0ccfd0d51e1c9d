# SPDX-License-Identifier: EUPL-1.2
"""herindicatie, achttien_min and doorlooptijd: must fire and near-misses that must not."""

import json
from datetime import date

import polars as pl

from stuurhuis.signals import compute

from .conftest import PEILDATUM, Bouwer


def _signalen(bouwer: Bouwer, soort: str) -> pl.DataFrame:
    return compute(bouwer.con, kinds=[soort], peildatum=PEILDATUM)


def test_herindicatie_ending_soon_without_follow_up(bouwer: Bouwer) -> None:
    client = bouwer.persoon()
    toewijzing = bouwer.toewijzing(client, begin=date(2023, 9, 1), eind=date(2024, 8, 31))
    bouwer.declaratie(client, toewijzing, bedrag_cent=24_000)

    row = _signalen(bouwer, "herindicatie").row(0, named=True)

    assert row["reden"] == "einde_nadert"
    assert row["agb_code"] == "11111111"
    assert row["sinds"] == date(2024, 6, 2)  # 90 days before the end
    assert row["bedrag_op_spel_cent"] == 24_000
    assert json.loads(row["feiten"])["toewijzing_nummer"] == toewijzing
    assert "loopt af op 31-08-2024" in row["aanleiding"]


def test_herindicatie_open_ended_without_reassessment(bouwer: Bouwer) -> None:
    client = bouwer.persoon()
    bouwer.toewijzing(
        client,
        categorie="01",
        product_code="01A01",
        begin=date(2020, 1, 1),
        eind=None,
        aanvraag=date(2019, 11, 1),
        besluit=date(2019, 12, 15),
    )

    row = _signalen(bouwer, "herindicatie").row(0, named=True)

    assert row["reden"] == "open_einde"
    assert row["sinds"] == date(2022, 12, 15)  # three years after the last decision


def test_herindicatie_near_misses(bouwer: Bouwer) -> None:
    opgevolgd = bouwer.persoon()
    bouwer.toewijzing(opgevolgd, begin=date(2023, 9, 1), eind=date(2024, 8, 31))
    bouwer.toewijzing(
        opgevolgd,
        begin=date(2024, 9, 1),
        eind=date(2025, 8, 31),
        aanvraag=date(2024, 6, 1),
        besluit=date(2024, 6, 20),
    )
    later = bouwer.persoon()
    bouwer.toewijzing(later, begin=date(2023, 9, 1), eind=date(2024, 10, 15))  # 107 days
    herbeoordeeld = bouwer.persoon()
    bouwer.toewijzing(
        herbeoordeeld, categorie="01", product_code="01A01", begin=date(2020, 1, 1), eind=None
    )
    bouwer.toewijzing(
        herbeoordeeld,
        categorie="01",
        product_code="01A01",
        begin=date(2023, 3, 1),
        eind=date(2023, 12, 31),
    )
    hulpmiddel = bouwer.persoon()
    bouwer.toewijzing(
        hulpmiddel, categorie="12", product_code="12A01", begin=date(2018, 1, 1), eind=None
    )
    jong_open = bouwer.persoon()
    bouwer.toewijzing(jong_open, begin=date(2021, 7, 1), eind=None)  # 3 years tomorrow

    assert _signalen(bouwer, "herindicatie").is_empty()


def test_achttien_min_fires_within_twelve_months(bouwer: Bouwer) -> None:
    jongere = bouwer.persoon(geboren=date(2006, 10, 15), huishouden="H7")
    toewijzing = bouwer.toewijzing(
        jongere,
        wet="jeugd",
        categorie="45",
        product_code="45A01",
        begin=date(2022, 1, 1),
        eind=None,
    )
    bouwer.declaratie(
        jongere, toewijzing, wet="jeugd", categorie="45", product_code="45A01", bedrag_cent=250_000
    )

    row = _signalen(bouwer, "achttien_min").row(0, named=True)

    assert row["reden"] == "loopt_door_na_18"
    assert row["huishouden_id"] == "H7"
    assert row["sinds"] == date(2023, 10, 15)
    assert row["bedrag_op_spel_cent"] == 250_000
    assert "wordt 18 op 15-10-2024" in row["aanleiding"]


def test_achttien_min_near_misses(bouwer: Bouwer) -> None:
    al_18 = bouwer.persoon(geboren=date(2006, 6, 30))  # 18 on the peildatum itself
    te_jong = bouwer.persoon(geboren=date(2007, 7, 1))  # 18 one year and a day later
    geen_hulp_meer = bouwer.persoon(geboren=date(2006, 12, 1))
    alleen_wmo = bouwer.persoon(geboren=date(2006, 12, 1))
    for persoon in (al_18, te_jong):
        bouwer.toewijzing(persoon, wet="jeugd", categorie="45", product_code="45A01", eind=None)
    bouwer.toewijzing(
        geen_hulp_meer, wet="jeugd", categorie="45", product_code="45A01", eind=date(2024, 5, 31)
    )
    bouwer.toewijzing(alleen_wmo, eind=None)

    assert _signalen(bouwer, "achttien_min").is_empty()


def test_doorlooptijd_late_decisions_and_waiting_list(bouwer: Bouwer) -> None:
    laat = bouwer.persoon()
    bouwer.toewijzing(
        laat, begin=date(2024, 3, 15), aanvraag=date(2024, 1, 1), besluit=date(2024, 3, 15)
    )  # 74 days
    wacht = bouwer.persoon()
    bouwer.toewijzing(wacht, begin=date(2024, 7, 1), aanvraag=date(2024, 6, 1))
    lang = bouwer.persoon()
    bouwer.toewijzing(
        lang,
        wet="jeugd",
        categorie="45",
        product_code="45A01",
        begin=date(2024, 7, 1),
        aanvraag=date(2024, 3, 1),
    )  # 121 days

    rows = {r["persoon_id"]: r for r in _signalen(bouwer, "doorlooptijd").to_dicts()}

    assert rows[laat]["reden"] == "termijn_overschreden"
    assert rows[laat]["sinds"] == date(2024, 2, 27)  # first day after 56 days
    assert rows[laat]["bedrag_op_spel_cent"] == 4 * 2300  # 74 - 56 - 14 days of dwangsom
    assert rows[wacht]["reden"] == "wachtlijst"
    assert rows[wacht]["bedrag_op_spel_cent"] == 0
    assert rows[wacht]["sinds"] == date(2024, 6, 1)
    assert rows[lang]["reden"] == "wachtlijst_termijn_overschreden"
    assert rows[lang]["bedrag_op_spel_cent"] == 144_200  # the legal maximum, EUR 1.442
    assert len(rows) == 3


def test_doorlooptijd_near_misses(bouwer: Bouwer) -> None:
    op_tijd = bouwer.persoon()
    bouwer.toewijzing(op_tijd, aanvraag=date(2024, 2, 1), besluit=date(2024, 3, 28))  # 56 days
    lang_geleden = bouwer.persoon()
    bouwer.toewijzing(lang_geleden, aanvraag=date(2022, 1, 1), besluit=date(2022, 6, 1))
    zonder_aanvraag = bouwer.persoon()
    bouwer.toewijzing(zonder_aanvraag)  # an allocation message without request data
    toekomst = bouwer.persoon()
    bouwer.toewijzing(toekomst, aanvraag=date(2024, 7, 2))

    assert _signalen(bouwer, "doorlooptijd").is_empty()
