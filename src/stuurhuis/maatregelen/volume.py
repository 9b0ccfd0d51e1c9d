# SPDX-License-Identifier: EUPL-1.2
"""Where a business case gets its volume: the file, or an indicator in the warehouse.

A :class:`VolumeBron` answers "the value of indicator X per year". The warehouse version
asks the indicators layer (``stuurhuis.indicators.compute``) for whole-year periods and
reads the overall row (no breakdown); a suppressed or missing year is simply absent, so
the business case shows only years with data. Tests use :class:`VasteVolumes`.
"""

from collections.abc import Mapping, Sequence
from importlib import import_module
from typing import Any, Protocol

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.periode import parse_periode


class VolumeBron(Protocol):
    """Volumes per year for an indicator id."""

    def volumes(self, indicator: str, jaren: Sequence[int]) -> dict[int, float]:
        """``{jaar: waarde}`` for the years that have a value."""
        ...


class VasteVolumes:
    """Volumes given up front (tests, or a fixed scenario)."""

    def __init__(self, waarden: Mapping[str, Mapping[int, float]]) -> None:
        self._waarden = {k: dict(v) for k, v in waarden.items()}

    def volumes(self, indicator: str, jaren: Sequence[int]) -> dict[int, float]:
        if indicator not in self._waarden:
            raise StuurhuisError(f"onbekende indicator {indicator!r} in effectmodel")
        known = self._waarden[indicator]
        return {year: float(known[year]) for year in jaren if year in known}


class WarehouseVolumes:
    """Volumes from the indicators computed on the warehouse."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def volumes(self, indicator: str, jaren: Sequence[int]) -> dict[int, float]:
        try:
            indicators: Any = import_module("stuurhuis.indicators")
        except ImportError as exc:  # the indicators layer is not installed in this build
            raise StuurhuisError("indicatoren zijn niet beschikbaar in deze versie") from exc
        periodes = [parse_periode(str(year)) for year in jaren]
        df: pl.DataFrame = indicators.compute(self._con, periodes=periodes, ids=[indicator])
        return waarden_per_jaar(df, indicator)


def waarden_per_jaar(df: pl.DataFrame, indicator: str) -> dict[int, float]:
    """The overall yearly values of ``indicator`` in a tidy indicator table."""
    rows = df.filter(pl.col("indicator") == indicator)
    if "onderdrukt" in rows.columns:
        rows = rows.filter(~pl.col("onderdrukt").fill_null(value=False))
    result: dict[int, float] = {}
    for periode, waarde in rows.select("periode", "waarde").iter_rows():
        code = str(periode)
        if waarde is not None and code.isdigit():
            result[int(code)] = float(waarde)
    return result
