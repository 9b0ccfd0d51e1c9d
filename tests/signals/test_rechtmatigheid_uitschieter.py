# SPDX-License-Identifier: EUPL-1.2
"""rechtmatigheid and uitschieter: must fire and near-misses that must not."""

import json
from datetime import date

import polars as pl

from stuurhuis.settings import Settings
from stuurhuis.signals import compute, per_aanbieder

from .conftest import PEILDATUM, Bouwer


def _signalen(bouwer: Bouwer, soort: str) -> pl.DataFrame:
    return compute(bouwer.con, kinds=[soort], peildatum=PEILDATUM)


def _per_reden(rows: pl.DataFrame) -> dict[str, dict[str, object]]:
    return {str(r["reden"]): r for r in rows.to_dicts()}


def test_rechtmatigheid_every_reason(bouwer: Bouwer) -> None:
    bouwer.product("02A01", tarief_cent=6000)
    bouwer.product("01A01", categorie="01", tarief_cent=1000)
    client = bouwer.persoon()
    t = bouwer.toewijzing(client, begin=date(2024, 1, 1), eind=date(2024, 12, 31), volume=4)
    # March: 17 hours within ceil(4 * 31 / 7) = 18: lawful
    bouwer.declaratie(
        client, t, begin=date(2024, 3, 1), eind=date(2024, 3, 31), volume=17, bedrag_cent=102_000
    )
    # April: 20 hours, allowed ceil(4 * 30 / 7) = 18: 2 of 20 hours too many
    bouwer.declaratie(
        client, t, begin=date(2024, 4, 1), eind=date(2024, 4, 30), volume=20, bedrag_cent=120_000
    )
    # May: 10 hours at EUR 65 instead of EUR 60
    tarief = bouwer.declaratie(
        client,
        t,
        begin=date(2024, 5, 1),
        eind=date(2024, 5, 31),
        volume=10,
        tarief_cent=6500,
        bedrag_cent=65_000,
    )
    # June: claimed twice
    bouwer.declaratie(
        client,
        t,
        begin=date(2024, 6, 1),
        eind=date(2024, 6, 30),
        volume=10,
        bedrag_cent=60_000,
        dagtekening=date(2024, 6, 30),
    )
    dubbel = bouwer.declaratie(
        client,
        t,
        begin=date(2024, 6, 1),
        eind=date(2024, 6, 30),
        volume=10,
        bedrag_cent=60_000,
        dagtekening=date(2024, 6, 30),
    )
    # no allocation with that number, and one of another provider
    zonder = bouwer.declaratie(client, "T99999", bedrag_cent=30_000)
    bouwer.declaratie(client, t, agb="22222222", bedrag_cent=5_000)
    # a product code that is not in the catalogue, on a valid allocation number
    onbekend = bouwer.declaratie(client, t, product_code="02Z99", bedrag_cent=7_000)
    # allocation ended on 15 March: 16 of 31 days outside
    kort = bouwer.toewijzing(
        client,
        categorie="01",
        product_code="01A01",
        begin=date(2024, 1, 1),
        eind=date(2024, 3, 15),
        volume=None,
    )
    buiten = bouwer.declaratie(
        client,
        kort,
        categorie="01",
        product_code="01A01",
        begin=date(2024, 3, 1),
        eind=date(2024, 3, 31),
        bedrag_cent=31_000,
    )
    # died on 10 March: 21 of 31 days after death; moved out on 20 March: 11 of 31 days
    overleden = bouwer.persoon(overleden=date(2024, 3, 10))
    t_o = bouwer.toewijzing(overleden, volume=None)
    bouwer.declaratie(overleden, t_o, bedrag_cent=31_000)
    vertrokken = bouwer.persoon(vertrokken=date(2024, 3, 20))
    t_v = bouwer.toewijzing(vertrokken, volume=None)
    bouwer.declaratie(vertrokken, t_v, bedrag_cent=31_000)

    rows = _signalen(bouwer, "rechtmatigheid")
    found = _per_reden(rows)

    assert (
        sorted(found)
        == sorted(
            [
                "boven_volume",
                "boven_tarief",
                "dubbel",
                "zonder_toewijzing",
                "buiten_periode",
                "na_overlijden",
                "na_vertrek",
                "onbekend_product",
            ]
        )
        and rows.height == 9
    )  # two lines without a valid allocation
    assert found["boven_volume"]["bedrag_op_spel_cent"] == 12_000
    assert found["boven_volume"]["sinds"] == date(2024, 4, 1)
    assert json.loads(str(found["boven_volume"]["feiten"]))["toegestaan_volume"] == 18.0
    assert found["boven_tarief"]["bedrag_op_spel_cent"] == 5_000
    assert json.loads(str(found["boven_tarief"]["feiten"]))["referentie_nummer"] == tarief
    assert found["dubbel"]["bedrag_op_spel_cent"] == 60_000
    assert json.loads(str(found["dubbel"]["feiten"]))["referentie_nummer"] == dubbel
    zonder_rows = rows.filter(pl.col("reden") == "zonder_toewijzing")
    assert sorted(zonder_rows["bedrag_op_spel_cent"]) == [5_000, 30_000]
    assert zonder in [json.loads(f)["referentie_nummer"] for f in zonder_rows["feiten"]]
    assert found["buiten_periode"]["bedrag_op_spel_cent"] == 16_000
    assert json.loads(str(found["buiten_periode"]["feiten"]))["referentie_nummer"] == buiten
    assert found["na_overlijden"]["bedrag_op_spel_cent"] == 21_000
    assert found["na_vertrek"]["bedrag_op_spel_cent"] == 11_000
    assert found["onbekend_product"]["bedrag_op_spel_cent"] == 7_000
    assert json.loads(str(found["onbekend_product"]["feiten"]))["referentie_nummer"] == onbekend
    assert "niet in de productcatalogus" in str(found["onbekend_product"]["aanleiding"])

    totaal = per_aanbieder(rows)
    assert totaal["bedrag_op_spel_cent"].sum() == rows["bedrag_op_spel_cent"].sum()
    assert set(totaal["agb_code"]) == {"11111111", "22222222"}
    assert "persoon_id" not in totaal.columns


def test_rechtmatigheid_near_misses(bouwer: Bouwer) -> None:
    bouwer.product("02A01", tarief_cent=6000)
    client = bouwer.persoon(overleden=date(2024, 3, 31))
    t = bouwer.toewijzing(
        client, begin=date(2024, 1, 1), eind=date(2024, 3, 31), volume=4, product_code=None
    )  # aspecifieke toewijzing: any product code
    # the full allowed volume, a cent of rounding, service up to the day of death
    bouwer.declaratie(
        client, t, begin=date(2024, 3, 1), eind=date(2024, 3, 31), volume=18, bedrag_cent=108_001
    )
    # corrected claim: the original is credited and claimed again
    origineel = bouwer.declaratie(
        client,
        t,
        begin=date(2024, 2, 1),
        eind=date(2024, 2, 29),
        volume=10,
        bedrag_cent=60_000,
        dagtekening=date(2024, 3, 5),
    )
    bouwer.declaratie(
        client,
        t,
        begin=date(2024, 2, 1),
        eind=date(2024, 2, 29),
        volume=10,
        bedrag_cent=60_000,
        credit_van=origineel,
        dagtekening=date(2024, 3, 10),
    )
    bouwer.declaratie(
        client,
        t,
        begin=date(2024, 2, 1),
        eind=date(2024, 2, 29),
        volume=10,
        bedrag_cent=60_000,
        dagtekening=date(2024, 3, 10),
    )
    # a copy of a lawful line on an allocation number that does not exist: only the copy
    # is unlawful (zonder_toewijzing, below), the lawful line is not its duplicate
    ander = bouwer.persoon()
    t_ander = bouwer.toewijzing(ander, begin=date(2024, 1, 1), volume=None, product_code=None)
    bouwer.declaratie(ander, t_ander, dagtekening=date(2024, 4, 2))
    kopie = bouwer.declaratie(ander, "T88888", dagtekening=date(2024, 4, 2))
    # an aspecific claim line (no product code) is not an unknown product
    bouwer.declaratie(
        ander, t_ander, product_code=None, begin=date(2024, 5, 1), eind=date(2024, 5, 31)
    )
    # a rejected line and a line claimed after the peildatum
    bouwer.declaratie(client, "T99999", status="afgewezen")
    bouwer.declaratie(client, "T99999", dagtekening=date(2024, 7, 1))
    # totaal frequency: 100 hours within the whole allocation
    totaal = bouwer.persoon()
    t_totaal = bouwer.toewijzing(
        totaal, begin=date(2024, 1, 1), eind=date(2024, 6, 30), volume=100, frequentie="6"
    )
    for maand in (1, 2, 3, 4):
        bouwer.declaratie(
            totaal,
            t_totaal,
            begin=date(2024, maand, 1),
            eind=date(2024, maand, 28),
            volume=25,
            bedrag_cent=150_000,
        )

    rows = _signalen(bouwer, "rechtmatigheid")
    assert rows["reden"].to_list() == ["zonder_toewijzing"]
    assert json.loads(rows["feiten"][0])["referentie_nummer"] == kopie


def test_rechtmatigheid_totaal_window(bouwer: Bouwer) -> None:
    bouwer.product("02A01", tarief_cent=6000)
    client = bouwer.persoon()
    t = bouwer.toewijzing(
        client,
        begin=date(2024, 1, 1),
        eind=date(2024, 6, 30),
        volume=6000,
        eenheid="01",
        frequentie="6",
    )  # 100 hours in minutes
    for maand in (1, 2, 3, 4, 5):
        bouwer.declaratie(
            client,
            t,
            begin=date(2024, maand, 1),
            eind=date(2024, maand, 28),
            volume=25,
            bedrag_cent=150_000,
        )  # 25 hours each: 125 in all

    row = _signalen(bouwer, "rechtmatigheid").row(0, named=True)

    assert row["reden"] == "boven_volume"
    assert row["sinds"] == date(2024, 1, 1)
    assert row["bedrag_op_spel_cent"] == 150_000  # 25 of 125 hours x EUR 750.000 / 125
    assert json.loads(row["feiten"])["geleverd_volume"] == 7500.0


def _aanbieder_met_clienten(
    bouwer: Bouwer, agb: str, product: str, clienten: int, kosten_per_client_cent: int
) -> None:
    for _ in range(clienten):
        client = bouwer.persoon()
        t = bouwer.toewijzing(client, agb=agb, product_code=product, begin=date(2023, 1, 1))
        bouwer.declaratie(
            client,
            t,
            agb=agb,
            product_code=product,
            volume=1,
            bedrag_cent=kosten_per_client_cent,
            tarief_cent=None,
        )


def test_uitschieter_cost_per_client(bouwer: Bouwer) -> None:
    for agb, per_client in (
        ("10000001", 90_000),
        ("10000002", 100_000),
        ("10000003", 105_000),
        ("10000004", 110_000),
        ("10000005", 300_000),
    ):
        _aanbieder_met_clienten(bouwer, agb, "02A01", 5, per_client)

    rows = _signalen(bouwer, "uitschieter")

    assert rows.height == 1
    row = rows.row(0, named=True)
    assert row["reden"] == "kosten_per_client"
    assert row["agb_code"] == "10000005"
    assert row["persoon_id"] is None and row["wijk_code"] is None
    # median 105.000, MAD 5.000: z = 0,6745 x 195.000 / 5.000 = 26,3
    feiten = json.loads(row["feiten"])
    assert feiten["robuuste_z"] == 26.31
    assert feiten["mediaan"] == 105_000.0
    assert row["bedrag_op_spel_cent"] == round(1_500_000 * (1 - 105_000 / 300_000))


def test_uitschieter_near_misses(bouwer: Bouwer) -> None:
    # 1.43 x the median: a high z-score but not far enough above the peers
    for agb, per_client in (
        ("10000001", 90_000),
        ("10000002", 100_000),
        ("10000003", 105_000),
        ("10000004", 110_000),
        ("10000005", 150_000),
    ):
        _aanbieder_met_clienten(bouwer, agb, "02A01", 5, per_client)
    # too few clients to compare, however expensive
    _aanbieder_met_clienten(bouwer, "10000006", "02A01", 4, 900_000)
    # too few peers for product 01A01
    for agb, per_client in (("10000001", 10_000), ("10000002", 10_000), ("10000003", 90_000)):
        _aanbieder_met_clienten(bouwer, agb, "01A01", 5, per_client)

    assert _signalen(bouwer, "uitschieter").is_empty()


def test_rechtmatigheid_look_back_window(bouwer: Bouwer) -> None:
    """Only lines issued in the window are reported, but older lines still count."""
    bouwer.product("02A01", tarief_cent=6000)
    venster = Settings(signaal_terugkijk_dagen=30)  # lines issued after 31 May 2024
    client = bouwer.persoon()
    t = bouwer.toewijzing(client, begin=date(2024, 1, 1), eind=date(2024, 12, 31), volume=4)
    # January was claimed in February, and again in June: a duplicate of an old line
    bouwer.declaratie(
        client,
        t,
        begin=date(2024, 1, 1),
        eind=date(2024, 1, 31),
        volume=5,
        bedrag_cent=30_000,
        dagtekening=date(2024, 2, 5),
    )
    dubbel = bouwer.declaratie(
        client,
        t,
        begin=date(2024, 1, 1),
        eind=date(2024, 1, 31),
        volume=5,
        bedrag_cent=30_000,
        dagtekening=date(2024, 6, 5),
    )
    # March: 10 hours claimed in April and 10 more in June, allowed ceil(4 * 31 / 7) = 18
    bouwer.declaratie(
        client,
        t,
        begin=date(2024, 3, 1),
        eind=date(2024, 3, 15),
        volume=10,
        bedrag_cent=60_000,
        dagtekening=date(2024, 4, 2),
    )
    bouwer.declaratie(
        client,
        t,
        begin=date(2024, 3, 16),
        eind=date(2024, 3, 31),
        volume=10,
        bedrag_cent=60_000,
        dagtekening=date(2024, 6, 2),
    )
    # an old unlawful line, issued before the window: not reported
    bouwer.declaratie(client, "T99999", dagtekening=date(2024, 5, 30))
    # a totaal allocation of 20 hours: 15 claimed in 2023, 10 in June 2024
    totaal = bouwer.toewijzing(
        client,
        categorie="01",
        product_code=None,
        begin=date(2023, 1, 1),
        volume=20,
        frequentie="6",
    )
    bouwer.declaratie(
        client,
        totaal,
        categorie="01",
        begin=date(2023, 5, 1),
        eind=date(2023, 5, 31),
        volume=15,
        bedrag_cent=90_000,
        dagtekening=date(2023, 6, 5),
    )
    bouwer.declaratie(
        client,
        totaal,
        categorie="01",
        begin=date(2024, 6, 1),
        eind=date(2024, 6, 20),
        volume=10,
        bedrag_cent=60_000,
        dagtekening=date(2024, 6, 25),
    )

    rows = compute(bouwer.con, kinds=["rechtmatigheid"], peildatum=PEILDATUM, settings=venster)

    found = {(r["reden"], json.loads(r["feiten"])["toewijzing_nummer"]): r for r in rows.to_dicts()}
    assert sorted(found) == [("boven_volume", t), ("boven_volume", totaal), ("dubbel", t)]
    assert json.loads(found[("dubbel", t)]["feiten"])["referentie_nummer"] == dubbel
    maart = found[("boven_volume", t)]
    assert json.loads(maart["feiten"])["geleverd_volume"] == 20.0
    assert maart["bedrag_op_spel_cent"] == 12_000  # 2 of 20 hours of EUR 1.200
    assert found[("boven_volume", totaal)]["bedrag_op_spel_cent"] == 30_000  # 5 of 25 hours
