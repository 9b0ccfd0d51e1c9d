# SPDX-License-Identifier: EUPL-1.2
"""The default municipality is Deventer-like: the seeds' figures within tolerance."""

from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from .lezen import dates, read

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def toewijzingen(deventer: Path) -> pl.DataFrame:
    return dates(
        read(deventer, "toewijzing"), "ingangsdatum", "einddatum", "aanvraagdatum", "beslisdatum"
    )


def clients_in_year(frame: pl.DataFrame, wet: str, year: int) -> int:
    active = frame.filter(
        (pl.col("wet") == wet)
        & (pl.col("ingangsdatum") <= date(year, 12, 31))
        & (pl.col("einddatum").is_null() | (pl.col("einddatum") >= date(year, 1, 1)))
    )
    return active["bsn"].n_unique()


def test_wmo_clients_first_year(toewijzingen: pl.DataFrame) -> None:
    assert 3_250 * 0.9 <= clients_in_year(toewijzingen, "wmo", 2019) <= 3_250 * 1.1


def test_jeugd_clients_first_year(toewijzingen: pl.DataFrame) -> None:
    assert 2_650 * 0.9 <= clients_in_year(toewijzingen, "jeugd", 2019) <= 2_650 * 1.1


def test_clients_grow(toewijzingen: pl.DataFrame) -> None:
    for wet in ("wmo", "jeugd"):
        first, last = (
            clients_in_year(toewijzingen, wet, 2019),
            clients_in_year(toewijzingen, wet, 2025),
        )
        assert 1.05 * first < last < 1.6 * first, wet


def test_jeugd_zin_pgb_share(toewijzingen: pl.DataFrame) -> None:
    jeugd = toewijzingen.filter(pl.col("wet") == "jeugd")
    pgb = jeugd.filter(pl.col("leveringsvorm") == "PGB")["bsn"].n_unique()
    assert 0.05 <= pgb / jeugd["bsn"].n_unique() <= 0.09


def test_more_than_half_referred_by_huisarts(toewijzingen: pl.DataFrame) -> None:
    jeugd = toewijzingen.filter(pl.col("wet") == "jeugd")
    first = jeugd.sort("ingangsdatum").unique("bsn", keep="first")
    share = (first["verwijzer"] == "02").mean()
    assert share is not None
    assert 0.5 < float(share) < 0.7  # type: ignore[arg-type]


def test_every_iwmo_and_ijw_category_used(toewijzingen: pl.DataFrame) -> None:
    wmo = set(toewijzingen.filter(pl.col("wet") == "wmo")["product_categorie"].to_list())
    jeugd = set(toewijzingen.filter(pl.col("wet") == "jeugd")["product_categorie"].to_list())
    assert {"01", "02", "07", "11", "12", "13", "14", "15", "16"} <= wmo
    assert {"45", "47", "48", "54", "43", "44", "46"} <= jeugd


def test_providers_few_large_and_a_long_tail(deventer: Path, toewijzingen: pl.DataFrame) -> None:
    assert read(deventer, "aanbieder").height == 115
    per = toewijzingen.group_by("agb_code").agg(pl.col("bsn").n_unique().alias("n")).sort("n")
    assert per.height == 115
    assert per.filter(pl.col("n") <= 2).height >= 30
    top5 = per.tail(5)["n"].sum()
    assert top5 > 0.3 * toewijzingen["bsn"].n_unique()


def test_bijstand_households_end_of_first_year(deventer: Path) -> None:
    uit = dates(read(deventer, "uitkering"), "begindatum", "einddatum", fmt="%Y-%m-%d")
    peil = date(2019, 12, 31)
    stock = uit.filter(
        (pl.col("regeling") == "bijstand")
        & (pl.col("begindatum") <= peil)
        & (pl.col("einddatum").is_null() | (pl.col("einddatum") >= peil))
    )["bsn"].n_unique()
    assert 2_850 * 0.9 <= stock <= 2_850 * 1.1
    regelingen = set(uit["regeling"].to_list())
    assert {
        "re_integratie",
        "bijzondere_bijstand",
        "schuldhulp",
        "beschut_werk",
        "loonkostensubsidie",
    } <= regelingen


def test_population_and_households(deventer: Path, samenvatting: dict[str, Any]) -> None:
    bevolking = read(deventer, "bevolking").with_columns(pl.col("aantal_inwoners").cast(pl.Int64))
    first = bevolking.filter(pl.col("jaar") == "2019")
    assert first["aantal_inwoners"].sum() == 100_000
    assert first["gebied_code"].unique().sort().to_list() == [
        f"WK0150{i:02d}" for i in range(1, 10)
    ]
    households = samenvatting["tabellen"]["huishoudens"]["huishoudens_2019"]
    assert 44_000 * 0.98 <= households <= 44_000 * 1.02


def test_multi_law_households_are_a_minority(
    geplant: dict[str, Any], samenvatting: dict[str, Any]
) -> None:
    multi = geplant["aantal_gevallen"]["huishouden_meerdere_wetten"]
    assert multi > 200
    assert multi < 0.2 * samenvatting["tabellen"]["huishoudens"]["huishoudens_2025"]


def test_budget_overruns_most_years(deventer: Path, samenvatting: dict[str, Any]) -> None:
    begroting = read(deventer, "begroting").with_columns(
        primitief=pl.col("primitief")
        .str.replace_all(r"\.", "")
        .str.replace(",", ".")
        .cast(pl.Float64)
    )
    budget = begroting.group_by("jaar").agg(pl.col("primitief").sum()).sort("jaar")
    cost = samenvatting["werkelijke_lasten_cent_per_jaar_wet"]
    overrun_years = 0
    for jaar, primitief in budget.iter_rows():
        real = sum(v for k, v in cost.items() if k.startswith(f"{jaar}_")) / 100
        overrun_years += real > primitief
    assert overrun_years >= 5
    taakvelden = set(begroting["taakveld"].to_list())
    assert {"6.71", "6.72", "6.81", "6.82"} <= taakvelden
    assert {"6.71a", "6.71b", "6.72a", "6.81a", "6.82d", "6.82e"} <= taakvelden
