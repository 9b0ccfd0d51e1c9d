# SPDX-License-Identifier: EUPL-1.2
"""stapeling and wlz_kandidaat: situations that must fire and near-misses that must not."""

import json
from datetime import date

import polars as pl

from stuurhuis.settings import Settings
from stuurhuis.signals import compute

from .conftest import PEILDATUM, WIJK_B, Bouwer


def _signalen(bouwer: Bouwer, soort: str) -> pl.DataFrame:
    return compute(bouwer.con, kinds=[soort], peildatum=PEILDATUM)


def test_stapeling_household_with_three_laws(bouwer: Bouwer) -> None:
    ouder = bouwer.persoon(huishouden="H1", wijk=WIJK_B)
    kind = bouwer.persoon(huishouden="H1", geboren=date(2012, 5, 1), wijk=WIJK_B)
    wmo = bouwer.toewijzing(ouder, begin=date(2023, 1, 1))
    jeugd = bouwer.toewijzing(
        kind, wet="jeugd", categorie="45", product_code="45A01", begin=date(2023, 6, 1)
    )
    bouwer.uitkering(ouder, begin=date(2024, 1, 1), per_maand_cent=120_000)
    bouwer.declaratie(ouder, wmo, bedrag_cent=60_000)
    bouwer.declaratie(
        kind, jeugd, wet="jeugd", categorie="45", product_code="45A01", bedrag_cent=100_000
    )
    # a claim for service more than a year before the peildatum does not count
    bouwer.declaratie(ouder, wmo, begin=date(2023, 3, 1), eind=date(2023, 3, 31))

    rows = _signalen(bouwer, "stapeling")

    assert rows.height == 1
    row = rows.row(0, named=True)
    assert row["reden"] == "meerdere_wetten"
    assert row["huishouden_id"] == "H1"
    assert row["persoon_id"] is None
    assert row["wijk_code"] == WIJK_B
    assert row["bedrag_op_spel_cent"] == 60_000 + 100_000 + 12 * 120_000
    assert row["sinds"] == date(2023, 6, 1)  # the second law started then
    feiten = json.loads(row["feiten"])
    assert feiten["aantal_voorzieningen"] == 3
    assert feiten["wetten"] == "jeugd, participatie, wmo"
    assert "€ 16.000 per jaar" in row["aanleiding"]


def test_stapeling_two_arrangements_same_law(bouwer: Bouwer) -> None:
    alleen = bouwer.persoon()  # no household key: the person is the household
    bouwer.toewijzing(alleen, categorie="01", product_code="01A01", begin=date(2022, 1, 1))
    bouwer.toewijzing(alleen, categorie="02", begin=date(2024, 2, 1))

    row = _signalen(bouwer, "stapeling").row(0, named=True)

    assert row["reden"] == "meerdere_voorzieningen"
    assert row["persoon_id"] == alleen
    assert row["huishouden_id"] is None
    assert row["sinds"] == date(2024, 2, 1)
    assert row["bedrag_op_spel_cent"] == 0


def test_stapeling_near_miss(bouwer: Bouwer) -> None:
    a = bouwer.persoon(huishouden="H2")
    b = bouwer.persoon(huishouden="H2")
    bouwer.toewijzing(a)
    bouwer.toewijzing(b, eind=date(2024, 6, 29))  # ended the day before the peildatum
    bouwer.toewijzing(b, aanvraag=date(2024, 6, 1))  # a request still waiting for a decision
    bouwer.uitkering(a, begin=date(2024, 7, 1))  # starts after the peildatum
    overleden = bouwer.persoon(huishouden="H3", overleden=date(2024, 1, 1))
    bouwer.toewijzing(overleden)
    bouwer.toewijzing(bouwer.persoon(huishouden="H3"))

    assert _signalen(bouwer, "stapeling").is_empty()


def test_wlz_beschermd_wonen_bridges_a_short_gap(bouwer: Bouwer) -> None:
    client = bouwer.persoon(geboren=date(1980, 2, 2))
    bouwer.toewijzing(
        client,
        categorie="15",
        product_code="15A01",
        begin=date(2022, 1, 1),
        eind=date(2022, 12, 31),
        eenheid="14",
        frequentie="1",
        volume=1,
    )
    bouwer.toewijzing(
        client,
        categorie="15",
        product_code="15A01",
        begin=date(2023, 1, 15),
        eind=date(2025, 12, 31),
        eenheid="14",
        frequentie="1",
        volume=1,
    )

    row = _signalen(bouwer, "wlz_kandidaat").row(0, named=True)

    assert row["reden"] == "beschermd_wonen"
    assert row["persoon_id"] == client
    assert row["sinds"] == date(2022, 1, 1)
    assert row["bedrag_op_spel_cent"] == 6_000_000
    assert json.loads(row["feiten"])["aantal_maanden"] == 29


def test_wlz_many_hours_of_begeleiding(bouwer: Bouwer) -> None:
    uren = bouwer.persoon()
    bouwer.toewijzing(uren, begin=date(2023, 1, 1), eind=None, volume=12)
    minuten = bouwer.persoon()  # 700 minutes a week = 11,7 hours
    bouwer.toewijzing(minuten, begin=date(2023, 3, 1), volume=700, eenheid="01")

    rows = _signalen(bouwer, "wlz_kandidaat")

    assert sorted(rows["persoon_id"]) == sorted([uren, minuten])
    assert set(rows["reden"]) == {"intensieve_begeleiding"}
    uren_per_week = {
        r["persoon_id"]: json.loads(r["feiten"])["uren_per_week"] for r in rows.to_dicts()
    }
    assert uren_per_week == {uren: 12.0, minuten: 11.7}


def test_wlz_near_misses(bouwer: Bouwer) -> None:
    weinig_uren = bouwer.persoon()
    bouwer.toewijzing(weinig_uren, begin=date(2022, 1, 1), volume=8)
    te_kort = bouwer.persoon()
    bouwer.toewijzing(te_kort, categorie="15", product_code="15A01", begin=date(2023, 7, 1))
    lange_pauze = bouwer.persoon()
    bouwer.toewijzing(
        lange_pauze,
        categorie="15",
        product_code="15A01",
        begin=date(2021, 1, 1),
        eind=date(2023, 9, 30),
    )
    bouwer.toewijzing(
        lange_pauze, categorie="15", product_code="15A01", begin=date(2023, 12, 1), eind=None
    )
    minderjarig = bouwer.persoon(geboren=date(2007, 1, 1))
    bouwer.toewijzing(minderjarig, categorie="15", product_code="15A01", begin=date(2021, 1, 1))
    gestopt = bouwer.persoon()
    bouwer.toewijzing(
        gestopt, categorie="15", product_code="15A01", begin=date(2020, 1, 1), eind=date(2024, 6, 1)
    )

    assert _signalen(bouwer, "wlz_kandidaat").is_empty()


def test_wlz_intensive_product_at_any_volume(bouwer: Bouwer) -> None:
    instellingen = Settings(signaal_wlz_intensieve_producten=["02A03"])
    complex_ = bouwer.persoon()  # "begeleiding complex", 6 hours a week
    bouwer.toewijzing(complex_, product_code="02A03", begin=date(2023, 1, 1), eind=None, volume=6)
    pgb = bouwer.persoon()  # a budget without hours
    bouwer.toewijzing(
        pgb,
        product_code="02A03",
        begin=date(2023, 1, 1),
        volume=None,
        eenheid=None,
        frequentie=None,
    )
    licht = bouwer.persoon()  # near miss: another product at 6 hours
    bouwer.toewijzing(licht, begin=date(2023, 1, 1), eind=None, volume=6)
    recent = bouwer.persoon()  # near miss: the intensive product for half a year only
    bouwer.toewijzing(recent, product_code="02A03", begin=date(2024, 1, 1), eind=None, volume=6)

    rows = compute(bouwer.con, kinds=["wlz_kandidaat"], peildatum=PEILDATUM, settings=instellingen)

    assert sorted(rows["persoon_id"]) == sorted([complex_, pgb])
    feiten = {r["persoon_id"]: json.loads(r["feiten"]) for r in rows.to_dicts()}
    assert feiten[complex_]["is_intensief_product"] is True
    assert feiten[pgb]["uren_per_week"] is None
    assert "uren onbekend" in rows.filter(pl.col("persoon_id") == pgb)["aanleiding"][0]
    assert _signalen(bouwer, "wlz_kandidaat").is_empty()  # by default no product is listed
