# SPDX-License-Identifier: EUPL-1.2
"""The message route through the generic loader into the warehouse."""

from pathlib import Path

import duckdb
import pytest

from stuurhuis.ingest import ingest_paths
from stuurhuis.ingest.istandaarden.writer import Kop, write_323
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.settings import get_settings

from .conftest import SHARED_ISTANDAARDEN, prestatie, write_declaratie, write_toewijzing, zip_of

WMO = SHARED_ISTANDAARDEN / "iwmo" / "berichten"


@pytest.fixture(autouse=True)
def _xsd_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUURHUIS_XSD_DIR", str(SHARED_ISTANDAARDEN))
    get_settings.cache_clear()


def _ingest(
    con: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, *paths: Path
) -> list[tuple[str, str, int, int, int]]:
    report = ingest_paths(con, list(paths), pseudonymiser)
    return [(r.bestand, r.status, r.gelezen, r.geladen, r.quarantaine) for r in report.results]


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def test_the_iwmo_samples_load(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser
) -> None:
    names = ["WMO315.xml", "WMO301.xml", "WMO305.xml", "WMO307.xml", "WMO317.xml", "WMO319.xml"]
    results = _ingest(warehouse, pseudonymiser, *(WMO / name for name in names), WMO / "WMO323.xml")
    assert all(status == "geladen" and q == 0 for _, status, _, _, q in results), results
    assert _count(warehouse, "toewijzing") == 1
    assert _count(warehouse, "declaratie") == 4
    assert _count(warehouse, "verzoek") == 5
    assert _count(warehouse, "verzoek_antwoord") == 1
    assert _count(warehouse, "bericht") == 7
    # 305 opened two deliveries; the 307 closed the first and reports another start
    assert warehouse.execute(
        "SELECT toewijzing_nummer, begindatum::VARCHAR, einddatum::VARCHAR, reden_beeindiging "
        "FROM zorglevering ORDER BY 1, 2"
    ).fetchall() == [
        ("300201", "2025-04-03", "2025-07-18", "31"),
        ("300202", "2025-04-04", None, None),
        ("300202", "2025-04-15", "2025-07-18", "31"),
    ]
    bedrag = warehouse.execute("SELECT sum(bedrag_cent) FROM declaratie").fetchone()
    assert bedrag == (58000,)
    # one client in every sample; the 315 states another birth date, later messages win
    geboren = warehouse.execute("SELECT geboortedatum::VARCHAR, geslacht FROM bericht_client")
    assert geboren.fetchall() == [("1967-08-13", "man")]


def test_no_bsn_is_stored_anywhere(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser
) -> None:
    _ingest(warehouse, pseudonymiser, *sorted(WMO.glob("*.xml")))
    columns = warehouse.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE data_type = 'VARCHAR' AND table_schema = 'main'"
    ).fetchall()
    for table, column in columns:
        hits = warehouse.execute(
            f"SELECT count(*) FROM {table} WHERE {column} LIKE '%99990%'"
        ).fetchone()
        assert hits == (0,), f"BSN-like value in {table}.{column}"


def test_the_same_message_again_changes_nothing(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    first = write_declaratie(tmp_path / "a.xml", [prestatie("R1"), prestatie("R2")])
    again = tmp_path / "kopie.xml"
    again.write_bytes(first.read_bytes() + b"\n<!-- opnieuw verstuurd -->\n")
    _ingest(warehouse, pseudonymiser, first)
    before = warehouse.execute("SELECT * FROM declaratie ORDER BY 1").fetchall()
    assert _ingest(warehouse, pseudonymiser, again) == [("kopie.xml", "geladen", 0, 0, 0)]
    assert _ingest(warehouse, pseudonymiser, first)[0][1] == "al geladen"
    assert warehouse.execute("SELECT * FROM declaratie ORDER BY 1").fetchall() == before


def test_a_correction_replaces_what_it_corrects(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    original = write_toewijzing(tmp_path / "t1.xml", "5001", "2024-01-01", "2024-12-31")
    _ingest(warehouse, pseudonymiser, original)
    gewijzigd = write_toewijzing(
        tmp_path / "t2.xml", "5001", "2024-01-01", "2024-06-30", identificatie="901"
    )
    _ingest(warehouse, pseudonymiser, gewijzigd)
    assert warehouse.execute(
        "SELECT toewijzing_nummer, einddatum::VARCHAR FROM toewijzing"
    ).fetchall() == [("5001", "2024-06-30")]
    # a claim outside the shortened allocation is now refused whole
    late = write_declaratie(
        tmp_path / "d.xml",
        [prestatie("R1", begindatum="2024-07-01", einddatum="2024-07-31")],
        periode=("2024-07-01", "2024-07-31"),
    )
    assert _ingest(warehouse, pseudonymiser, late) == [("d.xml", "geladen", 1, 0, 1)]
    reden = warehouse.execute("SELECT reden FROM quarantaine").fetchone()
    assert reden is not None
    assert "valt buiten toewijzing 5001 (2024-01-01 t/m 2024-06-30)" in reden[0]


def test_a_credit_reverses_a_debit_loaded_earlier(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    _ingest(warehouse, pseudonymiser, write_declaratie(tmp_path / "a.xml", [prestatie("R1")]))
    credit = prestatie("R2", debet_credit="C", vorig_referentie_nummer="R1")
    path = write_declaratie(tmp_path / "b.xml", [credit], identificatie="2")
    assert _ingest(warehouse, pseudonymiser, path) == [("b.xml", "geladen", 2, 2, 0)]
    assert warehouse.execute("SELECT sum(bedrag_cent) FROM declaratie").fetchone() == (0,)


def test_a_declaratie_antwoord_sets_the_line_status(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    lines = [
        prestatie(ref, toewijzing_nummer="10072", begindatum="2023-04-01", einddatum="2023-04-30")
        for ref in ("RN001", "RN002", "RN003", "RN005")
    ]
    claim = tmp_path / "jw323.xml"
    with claim.open("wb") as out:
        write_323(
            out,
            Kop("jeugd", "323", "65656055", "0384", "765432198", "2023-05-06"),
            declaratie_nummer="DN001",
            periode=("2023-04-01", "2023-04-30"),
            prestaties=lines,
            totaal_cent=20000,
        )
    answer = SHARED_ISTANDAARDEN / "ijw" / "berichten" / "JW325.xml"
    archive = zip_of(tmp_path / "batch.zip", answer, claim)  # the 323 is read first
    results = _ingest(warehouse, pseudonymiser, archive)
    assert results[0][1] == "geladen"
    assert results[0][4] == 0
    assert warehouse.execute(
        "SELECT referentie_nummer, status FROM declaratie ORDER BY 1"
    ).fetchall() == [
        ("RN001", "afgewezen"),
        ("RN002", "afgewezen"),
        ("RN003", "afgewezen"),
        ("RN005", "goedgekeurd"),
    ]


def test_an_invalid_message_is_quarantined_and_the_rest_loads(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    invalid = SHARED_ISTANDAARDEN / "ijw" / "berichten" / "ongeldig" / "JW315_ongeldige_datum.xml"
    good = write_declaratie(tmp_path / "goed.xml", [prestatie("R1")])
    archive = zip_of(tmp_path / "batch.zip", invalid, good)
    assert _ingest(warehouse, pseudonymiser, archive) == [("batch.zip", "geladen", 3, 2, 1)]
    assert _count(warehouse, "declaratie") == 1
    [(reden, ruw)] = warehouse.execute("SELECT reden, ruwe_regel FROM quarantaine").fetchall()
    assert reden.startswith("JW315_ongeldige_datum.xml: XSD-validatie mislukt")
    assert ruw == "JW315_ongeldige_datum.xml"
