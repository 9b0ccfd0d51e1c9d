# SPDX-License-Identifier: EUPL-1.2
"""Replay history: forecast each past year at every month-end and compare with the actual.

For every complete past year and every as-of month (January … December) the forecast
is made from the data as it was booked then (claims with a later dagtekening are
masked) and compared with the year's final cost (realised + the little IBNR left now).
Two baselines sit next to it: linear extrapolation of the spending booked so far in the
year (``booked × 12 / months``), and the budget itself.
"""

from collections.abc import Callable
from datetime import date

import duckdb
import numpy as np
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.begroting import begroting
from stuurhuis.finance.groepering import KOLOMMEN, check_indeling
from stuurhuis.finance.grondslag import groepen, laad
from stuurhuis.finance.jaarprognose import standaard_peildatum
from stuurhuis.finance.methode import Reeks, prognose_reeks, ultimates

MATURITY_MONTHS = 3  # a year is "complete" this many months after its end


def lineair(reeks: Reeks, origin: int, first: int) -> float:
    """Linear extrapolation: spending booked in the year up to ``origin`` × 12 / months."""
    rows, lags = np.indices(reeks.driehoek.shape)
    booked = rows + lags
    in_year = (booked >= first) & (booked <= origin)
    months = origin - first + 1
    return float(reeks.driehoek[in_year].sum()) * 12 / months if months > 0 else 0.0


def backtest(
    con: duckdb.DuckDBPyConnection,
    *,
    by: str = "taakveld",
    peildatum: date | None = None,
    maanden: tuple[int, ...] = tuple(range(1, 13)),
    voortgang: Callable[[int, int], None] | None = None,
) -> pl.DataFrame:
    """One row per year × as-of month × group: forecast, band, actual and both baselines.

    Errors are ``forecast / actual − 1`` (``fout_*``, fractions). ``voortgang(done, total)``
    is called after each year for a progress bar.
    """
    indeling = check_indeling(by)
    peil = peildatum or standaard_peildatum(con)
    row = con.cursor().execute("SELECT min(begindatum) FROM declaratie").fetchone()
    if row is None or row[0] is None:
        raise StuurhuisError("geen declaraties in het warehouse: niets om terug te toetsen")
    start: date = row[0]
    last_year = (
        date(peil.year, peil.month, 1).year * 12 + peil.month - 1 - MATURITY_MONTHS
    ) // 12 - 1
    years = list(range(start.year + 1, last_year + 1))
    if not years:
        raise StuurhuisError(
            "te weinig historie voor een backtest: nodig is een volledig jaar na het eerste jaar"
        )
    series = groepen(laad(con, peildatum=peil, van=start, tot=peil), indeling)
    keys = list(KOLOMMEN[indeling])
    rows = []
    for done, jaar in enumerate(years, start=1):
        budget = {
            tuple(r[k] for k in keys): r["begroting_cent"]
            for r in begroting(con, jaar=jaar, by=indeling).iter_rows(named=True)
        }
        for key, reeks in series.items():
            rows.extend(
                _jaar(reeks, key, jaar=jaar, peil=peil, maanden=maanden, budget=budget.get(key))
            )
        if voortgang is not None:
            voortgang(done, len(years))
    schema = dict.fromkeys(keys, pl.String) | _SCHEMA
    table = pl.DataFrame(rows, schema=schema, orient="row", infer_schema_length=None)
    return table.with_columns(
        (pl.col("prognose_cent") / pl.col("werkelijk_cent") - 1).alias("fout_prognose"),
        (pl.col("lineair_cent") / pl.col("werkelijk_cent") - 1).alias("fout_lineair"),
        (pl.col("begroting_cent") / pl.col("werkelijk_cent") - 1).alias("fout_begroting"),
        pl.col("werkelijk_cent")
        .is_between(pl.col("ondergrens_cent"), pl.col("bovengrens_cent"))
        .alias("is_binnen_band"),
    ).sort("jaar", "peilmaand", *keys)


_SCHEMA: dict[str, type[pl.DataType]] = {
    "jaar": pl.Int32,
    "peilmaand": pl.Int32,
    "prognose_cent": pl.Int64,
    "ondergrens_cent": pl.Int64,
    "bovengrens_cent": pl.Int64,
    "lineair_cent": pl.Int64,
    "begroting_cent": pl.Int64,
    "werkelijk_cent": pl.Int64,
}


def _jaar(
    reeks: Reeks,
    key: tuple[str, ...],
    *,
    jaar: int,
    peil: date,
    maanden: tuple[int, ...],
    budget: int | None,
) -> list[tuple[object, ...]]:
    first, last = reeks.index(date(jaar, 1, 1)), reeks.index(date(jaar, 12, 1))
    if first < 0:
        return []
    actual = float(ultimates(reeks, reeks.index(peil.replace(day=1)))[first : last + 1].sum())
    if actual <= 0:
        return []
    rows: list[tuple[object, ...]] = []
    for month in maanden:
        origin = first + month - 1
        result = prognose_reeks(reeks, origin, first, last)
        rows.append(
            (
                *key,
                jaar,
                month,
                round(result.prognose),
                round(result.ondergrens),
                round(result.bovengrens),
                round(lineair(reeks, origin, first)),
                budget,
                round(actual),
            )
        )
    return rows


def samenvatting(detail: pl.DataFrame) -> pl.DataFrame:
    """Per as-of month: mean absolute % error of forecast and baselines, band coverage."""
    return (
        detail.group_by("peilmaand")
        .agg(
            pl.len().alias("aantal_toetsen"),
            (pl.col("fout_prognose").abs().mean() * 100).round(1).alias("mape_prognose_pct"),
            (pl.col("fout_lineair").abs().mean() * 100).round(1).alias("mape_lineair_pct"),
            (pl.col("fout_begroting").abs().mean() * 100).round(1).alias("mape_begroting_pct"),
            (pl.col("is_binnen_band").mean() * 100).round(1).alias("dekking_band_pct"),
        )
        .sort("peilmaand")
    )
