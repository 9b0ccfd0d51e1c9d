# SPDX-License-Identifier: EUPL-1.2
"""A small thread-safe LRU cache of built pages, keyed by the warehouse's data version.

A page's blocks depend only on (page, key, filters, disclosure, data version); any new
ingest or migration bumps the version, so a stale figure is never served.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

import duckdb

from stuurhuis.web.pages.base import Blok


class PageCache:
    """Least-recently-used cache of built block lists."""

    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, list[Blok]] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_build(self, key: Hashable, build: Callable[[], list[Blok]]) -> list[Blok]:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        blocks = build()
        with self._lock:
            self._items[key] = blocks
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return blocks

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def data_version(con: duckdb.DuckDBPyConnection) -> tuple[object, ...]:
    """Changes whenever data is loaded or the schema migrates."""
    row = con.execute(
        "SELECT (SELECT max(ingest_id) FROM ingest_log), (SELECT count(*) FROM ingest_log),"
        " (SELECT max(versie) FROM schema_versie)"
    ).fetchone()
    return tuple(row) if row else ()
