# SPDX-License-Identifier: EUPL-1.2
"""What a page is: a titled list of blocks, each a tidy table with an optional chart.

Pages only *collect* tables from the computing layers (indicators, finance, maatregelen,
signals, ingest status); templates render them. No figure is computed here.
"""

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import duckdb
import polars as pl

from stuurhuis.web.auth.users import Rol, User
from stuurhuis.web.filters import Filters

ALLE_ROLLEN: frozenset[Rol] = frozenset({"bestuur", "analist", "regisseur", "beheerder"})
T = TypeVar("T")


class Bewaar(Protocol):
    """Keep a value built from the warehouse for as long as its data does not change:
    ``bewaar(key, build)`` returns the kept value for ``key`` or builds and keeps it."""

    def __call__(self, key: Hashable, build: Callable[[], T]) -> T: ...


def niet_bewaren(key: Hashable, build: Callable[[], T]) -> T:
    """Build every time (no cache)."""
    return build()


@dataclass(frozen=True)
class Blok:
    """One figure: a tidy table, optionally a Vega-Lite chart of it, and its subjects."""

    id: str
    titel: str
    tabel: pl.DataFrame
    grafiek: dict[str, Any] | None = None
    uitleg: str = ""
    # (soort, onderwerp) pairs whose toelichting is shown beside this block
    onderwerpen: tuple[tuple[str, str], ...] = ()
    # links from a column value to a detail page: column -> url prefix
    links: dict[str, str] = field(default_factory=dict)
    # when ``tabel`` holds only the first rows shown on the page: how many there are in all
    rijen_totaal: int | None = None

    @property
    def aantal_rijen(self) -> int:
        """The number of rows of the whole table (a download gives them all)."""
        return self.tabel.height if self.rijen_totaal is None else self.rijen_totaal


@dataclass(frozen=True)
class Context:
    """Everything a page builder may use: the warehouse, the user and the filters."""

    con: duckdb.DuckDBPyConnection
    user: User
    filters: Filters
    sleutel: str | None = None  # wijk code or AGB code on a detail page
    export: bool = False  # a download or API call (audited as an export, not a view)
    # a cache per warehouse state for what an uncached page computes (never an audit record)
    bewaar: Bewaar = niet_bewaren

    @property
    def openbaar(self) -> bool:
        """Disclosure control on: every role but analist."""
        return self.user.is_openbaar


@dataclass(frozen=True)
class Pagina:
    """A dashboard page: URL slug, Dutch title, who may see it and how it is built."""

    slug: str
    titel: str
    rollen: frozenset[Rol]
    bouw: Callable[[Context], list[Blok]]
    filters: tuple[str, ...] = ("periode",)
    blokken: tuple[str, ...] = ()  # ids of the blocks (for the API and its docs)
    detail: bool = False  # served at /{slug}/{sleutel}
    in_menu: bool = True
    cache: bool = True  # False for pages that audit every view
    eigen_wijken: bool = False  # the wijk filter offers only the user's own wijken
    omschrijving: str = ""

    def mag(self, user: User) -> bool:
        """Whether ``user`` may open this page."""
        return user.rol in self.rollen
