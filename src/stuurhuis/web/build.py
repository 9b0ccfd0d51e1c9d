# SPDX-License-Identifier: EUPL-1.2
"""Build (or fetch from cache) the blocks of one page for one user and one set of filters.

HTML pages, downloads and the JSON API all go through :func:`blocks_for`, so the three
always show the same table.
"""

from collections.abc import Callable, Hashable, Mapping
from datetime import date
from typing import TypeVar

import duckdb
from fastapi import Request

from stuurhuis.web.auth import User
from stuurhuis.web.cache import PageCache, Stand, stand
from stuurhuis.web.filters import Filters, default_periode, parse_filters
from stuurhuis.web.pages import Blok, Context, Pagina
from stuurhuis.web.session import Forbidden

T = TypeVar("T")


def request_stand(request: Request, con: duckdb.DuckDBPyConnection) -> Stand:
    """The warehouse's :class:`Stand`, read once per request."""
    found = getattr(request.state, "stand", None)
    if isinstance(found, Stand):
        return found
    found = stand(con)
    request.state.stand = found
    return found


def bewaard(
    request: Request, con: duckdb.DuckDBPyConnection, key: Hashable, build: Callable[[], T]
) -> T:
    """``build()`` kept while the loaded data stays the same (filter options and such)."""
    cache: PageCache = request.app.state.page_cache
    return cache.get_or_build(("data", request_stand(request, con).data, key), build)


def page_filters(
    request: Request, con: duckdb.DuckDBPyConnection, page: Pagina, params: Mapping[str, str]
) -> Filters:
    """The page's filters from the query string; filters the page does not use are dropped."""
    used = {name: value for name, value in params.items() if name in page.filters}
    # without data the default is today's quarter, hence the date in the key
    default = bewaard(request, con, ("periode", date.today()), lambda: default_periode(con))
    return parse_filters(used, default)


def blocks_for(
    request: Request,
    con: duckdb.DuckDBPyConnection,
    user: User,
    page: Pagina,
    filters: Filters,
    *,
    sleutel: str | None = None,
    export: bool = False,
) -> list[Blok]:
    """The page's blocks; raises Forbidden when the role may not see the page.

    ``export`` marks a download or API call (pages that audit log it as an export).
    """
    if not page.mag(user):
        raise Forbidden
    cache: PageCache = request.app.state.page_cache
    version = request_stand(request, con).data

    def bewaar(key: Hashable, build: Callable[[], T]) -> T:
        return cache.get_or_build((page.slug, "bewaar", version, key), build)

    ctx = Context(
        con=con, user=user, filters=filters, sleutel=sleutel, export=export, bewaar=bewaar
    )
    if not page.cache:
        return page.bouw(ctx)
    key = (page.slug, sleutel, filters.key(), user.is_openbaar, version)
    return cache.get_or_build(key, lambda: page.bouw(ctx))


def find_block(blocks: list[Blok], blok_id: str) -> Blok | None:
    return next((b for b in blocks if b.id == blok_id), None)
