# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis synth --format xml``: valid messages, and the same warehouse as the CSV route."""

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from lxml import etree

from stuurhuis.ingest import ingest_paths
from stuurhuis.ingest.istandaarden import IstandaardenReader
from stuurhuis.ingest.iwmo import set_xsd_dir
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.synth import SynthConfig, generate
from stuurhuis.synth.writers.xml import MAPPING
from stuurhuis.warehouse import connect
from tests.conftest import TEST_KEY

from .conftest import SHARED_ISTANDAARDEN

CONFIG = SynthConfig(seed=3, inhabitants=1_000, jaar_van=2023, jaar_tot=2024)
# What the message route does not carry (docs/istandaarden.md): the end reason of an
# allocation (a 307 puts it on the zorglevering) and the claim status (a 325 sets it).
TOEWIJZING = (
    "toewijzing_nummer, persoon_id, agb_code, wet, product_categorie, product_code, "
    "leveringsvorm, verwijzer, ingangsdatum, einddatum, volume, eenheid, frequentie, "
    "budget_cent, CASE WHEN wet = 'jeugd' OR leveringsvorm = 'PGB' THEN aanvraagdatum END, "
    "beslisdatum, reden_wijziging"
)
DECLARATIE = (
    "referentie_nummer, vorig_referentie_nummer, declaratie_nummer, dagtekening, "
    "toewijzing_nummer, persoon_id, agb_code, wet, product_categorie, product_code, "
    "begindatum, einddatum, geleverd_volume, eenheid, product_tarief_cent, bedrag_cent, "
    "debet_credit"
)
PERSOON = "*"  # the person file is CSV on both routes


@pytest.fixture(scope="module")
def routes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The same municipality written as CSV and as XML, each ingested into a warehouse."""
    out = {}
    for fmt in ("csv", "xml"):
        folder = tmp_path_factory.mktemp(fmt)
        generate(CONFIG, folder / "bron", fmt)
        db = folder / "w.duckdb"
        con = connect(db)
        set_xsd_dir(SHARED_ISTANDAARDEN if fmt == "xml" else None)
        try:
            ingest_paths(con, [folder / "bron"], Pseudonymiser(TEST_KEY))
        finally:
            set_xsd_dir(None)
            con.close()
        out[fmt] = folder
    yield out


def _rows(db: Path, columns: str, table: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(con.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
    finally:
        con.close()


def _nummers(folder: Path) -> dict[str, dict[str, str]]:
    mapping: dict[str, dict[str, str]] = json.loads((folder / "bron" / MAPPING).read_text())
    return mapping


def _renumbered(
    rows: list[tuple[object, ...]], positions: dict[int, dict[str, str]]
) -> list[tuple[object, ...]]:
    """CSV-route rows with the identifiers the messages carry instead."""
    out = []
    for row in rows:
        values = list(row)
        for index, mapping in positions.items():
            if values[index] is not None:
                values[index] = mapping.get(str(values[index]), values[index])
        out.append(tuple(values))
    return sorted(out, key=repr)


def test_the_messages_validate_against_the_xsds(routes: dict[str, Path]) -> None:
    zips = sorted((routes["xml"] / "bron").glob("berichten-*.zip"))
    assert zips
    seen = set()
    for path in zips[:: max(1, len(zips) // 6)]:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                prefix = name.split("-")[0]
                if prefix in seen:
                    continue
                seen.add(prefix)
                root = etree.fromstring(archive.read(name))
                standaard = "iwmo" if prefix.startswith("wmo") else "ijw"
                xsd = SHARED_ISTANDAARDEN / standaard / "xsd" / f"{prefix.upper()}.xsd"
                schema = etree.XMLSchema(etree.parse(str(xsd)))
                assert schema.validate(root), (name, schema.error_log)
    assert {"wmo301", "wmo323", "jw301", "jw315", "jw323"} <= seen


def test_every_message_loads_none_quarantined(routes: dict[str, Path]) -> None:
    con = duckdb.connect(str(routes["xml"] / "w.duckdb"), read_only=True)
    try:
        per_soort = dict(
            con.execute("SELECT berichttype, count(*) FROM bericht GROUP BY 1").fetchall()
        )
        quarantaine = con.execute(
            "SELECT reden FROM quarantaine WHERE bestand LIKE 'berichten-%'"
        ).fetchall()
    finally:
        con.close()
    assert quarantaine == []
    assert set(per_soort) == {"301", "305", "307", "315", "323"}


def test_xml_and_csv_routes_give_the_same_warehouse(routes: dict[str, Path]) -> None:
    nummers = _nummers(routes["xml"])
    toewijzing, declaratie = nummers["toewijzing_nummer"], nummers["declaratie_nummer"]
    csv_db, xml_db = routes["csv"] / "w.duckdb", routes["xml"] / "w.duckdb"

    xml_toewijzingen = _rows(xml_db, TOEWIJZING, "toewijzing")
    assert xml_toewijzingen == _renumbered(_rows(csv_db, TOEWIJZING, "toewijzing"), {0: toewijzing})
    xml_declaraties = _rows(xml_db, DECLARATIE, "declaratie")
    csv_declaraties = _rows(csv_db, DECLARATIE, "declaratie")
    assert xml_declaraties == _renumbered(csv_declaraties, {2: declaratie, 4: toewijzing})
    assert _rows(xml_db, PERSOON, "persoon") == _rows(csv_db, PERSOON, "persoon")
    # not vacuous: most allocations and claims travelled as messages
    assert len(toewijzing) > 0.8 * len(xml_toewijzingen) > 50
    assert len(declaratie) > 0.8 * len({row[2] for row in xml_declaraties}) > 100


def test_the_quarantine_is_the_same(routes: dict[str, Path]) -> None:
    def reasons(db: Path) -> int:
        con = duckdb.connect(str(db), read_only=True)
        try:
            row = con.execute("SELECT count(*) FROM quarantaine").fetchone()
            return int(row[0]) if row else 0
        finally:
            con.close()

    assert reasons(routes["xml"] / "w.duckdb") == reasons(routes["csv"] / "w.duckdb") > 0


def test_the_reader_refuses_nothing_of_a_single_zip(routes: dict[str, Path]) -> None:
    """Without a warehouse a zip stands alone: only credits on earlier months may fail."""
    reader = IstandaardenReader(SHARED_ISTANDAARDEN)
    path = sorted((routes["xml"] / "bron").glob("berichten-*.zip"))[0]
    reasons = [r.reden for batch in reader.read(path) for r in batch.rejections]
    assert all("creditregel" in reden for reden in reasons), reasons


def test_synth_cli_writes_messages(tmp_path: Path) -> None:
    from typer.testing import CliRunner  # noqa: PLC0415

    from stuurhuis.cli import app  # noqa: PLC0415

    args = ["synth", "--out", str(tmp_path), "--inhabitants", "1000", "--from", "2024"]
    result = CliRunner().invoke(app, [*args, "--to", "2024", "--format", "xml"])
    assert result.exit_code == 0, result.output
    assert list(tmp_path.glob("berichten-2024-*.zip"))
    assert (tmp_path / MAPPING).is_file()
    assert (tmp_path / "personen.csv").is_file()
