# SPDX-License-Identifier: EUPL-1.2
"""Gegevens (beheerder): what is loaded, the last ingests, quarantine by reason."""

from stuurhuis.warehouse import load_sql
from stuurhuis.web.pages.base import Blok, Context, Pagina


def bouw(ctx: Context) -> list[Blok]:
    laatste = ctx.con.execute(load_sql(__package__, "gegevens_ingests.sql")).pl()
    per_bron = ctx.con.execute(load_sql(__package__, "gegevens_per_bron.sql")).pl()
    quarantaine = ctx.con.execute(load_sql(__package__, "gegevens_quarantaine.sql")).pl()
    return [
        Blok(
            id="per_bron",
            titel="Geladen per bron",
            tabel=per_bron,
            uitleg="Per soort bron: aantal bestanden en rijen, en wanneer het laatst geladen.",
        ),
        Blok(
            id="ingests",
            titel="Laatste inleesacties",
            tabel=laatste,
            uitleg="De 50 meest recente bestanden; gelezen = geladen + quarantaine.",
        ),
        Blok(
            id="quarantaine",
            titel="Quarantaine per reden",
            tabel=quarantaine,
            uitleg="Afgekeurde rijen per bestand en reden, met het bedrag dat erin zit.",
        ),
    ]


PAGINA = Pagina(
    slug="gegevens",
    titel="Gegevens",
    rollen=frozenset({"beheerder"}),
    bouw=bouw,
    filters=(),
    blokken=("per_bron", "ingests", "quarantaine"),
    omschrijving="Wat er in het warehouse staat, de laatste inleesacties en de quarantaine.",
)
