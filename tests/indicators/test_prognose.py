# SPDX-License-Identifier: EUPL-1.2
"""The indicator trend forecast, by hand."""

import polars as pl
import pytest

from stuurhuis.indicators.prognose import trend_prognose, zonder_lopende


def _reeks(waarden: list[float | None]) -> pl.DataFrame:
    codes = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"][: len(waarden)]
    return pl.DataFrame(
        {"periode": codes, "waarde": waarden}, schema_overrides={"waarde": pl.Float64}
    )


def test_a_straight_line_continues_with_no_band() -> None:
    df = trend_prognose(_reeks([10.0, 12.0, 14.0, 16.0, 18.0, 20.0]), stappen=2)
    assert df["periode"].to_list() == ["2025-Q3", "2025-Q4"]
    assert df["waarde"].to_list() == pytest.approx([22.0, 24.0])
    assert df["ondergrens"].to_list() == pytest.approx([22.0, 24.0])
    assert df["bovengrens"].to_list() == pytest.approx([22.0, 24.0])


def test_the_band_is_the_prediction_interval() -> None:
    # y = 1, 3, 2, 4 at x = 0..3: slope 0.8, intercept 1.3, residuals -0.3, 0.9, -0.9, 0.3,
    # s = sqrt(1.8 / 2); at x0 = 4: 4.5 +- t(0.9; 2) * s * sqrt(1 + 1/4 + 2.5**2 / 5)
    df = trend_prognose(
        pl.DataFrame(
            {
                "periode": ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"],
                "waarde": [1.0, 3.0, 2.0, 4.0],
            }
        ),
        stappen=1,
    )
    marge = 1.885618 * (1.8 / 2) ** 0.5 * (1 + 1 / 4 + 2.5**2 / 5) ** 0.5
    assert df.row(0) == pytest.approx(("2025-Q1", 4.5, 4.5 - marge, 4.5 + marge))


def test_suppressed_values_are_left_out_and_too_few_give_nothing() -> None:
    df = trend_prognose(_reeks([10.0, None, 14.0, 16.0, 18.0]), stappen=1)
    assert df["periode"].to_list() == ["2025-Q2"]
    assert df["waarde"][0] == pytest.approx(20.0)
    assert trend_prognose(_reeks([10.0, None, None, 16.0, 18.0])).is_empty()


def test_periods_left_out_keep_their_place_on_the_time_axis() -> None:
    # the last quarter's claims are not all in (5 instead of 20): the line through
    # 10, 12, 14, 16, 18 at x = 0..4 is y = 10 + 2x, so x = 6 gives 22, not a drop
    df = trend_prognose(
        _reeks([10.0, 12.0, 14.0, 16.0, 18.0, 5.0]), stappen=1, overslaan={"2025-Q2"}
    )
    assert df["periode"].to_list() == ["2025-Q3"]
    assert df["waarde"][0] == pytest.approx(22.0)
    assert df["ondergrens"][0] == pytest.approx(22.0)


def test_the_text_names_the_periods_left_out() -> None:
    assert zonder_lopende(()) == ""
    assert "De periode 2025-Q2 telt niet mee" in zonder_lopende({"2025-Q2"})
    assert "De perioden 2025-Q1, 2025-Q2 tellen niet mee" in zonder_lopende({"2025-Q2", "2025-Q1"})
