# SPDX-License-Identifier: EUPL-1.2
"""Every indicator by every allowed breakdown in every period grain (hand-made
municipality): rows come out, and along an additive breakdown the parts add up to the
margin."""

import duckdb
import polars as pl
import pytest

from stuurhuis.indicators import TOTAAL, Indicator, catalogue, compute
from stuurhuis.periode import GRAINS, parse_periode

PERIODES = [parse_periode(p) for p in ("2024", "2024-H1", "2024-Q1", "2024-02")]
GEVALLEN = [(ind, dim) for ind in catalogue() for dim in ("gemeente", *ind.uitsplitsingen)]


@pytest.mark.parametrize(("ind", "dim"), GEVALLEN, ids=lambda v: getattr(v, "id", v))
def test_breakdown_in_every_grain(
    mini: duckdb.DuckDBPyConnection, ind: Indicator, dim: str
) -> None:
    by = [] if dim == "gemeente" else [dim]
    df = compute(mini, periodes=PERIODES, by=by, ids=[ind.id], totalen=True)
    assert set(df["grain"]) == set(GRAINS)
    if not by:
        return
    assert df[dim].null_count() == 0
    if dim not in ind.additief:
        return
    rest = [d for d in ind.verplicht if d != dim]
    parts = (
        df.filter(pl.col(dim) != TOTAAL).group_by(["periode", *rest]).agg(pl.col("teller").sum())
    )
    margin = df.filter(pl.col(dim) == TOTAAL).select("periode", *rest, pl.col("teller").alias("t"))
    joined = margin.join(parts, on=["periode", *rest], how="left").fill_null(0)
    assert (joined["teller"] == joined["t"]).all(), joined
