# SPDX-License-Identifier: EUPL-1.2
"""The registry of dashboard pages, in menu order.

Each page module exposes ``PAGINA`` (and detail pages ``WIJK`` / ``AANBIEDER``).
"""

from stuurhuis.web.pages import (
    aanbieders,
    auditlog,
    financien,
    gebruik,
    gegevens,
    maatregelen,
    overzicht,
    signalen,
    wijken,
)
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina

PAGINAS: tuple[Pagina, ...] = (
    overzicht.PAGINA,
    financien.PAGINA,
    gebruik.PAGINA,
    wijken.PAGINA,
    wijken.WIJK,
    aanbieders.PAGINA,
    aanbieders.AANBIEDER,
    maatregelen.PAGINA,
    signalen.PAGINA,
    gegevens.PAGINA,
    auditlog.PAGINA,
)


def pagina(slug: str) -> Pagina | None:
    """The page with this slug, or None."""
    return next((p for p in PAGINAS if p.slug == slug), None)


__all__ = ["ALLE_ROLLEN", "PAGINAS", "Blok", "Context", "Pagina", "pagina"]
