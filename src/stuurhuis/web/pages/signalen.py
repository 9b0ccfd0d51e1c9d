# SPDX-License-Identifier: EUPL-1.2
"""Signalen (analist, regisseur): case-level signals, each view audit-logged.

Rows come only from :func:`stuurhuis.signals.signalen_voor`, which applies the role rules
(a regisseur sees only their own wijken) and writes the audit record; so this page is
never cached.
"""

from stuurhuis.signals import samenvatting, signalen_voor
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
    wijk = ctx.filters.wijk
    rows = signalen_voor(
        ctx.con,
        ctx.user,
        wijken=[wijk] if wijk else None,
        actie="signalen.export" if ctx.export else "signalen.bekijken",
    )
    peildatum = rows["peildatum"][0] if rows.height else None
    stand = f"Peildatum {peildatum:%d-%m-%Y}." if peildatum else ""
    return [
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
