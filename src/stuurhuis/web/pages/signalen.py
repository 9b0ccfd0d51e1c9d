# SPDX-License-Identifier: EUPL-1.2
"""Signalen (analist, regisseur): case-level signals, each view audit-logged.

The signals are computed once per warehouse state and peildatum (:func:`compute`, all
kinds and wijken) and kept with the page's tables per wijk selection. Every request still
goes through the role rules (:func:`toegang`: a regisseur sees only their own wijken, a
refusal is logged) and writes its own audit record (:func:`log_inzage`), also when the
rows come from the cache; so the page's blocks are never cached as a whole.
"""

from datetime import date

import polars as pl

from stuurhuis.signals import (
    compute,
    in_wijken,
    log_inzage,
    samenvatting,
    standaard_peildatum,
    toegang,
)
from stuurhuis.web.pages.base import Blok, Context, Pagina

KOLOMMEN = (
    "soort",
    "reden",
    "wijk_code",
    "huishouden_id",
    "persoon_id",
    "agb_code",
    "sinds",
    "bedrag_op_spel_cent",
    "aanleiding",
)


def bouw(ctx: Context) -> list[Blok]:
    con = ctx.con
    # the default peildatum is at most today, so it is kept per day as well
    peil = ctx.bewaar(("peildatum", date.today()), lambda: standaard_peildatum(con))
    wijk = ctx.filters.wijk
    toegestaan = toegang(con, ctx.user, wijken=[wijk] if wijk else None, peildatum=peil)
    wijken = None if toegestaan is None else tuple(toegestaan)
    rows, blokken = ctx.bewaar(
        ("blokken", peil, wijken),
        lambda: _blokken(
            in_wijken(ctx.bewaar(("alle", peil), lambda: compute(con, peildatum=peil)), wijken)
        ),
    )
    log_inzage(
        con,
        ctx.user,
        rows,
        wijken=toegestaan,
        peildatum=peil,
        actie="signalen.export" if ctx.export else "signalen.bekijken",
    )
    return blokken


def _blokken(rows: pl.DataFrame) -> tuple[pl.DataFrame, list[Blok]]:
    peildatum = rows["peildatum"][0] if rows.height else None
    stand = f"Peildatum {peildatum:%d-%m-%Y}." if peildatum else ""
    return rows, [
        Blok(
            id="samenvatting",
            titel="Signalen per soort en reden",
            tabel=samenvatting(rows),
            uitleg=f"Aantal signalen en het geschatte bedrag dat op het spel staat. {stand}",
        ),
        Blok(
            id="signalen",
            titel="Signalen op casusniveau",
            tabel=rows.select(KOLOMMEN).sort(
                "soort", "bedrag_op_spel_cent", descending=[False, True]
            ),
            uitleg="Alleen pseudoniemen; uw casussysteem koppelt ze terug. Elke weergave "
            "en download wordt vastgelegd in de auditlog.",
        ),
    ]


PAGINA = Pagina(
    slug="signalen",
    titel="Signalen",
    rollen=frozenset({"analist", "regisseur"}),
    bouw=bouw,
    filters=("wijk",),
    blokken=("samenvatting", "signalen"),
    cache=False,
    eigen_wijken=True,
    omschrijving="Casussen om op te handelen: stapeling, Wlz-kandidaten, herindicatie, 18-, "
    "doorlooptijden, rechtmatigheid en uitschieters.",
)
