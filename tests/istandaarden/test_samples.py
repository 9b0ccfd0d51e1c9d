# SPDX-License-Identifier: EUPL-1.2
"""Every reference sample: the valid ones load with the expected rows, the invalid are refused."""

from pathlib import Path

import pytest

from stuurhuis.ingest.istandaarden import IstandaardenReader

from .conftest import reasons, rows


def _read(reader: IstandaardenReader, path: Path) -> list:  # type: ignore[type-arg]
    assert reader.sniff(path, path.read_bytes()[:65536])
    return list(reader.read(path))


def test_wmo301_field_by_field(reader: IstandaardenReader, istandaarden_dir: Path) -> None:
    batches = _read(reader, istandaarden_dir / "iwmo/berichten/WMO301.xml")
    assert reasons(batches) == []
    assert rows(batches, "toewijzing") == [
        {
            "toewijzing_nummer": "101",
            "bsn": "999900006",
            "agb_code": "42420001",  # the receiver of the 301 is the provider
            "wet": "wmo",
            "product_categorie": "01",
            "product_code": "01A01",
            "leveringsvorm": "ZIN",
            "ingangsdatum": "2023-01-01",
            "einddatum": "2023-12-31",
            "volume": "10",
            "eenheid": "01",
            "frequentie": "1",
            "budget": None,
            "beslisdatum": "2023-08-13",
            "reden_wijziging": None,
            "aanvraagdatum": None,
            "verwijzer": None,
            "regel": 164,
        }
    ]
    assert rows(batches, "client") == [
        {
            "bsn": "999900006",
            "geboortedatum": "1967-08-13",
            "geslacht": "man",
            "wijk_code": None,
            "regel": 18,
        }
    ]
    assert rows(batches, "bericht") == [
        {
            "afzender": "0384",
            "bericht_identificatie": "123456789012",
            "ontvanger": "42420001",
            "standaard": "iwmo",
            "berichttype": "301",
            "dagtekening": "2023-08-13",
            "aantal_regels": "2",
            "regel": 1,
        }
    ]


def test_wmo323_field_by_field(reader: IstandaardenReader, istandaarden_dir: Path) -> None:
    batches = _read(reader, istandaarden_dir / "iwmo/berichten/WMO323.xml")
    assert reasons(batches) == []
    lines = rows(batches, "declaratie")
    common = {
        "vorig_referentie_nummer": None,
        "declaratie_nummer": "DN001",
        "dagtekening": "2023-05-06",
        "agb_code": "65656055",  # the sender of the 323 is the provider
        "wet": "wmo",
        "product_categorie": "01",
        "begindatum": "2023-04-01",
        "einddatum": "2023-04-30",
        "eenheid": "04",
        "debet_credit": "D",
    }
    expected = [
        ("RN001", "20072", "999900006", "01A03", "4", "12.50", "50.00", 33),
        ("RN002", "200730", "999900006", "01A04", "16", "15.00", "240.00", 52),
        ("RN003", "20074", "999900018", "01A03", "4", "12.50", "50.00", 76),
        ("RN004", "20073", "999900018", "01A04", "16", "15.00", "240.00", 95),
    ]
    assert lines == [
        {
            "referentie_nummer": ref,
            **common,
            "toewijzing_nummer": toewijzing,
            "bsn": bsn,
            "product_code": code,
            "geleverd_volume": volume,
            "product_tarief": tarief,
            "ingediend_bedrag": bedrag,
            "regel": regel,
        }
        for ref, toewijzing, bsn, code, volume, tarief, bedrag, regel in expected
    ]
    # 4 lines sum to TotaalIngediendBedrag 58000 cents = 580.00 euro
    assert sum(float(str(line["ingediend_bedrag"])) for line in lines) == 580.0


def test_jw301_keeps_no_names_or_contacts(
    reader: IstandaardenReader, istandaarden_dir: Path
) -> None:
    batches = _read(reader, istandaarden_dir / "ijw/berichten/JW301.xml")
    toewijzingen = rows(batches, "toewijzing")
    assert [row["toewijzing_nummer"] for row in toewijzingen] == ["300201", "300202"]
    assert {row["wet"] for row in toewijzingen} == {"jeugd"}
    text = repr(batches)
    source = (istandaarden_dir / "ijw/berichten/JW301.xml").read_text(encoding="utf-8")
    for private in ("Achternaam", "Postcode", "Telefoonnummer", "Emailadres", "Commentaar"):
        start = source.index(f"{private}>") + len(private) + 1
        value = source[start : source.index("<", start)]
        assert value not in text, f"{private} value leaked into the batches"


EXPECTED_COUNTS = {
    "iwmo/berichten/WMO305.xml": {"zorglevering": 2, "client": 1},
    "iwmo/berichten/WMO307.xml": {"zorglevering": 2, "client": 1},
    "iwmo/berichten/WMO315.xml": {"verzoek": 2, "client": 1},
    "iwmo/berichten/WMO317.xml": {"verzoek": 3},
    "iwmo/berichten/WMO319.xml": {"verzoek_antwoord": 1},
    "ijw/berichten/JW305.xml": {"zorglevering": 2, "client": 1},
    "ijw/berichten/JW307.xml": {"zorglevering": 2, "client": 1},
    "ijw/berichten/JW317.xml": {"verzoek": 2},
    "ijw/berichten/JW319.xml": {"verzoek_antwoord": 1},
    "ijw/berichten/JW325.xml": {"declaratie_antwoord_regel": 3, "declaratie_antwoord": 1},
    # retour messages: validated and logged, nothing to load
    "ijw/berichten/JW302.xml": {},
    "ijw/berichten/JW306.xml": {},
    "ijw/berichten/JW308.xml": {},
    "ijw/berichten/JW316.xml": {},
    "ijw/berichten/JW320.xml": {},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_COUNTS))
def test_other_valid_samples_load(
    reader: IstandaardenReader, istandaarden_dir: Path, name: str
) -> None:
    batches = _read(reader, istandaarden_dir / name)
    assert reasons(batches) == []
    counts = {b.kind: b.table.num_rows for b in batches if b.kind != "bericht"}
    assert counts == EXPECTED_COUNTS[name]
    assert len(rows(batches, "bericht")) == 1


def test_every_valid_sample_is_covered(istandaarden_dir: Path) -> None:
    samples = {
        str(path.relative_to(istandaarden_dir))
        for path in istandaarden_dir.glob("*/berichten/*.xml")
    }
    covered = {*EXPECTED_COUNTS, "iwmo/berichten/WMO301.xml", "iwmo/berichten/WMO323.xml"}
    covered |= {"ijw/berichten/JW301.xml", "ijw/berichten/JW323.xml"}
    assert samples == covered


def test_jw323_sample_breaks_the_unique_reference_rule(
    reader: IstandaardenReader, istandaarden_dir: Path
) -> None:
    """The iJw 323 sample is XSD-valid but breaks two rules the XSD cannot express.

    It claims two different lines as RN004 (the warehouse keys claim lines on
    ReferentieNummer: a credit names the line it reverses), and that second RN004 claims
    March inside an April declaratie. The first violation in document order is reported.
    """
    batches = _read(reader, istandaarden_dir / "ijw/berichten/JW323.xml")
    assert rows(batches, "declaratie") == []
    assert reasons(batches) == [
        "JW323.xml: prestatie RN004: periode 2026-03-01 t/m 2026-03-31 valt buiten de "
        "declaratieperiode 2026-04-01 t/m 2026-04-30"
    ]


def test_a_reference_twice_in_one_message_is_refused(
    reader: IstandaardenReader, istandaarden_dir: Path, tmp_path: Path
) -> None:
    source = (istandaarden_dir / "iwmo/berichten/WMO323.xml").read_text(encoding="utf-8")
    path = tmp_path / "dubbel.xml"
    path.write_text(source.replace(">RN002<", ">RN001<"), encoding="utf-8")
    batches = _read(reader, path)
    assert rows(batches, "declaratie") == []
    assert reasons(batches) == ["dubbel.xml: ReferentieNummer RN001 komt twee keer voor"]


def test_jw325_rejected_lines_and_the_rest(
    reader: IstandaardenReader, istandaarden_dir: Path
) -> None:
    batches = _read(reader, istandaarden_dir / "ijw/berichten/JW325.xml")
    assert [
        (r["referentie_nummer"], r["status"], r["retourcodes"], r["agb_code"])
        for r in rows(batches, "declaratie_antwoord_regel")
    ] == [
        ("RN001", "afgewezen", "0611", "65656055"),
        ("RN002", "afgewezen", "9339,9340,9341", "65656055"),
        ("RN003", "afgewezen", "9307", "65656055"),
    ]
    assert [
        (r["declaratie_nummer"], r["status"], r["retourcodes"], r["antwoorddatum"])
        for r in rows(batches, "declaratie_antwoord")
    ] == [("DN001", "goedgekeurd", "0200", "2023-05-07")]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "JW315_ongeldige_datum.xml",
            "XSD-validatie mislukt: Element 'jw315:ToewijzingEinddatum': '2027-06-31' is not "
            "a valid value of the atomic type 'basisschema:LDT_Datum'.",
        ),
        (
            "JW318_verkeerd_element.xml",
            "XSD-validatie mislukt: Element 'jw318:RetourCode': This element is not expected.",
        ),
    ],
)
def test_invalid_samples_are_quarantined_with_the_validators_reason(
    reader: IstandaardenReader, istandaarden_dir: Path, name: str, reason: str
) -> None:
    batches = _read(reader, istandaarden_dir / "ijw/berichten/ongeldig" / name)
    assert all(batch.table.num_rows == 0 for batch in batches)
    [found] = reasons(batches)
    assert found.startswith(f"{name}: {reason}")


def test_without_xsd_an_impossible_date_is_still_refused_whole(istandaarden_dir: Path) -> None:
    path = istandaarden_dir / "ijw/berichten/ongeldig/JW315_ongeldige_datum.xml"
    batches = list(IstandaardenReader().read(path))
    assert all(batch.table.num_rows == 0 for batch in batches)
    assert reasons(batches) == [
        "JW315_ongeldige_datum.xml: ToewijzingEinddatum '2027-06-31' is geen bestaande datum"
    ]
