# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis budget import``, ``forecast``, ``backtest`` and ``meerjarig``."""

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from stuurhuis.cli import app
from stuurhuis.maatregelen import DEMO_PAD
from stuurhuis.warehouse import connect
from tests.conftest import SHARED

runner = CliRunner()
CBS = SHARED / "reference" / "cbs" / "kerncijfers_wijken_buurten_almere_2018_2025.csv"
BUDGET = (
    "jaar;taakveld;begrotingspost;wet;primitief;gewijzigd\n"
    "2026;6.71a;Huishoudelijke hulp;wmo;€ 1.234.567,50;1.300.000\n"
    "2026;6.72;Jeugd oude indeling;jeugd;100,00;\n"
    "2026;6.72a;Jeugdhulp begeleiding;jeugd;veel;\n"
)


@pytest.fixture(scope="module")
def demo_db(synth_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A writable copy of the demo municipality's warehouse (data 2019-2025)."""
    path = tmp_path_factory.mktemp("finance_cli") / "stuurhuis.duckdb"
    shutil.copy(synth_warehouse, path)
    return path


def _budget(db: Path) -> dict[tuple[str, str], tuple[int, int | None]]:
    con = connect(db)
    try:
        rows = con.execute(
            "SELECT taakveld, begrotingspost, primitief_cent, gewijzigd_cent FROM begroting"
        ).fetchall()
    finally:
        con.close()
    return {(t, p): (a, g) for t, p, a, g in rows}


def test_budget_import_dutch_csv_quarantine_and_idempotence(tmp_path: Path) -> None:
    db, path = tmp_path / "w.duckdb", tmp_path / "begroting.csv"
    path.write_text(BUDGET, encoding="utf-8")
    result = runner.invoke(app, ["budget", "import", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "quarantaine: regel 4: bedrag is geen getal in primitief: veel" in result.output
    assert "taakveld 6.72 is sinds 2023 gesplitst" in result.output
    assert _budget(db) == {
        ("6.71a", "Huishoudelijke hulp"): (123456750, 130000000),
        ("6.72", "Jeugd oude indeling"): (10000, None),
    }
    again = runner.invoke(app, ["budget", "import", str(path), "--db", str(db)])
    assert "al geladen" in again.output
    assert len(_budget(db)) == 2
    # an amended version replaces the line with the same key
    path.write_text(BUDGET.replace("1.300.000", "1.400.000"), encoding="utf-8")
    runner.invoke(app, ["budget", "import", str(path), "--db", str(db)])
    assert _budget(db)[("6.71a", "Huishoudelijke hulp")] == (123456750, 140000000)


def test_budget_import_xlsx(tmp_path: Path) -> None:
    db, path = tmp_path / "w.duckdb", tmp_path / "begroting.xlsx"
    pl.DataFrame(
        {
            "jaar": [2027],
            "taakveld": ["6.82a"],
            "begrotingspost": ["Jeugdhulp met verblijf"],
            "primitief": [2500000.25],
        }
    ).write_excel(path, worksheet="begroting")
    result = runner.invoke(app, ["budget", "import", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _budget(db) == {("6.82a", "Jeugdhulp met verblijf"): (250000025, None)}


def test_budget_import_refuses_another_kind(tmp_path: Path) -> None:
    db, path = tmp_path / "w.duckdb", tmp_path / "gebieden.csv"
    path.write_text("gebied_code;soort;naam\nGM0150;gemeente;Deventer\n", encoding="utf-8")
    result = runner.invoke(app, ["budget", "import", str(path), "--db", str(db)])
    assert result.exit_code != 0
    assert "geen begrotingsbestand" in str(result.exception)
    assert _budget(db) == {}


def test_forecast_formats(demo_db: Path, tmp_path: Path) -> None:
    args = ["forecast", "--db", str(demo_db), "--year", "2025", "--as-of", "30-06-2025"]
    table = runner.invoke(app, [*args, "--by", "wet"])
    assert table.exit_code == 0, table.output
    assert "afwijking van de begroting" in table.output
    rows = json.loads(runner.invoke(app, [*args, "--by", "wet", "-f", "json"]).output)
    assert {r["wet"] for r in rows} == {"jeugd", "wmo", "participatie"}
    for row in rows:
        effects = row["volume_effect_euro"] + row["prijs_effect_euro"] + row["mix_effect_euro"]
        assert effects == pytest.approx(row["afwijking_euro"], abs=0.011)
        assert row["ondergrens_euro"] <= row["prognose_euro"] <= row["bovengrens_euro"]
    cents = runner.invoke(app, [*args, "-f", "csv", "--eenheid", "cent"]).output
    assert cents.splitlines()[0].startswith("jaar,peildatum,taakveld,begroting_primitief_cent")
    out = tmp_path / "prognose.xlsx"
    runner.invoke(app, [*args, "-f", "xlsx", "--out", str(out)])
    assert load_workbook(out).sheetnames == ["Prognose 2025 (peildatum 30-06-"]


def test_forecast_user_errors(demo_db: Path, tmp_path: Path) -> None:
    bad_date = runner.invoke(app, ["forecast", "--db", str(demo_db), "--as-of", "31-02-2025"])
    assert "is geen datum" in str(bad_date.exception)
    missing = runner.invoke(app, ["forecast", "--db", str(tmp_path / "geen.duckdb")])
    assert "bestaat niet" in str(missing.exception)


def test_backtest_summary_and_cbs(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "backtest.xlsx"
    result = runner.invoke(
        app,
        ["backtest", "--db", str(demo_db), "--by", "wet", "--cbs", str(CBS), "-f", "xlsx",
         "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert len(book.sheetnames) == 2
    summary = book[book.sheetnames[0]]
    assert summary.max_row == 13  # header + 12 as-of months
    assert summary["A1"].value == "peilmaand"


def test_meerjarig_table_with_maatregelen(demo_db: Path) -> None:
    result = runner.invoke(
        app,
        ["meerjarig", "--db", str(demo_db), "--maatregelen", str(DEMO_PAD), "-f", "json",
         "--eenheid", "cent"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = {r["post"]: r for r in json.loads(result.output)}
    assert list(rows["Totaal lasten (cent)"]) == ["post", *map(str, range(2024, 2030))]
    for year in map(str, range(2026, 2030)):
        after = rows["Totaal lasten na maatregelen (cent)"][year]
        assert after == rows["Totaal lasten (cent)"][year] + rows["Effect maatregelen (cent)"][year]
    assert rows["Jeugdwet: cliënten"]["2026"] > 0
