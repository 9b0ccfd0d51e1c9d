# SPDX-License-Identifier: EUPL-1.2
"""Realisation per month (service or booking month) and commitments from allocations."""

from datetime import date
from typing import Literal

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.groepering import KOLOMMEN, check_indeling, met_groep
from stuurhuis.finance.grondslag import laad
from stuurhuis.finance.prognose import standaard_peildatum

Grondslag = Literal["dienstmaand", "boekmaand"]


def realisatie(
    con: duckdb.DuckDBPyConnection,
    *,
    jaar: int,
    by: str = "taakveld",
    peildatum: date | None = None,
    grondslag: Grondslag = "dienstmaand",
) -> pl.DataFrame:
    """Spending per month of ``jaar`` per group, as known on ``peildatum``.

    ``gerealiseerd_cent``: ZIN claims (credits netted, rejected lines left out), PGB
    budgets and Participatiewet provisions, counted in the month the care was given
    (``dienstmaand``) or the month the claim was booked (``boekmaand``: what the ledger
    shows, including late claims for earlier years). ``verplichting_cent``: what the
    allocations and provisions that had started on the peildatum commit for the month —
    for months after the peildatum, the open commitments. ``aantal_voorzieningmaanden``:
    allocation-months in the month.
    """
    indeling = check_indeling(by)
    if grondslag not in ("dienstmaand", "boekmaand"):
        raise StuurhuisError(f"onbekende grondslag {grondslag!r}: kies dienstmaand of boekmaand")
    peil = peildatum or standaard_peildatum(con)
    keys = list(KOLOMMEN[indeling])
    van = date(jaar - 2, 1, 1) if grondslag == "boekmaand" else date(jaar, 1, 1)
    data = laad(con, peildatum=peil, van=van, tot=date(jaar, 12, 1))
    spent = (
        met_groep(data.kosten, indeling)
        .filter(pl.col(grondslag).dt.year() == jaar)
        .group_by(*keys, pl.col(grondslag).alias("maand"))
        .agg(pl.col("bedrag_cent").sum().alias("gerealiseerd_cent"))
    )
    committed = (
        met_groep(data.verplichting, indeling)
        .filter(pl.col("maand").dt.year() == jaar)
        .group_by(*keys, "maand")
        .agg(pl.col("verplichting_cent").sum(), pl.col("aantal_voorzieningmaanden").sum())
    )
    table = spent.join(committed, on=[*keys, "maand"], how="full", coalesce=True)
    return table.select(
        pl.lit(jaar, pl.Int32).alias("jaar"),
        pl.col("maand"),
        *keys,
        pl.col("gerealiseerd_cent").fill_null(0).cast(pl.Int64),
        pl.col("verplichting_cent").fill_null(0).cast(pl.Int64),
        pl.col("aantal_voorzieningmaanden").fill_null(0.0).round(2),
        pl.lit(peil, pl.Date).alias("peildatum"),
        pl.lit(grondslag).alias("grondslag"),
    ).sort([*keys, "maand"])
