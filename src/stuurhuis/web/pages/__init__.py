# SPDX-License-Identifier: EUPL-1.2
"""The registry of dashboard pages, in menu order.

A page is added when its computing layer is on main; each page module exposes ``PAGINA``.
"""

from stuurhuis.web.pages import gegevens
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina

PAGINAS: tuple[Pagina, ...] = (gegevens.PAGINA,)


def pagina(slug: str) -> Pagina | None:
    """The page with this slug, or None."""
    return next((p for p in PAGINAS if p.slug == slug), None)


__all__ = ["ALLE_ROLLEN", "PAGINAS", "Blok", "Context", "Pagina", "pagina"]
