# SPDX-License-Identifier: EUPL-1.2
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.periode import GRAINS, Periode, PeriodeError, containing, parse_periode, periodes


@pytest.mark.parametrize(
    ("text", "start", "eind", "grain"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "jaar"),
        ("2024-H2", date(2024, 7, 1), date(2024, 12, 31), "halfjaar"),
        ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31), "kwartaal"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "maand"),
    ],
)
def test_parse(text: str, start: date, eind: date, grain: str) -> None:
    periode = parse_periode(text)
    assert (periode.start, periode.eind, periode.grain, periode.code) == (start, eind, grain, text)


@pytest.mark.parametrize("text", ["24", "2024-13", "2024-Q5", "2024-H3", "Q2-2024", ""])
def test_rejects(text: str) -> None:
    with pytest.raises(PeriodeError):
        parse_periode(text)


def test_navigation() -> None:
    assert parse_periode("2024-Q1").vorige().code == "2023-Q4"
    assert parse_periode("2024-06").jaar_eerder().code == "2023-06"
    assert [m.code for m in parse_periode("2024-Q2").maanden()] == ["2024-04", "2024-05", "2024-06"]
    assert [p.code for p in periodes(date(2023, 11, 5), date(2024, 2, 1), "kwartaal")] == [
        "2023-Q4",
        "2024-Q1",
    ]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(GRAINS))
def test_containing_contains(day: date, grain: str) -> None:
    periode = containing(day, grain)  # type: ignore[arg-type]
    assert periode.start <= day <= periode.eind
    assert parse_periode(periode.code) == periode
    assert isinstance(periode, Periode)
