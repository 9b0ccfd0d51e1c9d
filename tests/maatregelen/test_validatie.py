# SPDX-License-Identifier: EUPL-1.2
"""Every validation error names the file, the measure and the field; all come together."""

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen import MaatregelenError, load, loads

BASIS: dict[str, Any] = {
    "gemeente": "Voorbeeldstad",
    "eenheid": "euro",
    "taakstelling": {2023: 972750},
    "maatregelen": [
        {
            "id": "4.1.1",
            "naam": "Minder Wmo-ondersteuning",
            "fase": "uitvoeren",
            "urgentie": "urgent",
            "categorie": "C",
            "wet": "wmo",
            "taakveld": "6.71",
            "kans": 0.8,
            "besparing": {2023: 1287750},
            "investering": {2023: 315000},
            "ingevuld": {"besparing": {2023: 1287750}},
        },
        {"id": "4.1.2", "naam": "Verschuiven naar voorliggend", "besparing": {2024: 500000}},
    ],
    "risicos": [{"naam": "Jeugd en Wmo", "bedrag": 2600000, "kans": 0.7}],
}


def _errors(raw: dict[str, Any], bestand: str = "plan.yaml") -> list[str]:
    with pytest.raises(MaatregelenError) as info:
        loads(yaml.safe_dump(raw, allow_unicode=True), bestand=bestand)
    assert str(info.value).splitlines()[1:] == info.value.fouten
    return info.value.fouten


def _with(path: list[Any], value: Any) -> dict[str, Any]:
    raw = copy.deepcopy(BASIS)
    target: Any = raw
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return raw


def test_the_base_file_is_valid() -> None:
    programma = loads(yaml.safe_dump(BASIS))
    assert [m.id for m in programma.maatregelen] == ["4.1.1", "4.1.2"]
    assert programma.maatregelen[0].besparing == {2023: 128_775_000}


@pytest.mark.parametrize(
    ("path", "value", "veld", "reden"),
    [
        (["maatregelen", 0, "besparingen"], {2023: 1}, "besparingen", "onbekend veld"),
        (["maatregelen", 0, "besparing"], {"20x3": 1}, "besparing.20x3", "ongeldig jaar"),
        (["maatregelen", 0, "besparing"], {1850: 1}, "besparing.1850", "ongeldig jaar"),
        (["maatregelen", 0, "investering"], {2023: -5}, "investering.2023", "negatief"),
        (["maatregelen", 0, "fase"], "klaar", "fase", "onbekende waarde 'klaar'"),
        (["maatregelen", 0, "urgentie"], "hoog", "urgentie", "onbekende waarde 'hoog'"),
        (["maatregelen", 0, "categorie"], "H", "categorie", "onbekende waarde 'H'"),
        (["maatregelen", 0, "kans"], 1.5, "kans", "kans 1.5 ligt niet tussen 0 en 1"),
        (["maatregelen", 0, "kans"], -0.1, "kans", "ligt niet tussen 0 en 1"),
        (["maatregelen", 0, "taakveld"], "6.99", "taakveld", "onbekend taakveld '6.99'"),
        (["maatregelen", 0, "besparing"], {2023: "veel"}, "besparing.2023", "geen bedrag"),
        (["maatregelen", 0, "besparing"], {2023: 1.001}, "besparing.2023", "hele centen"),
        (
            ["maatregelen", 0, "ingevuld", "besparing"],
            {2023: -1},
            "ingevuld.besparing.2023",
            "negatief",
        ),
    ],
)
def test_each_error_names_file_measure_and_field(
    path: list[Any], value: Any, veld: str, reden: str
) -> None:
    [line] = _errors(_with(path, value))
    assert line.startswith(f"plan.yaml: maatregel 4.1.1: veld {veld}: "), line
    assert reden in line


def test_duplicate_id() -> None:
    raw = copy.deepcopy(BASIS)
    raw["maatregelen"][1]["id"] = "4.1.1"
    assert _errors(raw) == ["plan.yaml: maatregel 4.1.1: veld id: id komt 2 keer voor"]


def test_missing_name_and_unknown_top_level_field() -> None:
    raw = copy.deepcopy(BASIS)
    del raw["maatregelen"][1]["naam"]
    raw["begroting"] = 1
    lines = _errors(raw)
    assert "plan.yaml: maatregel 4.1.2: veld naam: verplicht veld ontbreekt" in lines
    assert "plan.yaml: veld begroting: onbekend veld" in lines


def test_risk_and_balance_errors_name_their_line() -> None:
    raw = _with(["risicos", 0, "kans"], 7)
    raw["perspectief"] = [{"naam": "VJN 2018", "soort": "plafond", "bedragen": {2018: 1310}}]
    lines = _errors(raw)
    assert "plan.yaml: risico 'Jeugd en Wmo': veld kans: kans 7 ligt niet tussen 0 en 1" in lines
    assert any(
        line.startswith("plan.yaml: perspectiefregel 'VJN 2018': veld soort: onbekende waarde")
        for line in lines
    )


def test_bad_eenheid() -> None:
    [line] = _errors(_with(["eenheid"], "miljoen"))
    assert line.startswith("plan.yaml: veld eenheid: onbekende waarde 'miljoen'")


def test_all_errors_reported_together_one_line_each() -> None:
    raw = copy.deepcopy(BASIS)
    raw["maatregelen"][0]["kans"] = 2
    raw["maatregelen"][0]["fase"] = "klaar"
    raw["maatregelen"][1]["besparing"] = {2024: -1, "jaar": 5}
    raw["maatregelen"].append(copy.deepcopy(raw["maatregelen"][1]))
    lines = _errors(raw)
    assert len(lines) == 2 + 2 + 2 + 1  # two on 4.1.1, two on each copy, one duplicate
    assert all("\n" not in line for line in lines)
    assert sum("maatregel 4.1.2" in line for line in lines) == 5


def test_effectmodel_needs_one_volume_source() -> None:
    model = {"besparing_per_eenheid": 8500, "volume": {2018: 274}, "indicator": "poh"}
    [line] = _errors(_with(["maatregelen", 0, "effectmodel"], model))
    assert line.startswith("plan.yaml: maatregel 4.1.1: veld effectmodel: ")
    assert "volume óf indicator" in line


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text("gemeente: X\nmaatregelen: [\n  - id: 1\n", encoding="utf-8")
    with pytest.raises(MaatregelenError) as info:
        load(path)
    assert info.value.fouten[0].startswith("kapot.yaml: regel ")


def test_duizend_euro_is_exact() -> None:
    raw = _with(["eenheid"], "duizend_euro")
    raw["maatregelen"][0]["besparing"] = {2023: 1.31, 2024: 1310, 2025: "1.234,56"}
    programma = loads(yaml.safe_dump(raw))
    assert programma.maatregelen[0].besparing == {
        2023: 1_310_00,  # 1.31 thousand euro = 1,310 euro
        2024: 1_310_000_00,
        2025: 1_234_560_00,
    }


def test_kans_and_volume_accept_dutch_decimal_comma() -> None:
    raw = _with(["maatregelen", 0, "kans"], "0,7")
    raw["maatregelen"][0]["effectmodel"] = {
        "besparing_per_eenheid": 8500,
        "volume": {2018: "137,5"},
    }
    m = loads(yaml.safe_dump(raw)).maatregelen[0]
    assert m.kans == 0.7
    assert m.effectmodel is not None
    assert m.effectmodel.volume == {2018: 137.5}
    [line] = _errors(_with(["maatregelen", 0, "kans"], "waarschijnlijk"))
    assert line == "plan.yaml: maatregel 4.1.1: veld kans: geen getal: 'waarschijnlijk'"


def test_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(StuurhuisError, match="maatregelenbestand niet gevonden"):
        load(tmp_path / "weg.yaml")


def test_a_key_given_twice_is_an_error_not_a_lost_amount() -> None:
    text = """gemeente: Voorbeeldstad
taakstelling: {2023: 100, "2023": 200}
maatregelen:
  - id: "4.1.1"
    naam: Minder Wmo-ondersteuning
    besparing:
      2023: 1287750
      2024: 4113500
      2023: 1300000
  - id: "4.1.2"
    naam: Verschuiven naar voorliggend
    naam: Voorliggend
risicos:
  - {naam: Jeugd en Wmo, bedrag: 2600000, kans: 0.7, kans: 0.8}
"""
    with pytest.raises(MaatregelenError) as info:
        loads(text, bestand="plan.yaml")
    assert info.value.fouten == [
        "plan.yaml: veld taakstelling.2023: komt 2 keer voor (regels 2, 2)",
        "plan.yaml: maatregel 4.1.1: veld besparing.2023: komt 2 keer voor (regels 7, 9)",
        "plan.yaml: maatregel 4.1.2: veld naam: komt 2 keer voor (regels 11, 12)",
        "plan.yaml: risico 'Jeugd en Wmo': veld kans: komt 2 keer voor (regels 14, 14)",
    ]
