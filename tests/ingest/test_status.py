# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis status``: loaded per kind and period, last ingests, quarantine, flags."""

import json
from pathlib import Path

from .bron import BAD_BSN, claim, write_claims
from .cli import invoke


def test_status_shows_what_is_loaded_quarantined_and_flagged(
    world: Path, warehouse_file: Path
) -> None:
    write_claims(
        world / "declaraties.csv",
        [
            claim("R1"),  # March 2024, 300 euro
            claim("R2", bsn=BAD_BSN, bedrag="45,50"),  # quarantined: 45,50 at stake
            claim("R3", bedrag="abc"),  # quarantined, no readable amount
            claim("R4", toewijzing="T404", begin="01-01-2024", eind="31-01-2024"),  # flagged
            claim("R5", product="02X99", begin="01-02-2024", eind="29-02-2024", bedrag="12,34"),
        ],
    )
    assert invoke("ingest", "--db", str(warehouse_file), str(world))[0] == 0
    code, stdout, _ = invoke("status", "--db", str(warehouse_file), "--format", "json")
    assert code == 0
    status = json.loads(stdout)

    geladen = {row["soort"]: row for row in status["geladen"]}
    assert geladen["declaratie"] == {
        "soort": "declaratie", "aantal_rijen": 3, "maand_van": "2024-01", "maand_tot": "2024-03"
    }  # fmt: skip
    assert geladen["toewijzing"]["aantal_rijen"] == 2
    assert (geladen["toewijzing"]["maand_van"], geladen["toewijzing"]["maand_tot"]) == (
        "2024-01", "2024-06"
    )  # fmt: skip
    assert geladen["persoon"]["aantal_rijen"] == 3
    assert geladen["product"]["maand_van"] == "2024-01"

    inleesacties = status["inleesacties"]
    assert inleesacties[0]["bestand"] == "declaraties.csv"  # newest first
    assert len(inleesacties) == 5
    claims = inleesacties[0]
    assert (claims["aantal_gelezen"], claims["aantal_geladen"], claims["aantal_quarantaine"]) == (
        5, 3, 2
    )  # fmt: skip

    quarantaine = {row["reden"]: row for row in status["quarantaine"]}
    assert quarantaine == {
        "ongeldig BSN (elfproef) in bsn": {
            "reden": "ongeldig BSN (elfproef) in bsn", "aantal_regels": 1,
            "aantal_met_bedrag": 1, "bedrag_euro": 45.5,
        },
        "bedrag is geen getal in ingediend_bedrag": {
            "reden": "bedrag is geen getal in ingediend_bedrag", "aantal_regels": 1,
            "aantal_met_bedrag": 0, "bedrag_euro": 0.0,
        },
    }  # fmt: skip

    markeringen = {row["markering"]: row for row in status["markeringen"]}
    assert markeringen["declaratie zonder passende toewijzing"]["aantal_regels"] == 1
    assert markeringen["declaratie zonder passende toewijzing"]["bedrag_euro"] == 300.0
    assert markeringen["onbekende productcode"]["aantal_regels"] == 1
    assert markeringen["onbekende productcode"]["bedrag_euro"] == 12.34
    assert "boven toegewezen volume" not in markeringen


def test_status_table_output_names_the_sections(world: Path, warehouse_file: Path) -> None:
    invoke("ingest", "--db", str(warehouse_file), str(world))
    code, stdout, _ = invoke("status", "--db", str(warehouse_file))
    assert code == 0
    for title in ("Geladen per bronsoort", "Laatste inleesacties", "Quarantaine per reden"):
        assert title in stdout
