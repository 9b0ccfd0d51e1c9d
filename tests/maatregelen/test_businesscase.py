# SPDX-License-Identifier: EUPL-1.2
"""Business cases whose volume comes from an indicator in the warehouse."""

import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest
import yaml

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen import VasteVolumes, WarehouseVolumes, loads, tabel
from stuurhuis.maatregelen.businesscase import break_even
from stuurhuis.periode import Periode
from stuurhuis.warehouse import connect

PLAN = {
    "gemeente": "Meppel",
    "maatregelen": [
        {
            "id": "POH",
            "naam": "POH-jeugd",
            "besparing": {2018: 0, 2019: 0, 2020: 0},
            "effectmodel": {
                "kosten_per_jaar": 250000,
                "besparing_per_eenheid": 8500,
                "eenheid": "jeugdige niet doorverwezen",
                "indicator": "poh_niet_verwezen",
            },
        }
    ],
}


def test_volume_from_an_indicator_updates_the_business_case() -> None:
    programma = loads(yaml.safe_dump(PLAN))
    bron = VasteVolumes({"poh_niet_verwezen": {2018: 274, 2019: 29, 2021: 999}})
    df = tabel(programma, "businesscase", volumes=bron)
    assert df["periode"].to_list() == ["2018", "2019", "totaal"]  # 2020 has no data yet
    assert df["bron"].unique().to_list() == ["indicator poh_niet_verwezen"]
    assert df["netto_effect_cent"].to_list() == [
        (274 * 8500 - 250_000) * 100,
        (29 * 8500 - 250_000) * 100,  # below break-even: a loss
        ((274 + 29) * 8500 - 500_000) * 100,
    ]
    assert df["break_even_volume"].to_list() == [30, 30, 59]


def test_indicator_volume_needs_a_source() -> None:
    programma = loads(yaml.safe_dump(PLAN))
    with pytest.raises(StuurhuisError, match="geef een warehouse op"):
        tabel(programma, "businesscase")


def test_warehouse_volumes_ask_the_indicator_layer(
    monkeypatch: pytest.MonkeyPatch, warehouse: duckdb.DuckDBPyConnection
) -> None:
    calls: list[dict[str, Any]] = []

    def compute(
        con: duckdb.DuckDBPyConnection, *, periodes: Sequence[Periode], ids: Sequence[str]
    ) -> pl.DataFrame:
        calls.append({"periodes": [p.code for p in periodes], "ids": list(ids)})
        return pl.DataFrame(
            {
                "indicator": ["poh_niet_verwezen"] * 3 + ["ander"],
                "periode": ["2018", "2019", "2020", "2018"],
                "waarde": [274.0, None, 8.0, 1.0],
                "onderdrukt": [False, False, True, False],
            }
        )

    fake = types.ModuleType("stuurhuis.indicators")
    fake.compute = compute  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stuurhuis.indicators", fake)
    programma = loads(yaml.safe_dump(PLAN))
    df = tabel(programma, "businesscase", volumes=WarehouseVolumes(warehouse))
    assert calls == [{"periodes": ["2018", "2019", "2020"], "ids": ["poh_niet_verwezen"]}]
    # 2019 has no value and 2020 is suppressed: only 2018 counts
    assert df.filter(pl.col("periode") == "2018")["volume"].to_list() == [274.0]
    assert df["periode"].to_list() == ["2018", "totaal"]


@pytest.mark.parametrize(
    ("kosten", "per_eenheid", "expected"),
    [(250_000_00, 8_500_00, 30), (255_000_00, 8_500_00, 30), (0, 100, 0), (1, 0, None)],
)
def test_break_even(kosten: int, per_eenheid: int, expected: int | None) -> None:
    assert break_even(kosten, per_eenheid) == expected


def test_real_indicator_layer_feeds_the_business_case() -> None:
    """On the hand-made municipality of the indicator tests: 6 clients in 2024, 4 in 2025."""
    con = connect(":memory:")
    mini = Path(__file__).parents[1] / "indicators" / "mini_gemeente.sql"
    con.execute(mini.read_text(encoding="utf-8"))
    plan = {
        "gemeente": "Mini",
        "maatregelen": [
            {
                "id": "W",
                "naam": "Wlz",
                "besparing": {2024: 0, 2025: 0},
                "effectmodel": {
                    "kosten_per_jaar": 100000,
                    "besparing_per_eenheid": 60000,
                    "indicator": "clienten",
                },
            }
        ],
    }
    df = tabel(loads(yaml.safe_dump(plan)), "businesscase", volumes=WarehouseVolumes(con))
    con.close()
    assert df["volume"].to_list() == [6.0, 4.0, 10.0]
    assert df["netto_effect_cent"].to_list() == [260_000_00, 140_000_00, 400_000_00]
