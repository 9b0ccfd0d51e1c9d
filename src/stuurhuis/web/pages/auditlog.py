# SPDX-License-Identifier: EUPL-1.2
"""Auditlog (beheerder): who saw or exported which case-level rows, when.

Viewing the trail is itself logged (``audit.bekijken``), as on the command line.
"""

from stuurhuis.privacy import audit
from stuurhuis.web.pages.base import Blok, Context, Pagina


def bouw(ctx: Context) -> list[Blok]:
    regels = audit.entries(ctx.con)
    audit.log(ctx.con, ctx.user, "audit.bekijken", filter={}, aantal_rijen=regels.height)
    return [
        Blok(
            id="regels",
            titel="Auditlog",
            tabel=regels,
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
