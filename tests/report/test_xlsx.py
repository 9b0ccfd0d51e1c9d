# SPDX-License-Identifier: EUPL-1.2
"""The XLSX read back (openpyxl): one sheet per table whose cells equal the tidy table."""

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from stuurhuis.report.opmaak import kop
from stuurhuis.report.xlsx import DEFINITIES, in_xlsx
from tests.report.conftest import Uitvoer


@pytest.fixture(scope="module")
def werkboek(uitvoer: Uitvoer):  # type: ignore[no-untyped-def]
    return load_workbook(uitvoer.xlsx)


def test_one_sheet_per_table_and_a_definitions_sheet(uitvoer: Uitvoer, werkboek) -> None:  # type: ignore[no-untyped-def]
    ids = [t.id[:31] for t in uitvoer.rapport.tabellen() if t.id != DEFINITIES]
    assert werkboek.sheetnames == [*ids, DEFINITIES]
    definities = [r[0] for r in werkboek[DEFINITIES].iter_rows(min_row=2, values_only=True)]
    assert "clienten" in definities
    assert "(onderdrukt)" in definities


def test_cells_equal_the_tidy_tables(uitvoer: Uitvoer, werkboek) -> None:  # type: ignore[no-untyped-def]
    for tabel in uitvoer.rapport.tabellen():
        if tabel.id == DEFINITIES:
            continue
        ws = werkboek[tabel.id[:31]]
        rows = list(ws.iter_rows(values_only=True))
        assert list(rows[0]) == [kop(k) for k in tabel.df.columns], tabel.id
        assert len(rows) - 1 == tabel.df.height, tabel.id
        for gelezen, rij in zip(rows[1:], tabel.df.iter_rows(named=True), strict=True):
            eenheid = rij.get("eenheid")
            for cel, (kolom, value) in zip(gelezen, rij.items(), strict=True):
                verwacht = in_xlsx(kolom, value, eenheid)
                if isinstance(verwacht, float | int) and not isinstance(verwacht, bool):
                    assert isinstance(cel, int | float), (tabel.id, kolom, cel)
                    assert cel == pytest.approx(verwacht, rel=1e-12, abs=1e-9)
                elif isinstance(verwacht, date) and not isinstance(verwacht, datetime):
                    assert isinstance(cel, datetime)
                    assert cel.date() == verwacht
                else:
                    assert cel == verwacht, (tabel.id, kolom)


def test_money_is_euros_with_a_euro_format(uitvoer: Uitvoer, werkboek) -> None:  # type: ignore[no-untyped-def]
    ws = werkboek["per_taakveld"]
    koppen = [c.value for c in ws[1]]
    kolom = koppen.index("Prognose") + 1
    cel = ws.cell(row=2, column=kolom)
    df = next(t.df for t in uitvoer.rapport.tabellen() if t.id == "per_taakveld")
    assert cel.value == pytest.approx(df["prognose_cent"][0] / 100)
    assert "€" in cel.number_format


def test_headers_are_frozen(werkboek) -> None:  # type: ignore[no-untyped-def]
    for ws in werkboek.worksheets:
        assert ws.freeze_panes == "A2", ws.title
