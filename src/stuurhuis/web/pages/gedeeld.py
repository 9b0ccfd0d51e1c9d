# SPDX-License-Identifier: EUPL-1.2
"""Helpers the pages share: indicator tables for the user and the filters, period series.

These only *ask* the indicators layer (with disclosure control for every role but
analist) and select or join columns for display; no figure is computed here.
"""

from collections.abc import Sequence

import polars as pl

from stuurhuis import finance
from stuurhuis.charts import LABELS, met_status
from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.jaarprognose import standaard_peildatum
from stuurhuis.indicators import OP_DECLARATIES, TOTAAL, Indicator, catalogue, compute
from stuurhuis.periode import Periode
from stuurhuis.web.filters import data_range
from stuurhuis.web.pages.base import Context

FILTER_DIMS: tuple[str, ...] = ("wet", "wijk", "categorie")


def onvolledig(ctx: Context) -> str:
    """`` <warning>`` when the claims of the chosen period are not all in yet, else ``''``
    (:func:`stuurhuis.finance.onvolledig_tekst`, the factsheet's text too), kept per
    warehouse state: every wijk and provider page of a period shares the one figure."""
    periode = ctx.filters.periode
    return ctx.bewaar(("onvolledig", periode.code), lambda: _onvolledig(ctx, periode))


def _onvolledig(ctx: Context, periode: Periode) -> str:
    try:
        peildatum = standaard_peildatum(ctx.con)
    except StuurhuisError:  # allocations but no claims yet
        return ""
    tekst = finance.onvolledig_tekst(ctx.con, periode, peildatum)
    return f" {tekst}" if tekst else ""


def onvolledige_periodes(ctx: Context, periodes: Sequence[Periode]) -> frozenset[str]:
    """The codes of ``periodes`` whose claims are not all in yet (kept per warehouse
    state), left out of the spending trends."""
    sleutel = ("onvolledige_periodes", tuple(p.code for p in periodes))
    return ctx.bewaar(sleutel, lambda: _onvolledige_periodes(ctx, periodes))


def _onvolledige_periodes(ctx: Context, periodes: Sequence[Periode]) -> frozenset[str]:
    try:
        peildatum = standaard_peildatum(ctx.con)
    except StuurhuisError:  # allocations but no claims yet
        return frozenset()
    return finance.onvolledige_periodes(ctx.con, periodes, peildatum)


def bij_declaraties(ind: Indicator, waarschuwing: str) -> str:
    """``waarschuwing`` for an indicator counted from claims, ``''`` for the others."""
    return waarschuwing if ind.eenheid in OP_DECLARATIES else ""


def heeft_data(ctx: Context) -> bool:
    """Whether the warehouse holds claims or allocations (pages are empty otherwise)."""
    return data_range(ctx.con) is not None


def catalogus() -> pl.DataFrame:
    """Indicator id, naam, streefwaarde and richting, for joining to computed rows."""
    rows = [
        {
            "indicator": i.id,
            "naam": i.naam,
            "streefwaarde": i.streefwaarde,
            "richting": i.richting,
        }
        for i in catalogue()
    ]
    return pl.DataFrame(
        rows,
        schema={
            "indicator": pl.String,
            "naam": pl.String,
            "streefwaarde": pl.Float64,
            "richting": pl.String,
        },
    )


def filter_dims(ctx: Context) -> list[str]:
    """The breakdowns the user's wet/wijk/categorie filters ask for."""
    return [d for d in FILTER_DIMS if getattr(ctx.filters, d)]


def indicatoren(
    ctx: Context,
    *,
    periodes: Sequence[Periode],
    by: Sequence[str] = (),
    ids: Sequence[str] | None = None,
) -> pl.DataFrame:
    """Indicators for the user (disclosure-controlled unless analist) and the filters.

    The filtered breakdowns are added to ``by`` and their rows kept to the chosen value,
    so a table shows the figures *within* the chosen wet, wijk or categorie.
    """
    extra = [d for d in filter_dims(ctx) if d not in by]
    dims = [*by, *extra]
    if ids is not None:
        ids = [i for i in ids if _supports(i, dims)]
        if not ids:
            return pl.DataFrame()
    df = compute(
        ctx.con, periodes=list(periodes), by=dims, ids=ids, openbaar=ctx.openbaar, totalen=True
    )
    for dim in filter_dims(ctx):
        df = df.filter(pl.col(dim) == getattr(ctx.filters, dim))
    return df.drop(extra) if extra else df


def met_naam(df: pl.DataFrame) -> pl.DataFrame:
    """``df`` with the indicator's Dutch name after its id."""
    if df.is_empty():
        return df
    names = catalogus().select("indicator", "naam")
    joined = df.join(names, on="indicator", how="left")
    order = ["indicator", "naam", *[c for c in df.columns if c != "indicator"]]
    return joined.select(order)


def met_norm_status(df: pl.DataFrame) -> pl.DataFrame:
    """``df`` with streefwaarde, richting and the status label (charts.met_status)."""
    norms = catalogus().select("indicator", "streefwaarde", "richting")
    joined = df.join(norms, on="indicator", how="left")
    labelled = met_status(joined).with_columns(
        pl.col("status").replace_strict(LABELS, default=None, return_dtype=pl.String)
    )
    return labelled


def reeks(periode: Periode, lengte: int) -> list[Periode]:
    """``lengte`` periods of the same grain, ending with ``periode`` (oldest first)."""
    found = [periode]
    while len(found) < lengte:
        found.append(found[-1].vorige())
    return found[::-1]


def zonder_totaal(df: pl.DataFrame, dims: Sequence[str]) -> pl.DataFrame:
    """Rows that are not margins of ``dims``."""
    for dim in dims:
        df = df.filter(pl.col(dim) != TOTAAL)
    return df


def _supports(ident: str, dims: Sequence[str]) -> bool:
    found = next((i for i in catalogue() if i.id == ident), None)
    return found is not None and all(d in found.uitsplitsingen for d in dims)
