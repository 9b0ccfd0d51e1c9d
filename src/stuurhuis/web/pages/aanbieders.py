# SPDX-License-Identifier: EUPL-1.2
"""Aanbieders (zakelijk partnerschap): clients, spending, cost per client, duration and
growth per provider, against peers for the same products; and a provider page."""

import re

import polars as pl

from stuurhuis import charts
from stuurhuis.errors import StuurhuisError
from stuurhuis.indicators import indicator
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina
from stuurhuis.web.pages.gedeeld import (
    bij_declaraties,
    heeft_data,
    indicatoren,
    onvolledig,
    zonder_totaal,
)

# indicator -> column name in the provider table (the suffix sets the display unit)
KENGETALLEN: dict[str, str] = {
    "clienten": "clienten",
    "arrangementen": "arrangementen",
    "uitgaven": "uitgaven_cent",
    "kosten_per_client": "kosten_per_client_cent",
    "gemiddelde_duur_dagen": "gemiddelde_duur_dagen",
    "clienten_groei_pct": "clienten_groei_pct",
    "uitgaven_groei_pct": "uitgaven_groei_pct",
}
PEERS: tuple[str, ...] = ("kosten_per_client", "gemiddelde_duur_dagen")
_AGB = re.compile(r"^\d{8}$")


def namen(ctx: Context) -> pl.DataFrame:
    return ctx.con.execute("SELECT agb_code AS aanbieder, naam FROM aanbieder").pl()


def per_aanbieder(ctx: Context) -> pl.DataFrame:
    """One row per provider: the key figures side by side (a reshaped indicator table)."""
    df = indicatoren(ctx, periodes=[ctx.filters.periode], by=["aanbieder"], ids=list(KENGETALLEN))
    if df.is_empty():
        return df
    wide = (
        zonder_totaal(df, ["aanbieder"])
        .pivot(on="indicator", index="aanbieder", values="waarde")
        .rename({k: v for k, v in KENGETALLEN.items() if k in set(df["indicator"])})
    )
    kolommen = [v for v in KENGETALLEN.values() if v in wide.columns]
    return (
        wide.join(namen(ctx), on="aanbieder", how="left")
        .select("aanbieder", "naam", *kolommen)
        .sort("aanbieder")
    )


def peers(ctx: Context, ident: str) -> pl.DataFrame:
    """``ident`` per provider × product category (the same products compared)."""
    df = indicatoren(
        ctx, periodes=[ctx.filters.periode], by=["aanbieder", "categorie"], ids=[ident]
    )
    if df.is_empty():
        return df
    return (
        zonder_totaal(df, ["aanbieder", "categorie"])
        .join(namen(ctx), on="aanbieder", how="left")
        .select("categorie", "aanbieder", "naam", "waarde", "eenheid")
        .sort("categorie", "aanbieder")
    )


def _peer_blok(
    ctx: Context, ident: str, nadruk: str | None = None, waarschuwing: str = ""
) -> Blok | None:
    ind = indicator(ident)
    tabel = peers(ctx, ident)
    if tabel.is_empty():
        return None
    if nadruk is not None:
        eigen = tabel.filter(pl.col("aanbieder") == nadruk)["categorie"].unique()
        tabel = tabel.filter(pl.col("categorie").is_in(eigen.to_list()))
    return Blok(
        id=f"peers_{ident}",
        titel=f"{ind.naam} per productcategorie, tegen andere aanbieders",
        tabel=tabel,
        grafiek=charts.tegen_peers(
            tabel.filter(pl.col("waarde").is_not_null()),
            titel=ind.naam,
            eenheid=ind.eenheid,
            nadruk=nadruk,
        ),
        uitleg="Elke stip is een aanbieder; zo is te zien hoe een aanbieder zich verhoudt "
        "tot anderen die dezelfde producten leveren." + bij_declaraties(ind, waarschuwing),
        onderwerpen=(("indicator", ident),),
        links={"aanbieder": "/aanbieder/"},
    )


def bouw(ctx: Context) -> list[Blok]:
    if not heeft_data(ctx):
        return []
    tabel = per_aanbieder(ctx)
    if tabel.is_empty():
        return []
    waarschuwing = onvolledig(ctx)
    blokken: list[Blok | None] = [
        Blok(
            id="kengetallen",
            titel="Kengetallen per aanbieder",
            tabel=tabel,
            uitleg="Cliënten, uitgaven, kosten per cliënt, gemiddelde duur en groei "
            "tegen dezelfde periode een jaar eerder." + waarschuwing,
            links={"aanbieder": "/aanbieder/"},
        ),
        *(_peer_blok(ctx, i, waarschuwing=waarschuwing) for i in PEERS),
    ]
    return [b for b in blokken if b is not None]


def bouw_aanbieder(ctx: Context) -> list[Blok]:
    code = ctx.sleutel or ""
    if not _AGB.match(code):
        raise StuurhuisError(f"ongeldige AGB-code {code!r}: acht cijfers")
    if not heeft_data(ctx):
        return []
    if code not in set(namen(ctx)["aanbieder"]):
        raise StuurhuisError(f"onbekende aanbieder {code}")
    tabel = per_aanbieder(ctx)
    eigen = tabel.filter(pl.col("aanbieder") == code) if tabel.height else tabel
    waarschuwing = onvolledig(ctx)
    blokken: list[Blok | None] = [
        Blok(
            id="kengetallen",
            titel="Kengetallen van de aanbieder",
            tabel=eigen,
            uitleg="Cliënten, uitgaven, kosten per cliënt, gemiddelde duur en groei."
            + waarschuwing,
        ),
        *(_peer_blok(ctx, i, nadruk=code, waarschuwing=waarschuwing) for i in PEERS),
    ]
    return [b for b in blokken if b is not None]


PAGINA = Pagina(
    slug="aanbieders",
    titel="Aanbieders",
    rollen=ALLE_ROLLEN,
    bouw=bouw,
    filters=("periode", "wet", "categorie"),
    blokken=("kengetallen", *(f"peers_{i}" for i in PEERS)),
    omschrijving="Zakelijk partnerschap: per aanbieder de kengetallen, tegen vergelijkbare "
    "aanbieders.",
)

AANBIEDER = Pagina(
    slug="aanbieder",
    titel="Aanbieder",
    rollen=ALLE_ROLLEN,
    bouw=bouw_aanbieder,
    filters=("periode", "wet", "categorie"),
    blokken=("kengetallen", *(f"peers_{i}" for i in PEERS)),
    detail=True,
    in_menu=False,
    omschrijving="De kengetallen van één aanbieder, tegen andere aanbieders van dezelfde "
    "producten.",
)
