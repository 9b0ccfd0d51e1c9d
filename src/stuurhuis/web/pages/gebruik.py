# SPDX-License-Identifier: EUPL-1.2
"""Gebruik: clients and arrangements per wet and categorie, inflow and outflow, ZIN/PGB,
referrers and age groups."""

from collections.abc import Sequence

import polars as pl

from stuurhuis import charts
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina
from stuurhuis.web.pages.gedeeld import heeft_data, indicatoren, met_naam, reeks, zonder_totaal

TREND_LENGTE = 8


def _verdeling(
    ctx: Context,
    *,
    id: str,
    titel: str,
    dim: str,
    ids: Sequence[str],
    uitleg: str,
) -> Blok | None:
    df = indicatoren(ctx, periodes=[ctx.filters.periode], by=[dim], ids=ids)
    if df.is_empty():
        return None
    tabel = met_naam(df).select("indicator", "naam", "periode", dim, "waarde", "eenheid")
    eenheid = str(tabel["eenheid"][0])
    figuur = zonder_totaal(tabel, [dim]).filter(pl.col("eenheid") == eenheid)
    return Blok(
        id=id,
        titel=titel,
        tabel=tabel,
        grafiek=charts.staven(
            figuur,
            titel=titel,
            eenheid=eenheid,
            categorie=dim,
            reeks="naam" if len(ids) > 1 else None,
            categorie_titel=dim,
        ),
        uitleg=uitleg,
        onderwerpen=tuple(("indicator", i) for i in ids),
    )


def _stromen(ctx: Context) -> Blok | None:
    periodes = reeks(ctx.filters.periode, TREND_LENGTE)
    df = indicatoren(ctx, periodes=periodes, ids=["instroom", "uitstroom"])
    if df.is_empty():
        return None
    tabel = met_naam(df).select("indicator", "naam", "periode", "waarde", "eenheid")
    return Blok(
        id="instroom_uitstroom",
        titel="Instroom en uitstroom",
        tabel=tabel,
        grafiek=charts.trend(tabel, titel="Instroom en uitstroom", eenheid="aantal", reeks="naam"),
        uitleg="Nieuwe cliënten (instroom) en cliënten van wie de laatste voorziening "
        "eindigde (uitstroom), per periode.",
        onderwerpen=(("indicator", "instroom"), ("indicator", "uitstroom")),
    )


def bouw(ctx: Context) -> list[Blok]:
    if not heeft_data(ctx):
        return []
    kandidaten = [
        _verdeling(
            ctx,
            id="per_wet",
            titel="Cliënten en arrangementen per wet",
            dim="wet",
            ids=["clienten", "arrangementen"],
            uitleg="Unieke cliënten en lopende arrangementen in de periode.",
        ),
        _verdeling(
            ctx,
            id="per_categorie",
            titel="Cliënten en arrangementen per productcategorie",
            dim="categorie",
            ids=["clienten", "arrangementen"],
            uitleg="Productcategorieën van Wmo en Jeugdwet (iStandaarden).",
        ),
        _stromen(ctx),
        _verdeling(
            ctx,
            id="leveringsvorm",
            titel="Zorg in natura en pgb",
            dim="leveringsvorm",
            ids=["clienten"],
            uitleg="Cliënten naar leveringsvorm: zorg in natura (ZIN) of persoonsgebonden "
            "budget (PGB).",
        ),
        _verdeling(
            ctx,
            id="verwijzers",
            titel="Verwijzers (jeugd)",
            dim="verwijzer",
            ids=["verwijzer_aandeel_pct"],
            uitleg="Aandeel van de jeugdhulptrajecten per verwijzer (gemeente, huisarts, "
            "jeugdarts, gecertificeerde instelling, ...).",
        ),
        _verdeling(
            ctx,
            id="leeftijd",
            titel="Cliënten per leeftijdsgroep",
            dim="leeftijdsklasse",
            ids=["clienten"],
            uitleg="Unieke cliënten naar leeftijd aan het eind van de periode.",
        ),
    ]
    return [b for b in kandidaten if b is not None]


PAGINA = Pagina(
    slug="gebruik",
    titel="Gebruik",
    rollen=ALLE_ROLLEN,
    bouw=bouw,
    filters=("periode", "wet", "wijk", "categorie"),
    blokken=(
        "per_wet",
        "per_categorie",
        "instroom_uitstroom",
        "leveringsvorm",
        "verwijzers",
        "leeftijd",
    ),
    omschrijving="Hoeveel inwoners welke ondersteuning krijgen, en hoe dat verandert.",
)
