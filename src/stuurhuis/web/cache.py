# SPDX-License-Identifier: EUPL-1.2
"""A small thread-safe LRU cache of built pages, keyed by the warehouse's state.

A page's blocks depend only on (page, key, filters, disclosure, data version); any new
ingest or migration bumps the version, so a stale figure is never served. The same holds
for the filter options (per data version) and the toelichtingen shown beside the blocks
(per toelichting state). Pages that
audit every view (Signalen) keep only what they computed here, never the audit record.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar, cast

import duckdb

from stuurhuis.warehouse import load_sql

T = TypeVar("T")


class PageCache:
    """Least-recently-used cache of built values (block lists, computed tables).

    Concurrent requests for a key that is being built wait for that build instead of
    building it again (eight users opening a cold page cost one build, not eight).
    """

    def __init__(self, size: int = 512) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}

    def get_or_build(self, key: Hashable, build: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return cast(T, self._items[key])
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                if key in self._items:
                    self._items.move_to_end(key)
                    return cast(T, self._items[key])
            try:
                value = build()
            except BaseException:
                with self._lock:
                    self._building.pop(key, None)
                raise
            with self._lock:
                self._items[key] = value
                self._building.pop(key, None)
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


@dataclass(frozen=True)
class Stand:
    """The state of the warehouse the caches are keyed on."""

    data: tuple[object, ...]  # changes whenever data is loaded or the schema migrates
    toelichting: tuple[object, ...]  # changes whenever a toelichting is written


def stand(con: duckdb.DuckDBPyConnection) -> Stand:
    """The current :class:`Stand` (one small query)."""
    rows = {
        str(r[0]): (r[1], r[2]) for r in con.execute(load_sql(__package__, "stand.sql")).fetchall()
    }
    return Stand(data=(*rows["ingest"], *rows["schema"]), toelichting=rows["toelichting"])
