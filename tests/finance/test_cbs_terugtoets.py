# SPDX-License-Identifier: EUPL-1.2
"""The multi-year client backtest on the CBS Almere series (gemeente rows, 8 editions)."""

from pathlib import Path

import polars as pl
import pytest

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.cbs_terugtoets import (
    cbs_samenvatting,
    cbs_terugtoets,
    lees_cbs_gemeente,
    voorspel,
)
from tests.conftest import SHARED

# the real CBS export in ../shared (read there, never copied into the repository)
CBS = SHARED / "reference" / "cbs" / "kerncijfers_wijken_buurten_almere_2018_2025.csv"


def test_reads_the_figures_across_editions() -> None:
    data = lees_cbs_gemeente(CBS)
    assert data["jaar"].to_list() == list(range(2018, 2026))
    row = data.filter(pl.col("jaar") == 2024).row(0, named=True)
    assert row["JongerenMetJeugdzorgInNatura"] == 7400
    assert row["WmoClienten"] == 9515
    assert row["AantalInwoners"] == 226500
    assert data.filter(pl.col("jaar") == 2025)["WmoClienten"].item() is None  # not yet out


def test_baselines_by_hand() -> None:
    values = {2018: 100.0, 2019: 110.0, 2020: 130.0}
    people = {2018: 1000.0, 2019: 1000.0, 2020: 1000.0}
    past = [2018, 2019, 2020]
    assert voorspel("laatste_waarde", past, values, people, 2022) == 130
    assert voorspel("drift", past, values, people, 2022) == pytest.approx(130 + 2 * 15)
    # rates 0.10, 0.11, 0.13: line slope 0.015, level 0.1283; damped 0.8 + 0.64
    model = voorspel("model", past, values, people, 2022)
    assert model == pytest.approx((0.128333 + 0.015 * 1.44) * 1000, rel=1e-4)


def test_backtest_reports_every_method_and_horizon() -> None:
    detail = cbs_terugtoets(CBS)
    # 7 published years (2018-2024) per series; origins 2020-2023; horizons up to 2024
    per_method = detail.group_by("reeks", "methode").len()
    assert per_method["len"].unique().to_list() == [4 + 3 + 2 + 1]
    summary = cbs_samenvatting(detail)
    assert summary.height == 3 * 4
    assert summary.columns[-3:] == ["mape_model_pct", "mape_laatste_waarde_pct", "mape_drift_pct"]


def test_not_a_cbs_file(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(StuurhuisError, match="geen CBS-kerncijferbestand"):
        lees_cbs_gemeente(path)
