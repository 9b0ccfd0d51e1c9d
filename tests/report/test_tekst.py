# SPDX-License-Identifier: EUPL-1.2
"""Sentences and cells by hand: Dutch numbers, units, directions, suppressed values."""

from datetime import date

import pytest

from stuurhuis.report import tekst
from stuurhuis.report.opmaak import cel, waarde


def _rij(waarde_: float | None, verschil: float | None, eenheid: str = "aantal") -> dict:  # type: ignore[type-arg]
    return {
        "naam": "Unieke cliënten",
        "periode": "2025-Q2",
        "waarde": waarde_,
        "verschil": verschil,
        "eenheid": eenheid,
    }


def test_change_of_a_count() -> None:
    assert tekst.verandering(_rij(11048.0, 97.0), "2025-Q1") == (
        "Unieke cliënten: 11.048 in 2025-Q2, 97 meer dan in 2025-Q1."
    )
    assert tekst.verandering(_rij(11048.0, -3.0), "2025-Q1").endswith("3 minder dan in 2025-Q1.")
    assert tekst.verandering(_rij(11048.0, 0.0), "2025-Q1").endswith("gelijk aan 2025-Q1.")
    # a difference that rounds to nothing is not "0,0% lager"
    assert tekst.verandering(_rij(5.5, -0.04, "procent"), "2025-Q1").endswith("gelijk aan 2025-Q1.")


def test_change_of_a_percentage_and_money() -> None:
    assert tekst.verandering(_rij(20.04, 0.12, "procent"), "2025-Q1") == (
        "Unieke cliënten: 20,0% in 2025-Q2, 0,1% hoger dan in 2025-Q1."
    )
    assert tekst.verandering(_rij(396612.0, -5900.0, "cent_per_client"), "2025-Q1") == (
        "Unieke cliënten: € 3.966 in 2025-Q2, € 59 lager dan in 2025-Q1."
    )


def test_a_suppressed_value_is_not_stated() -> None:
    zin = tekst.verandering(_rij(None, None), "2025-Q1")
    assert zin == "Unieke cliënten: niet gepubliceerd in 2025-Q2 (te kleine aantallen)."


def test_year_end_result_against_budget() -> None:
    rij = {
        "jaar": 2025,
        "peildatum": date(2025, 6, 30),
        "prognose_cent": 13_672_245_646,
        "ondergrens_cent": 13_457_305_555,
        "bovengrens_cent": 13_890_618_759,
        "begroting_cent": 13_086_200_000,
        "afwijking_cent": 586_045_646,
    }
    assert tekst.jaarresultaat(rij) == (
        "Verwachte uitgaven sociaal domein 2025: € 136.722.456 (80%-band € 134.573.056 tot "
        "€ 138.906.188), stand 30-06-2025. De begroting is € 130.862.000: naar verwachting "
        "€ 5.860.456 boven de begroting."
    )
    zonder = tekst.jaarresultaat({**rij, "begroting_cent": None, "afwijking_cent": None})
    assert zonder.endswith("Er is geen begroting voor dit jaar geladen.")


def test_forecast_moved_since_last_quarter() -> None:
    nu = {"prognose_cent": 13_672_245_646, "peildatum": date(2025, 6, 30)}
    vorig = {"prognose_cent": 13_484_431_931, "peildatum": date(2025, 3, 31)}
    assert tekst.prognose_verschil(nu, vorig) == (
        "Op 31-03-2025 was de verwachting € 134.844.319; de prognose is nu € 1.878.137 hoger."
    )


@pytest.mark.parametrize(
    ("kolom", "value", "eenheid", "verwacht"),
    [
        ("begroting_cent", 5_730_900_000, None, "€ 57.309.000"),
        ("waarde", 291.7285, "per_10000", "291,7"),
        ("waarde", None, "procent", "."),
        ("streefwaarde", None, "procent", "–"),
        ("jaar", 2025, None, "2025"),
        ("rijen", 294080, None, "294.080"),
        ("peildatum", date(2025, 6, 30), None, "30-06-2025"),
        ("waarde", 328.0, "dagen", "328 dagen"),
    ],
)
def test_cells(kolom: str, value: object, eenheid: str | None, verwacht: str) -> None:
    assert cel(kolom, value, eenheid) == verwacht


def test_value_without_known_unit() -> None:
    assert waarde(1234.0, "") == "1.234"
    assert waarde(12.25, "") == "12,2"  # half-even on the shortest text form
