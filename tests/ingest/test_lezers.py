# SPDX-License-Identifier: EUPL-1.2
"""Reader habits: encodings, separators, decimal comma, date styles, XLSX sheets.

Property tests write the same values in every habit a case system may have and check that
the warehouse holds exactly those values.
"""

import itertools
from datetime import date
from pathlib import Path

import duckdb
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stuurhuis.ingest import ingest_paths
from stuurhuis.ingest.loader import _ensure_macros
from stuurhuis.privacy import Pseudonymiser

from .bron import BSN, write_csv

UITKERING_HEADER = [
    "uitkering_id",
    "bsn",
    "regeling",
    "begindatum",
    "einddatum",
    "bedrag_per_maand",
]
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
CENTS = st.integers(min_value=0, max_value=10**11)


def euro_text(cents: int, style: str) -> str:
    """``cents`` as a case system writes euros."""
    whole, rest = divmod(cents, 100)
    if style == "komma":
        return f"{whole},{rest:02d}"
    if style == "punt":
        return f"{whole}.{rest:02d}"
    if style == "duizendtal_komma":  # 1.234,56
        return f"{whole:,}".replace(",", ".") + f",{rest:02d}"
    if style == "duizendtal_punt":  # 1,234.56
        return f"{whole:,}.{rest:02d}"
    if style == "euroteken":
        return f"€ {whole},{rest:02d}"
    raise ValueError(style)


def date_text(value: date, style: str) -> str:
    if style == "iso":
        return value.isoformat()
    if style == "nl":
        return value.strftime("%d-%m-%Y")
    if style == "nl_kort":
        return f"{value.day}-{value.month}-{value.year}"
    if style == "slash":
        return value.strftime("%d/%m/%Y")
    raise ValueError(style)


EURO_STYLES = st.sampled_from(["komma", "punt", "duizendtal_komma", "duizendtal_punt", "euroteken"])
DATE_STYLES = st.sampled_from(["iso", "nl", "nl_kort", "slash"])


@given(cents=CENTS, style=EURO_STYLES)
@settings(max_examples=300, deadline=None)
def test_every_euro_habit_gives_the_same_cents(cents: int, style: str) -> None:
    con = _macro_connection()
    assert con.execute("SELECT sh_cent(?)", [euro_text(cents, style)]).fetchone() == (cents,)


@given(value=DATES, style=DATE_STYLES)
@settings(max_examples=300, deadline=None)
def test_every_date_habit_gives_the_same_date(value: date, style: str) -> None:
    con = _macro_connection()
    assert con.execute("SELECT sh_datum(?)", [date_text(value, style)]).fetchone() == (value,)


@pytest.mark.parametrize(
    "text",
    [
        "30-02-2024",
        "31-04-2024",
        "2024-13-01",
        "1899-12-31",
        "01-01-2101",
        "2024-03",
        "morgen",
        "20240301",
    ],
)
def test_impossible_dates_are_not_dates(text: str) -> None:
    assert _macro_connection().execute("SELECT sh_datum(?)", [text]).fetchone() == (None,)


@pytest.mark.parametrize("text", ["twaalf", "12,34,56", "1.234.56,7", "12 euro", "", "1e3", "--5"])
def test_non_numeric_amounts_are_not_amounts(text: str) -> None:
    assert _macro_connection().execute("SELECT sh_cent(?)", [text]).fetchone() == (None,)


_CON: list[duckdb.DuckDBPyConnection] = []


def _macro_connection() -> duckdb.DuckDBPyConnection:
    if not _CON:
        con = duckdb.connect()
        _ensure_macros(con)
        _CON.append(con)
    return _CON[0]


_COUNTER = itertools.count()


@given(
    rows=st.lists(st.tuples(DATES, DATES, CENTS), min_size=1, max_size=5),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
    date_style=DATE_STYLES,
    euro_style=EURO_STYLES,
)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_file_in_any_habit_loads_the_same_values(  # noqa: PLR0917
    warehouse: duckdb.DuckDBPyConnection,
    pseudonymiser: Pseudonymiser,
    tmp_path: Path,
    rows: list[tuple[date, date, int]],
    encoding: str,
    delimiter: str,
    date_style: str,
    euro_style: str,
) -> None:
    run = next(_COUNTER)
    expected = []
    lines = []
    for index, (first, second, cents) in enumerate(rows):
        begin, end = sorted((first, second))
        key = f"U{run}-{index}"
        expected.append((key, "bijzondere_bijstand", begin, end, cents))
        lines.append(
            [key, BSN[index % 3], "bijzondere_bijstand", date_text(begin, date_style),
             date_text(end, date_style), euro_text(cents, euro_style)]
        )  # fmt: skip
    path = write_csv(
        tmp_path / f"uitkeringen-{run}.csv", UITKERING_HEADER, lines,
        delimiter=delimiter, encoding=encoding,
    )  # fmt: skip
    [result] = ingest_paths(warehouse, [path], pseudonymiser).results
    assert (result.status, result.gelezen, result.geladen) == ("geladen", len(rows), len(rows))
    got = warehouse.execute(
        "SELECT uitkering_id, regeling, begindatum, einddatum, bedrag_per_maand_cent "
        "FROM uitkering WHERE uitkering_id LIKE ? ORDER BY uitkering_id",
        [f"U{run}-%"],
    ).fetchall()
    assert got == sorted(expected)


def test_a_cp1252_name_arrives_intact(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "aanbieders.csv", ["agb_code", "naam"], [["98000001", "Zorggroep Één"]],
        encoding="cp1252",
    )  # fmt: skip
    assert path.read_bytes().count("É".encode("cp1252")) == 1
    ingest_paths(warehouse, [path], pseudonymiser)
    assert warehouse.execute("SELECT naam FROM aanbieder").fetchall() == [("Zorggroep Één",)]


def test_xlsx_sheets_load_like_csv_with_excel_row_numbers(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    path = tmp_path / "levering.xlsx"
    with xlsxwriter.Workbook(path) as workbook:
        datum = workbook.add_format({"num_format": "dd-mm-yyyy"})
        aanbieders = workbook.add_worksheet("aanbieders")
        aanbieders.write_row(0, 0, ["agb_code", "naam"])
        aanbieders.write_row(1, 0, ["98000001", "Zorggroep Één"])
        uitkeringen = workbook.add_worksheet("uitkeringen")
        uitkeringen.write_row(0, 0, UITKERING_HEADER)
        uitkeringen.write_row(1, 0, ["U1", BSN[0], "bijstand"])
        uitkeringen.write_datetime(1, 3, date(2024, 1, 1), datum)
        uitkeringen.write_string(1, 4, "31-12-2024")
        uitkeringen.write_number(1, 5, 1234.56)
        uitkeringen.write_row(2, 0, ["U2", BSN[1], "bijstand", "2024-02-30", "", "100"])
        workbook.add_worksheet("toelichting").write(0, 0, "Gemaakt met de hand")
    [result] = ingest_paths(warehouse, [path], pseudonymiser).results
    assert (result.gelezen, result.geladen, result.quarantaine) == (3, 2, 1)
    assert result.soort == "aanbieder+uitkering"
    assert warehouse.execute(
        "SELECT uitkering_id, begindatum, einddatum, bedrag_per_maand_cent FROM uitkering"
    ).fetchall() == [("U1", date(2024, 1, 1), date(2024, 12, 31), 123456)]
    assert warehouse.execute("SELECT regel, reden FROM quarantaine").fetchall() == [
        (3, "onmogelijke datum in begindatum: 2024-02-30")
    ]
