# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis indicators`` on a warehouse file holding the hand-made municipality."""

import json
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from stuurhuis.cli import app
from stuurhuis.errors import StuurhuisError
from stuurhuis.indicators import catalogue
from stuurhuis.settings import get_settings
from stuurhuis.warehouse import connect

from .conftest import MINI

runner = CliRunner()
JSON_KEYS = {"indicator", "periode", "grain", "waarde", "teller", "noemer", "eenheid", "onderdrukt"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "mini.duckdb"
    con = connect(path)
    con.execute(MINI.read_text(encoding="utf-8"))
    con.close()
    return path


def _json(db: Path, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["indicators", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def _one(rows: list[dict[str, object]], **where: object) -> dict[str, object]:
    found = [r for r in rows if all(r.get(k) == v for k, v in where.items())]
    assert len(found) == 1, where
    return found[0]


def test_json_rows_carry_every_field(db: Path) -> None:
    rows = _json(db, "--period", "2024")
    assert {r["indicator"] for r in rows} == {ind.id for ind in catalogue()}
    for row in rows:
        assert set(row) >= JSON_KEYS
    clienten = _one(rows, indicator="clienten")
    assert (clienten["periode"], clienten["teller"], clienten["waarde"]) == ("2024", 6, 6.0)
    assert clienten["onderdrukt"] is False and clienten["eenheid"] == "aantal"
    wmo = _one(rows, indicator="wmo_clienten_per_10000")
    assert (wmo["teller"], wmo["noemer"], wmo["waarde"]) == (3, 10000, 3.0)


@pytest.mark.parametrize(
    ("periode", "grain", "instroom"),
    [
        ("2024", "jaar", 3),
        ("2024-H1", "halfjaar", 3),
        ("2024-Q2", "kwartaal", 1),
        ("2024-06", "maand", 0),
    ],
)
def test_every_period_grain(db: Path, periode: str, grain: str, instroom: int) -> None:
    rows = _json(db, "--period", periode, "--indicator", "instroom")
    row = _one(rows, indicator="instroom")
    assert (row["periode"], row["grain"], row["teller"]) == (periode, grain, instroom)


def test_by_two_breakdowns_and_several_indicators(db: Path) -> None:
    rows = _json(
        db, "--period", "2024", "--by", "wijk,aanbieder", "-i", "clienten", "-i", "arrangementen"
    )
    assert {r["indicator"] for r in rows} == {"clienten", "arrangementen"}
    assert all("wijk" in r and "aanbieder" in r for r in rows)
    # Noord with Thuiszorg Een: P1 (T1) and P2 (T3)
    row = _one(rows, indicator="clienten", wijk="WK999901", aanbieder="11111111")
    assert row["teller"] == 2


def test_openbaar_suppresses_and_says_how_many(db: Path) -> None:
    result = runner.invoke(
        app,
        [
            "indicators",
            "--db",
            str(db),
            "-p",
            "2024",
            "--by",
            "wijk",
            "-i",
            "clienten",
            "--openbaar",
            "-f",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    # every cell is about fewer than 10 persons except the empty Zuid-less ones
    hidden = [r for r in rows if r["onderdrukt"]]
    assert hidden and all(r["teller"] is None and r["waarde"] is None for r in hidden)
    assert all(r["teller"] == 0 for r in rows if not r["onderdrukt"])
    assert _one(rows, wijk="totaal")["onderdrukt"] is True
    assert f"onderdrukt: {len(hidden)} van {len(rows)} cellen (drempel 10)" in result.stderr


def test_openbaar_threshold_from_the_settings(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUURHUIS_DREMPEL", "2")
    rows = _json(db, "-p", "2024", "-i", "clienten", "--openbaar")
    assert _one(rows, indicator="clienten")["teller"] == 6  # 6 >= 2: published


@pytest.mark.parametrize(("drempel", "onderdrukt"), [("6", False), ("7", True)])
def test_openbaar_threshold_option(db: Path, drempel: str, onderdrukt: bool) -> None:
    # clienten 2024 counts 6 persons: shown from a threshold of 6, hidden above it
    result = runner.invoke(
        app,
        ["indicators", "--db", str(db), "-p", "2024", "-i", "clienten", "--openbaar",
         "--drempel", drempel, "-f", "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    row = _one(json.loads(result.stdout), indicator="clienten")
    assert row["onderdrukt"] is onderdrukt
    assert row["teller"] == (None if onderdrukt else 6)
    assert f"(drempel {drempel})" in result.stderr


def test_openbaar_rounding_option(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = ["-p", "2024", "-i", "clienten", "-i", "wmo_clienten_per_10000", "--openbaar"]
    rows = _json(db, *base, "--drempel", "2", "--afronden")
    # 6 clients -> 5; Wmo: 3 persons -> 5, the rate from the rounded count (10,000 inhabitants)
    assert _one(rows, indicator="clienten")["teller"] == 5
    wmo = _one(rows, indicator="wmo_clienten_per_10000")
    assert (wmo["teller"], wmo["waarde"]) == (5, 5.0)
    assert _one(_json(db, *base, "--drempel", "2"), indicator="clienten")["teller"] == 6
    # the settings' default is switched off with --niet-afronden
    monkeypatch.setenv("STUURHUIS_AFRONDEN", "true")
    get_settings.cache_clear()  # the settings are read once per process
    assert _one(_json(db, *base, "--drempel", "2"), indicator="clienten")["teller"] == 5
    rows = _json(db, *base, "--drempel", "2", "--niet-afronden")
    assert _one(rows, indicator="clienten")["teller"] == 6


@pytest.mark.parametrize("option", [["--drempel", "5"], ["--afronden"]])
def test_protection_options_need_openbaar(db: Path, option: list[str]) -> None:
    result = runner.invoke(app, ["indicators", "--db", str(db), "-p", "2024", *option])
    assert isinstance(result.exception, StuurhuisError)
    assert "alleen samen met --openbaar" in str(result.exception)


def test_table_shows_a_dot_for_suppressed_cells(db: Path) -> None:
    result = runner.invoke(
        app, ["indicators", "--db", str(db), "-p", "2024", "-i", "clienten", "--openbaar"]
    )
    assert result.exit_code == 0, result.output
    assert "Indicatoren" in result.stdout
    line = next(x for x in result.stdout.splitlines() if "clienten" in x)
    assert " . " in line and "ja" in line


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_published_files_show_a_dot_for_suppressed_cells(
    db: Path, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUURHUIS_DREMPEL", "2")  # WK999901 (3) and the total (6) are shown
    out = tmp_path / f"openbaar.{fmt}"
    args = ["-p", "2024", "-i", "clienten", "--by", "wijk", "--openbaar", "-f", fmt]
    result = runner.invoke(app, ["indicators", "--db", str(db), *args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        header, *lines = out.read_text(encoding="utf-8").splitlines()
        rows = [dict(zip(header.split(","), line.split(","), strict=True)) for line in lines]
    else:
        sheet = openpyxl.load_workbook(out).active
        assert sheet is not None
        header_row, *values = list(sheet.iter_rows(values_only=True))
        rows = [dict(zip(header_row, row, strict=True)) for row in values]
    hidden = [r for r in rows if r["onderdrukt"] in ("true", True)]
    shown = [r for r in rows if r["onderdrukt"] in ("false", False)]
    assert {r["wijk"] for r in hidden} == {"WK999902", "onbekend"}
    assert all(r["teller"] == "." and r["waarde"] == "." for r in hidden)
    assert {r["wijk"]: r["teller"] for r in shown} in (
        {"WK999901": "3", "totaal": "6"},
        {"WK999901": 3, "totaal": 6},
    )


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "parquet"])
def test_formats_to_a_file(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"indicatoren.{fmt}"
    result = runner.invoke(
        app,
        [
            "indicators",
            "--db",
            str(db),
            "-p",
            "2024",
            "-i",
            "uitgaven",
            "-f",
            fmt,
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        df = pl.read_csv(out)
    elif fmt == "json":
        df = pl.DataFrame(json.loads(out.read_text(encoding="utf-8")))
    elif fmt == "parquet":
        df = pl.read_parquet(out)
    else:
        sheet = openpyxl.load_workbook(out).active
        assert sheet is not None
        values = list(sheet.iter_rows(values_only=True))
        df = pl.DataFrame([list(r) for r in values[1:]], schema=list(values[0]), orient="row")
    assert df["indicator"].to_list() == ["uitgaven"]
    assert df["teller"].to_list() == [80000]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "2024-13"], "onbekende periode"),
        (["-i", "bestaat_niet"], "onbekende indicator"),
        (["--by", "postcode"], "onbekende uitsplitsing"),
        (["--by", "aanbieder", "-i", "bijstand_per_10000"], "kan niet naar aanbieder"),
        (["-f", "xlsx"], "geef --out"),
        (["-f", "pdf"], "onbekend formaat"),
    ],
)
def test_bad_input_is_one_dutch_line(db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["indicators", "--db", str(db), *args])
    assert isinstance(result.exception, StuurhuisError)
    assert message in str(result.exception)


def test_missing_warehouse(tmp_path: Path) -> None:
    result = runner.invoke(app, ["indicators", "--db", str(tmp_path / "geen.duckdb")])
    assert isinstance(result.exception, StuurhuisError)
    assert "bestaat niet" in str(result.exception)
