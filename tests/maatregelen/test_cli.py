# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis maatregelen``: tables, formats, template, import and history."""

import json
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from stuurhuis.cli import app, main
from stuurhuis.maatregelen import MaatregelenError, demo, load
from stuurhuis.warehouse import connect

from .conftest import DATA

runner = CliRunner()
HENGELO = str(DATA / "hengelo_2025.yaml")


def test_table_has_dutch_thousands_separators() -> None:
    result = runner.invoke(app, ["maatregelen", HENGELO, "--tabel", "resterend"])
    assert result.exit_code == 0, result.output
    assert "866.500" in result.output
    assert "-771.131" in result.output
    assert "Resterend besparingspotentieel" in result.output


def test_json_in_the_file_unit_and_in_cents() -> None:
    result = runner.invoke(app, ["maatregelen", HENGELO, "-t", "ingevuld", "-f", "json"])
    rows = json.loads(result.output)
    row_2026 = next(r for r in rows if r["periode"] == "2026")
    assert row_2026["netto_euro"] == 6_797_631
    result = runner.invoke(
        app, ["maatregelen", HENGELO, "-t", "ingevuld", "-f", "json", "--eenheid", "cent"]
    )
    assert (
        next(r for r in json.loads(result.output) if r["periode"] == "2026")["netto_cent"]
        == 679_763_100
    )


def test_csv_period_filter_and_thousands() -> None:
    deventer = str(DATA / "deventer_2018.yaml")
    result = runner.invoke(
        app, ["maatregelen", deventer, "-t", "balans", "--periode", "2022", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "volgorde,regel,soort,periode,bedrag_duizend_euro"
    assert "16,Saldo,saldo,2022,0" in lines
    assert "15,VJN 2018,dekking,2022,1472" in lines


def test_xlsx_output(tmp_path: Path) -> None:
    out = tmp_path / "matrix.xlsx"
    meppel = str(DATA / "meppel_2018.yaml")
    result = runner.invoke(
        app, ["maatregelen", meppel, "-t", "matrix", "-f", "xlsx", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    ws = load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[:3] == ["fase", "urgentie", "aantal_maatregelen"]


def test_template_with_example_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "sjabloon.xlsx"
    result = runner.invoke(app, ["maatregelen", "template", "--out", str(out), "--voorbeeld"])
    assert result.exit_code == 0, result.output
    assert load(out) == demo()
    empty = tmp_path / "leeg.xlsx"
    assert runner.invoke(app, ["maatregelen", "template", "-o", str(empty)]).exit_code == 0
    sheets = load_workbook(empty).sheetnames
    assert sheets[:7] == [
        "programma", "taakstelling", "maatregelen", "bedragen", "effectmodel", "perspectief",
        "risicos",
    ]  # fmt: skip


def test_import_history_and_compare(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    for peildatum, label in [("2022-11-01", "oorspronkelijk plan"), ("2025-01-01", "begin 2025")]:
        result = runner.invoke(
            app,
            ["maatregelen", HENGELO, "--db", db, "--importeer", "--peildatum", peildatum,
             "--label", label],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert f"opgeslagen: {peildatum} {label}" in result.output
    result = runner.invoke(app, ["maatregelen", "historie", "--db", db, "-t", "resterend"])
    assert result.exit_code == 0, result.output
    assert "485.500" in result.output
    result = runner.invoke(
        app, ["maatregelen", HENGELO, "--db", db, "--vergelijk", "-t", "potentieel", "-f", "json"]
    )
    rows = json.loads(result.output)
    assert set(rows[0]) == {
        "indeling", "groep", "periode", "2022-11-01 oorspronkelijk plan", "2025-01-01 begin 2025",
        "nu",
    }  # fmt: skip
    listed = runner.invoke(app, ["maatregelen", "snapshots", "--db", db, "-f", "csv"])
    assert listed.output.count("Hengelo") == 2


def test_invalid_file_is_not_imported(tmp_path: Path) -> None:
    bad = tmp_path / "fout.yaml"
    bad.write_text(
        "gemeente: X\nmaatregelen:\n  - {id: A, naam: a, kans: 3}\n  - {id: A, naam: b}\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    result = runner.invoke(app, ["maatregelen", str(bad), "--db", str(db), "--importeer"])
    assert isinstance(result.exception, MaatregelenError)
    assert len(result.exception.fouten) == 2
    con = connect(db)
    assert con.execute("SELECT count(*) FROM maatregelen_snapshot").fetchone() == (0,)
    con.close()


def test_errors_exit_2_with_one_line_per_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "fout.yaml"
    bad.write_text("gemeente: X\nmaatregelen:\n  - {id: A, naam: a, fase: klaar, kans: 3}\n")
    monkeypatch.setattr(sys, "argv", ["stuurhuis", "maatregelen", str(bad)])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "fout.yaml: maatregel A: veld fase: onbekende waarde 'klaar'" in err
    assert "fout.yaml: maatregel A: veld kans: kans 3 ligt niet tussen 0 en 1" in err


def test_unknown_table_and_breakdown() -> None:
    result = runner.invoke(app, ["maatregelen", HENGELO, "-t", "winst"])
    assert "onbekende tabel 'winst'" in str(result.exception)
    result = runner.invoke(app, ["maatregelen", HENGELO, "--per", "wijk"])
    assert "onbekende indeling 'wijk'" in str(result.exception)


def test_import_takes_a_dutch_date_and_compare_needs_an_existing_warehouse(
    tmp_path: Path,
) -> None:
    db = tmp_path / "w.duckdb"
    result = runner.invoke(
        app, ["maatregelen", HENGELO, "--db", str(db), "--importeer", "--peildatum", "01-01-2025"]
    )
    assert result.exit_code == 0, result.output
    assert "opgeslagen: 2025-01-01" in result.output
    bad = runner.invoke(
        app, ["maatregelen", HENGELO, "--db", str(db), "--importeer", "--peildatum", "31-02-2025"]
    )
    assert "--peildatum '31-02-2025' is geen datum" in str(bad.exception)
    missing = tmp_path / "elders.duckdb"
    for args in (
        ["maatregelen", HENGELO, "--db", str(missing), "--vergelijk"],
        ["maatregelen", "historie", "--db", str(missing)],
        ["maatregelen", "snapshots", "--db", str(missing)],
    ):
        result = runner.invoke(app, args)
        assert "bestaat niet" in str(result.exception), args
    assert not missing.exists()
