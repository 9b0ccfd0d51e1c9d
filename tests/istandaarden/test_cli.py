# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis ingest --xsd-dir``: the option validates, the setting is the default."""

import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from stuurhuis.cli import app
from stuurhuis.errors import StuurhuisError
from stuurhuis.ingest.iwmo import set_xsd_dir
from stuurhuis.settings import get_settings

from .conftest import SHARED_ISTANDAARDEN

runner = CliRunner()
IJW = SHARED_ISTANDAARDEN / "ijw" / "berichten"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(IJW / "JW301.xml", folder)
    shutil.copy(IJW / "ongeldig" / "JW315_ongeldige_datum.xml", folder)
    return folder


@pytest.fixture(autouse=True)
def _no_setting(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.delenv("STUURHUIS_XSD_DIR", raising=False)
    get_settings.cache_clear()
    yield
    set_xsd_dir(None)
    get_settings.cache_clear()


def _quarantaine(db: Path) -> list[tuple[str, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT bestand, reden FROM quarantaine").fetchall()
        return [(str(bestand), str(reden)) for bestand, reden in rows]
    finally:
        con.close()


def _toewijzingen(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM toewijzing").fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def test_xsd_dir_option_quarantines_with_the_validators_reason(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    args = ["ingest", str(batch), "--db", str(db), "--xsd-dir", str(SHARED_ISTANDAARDEN)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    [(_bron, reden)] = _quarantaine(db)
    assert reden.startswith("JW315_ongeldige_datum.xml: XSD-validatie mislukt: Element ")
    assert _toewijzingen(db) == 2  # both products of the valid 301 in the same folder loads


def test_without_xsd_dir_the_value_checks_still_refuse(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    result = runner.invoke(app, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 0, result.output
    [(_bron, reden)] = _quarantaine(db)
    assert "XSD" not in reden
    assert "'2027-06-31' is geen bestaande datum" in reden


def test_the_setting_is_the_default(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUURHUIS_XSD_DIR", str(SHARED_ISTANDAARDEN))
    get_settings.cache_clear()
    db = tmp_path / "w.duckdb"
    result = runner.invoke(app, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 0, result.output
    [(_bron, reden)] = _quarantaine(db)
    assert "XSD-validatie mislukt" in reden


def test_a_missing_xsd_dir_is_one_dutch_line(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    args = ["ingest", str(batch), "--db", str(db), "--xsd-dir", str(tmp_path / "nergens")]
    result = runner.invoke(app, args)
    assert isinstance(result.exception, StuurhuisError)  # the entry point prints one line
    assert "bestaat niet of is geen map" in str(result.exception)
