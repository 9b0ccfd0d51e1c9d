# SPDX-License-Identifier: EUPL-1.2
"""Business rules the XSD cannot express; zip batches; idempotency per message."""

from pathlib import Path

import pytest

from stuurhuis.ingest.istandaarden import IstandaardenReader, MemoryContext

from .conftest import (
    SHARED_ISTANDAARDEN,
    prestatie,
    reasons,
    rows,
    write_declaratie,
    write_toewijzing,
    zip_of,
)


@pytest.fixture
def reader() -> IstandaardenReader:
    return IstandaardenReader(SHARED_ISTANDAARDEN)


def test_a_valid_claim_loads(tmp_path: Path, reader: IstandaardenReader) -> None:
    path = write_declaratie(tmp_path / "d.xml", [prestatie("R1"), prestatie("R2")])
    batches = list(reader.read(path))
    assert reasons(batches) == []
    assert [row["referentie_nummer"] for row in rows(batches, "declaratie")] == ["R1", "R2"]


def test_lines_must_add_up_to_the_total(tmp_path: Path, reader: IstandaardenReader) -> None:
    lines = [prestatie("R1"), prestatie("R2", ingediend_bedrag="12.34")]
    path = write_declaratie(tmp_path / "d.xml", lines, totaal_cent=6235)
    batches = list(reader.read(path))
    assert rows(batches, "declaratie") == []
    assert reasons(batches) == [
        "d.xml: som van de prestaties (62.34 D) is niet gelijk aan TotaalIngediendBedrag (62.35 D)"
    ]
    assert [r.bedrag_cent for b in batches for r in b.rejections] == [None]


def test_a_credit_must_name_its_debit(tmp_path: Path, reader: IstandaardenReader) -> None:
    lines = [prestatie("R1"), prestatie("R2", debet_credit="C")]
    [reason] = reasons(list(reader.read(write_declaratie(tmp_path / "d.xml", lines))))
    assert "creditregel R2 heeft geen VorigReferentieNummer" in reason


def test_a_credit_must_reverse_an_earlier_debit(tmp_path: Path, reader: IstandaardenReader) -> None:
    credit = prestatie("R9", debet_credit="C", vorig_referentie_nummer="R404")
    [reason] = reasons(list(reader.read(write_declaratie(tmp_path / "d.xml", [credit]))))
    assert "creditregel R9 verwijst naar debetregel R404, die niet eerder" in reason


def test_a_credit_on_a_debit_in_the_same_message_or_batch_loads(
    tmp_path: Path, reader: IstandaardenReader
) -> None:
    same = write_declaratie(
        tmp_path / "a.xml",
        [prestatie("R1"), prestatie("R2", debet_credit="C", vorig_referentie_nummer="R1")],
    )
    later = write_declaratie(
        tmp_path / "0_later.xml",  # sorts first by name, read second by dagtekening
        [prestatie("R3", debet_credit="C", vorig_referentie_nummer="R1")],
        identificatie="2",
        dagtekening="2024-05-01",
    )
    batches = list(reader.read(zip_of(tmp_path / "batch.zip", later, same)))
    assert reasons(batches) == []
    lines = rows(batches, "declaratie")
    assert [(r["referentie_nummer"], r["debet_credit"]) for r in lines] == [
        ("R1", "D"),
        ("R2", "C"),
        ("R3", "C"),
    ]


def test_a_credit_on_a_debit_in_the_warehouse_loads(tmp_path: Path) -> None:
    context = MemoryContext(debets={("12345678", "R1")})
    reader = IstandaardenReader(SHARED_ISTANDAARDEN, context)
    credit = prestatie("R3", debet_credit="C", vorig_referentie_nummer="R1")
    batches = list(reader.read(write_declaratie(tmp_path / "d.xml", [credit])))
    assert reasons(batches) == []
    assert rows(batches, "declaratie")[0]["vorig_referentie_nummer"] == "R1"


@pytest.mark.parametrize(
    ("ingang", "eind", "is_ok"),
    [
        ("2024-01-01", None, True),
        ("2024-03-01", "2024-03-31", True),
        ("2024-03-02", None, False),
        ("2024-01-01", "2024-03-30", False),
    ],
)
def test_the_claim_period_lies_inside_the_allocation(
    tmp_path: Path, reader: IstandaardenReader, ingang: str, eind: str | None, *, is_ok: bool
) -> None:
    toewijzing = write_toewijzing(tmp_path / "z.xml", "5001", ingang, eind)
    claim = write_declaratie(tmp_path / "a.xml", [prestatie("R1")])
    batches = list(reader.read(zip_of(tmp_path / "batch.zip", claim, toewijzing)))
    assert len(rows(batches, "toewijzing")) == 1  # the 301 is read first and loads
    if is_ok:
        assert reasons(batches) == []
        assert len(rows(batches, "declaratie")) == 1
    else:
        assert rows(batches, "declaratie") == []
        [reason] = reasons(batches)
        assert "valt buiten toewijzing 5001" in reason


def test_the_claim_period_lies_inside_the_declaratie_period(
    tmp_path: Path, reader: IstandaardenReader
) -> None:
    line = prestatie("R1", begindatum="2024-02-28")
    [reason] = reasons(list(reader.read(write_declaratie(tmp_path / "d.xml", [line]))))
    assert "valt buiten de declaratieperiode 2024-03-01 t/m 2024-03-31" in reason


def test_one_bad_message_in_a_zip_does_not_stop_the_rest(
    tmp_path: Path, reader: IstandaardenReader
) -> None:
    good = write_declaratie(tmp_path / "goed.xml", [prestatie("R1")])
    bad = write_declaratie(tmp_path / "fout.xml", [prestatie("R2")], identificatie="2")
    bad.write_bytes(bad.read_bytes().replace(b"<jw323:Eenheid>04<", b"<jw323:Eenheid>4x<"))
    note = tmp_path / "leesmij.txt"
    note.write_text("geen bericht", encoding="utf-8")
    batches = list(reader.read(zip_of(tmp_path / "batch.zip", good, bad, note)))
    assert [r["referentie_nummer"] for r in rows(batches, "declaratie")] == ["R1"]
    found = sorted(reasons(batches))
    assert len(found) == 2
    assert found[0].startswith("fout.xml: XSD-validatie mislukt: Element 'jw323:Eenheid'")
    assert found[1].startswith("leesmij.txt: geen geldige XML")


def test_the_same_message_twice_loads_once(tmp_path: Path, reader: IstandaardenReader) -> None:
    first = write_declaratie(tmp_path / "a.xml", [prestatie("R1")])
    again = tmp_path / "b.xml"
    again.write_bytes(first.read_bytes())
    batches = list(reader.read(zip_of(tmp_path / "batch.zip", first, again)))
    assert reasons(batches) == []
    assert len(rows(batches, "declaratie")) == 1
    assert len(rows(batches, "bericht")) == 1


def test_a_message_loaded_before_is_skipped(tmp_path: Path) -> None:
    context = MemoryContext(berichten={("12345678", "1")})
    reader = IstandaardenReader(SHARED_ISTANDAARDEN, context)
    batches = list(reader.read(write_declaratie(tmp_path / "d.xml", [prestatie("R1")])))
    assert batches == []


def test_sniff_reads_content_not_names(tmp_path: Path, reader: IstandaardenReader) -> None:
    message = write_declaratie(tmp_path / "export.csv", [prestatie("R1")])
    assert reader.sniff(message, message.read_bytes()[:65536])
    archive = zip_of(tmp_path / "berichten.dat", message)
    assert reader.sniff(archive, archive.read_bytes()[:65536])
    other = tmp_path / "bericht.xml"
    other.write_text('<?xml version="1.0"?><Bericht xmlns="urn:x"/>', encoding="utf-8")
    assert not reader.sniff(other, other.read_bytes())
