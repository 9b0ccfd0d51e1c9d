# SPDX-License-Identifier: EUPL-1.2
"""Overzicht: the key indicators with trend, target and status, and the year-end forecast."""

import polars as pl

from stuurhuis import charts, finance
from stuurhuis.indicators import (
    OP_DECLARATIES,
    indicator,
    kerncijfers,
    trend_prognose,
    zonder_lopende,
)
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina
from stuurhuis.web.pages.financiele_basis import jaar_en_peildatum
from stuurhuis.web.pages.gedeeld import (
    bij_declaraties,
    heeft_data,
    indicatoren,
    met_naam,
    met_norm_status,
    onvolledig,
    onvolledige_periodes,
    reeks,
)

KERN: tuple[str, ...] = kerncijfers("gemeente")
TREND_LENGTE = 8
KOLOMMEN = ("indicator", "naam", "periode", "waarde", "streefwaarde", "status", "eenheid")


def bouw(ctx: Context) -> list[Blok]:
    if not heeft_data(ctx):
        return []
    periodes = reeks(ctx.filters.periode, TREND_LENGTE)
    df = indicatoren(ctx, periodes=periodes, ids=KERN)
    if df.is_empty():
        return []
    huidig = met_norm_status(met_naam(df.filter(pl.col("periode") == ctx.filters.periode.code)))
    waarschuwing = onvolledig(ctx)
    blokken = [
        Blok(
            id="kerncijfers",
            titel="Kerncijfers",
            tabel=huidig.select(KOLOMMEN),
            uitleg="De belangrijkste indicatoren in de gekozen periode, met streefwaarde en "
            "status (op koers, let op, afwijking)." + waarschuwing,
            onderwerpen=tuple(("indicator", i) for i in huidig["indicator"].to_list()),
        )
    ]
    lopend = onvolledige_periodes(ctx, periodes)
    blokken += [_trend(df, i, waarschuwing, lopend) for i in KERN if i in set(df["indicator"])]
    blokken.append(_jaarprognose(ctx))
    return blokken


def _trend(df: pl.DataFrame, ident: str, waarschuwing: str, lopend: frozenset[str]) -> Blok:
    ind = indicator(ident)
    rows = df.filter(pl.col("indicator") == ident).select("periode", "waarde", "eenheid")
    overslaan = lopend & set(rows["periode"]) if ind.eenheid in OP_DECLARATIES else frozenset()
    prognose = trend_prognose(rows, overslaan=overslaan)
    tabel = pl.concat(
        [
            rows.select("periode", pl.lit("realisatie").alias("soort"), "waarde"),
            prognose.select("periode", pl.lit("prognose").alias("soort"), "waarde"),
        ],
        how="vertical_relaxed",
    ).join(prognose.select("periode", "ondergrens", "bovengrens"), on="periode", how="left")
    return Blok(
        id=f"trend_{ident}",
        titel=f"{ind.naam}: verloop",
        tabel=tabel.with_columns(eenheid=pl.lit(ind.eenheid)),
        grafiek=charts.trend(
            rows,
            titel=ind.naam,
            eenheid=ind.eenheid,
            streefwaarde=ind.streefwaarde,
            prognose=prognose,
        ),
        uitleg=f"{ind.definitie} Prognose: de lineaire trend van de getoonde perioden voor de "
        "komende twee perioden, met 80%-interval."
        + zonder_lopende(overslaan)
        + bij_declaraties(ind, waarschuwing),
        onderwerpen=(("indicator", ident),),
    )


def _jaarprognose(ctx: Context) -> Blok:
    jaar, peildatum = jaar_en_peildatum(ctx.con, ctx.filters.periode)
    wet = ctx.filters.wet
    df = finance.prognose(ctx.con, jaar=jaar, peildatum=peildatum, by="wet" if wet else "totaal")
    if wet:
        df = df.filter(pl.col("wet") == wet).rename({"wet": "groep"})
    tabel = df.select(finance.JAARRESULTAAT)
    return Blok(
        id="jaarprognose",
        titel=f"Jaarprognose uitgaven {jaar}",
        tabel=tabel,
        grafiek=charts.begroting_realisatie(
            df,
            titel=f"Begroting, realisatie en prognose {jaar}",
            groep="groep",
        ),
        uitleg=f"Stand op {peildatum:%d-%m-%Y}; de band is het 80%-interval van de prognose.",
    )


PAGINA = Pagina(
    slug="overzicht",
    titel="Overzicht",
    rollen=ALLE_ROLLEN,
    bouw=bouw,
    filters=("periode", "wet", "wijk"),
    blokken=("kerncijfers", *(f"trend_{i}" for i in KERN), "jaarprognose"),
    omschrijving="De kerncijfers van het sociaal domein met verloop, streefwaarde en status.",
)
