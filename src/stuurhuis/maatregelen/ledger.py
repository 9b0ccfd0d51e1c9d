# SPDX-License-Identifier: EUPL-1.2
"""The ledger of the programme: planned (``potentieel``), secured (``ingevuld``), remaining.

Net potential = structural savings − structural investments. Investments are shown
negative, as in the council tables; ``resterend`` = planned − secured, column by column.
A measure in fase ``gestopt`` is planned at what it secured (nothing remains of it).
"""

import polars as pl

from stuurhuis.maatregelen.indeling import TOTAAL, Per, groepeer
from stuurhuis.maatregelen.model import Maatregel, Programma

BEDRAG_KOLOMMEN = ["besparing_cent", "investering_cent", "netto_cent"]
_SCHEMA = {
    "maatregel_id": pl.String,
    "naam": pl.String,
    "pakket": pl.String,
    "thema": pl.String,
    "kans": pl.Float64,
    "jaar": pl.Int64,
    "taakstelling_cent": pl.Int64,
    "besparing_cent": pl.Int64,
    "investering_cent": pl.Int64,
    "ingevuld_besparing_cent": pl.Int64,
    "ingevuld_investering_cent": pl.Int64,
}


def regels(programma: Programma) -> pl.DataFrame:
    """One row per measure × ledger year, amounts in cents (investments positive here)."""
    years = programma.ledger_jaren()
    rows = [_row(m, year) for m in programma.maatregelen for year in years]
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


def potentieel(programma: Programma, per: Per = "totaal") -> pl.DataFrame:
    """Planned savings, investments (negative), net, the taakstelling and the difference."""
    table = _netto(
        regels(programma), "besparing_cent", "investering_cent", "taakstelling_cent", per
    )
    return _with_taakstelling(table, programma)


def ingevuld(programma: Programma, per: Per = "totaal") -> pl.DataFrame:
    """Secured savings and investments, net, the taakstelling and the difference."""
    table = _netto(
        regels(programma),
        "ingevuld_besparing_cent",
        "ingevuld_investering_cent",
        "taakstelling_cent",
        per,
    )
    return _with_taakstelling(table, programma)


def resterend(programma: Programma, per: Per = "totaal") -> pl.DataFrame:
    """Planned − secured, per column."""
    rows = regels(programma).with_columns(
        rest_besparing=pl.col("besparing_cent") - pl.col("ingevuld_besparing_cent"),
        rest_investering=pl.col("investering_cent") - pl.col("ingevuld_investering_cent"),
    )
    table = _netto(rows, "rest_besparing", "rest_investering", None, per)
    return table.drop("taakstelling_cent")


def _netto(
    rows: pl.DataFrame, besparing: str, investering: str, taakstelling: str | None, per: Per
) -> pl.DataFrame:
    rows = rows.with_columns(
        pl.col(besparing).alias("besparing_cent"),
        (-pl.col(investering)).alias("investering_cent"),
        (pl.col(taakstelling) if taakstelling else pl.lit(None, dtype=pl.Int64)).alias(
            "taakstelling_cent"
        ),
    ).with_columns(netto_cent=pl.col("besparing_cent") + pl.col("investering_cent"))
    return groepeer(rows, per, [*BEDRAG_KOLOMMEN, "taakstelling_cent"])


def _with_taakstelling(table: pl.DataFrame, programma: Programma) -> pl.DataFrame:
    """The programme-wide target overrides the sum of measure targets on the overall rows."""
    if programma.taakstelling:
        per_year = {str(y): c for y, c in programma.taakstelling.items()}
        per_year[TOTAAL] = sum(programma.taakstelling.values())
        overall = pl.DataFrame(
            {"periode": list(per_year), "_programma": list(per_year.values())},
            schema={"periode": pl.String, "_programma": pl.Int64},
        )
        table = (
            table.join(overall, on="periode", how="left", maintain_order="left")
            .with_columns(
                taakstelling_cent=pl.when(pl.col("indeling") == TOTAAL)
                .then(pl.col("_programma").fill_null(0))
                .otherwise(pl.col("taakstelling_cent"))
            )
            .drop("_programma")
        )
    return table.with_columns(
        verschil_taakstelling_cent=pl.col("netto_cent") - pl.col("taakstelling_cent")
    )


def _row(m: Maatregel, year: int) -> tuple[object, ...]:
    # A stopped measure delivers no more than it secured before it stopped: its remaining
    # plan is written off, while its taakstelling stays, so the gap shows in the tables.
    planned = m.ingevuld if m.fase == "gestopt" else m
    return (
        m.id,
        m.naam,
        m.pakket,
        m.thema,
        m.kans,
        year,
        m.taakstelling.get(year, 0) if m.taakstelling else None,
        planned.besparing.get(year, 0),
        planned.investering.get(year, 0),
        m.ingevuld.besparing.get(year, 0),
        m.ingevuld.investering.get(year, 0),
    )
