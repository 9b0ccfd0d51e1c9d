# SPDX-License-Identifier: EUPL-1.2
"""Year-end forecast: invariants, and calibration against a known true cost."""

from datetime import date

import duckdb
import polars as pl
import pytest

from stuurhuis.finance import cumulatief, prognose
from stuurhuis.warehouse import connect

from .synthetisch import genereer

SEEDS = range(1, 11)
PEILDATA = ((2023, date(2023, 6, 30)), (2024, date(2024, 3, 31)), (2024, date(2024, 9, 30)))


@pytest.fixture(scope="module")
def gemeente() -> duckdb.DuckDBPyConnection:
    con = connect(":memory:")
    genereer(con, seed=7)
    con.execute(
        "INSERT INTO begroting VALUES (2023, '6.72a', 'Jeugd', 'jeugd', 45000000, NULL, 0),"
        " (2023, '6.71b', 'Wmo', 'wmo', 50000000, 52000000, 0)"
    )
    return con


def test_forecast_adds_up(gemeente: duckdb.DuckDBPyConnection) -> None:
    df = prognose(gemeente, jaar=2023, peildatum=date(2023, 6, 30))
    assert set(df["taakveld"]) == {"6.71b", "6.72a", "6.72b"}
    for row in df.iter_rows(named=True):
        parts = row["gerealiseerd_cent"] + row["ibnr_cent"] + row["verwacht_rest_cent"]
        assert abs(parts - row["prognose_cent"]) <= 2
        assert row["ondergrens_cent"] <= row["prognose_cent"] <= row["bovengrens_cent"]
        assert row["ibnr_cent"] > 0  # claims arrive late, so June is not complete
    budgeted = df.filter(pl.col("begroting_cent").is_not_null())
    for row in budgeted.iter_rows(named=True):
        assert row["afwijking_cent"] == row["prognose_cent"] - row["begroting_cent"]
        effects = row["volume_effect_cent"] + row["prijs_effect_cent"] + row["mix_effect_cent"]
        assert effects == row["afwijking_cent"]  # to the cent


def test_breakdowns_cover_the_same_money(gemeente: duckdb.DuckDBPyConnection) -> None:
    realised = {
        by: prognose(gemeente, jaar=2023, peildatum=date(2023, 6, 30), by=by)[
            "gerealiseerd_cent"
        ].sum()
        for by in ("taakveld", "wet", "categorie", "totaal")
    }
    assert len(set(realised.values())) == 1


def test_after_the_year_and_the_lag_nothing_is_left_to_forecast(
    gemeente: duckdb.DuckDBPyConnection,
) -> None:
    df = prognose(gemeente, jaar=2022, peildatum=date(2024, 12, 31))
    assert df["verwacht_rest_cent"].sum() == 0
    assert df["ibnr_cent"].abs().sum() < 0.001 * df["prognose_cent"].sum()


def test_cumulative_curve_ends_at_the_forecast(gemeente: duckdb.DuckDBPyConnection) -> None:
    curve = cumulatief(gemeente, jaar=2023, peildatum=date(2023, 6, 30))
    december = curve.filter(pl.col("maand") == date(2023, 12, 1)).sort("taakveld")
    forecast = prognose(gemeente, jaar=2023, peildatum=date(2023, 6, 30)).sort("taakveld")
    assert (december["cumulatief_prognose_cent"] - forecast["prognose_cent"]).abs().max() <= 12
    assert curve["cumulatief_ondergrens_cent"].le(curve["cumulatief_prognose_cent"]).all()
    assert curve.height == 36


def test_band_covers_the_true_cost_at_the_stated_rate() -> None:
    """80 % bands hold the known true cost 70–90 % of the time over many seeds."""
    hits = total = 0
    for seed in SEEDS:
        con = connect(":memory:")
        truth = genereer(con, seed=seed).ware_kosten_cent
        for jaar, peil in PEILDATA:
            for row in prognose(con, jaar=jaar, peildatum=peil).iter_rows(named=True):
                actual = truth[(jaar, row["taakveld"])]
                hits += row["ondergrens_cent"] <= actual <= row["bovengrens_cent"]
                total += 1
        con.close()
    coverage = hits / total
    assert total == len(SEEDS) * len(PEILDATA) * 3
    assert 0.70 <= coverage <= 0.92, f"coverage {coverage:.2f}"
