# SPDX-License-Identifier: EUPL-1.2
"""Wijken (wijkenmonitor): every indicator per wijk against the gemeente, and a wijk page."""

import re

import polars as pl

from stuurhuis import charts
from stuurhuis.errors import StuurhuisError
from stuurhuis.indicators import TOTAAL, catalogue, indicator, kerncijfers
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina
from stuurhuis.web.pages.gedeeld import (
    bij_declaraties,
    heeft_data,
    indicatoren,
    met_naam,
    met_norm_status,
    onvolledig,
    reeks,
    zonder_totaal,
)

KERN: tuple[str, ...] = kerncijfers("wijk")
TREND_LENGTE = 8
_WIJK = re.compile(r"^WK\d{6}$")


def wijk_namen(ctx: Context) -> pl.DataFrame:
    """Code and name of every wijk in the warehouse."""
    return ctx.con.execute(
        "SELECT gebied_code AS wijk, naam AS wijknaam FROM gebied WHERE soort = 'wijk'"
    ).pl()


def per_wijk(ctx: Context) -> pl.DataFrame:
    """Every indicator per wijk with the gemeente's value beside it (long)."""
    ids = [i.id for i in catalogue() if "wijk" in i.uitsplitsingen]
    df = indicatoren(ctx, periodes=[ctx.filters.periode], by=["wijk"], ids=ids)
    if df.is_empty():
        return df
    gemeente = df.filter(pl.col("wijk") == TOTAAL).select(
        "indicator", pl.col("waarde").alias("gemeente_waarde")
    )
    rows = (
        zonder_totaal(df, ["wijk"])
        .join(gemeente, on="indicator", how="left")
        .join(wijk_namen(ctx), on="wijk", how="left")
    )
    return met_naam(rows).select(
        "indicator", "naam", "periode", "wijk", "wijknaam", "waarde", "gemeente_waarde", "eenheid"
    )


def _vergelijking(
    rows: pl.DataFrame, ident: str, nadruk: str | None = None, waarschuwing: str = ""
) -> Blok:
    ind = indicator(ident)
    tabel = rows.filter(pl.col("indicator") == ident).sort("wijk")
    gemeente = tabel["gemeente_waarde"].drop_nulls()
    figuur = tabel.with_columns(pl.coalesce(pl.col("wijknaam"), pl.col("wijk")).alias("wijk_label"))
    return Blok(
        id=f"wijken_{ident}",
        titel=ind.naam,
        tabel=tabel.select("wijk", "wijknaam", "waarde", "gemeente_waarde", "eenheid"),
        grafiek=charts.vergelijking(
            figuur,
            titel=ind.naam,
            eenheid=ind.eenheid,
            categorie="wijk_label",
            referentie=float(gemeente[0]) if gemeente.len() else None,
            nadruk=nadruk,
        ),
        uitleg=ind.definitie + bij_declaraties(ind, waarschuwing),
        onderwerpen=(("indicator", ident),),
        links={"wijk": "/wijk/"},
    )


def bouw(ctx: Context) -> list[Blok]:
    if not heeft_data(ctx):
        return []
    rows = per_wijk(ctx)
    if rows.is_empty():
        return []
    waarschuwing = onvolledig(ctx)
    kern = [
        _vergelijking(rows, i, waarschuwing=waarschuwing)
        for i in KERN
        if i in set(rows["indicator"])
    ]
    alles = Blok(
        id="alle_indicatoren",
        titel="Alle indicatoren per wijk",
        tabel=rows,
        uitleg="Elke indicator per wijk met de waarde van de hele gemeente ernaast.",
        links={"wijk": "/wijk/"},
    )
    return [*kern, alles]


def bouw_wijk(ctx: Context) -> list[Blok]:
    code = (ctx.sleutel or "").upper()
    if not _WIJK.match(code):
        raise StuurhuisError(f"ongeldige wijkcode {ctx.sleutel!r}")
    if not heeft_data(ctx):
        return []
    namen = wijk_namen(ctx)
    if code not in set(namen["wijk"]):
        raise StuurhuisError(f"onbekende wijk {code}")
    rows = per_wijk(ctx)
    if rows.is_empty():
        return []
    eigen = met_norm_status(rows.filter(pl.col("wijk") == code))
    blokken: list[Blok | None] = [
        Blok(
            id="indicatoren",
            titel="Indicatoren van de wijk tegen de gemeente",
            tabel=eigen.select(
                "indicator",
                "naam",
                "periode",
                "waarde",
                "gemeente_waarde",
                "streefwaarde",
                "status",
                "eenheid",
            ),
            uitleg="De waarde in de wijk, de gemeente als geheel en de streefwaarde.",
            onderwerpen=tuple(("indicator", i) for i in eigen["indicator"].to_list()),
        )
    ]
    blokken += [_trend(ctx, code, i) for i in KERN[:3]]
    waarschuwing = onvolledig(ctx)
    blokken += [
        _vergelijking(rows, i, nadruk=_naam(namen, code), waarschuwing=waarschuwing)
        for i in KERN[3:]
    ]
    return [b for b in blokken if b is not None]


def _trend(ctx: Context, code: str, ident: str) -> Blok | None:
    ind = indicator(ident)
    periodes = reeks(ctx.filters.periode, TREND_LENGTE)
    df = indicatoren(ctx, periodes=periodes, by=["wijk"], ids=[ident])
    if df.is_empty():
        return None
    tabel = (
        df.filter(pl.col("wijk").is_in([code, TOTAAL]))
        .with_columns(
            pl.when(pl.col("wijk") == TOTAAL)
            .then(pl.lit("gemeente"))
            .otherwise(pl.lit(code))
            .alias("reeks")
        )
        .select("periode", "reeks", "waarde", "eenheid")
    )
    return Blok(
        id=f"trend_{ident}",
        titel=f"{ind.naam}: verloop in de wijk en de gemeente",
        tabel=tabel,
        grafiek=charts.trend(
            tabel,
            titel=ind.naam,
            eenheid=ind.eenheid,
            reeks="reeks",
            streefwaarde=ind.streefwaarde,
        ),
        uitleg=ind.definitie,
        onderwerpen=(("indicator", ident),),
    )


def _naam(namen: pl.DataFrame, code: str) -> str:
    found = namen.filter(pl.col("wijk") == code)["wijknaam"]
    return str(found[0]) if found.len() else code


PAGINA = Pagina(
    slug="wijken",
    titel="Wijken",
    rollen=ALLE_ROLLEN,
    bouw=bouw,
    filters=("periode", "wet"),
    blokken=(*(f"wijken_{i}" for i in KERN), "alle_indicatoren"),
    omschrijving="De wijkenmonitor: elke indicator per wijk tegen de gemeente.",
)

WIJK = Pagina(
    slug="wijk",
    titel="Wijk",
    rollen=ALLE_ROLLEN,
    bouw=bouw_wijk,
    filters=("periode", "wet"),
    blokken=(
        "indicatoren",
        *(f"trend_{i}" for i in KERN[:3]),
        *(f"wijken_{i}" for i in KERN[3:]),
    ),
    detail=True,
    in_menu=False,
    omschrijving="Alle indicatoren van één wijk tegen de gemeente.",
)
