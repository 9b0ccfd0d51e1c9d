# SPDX-License-Identifier: EUPL-1.2
"""Inhabitants per period and wijk: the denominator of the per-inhabitant indicators."""

from collections.abc import Sequence

import duckdb
import polars as pl

from stuurhuis.indicators.query import fragment, period_params
from stuurhuis.periode import Periode


def inwoners(
    con: duckdb.DuckDBPyConnection,
    periodes: Sequence[Periode],
    *,
    leeftijd_van: int = 0,
    leeftijd_tot: int = 999,
) -> pl.DataFrame:
    """``periode, wijk, inwoners``: inhabitants aged [van, tot] as the indicators use them
    (the period's year or the latest earlier one); ``wijk`` null is the gemeente."""
    sql = (
        "WITH\n"
        + ",\n".join([fragment("periodes.sql"), fragment("bevolking_noemer.sql")])
        + "\nSELECT periode, wijk, CAST(noemer AS BIGINT) AS inwoners"
        + "\nFROM noemer_bron ORDER BY periode, wijk"
    )
    params = {**period_params(periodes), "leeftijd_van": leeftijd_van, "leeftijd_tot": leeftijd_tot}
    frame: pl.DataFrame = con.execute(sql, params).pl()
    return frame
