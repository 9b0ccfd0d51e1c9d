# SPDX-License-Identifier: EUPL-1.2
"""A hand-made municipality in which every signal kind fires at least once, in two wijken."""

from datetime import date

from .conftest import WIJK_A, WIJK_B, Bouwer

AGBS = ("10000001", "10000002", "10000003", "10000004", "10000005")


def plant_alle_soorten(bouwer: Bouwer) -> None:
    """One case of every kind (two wijken), plus the peers the outlier needs."""
    bouwer.product("02A01", tarief_cent=6000)
    # stapeling (WIJK_B): a household in Wmo and Jeugdwet
    ouder = bouwer.persoon(huishouden="H1", wijk=WIJK_B)
    kind = bouwer.persoon(huishouden="H1", wijk=WIJK_B, geboren=date(2012, 1, 1))
    bouwer.toewijzing(ouder, eind=None)
    bouwer.toewijzing(kind, wet="jeugd", categorie="45", product_code="45A01")
    # wlz_kandidaat (WIJK_A): beschermd wonen since 2021
    bouwer.toewijzing(
        bouwer.persoon(), categorie="15", product_code="15A01", begin=date(2021, 1, 1), eind=None
    )
    # herindicatie (WIJK_A): ends in August
    bouwer.toewijzing(bouwer.persoon(), begin=date(2023, 9, 1), eind=date(2024, 8, 31))
    # a youth turning 18 in October: achttien_min in WIJK_B
    bouwer.toewijzing(
        bouwer.persoon(geboren=date(2006, 10, 15), wijk=WIJK_B),
        wet="jeugd",
        categorie="45",
        product_code="45A01",
        eind=None,
    )
    # doorlooptijd (WIJK_A): waiting since March
    bouwer.toewijzing(bouwer.persoon(), begin=date(2024, 7, 1), aanvraag=date(2024, 3, 1))
    # rechtmatigheid (WIJK_B): a claim without allocation
    bouwer.declaratie(bouwer.persoon(wijk=WIJK_B), "T99999", bedrag_cent=30_000)
    # uitschieter: five providers, the last one three times the median per client
    for agb, per_client in zip(AGBS, (90_000, 100_000, 105_000, 110_000, 300_000), strict=True):
        for _ in range(5):
            client = bouwer.persoon(wijk=WIJK_A)
            t = bouwer.toewijzing(client, agb=agb, begin=date(2024, 1, 1))
            bouwer.declaratie(
                client, t, agb=agb, volume=1, bedrag_cent=per_client, tarief_cent=None, eenheid="82"
            )
