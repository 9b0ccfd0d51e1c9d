# SPDX-License-Identifier: EUPL-1.2
"""Breakdowns of the programme tables: overall, per pakket, per thema or per maatregel.

Every table with a breakdown has the columns ``indeling`` (the level: ``totaal``,
``pakket``, ``thema`` or ``maatregel``), ``groep`` (the name within that level) and
``periode`` (a year such as ``2024``, or ``totaal`` for the sum over the years). A
breakdown other than ``totaal`` is always followed by the overall rows, so every table
shows its parts and their sum.
"""

from typing import Literal, get_args

import polars as pl

from stuurhuis.errors import StuurhuisError

Per = Literal["totaal", "pakket", "thema", "maatregel"]
PERS: tuple[str, ...] = get_args(Per)
TOTAAL = "totaal"
_TOTAAL_GROEP = "Totaal"
_TOTAAL_JAAR = 10_000  # sorts the all-years row after every year


def check_per(per: str) -> Per:
    """``per`` as a typed literal, or a one-line Dutch error."""
    if per not in PERS:
        raise StuurhuisError(f"onbekende indeling {per!r}: kies uit {', '.join(PERS)}")
    return per  # type: ignore[return-value]


def groep_naam(per: Per) -> pl.Expr:
    """The ``groep`` of a measure row (columns maatregel_id, naam, pakket, thema)."""
    if per == "totaal":
        return pl.lit(_TOTAAL_GROEP)
    if per == "maatregel":
        return pl.concat_str([pl.col("maatregel_id"), pl.col("naam")], separator=" ")
    return pl.col(per).fill_null(f"(geen {per})")


def groepeer(regels: pl.DataFrame, per: Per, waarden: list[str]) -> pl.DataFrame:
    """Sum ``waarden`` of measure × year rows per group × year and over all years.

    ``regels`` has one row per measure × ``jaar`` (in the programme's order). A value whose
    rows are all null stays null (e.g. a pakket without any per-measure taakstelling).
    """
    levels: list[Per] = ["totaal"] if per == "totaal" else [per, "totaal"]
    frames = [_level(regels, level, waarden) for level in levels]
    return pl.concat(frames, how="vertical") if frames else pl.DataFrame()


def _level(regels: pl.DataFrame, level: Per, waarden: list[str]) -> pl.DataFrame:
    rows = regels.with_columns(groep=groep_naam(level))
    sums = [_null_aware_sum(col) for col in waarden]
    per_year = rows.group_by(["groep", "jaar"], maintain_order=True).agg(sums)
    all_years = rows.group_by("groep", maintain_order=True).agg(sums)
    all_years = all_years.with_columns(jaar=pl.lit(_TOTAAL_JAAR, dtype=pl.Int64))
    order = rows.select("groep").unique(maintain_order=True).with_row_index("_volgorde")
    return (
        pl.concat(
            [
                per_year.with_columns(pl.col("jaar").cast(pl.Int64)),
                all_years.select(per_year.columns),
            ]
        )
        .join(order, on="groep")
        .sort(["_volgorde", "jaar"])
        .select(
            pl.lit(level).alias("indeling"),
            "groep",
            periode_expr(),
            *waarden,
        )
    )


def periode_expr() -> pl.Expr:
    """``jaar`` as a period code; the all-years row becomes ``totaal``."""
    return (
        pl.when(pl.col("jaar") == _TOTAAL_JAAR)
        .then(pl.lit(TOTAAL))
        .otherwise(pl.col("jaar").cast(pl.String))
        .alias("periode")
    )


def _null_aware_sum(col: str) -> pl.Expr:
    return pl.when(pl.col(col).is_null().all()).then(None).otherwise(pl.col(col).sum()).alias(col)
