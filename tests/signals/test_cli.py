# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis signals`` and ``stuurhuis audit`` on a warehouse file."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stuurhuis.cli import app
from stuurhuis.errors import StuurhuisError
from stuurhuis.signals import SOORTEN
from stuurhuis.warehouse import connect

from .conftest import WIJK_A, Bouwer
from .gemeente import plant_alle_soorten

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "gemeente.duckdb"
    con = connect(path)
    plant_alle_soorten(Bouwer(con))
    con.close()
    return path


def test_signals_json_is_audited_as_export(db: Path) -> None:
    result = runner.invoke(
        app, ["signals", "--db", str(db), "--peildatum", "30-06-2024", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {row["soort"] for row in rows} == set(SOORTEN)
    assert all(row["peildatum"] == "2024-06-30" for row in rows)

    log = runner.invoke(app, ["audit", "--db", str(db), "--format", "json"])
    entries = json.loads(log.stdout)
    assert [e["actie"] for e in entries] == ["signalen.export"]
    assert entries[0]["rol"] == "analist" and entries[0]["gebruiker"].startswith("os:")
    assert entries[0]["aantal_rijen"] == len(rows)
    # listing the trail is itself logged
    again = json.loads(runner.invoke(app, ["audit", "--db", str(db), "-f", "json"]).stdout)
    assert [e["actie"] for e in again] == ["audit.bekijken", "signalen.export"]


def test_signals_filters_and_provider_totals(db: Path) -> None:
    result = runner.invoke(
        app,
        [
            "signals",
            "--db",
            str(db),
            "--peildatum",
            "2024-06-30",
            "--kind",
            "wlz_kandidaat",
            "--kind",
            "doorlooptijd",
            "--wijk",
            WIJK_A,
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("peildatum,soort,reden,wijk_code")
    assert len(lines) == 3
    totals = runner.invoke(
        app,
        [
            "signals",
            "--db",
            str(db),
            "--peildatum",
            "2024-06-30",
            "--kind",
            "rechtmatigheid",
            "--per-aanbieder",
            "--format",
            "json",
        ],
    )
    assert json.loads(totals.stdout) == [
        {
            "peildatum": "2024-06-30",
            "agb_code": "11111111",
            "reden": "zonder_toewijzing",
            "aantal_signalen": 1,
            "bedrag_op_spel_cent": 30_000,
        }
    ]


def test_signals_table_and_xlsx(db: Path, tmp_path: Path) -> None:
    table = runner.invoke(app, ["signals", "--db", str(db), "--peildatum", "2024-06-30"])
    assert table.exit_code == 0, table.output
    assert "Signalen 30-06-2024" in table.stdout
    out = tmp_path / "signalen.xlsx"
    xlsx = runner.invoke(app, ["signals", "--db", str(db), "--format", "xlsx", "--out", str(out)])
    assert xlsx.exit_code == 0, xlsx.output
    assert out.stat().st_size > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "stapling"], "onbekende signaalsoort"),
        (["--peildatum", "31-02-2024"], "geen datum"),
        (["--format", "pdf"], "onbekend formaat"),
    ],
)
def test_signals_user_errors(db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["signals", "--db", str(db), *args])
    assert isinstance(result.exception, StuurhuisError)
    assert message in str(result.exception)


def test_missing_warehouse_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "geen.duckdb"
    result = runner.invoke(app, ["signals", "--db", str(missing)])
    assert isinstance(result.exception, StuurhuisError)
    assert not missing.exists()
