# SPDX-License-Identifier: EUPL-1.2
"""Realisation, commitments and budget on the hand-built warehouse."""

from datetime import date

import duckdb
import polars as pl
import pytest

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance import begroting, realisatie


def _cell(df: pl.DataFrame, taakveld: str, maand: date, column: str) -> int | float:
    rows = df.filter((pl.col("taakveld") == taakveld) & (pl.col("maand") == maand))
    return rows[column].item() if rows.height else 0


def test_per_service_month_nets_credits_and_skips_rejected(
    handwerk: duckdb.DuckDBPyConnection,
) -> None:
    df = realisatie(handwerk, jaar=2024, peildatum=date(2024, 4, 30))
    assert _cell(df, "6.72a", date(2024, 1, 1), "gerealiseerd_cent") == 40000
    assert (
        _cell(df, "6.72a", date(2024, 2, 1), "gerealiseerd_cent") == 42000
    )  # 44000 - 44000 + 42000
    assert _cell(df, "6.72a", date(2024, 3, 1), "gerealiseerd_cent") == 0  # rejected line
    # PGB budget 1200 euro per month from 16 March: 16/31 of March, all of April
    assert _cell(df, "6.71b", date(2024, 3, 1), "gerealiseerd_cent") == round(120000 * 16 / 31)
    assert _cell(df, "6.71b", date(2024, 4, 1), "gerealiseerd_cent") == 120000
    # bijstand is taakveld 6.3, realised up to the peildatum, committed after it
    assert _cell(df, "6.3", date(2024, 4, 1), "gerealiseerd_cent") == 100000
    assert _cell(df, "6.3", date(2024, 5, 1), "gerealiseerd_cent") == 0
    assert _cell(df, "6.3", date(2024, 5, 1), "verplichting_cent") == 100000


def test_commitment_is_volume_times_frequency_times_tariff(
    handwerk: duckdb.DuckDBPyConnection,
) -> None:
    df = realisatie(handwerk, jaar=2024, peildatum=date(2024, 4, 30))
    # 2 hours a week x 52.1786 / 12 weeks a month x 50 euro
    expected = round(2 * 52.1786 / 12 * 5000)
    assert _cell(df, "6.72a", date(2024, 7, 1), "verplichting_cent") == expected
    assert _cell(df, "6.72a", date(2024, 7, 1), "aantal_voorzieningmaanden") == 1.0


def test_the_peildatum_hides_later_claims(handwerk: duckdb.DuckDBPyConnection) -> None:
    df = realisatie(handwerk, jaar=2024, peildatum=date(2024, 3, 31))
    assert (
        _cell(df, "6.72a", date(2024, 2, 1), "gerealiseerd_cent") == 44000
    )  # credit not yet booked


def test_per_booking_month(handwerk: duckdb.DuckDBPyConnection) -> None:
    df = realisatie(handwerk, jaar=2024, peildatum=date(2024, 4, 30), grondslag="boekmaand")
    assert _cell(df, "6.72a", date(2024, 2, 1), "gerealiseerd_cent") == 40000
    assert _cell(df, "6.72a", date(2024, 3, 1), "gerealiseerd_cent") == 44000
    assert _cell(df, "6.72a", date(2024, 4, 1), "gerealiseerd_cent") == -2000


def test_by_wet_adds_up(handwerk: duckdb.DuckDBPyConnection) -> None:
    df = realisatie(handwerk, jaar=2024, peildatum=date(2024, 4, 30), by="wet")
    totals = dict(df.group_by("wet").agg(pl.col("gerealiseerd_cent").sum()).iter_rows())
    assert totals == {
        "jeugd": 82000,
        "wmo": round(120000 * 16 / 31) + 120000,
        "participatie": 400000,
    }


def test_budget_takes_the_amended_amount(handwerk: duckdb.DuckDBPyConnection) -> None:
    df = begroting(handwerk, jaar=2024, by="taakveld")
    rows = {r["taakveld"]: r for r in df.iter_rows(named=True)}
    assert rows["6.72a"]["begroting_cent"] == 600000
    assert rows["6.72a"]["begroting_primitief_cent"] == 500000
    assert rows["6.71b"]["begroting_cent"] == 200000


def test_budget_crosswalk_and_wet(handwerk: duckdb.DuckDBPyConnection) -> None:
    hoofd = begroting(handwerk, jaar=2024, by="taakveld_hoofd")
    assert set(hoofd["taakveld"]) == {"6.71", "6.72", "6.3"}
    per_wet = dict(
        begroting(handwerk, jaar=2024, by="wet").select("wet", "begroting_cent").iter_rows()
    )
    assert per_wet == {"jeugd": 600000, "wmo": 200000, "participatie": 1000000}


def test_unknown_breakdown_is_a_user_error(handwerk: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(StuurhuisError, match="onbekende indeling"):
        realisatie(handwerk, jaar=2024, by="aanbieder")
