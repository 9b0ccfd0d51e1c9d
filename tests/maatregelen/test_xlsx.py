# SPDX-License-Identifier: EUPL-1.2
"""The XLSX template reads back to the same programme as the YAML it was written from."""

from pathlib import Path

import pytest
import xlsxwriter

from stuurhuis.maatregelen import (
    MaatregelenError,
    Programma,
    demo,
    dump_yaml,
    load,
    loads,
    schrijf_template,
)

from .conftest import DATA


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_yaml_to_xlsx_and_back(name: str, tmp_path: Path) -> None:
    programma = load(DATA / name)
    out = tmp_path / "sjabloon.xlsx"
    schrijf_template(out, programma)
    assert load(out) == programma


def test_demo_round_trips_through_xlsx_and_yaml(tmp_path: Path) -> None:
    programma = demo()
    out = tmp_path / "demo.xlsx"
    schrijf_template(out, programma)
    assert load(out) == programma
    assert loads(dump_yaml(programma)) == programma


def test_fractional_thousands_survive_the_round_trip(tmp_path: Path) -> None:
    programma = load(DATA / "deventer_2018.yaml")
    changed = programma.model_copy(
        update={
            "risicos": [programma.risicos[0].model_copy(update={"bedrag": 123_456_789})],
        }
    )
    out = tmp_path / "x.xlsx"
    schrijf_template(out, changed)
    assert load(out).risicos[0].bedrag == 123_456_789


def test_empty_template_has_every_sheet_and_asks_for_a_gemeente(tmp_path: Path) -> None:
    out = tmp_path / "leeg.xlsx"
    schrijf_template(out)
    with pytest.raises(MaatregelenError) as info:
        load(out)
    assert info.value.fouten == ["leeg.xlsx: veld gemeente: verplicht veld ontbreekt"]


def test_xlsx_errors_name_file_measure_and_field(tmp_path: Path) -> None:
    out = tmp_path / "fout.xlsx"
    with xlsxwriter.Workbook(str(out)) as wb:
        wb.add_worksheet("programma").write_column(0, 0, ["veld", "gemeente"])
        wb.get_worksheet_by_name("programma").write_column(0, 1, ["waarde", "Meppel"])
        ws = wb.add_worksheet("maatregelen")
        ws.write_row(0, 0, ["id", "naam", "fase", "kans", "prioriteit"])
        ws.write_row(1, 0, ["M1", "POH jeugd", "doen", 1.2, "hoog"])
        ws = wb.add_worksheet("bedragen")
        ws.write_row(0, 0, ["maatregel", "soort", 2018, "2019x"])
        ws.write_row(1, 0, ["M1", "besparing", -5, 1])
        ws.write_row(2, 0, ["M9", "besparing", 1])
        ws.write_row(3, 0, ["M1", "winst", 1])
    with pytest.raises(MaatregelenError) as info:
        load(out)
    lines = info.value.fouten
    assert "fout.xlsx: maatregel M9: veld bedragen: onbekende maatregel" in lines
    assert any(
        line.startswith("fout.xlsx: maatregel M1: veld soort: onbekende soort") for line in lines
    )
    assert "fout.xlsx: maatregel M1: veld prioriteit: onbekend veld" in lines
    assert any(
        line.startswith("fout.xlsx: maatregel M1: veld fase: onbekende waarde 'doen'")
        for line in lines
    )
    assert "fout.xlsx: maatregel M1: veld kans: kans 1.2 ligt niet tussen 0 en 1" in lines
    assert (
        "fout.xlsx: maatregel M1: veld besparing.2018: bedrag of aantal mag niet negatief zijn"
        in lines
    )
    assert any(
        line.startswith("fout.xlsx: maatregel M1: veld besparing.2019x: ongeldig jaar")
        for line in lines
    )


def test_template_of_a_programme_equals_its_yaml(tmp_path: Path) -> None:
    yaml_path = tmp_path / "p.yaml"
    yaml_path.write_text(dump_yaml(load(DATA / "hengelo_2025.yaml")), encoding="utf-8")
    xlsx_path = tmp_path / "p.xlsx"
    schrijf_template(xlsx_path, load(yaml_path))
    assert load(xlsx_path) == load(yaml_path) == load(DATA / "hengelo_2025.yaml")


def test_programme_equality_is_meaningful() -> None:
    a = load(DATA / "meppel_2018.yaml")
    b: Programma = a.model_copy(update={"gemeente": "Zwolle"})
    assert a != b


def test_nothing_typed_into_the_template_is_silently_lost(tmp_path: Path) -> None:
    out = tmp_path / "dubbel.xlsx"
    with xlsxwriter.Workbook(str(out)) as wb:
        ws = wb.add_worksheet("programma")
        for i, row in enumerate([["veld", "waarde"], ["gemeente", "Meppel"], ["gemeente", "X"]]):
            ws.write_row(i, 0, row)
        ws = wb.add_worksheet("taakstelling")
        for i, row in enumerate([["jaar", "bedrag"], [2018, 1], [2018, 2]]):
            ws.write_row(i, 0, row)
        ws = wb.add_worksheet("maatregelen")
        ws.write_row(0, 0, ["id", "naam"])
        ws.write_row(1, 0, ["M1", "POH jeugd"])
        ws = wb.add_worksheet("bedragen")
        ws.write_row(0, 0, ["maatregel", "soort", 2018, 2018])
        ws.write_row(1, 0, ["M1", "besparing", 5, 6])
        ws.write_row(2, 0, ["M1", "besparing", 7])
        ws = wb.add_worksheet("effectmodel")
        ws.write_row(0, 0, ["maatregel", "besparing_per_eenheid"])
        ws.write_row(1, 0, ["M1", 8500])
        ws.write_row(2, 0, ["M1", 9000])
        wb.add_worksheet("Risico's").write_row(0, 0, ["naam", "bedrag", "kans"])
    with pytest.raises(MaatregelenError) as info:
        load(out)
    lines = info.value.fouten
    assert lines[0].startswith('dubbel.xlsx: blad "Risico\'s": onbekend blad: kies uit programma')
    assert lines[1:] == [
        "dubbel.xlsx: veld gemeente: staat 2 keer in blad programma",
        "dubbel.xlsx: veld taakstelling.2018: staat 2 keer in blad taakstelling",
        "dubbel.xlsx: blad bedragen: veld 2018: kolom staat 2 keer in het blad",
        "dubbel.xlsx: maatregel M1: veld bedragen.besparing: staat 2 keer in blad bedragen",
        "dubbel.xlsx: maatregel M1: veld effectmodel: staat 2 keer in blad effectmodel",
    ]
