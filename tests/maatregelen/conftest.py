# SPDX-License-Identifier: EUPL-1.2
"""Measures files written from the seeds (numbers as printed there) and helpers."""

from pathlib import Path

import polars as pl
import pytest

from stuurhuis.maatregelen import Programma, load

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def hengelo() -> Programma:
    return load(DATA / "hengelo_2025.yaml")


@pytest.fixture(scope="session")
def deventer() -> Programma:
    return load(DATA / "deventer_2018.yaml")


@pytest.fixture(scope="session")
def meppel() -> Programma:
    return load(DATA / "meppel_2018.yaml")


@pytest.fixture(scope="session")
def hengelo_voortgang() -> Programma:
    return load(DATA / "hengelo_voortgang_2019.yaml")


def euro_per_periode(
    df: pl.DataFrame, kolom: str, *, groep: str = "Totaal", indeling: str = "totaal"
) -> dict[str, int]:
    """``{periode: whole euros}`` of one group's column (asserting whole euros)."""
    rows = df.filter((pl.col("groep") == groep) & (pl.col("indeling") == indeling))
    result = {}
    for periode, cents in rows.select("periode", kolom).iter_rows():
        assert cents % 100 == 0, f"{kolom} {periode}: {cents} is not whole euros"
        result[periode] = cents // 100
    return result
