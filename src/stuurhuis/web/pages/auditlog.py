# SPDX-License-Identifier: EUPL-1.2
"""Auditlog (beheerder): who saw or exported which case-level rows, when.

Viewing the trail is itself logged (``audit.bekijken``), as on the command line.
"""

from stuurhuis.privacy import audit
from stuurhuis.web.pages.base import Blok, Context, Pagina
from stuurhuis.web.render import MAX_ROWS


def bouw(ctx: Context) -> list[Blok]:
    # the page shows the newest MAX_ROWS records (the trail only grows); downloads get all
    regels = audit.entries(ctx.con, limit=None if ctx.export else MAX_ROWS)
    totaal = regels.height if ctx.export else audit.aantal(ctx.con)
    audit.log(ctx.con, ctx.user, "audit.bekijken", filter={}, aantal_rijen=regels.height)
    return [
        Blok(
            id="regels",
            titel="Auditlog",
            tabel=regels,
            rijen_totaal=totaal,
            uitleg="Nieuwste eerst. De log bevat het filter en het aantal rijen, nooit de "
            "rijen zelf.",
        )
    ]


PAGINA = Pagina(
    slug="auditlog",
    titel="Auditlog",
    rollen=frozenset({"beheerder"}),
    bouw=bouw,
    filters=(),
    blokken=("regels",),
    cache=False,
    omschrijving="Wie bekeek of exporteerde wanneer welke signalen.",
)
