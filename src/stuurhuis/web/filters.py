# SPDX-License-Identifier: EUPL-1.2
"""Filters live in the URL (periode, wet, wijk, categorie) so a view can be shared."""

import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlencode

import duckdb

from stuurhuis.codelijsten import codelijst
from stuurhuis.errors import StuurhuisError
from stuurhuis.periode import Grain, Periode, containing, parse_periode, periodes
from stuurhuis.warehouse import load_sql

_WIJK = re.compile(r"^WK\d{6}$")
_CATEGORIE = re.compile(r"^[0-9A-Z]{1,10}$")
NAMES: tuple[str, ...] = ("periode", "wet", "wijk", "categorie")


@dataclass(frozen=True)
class Filters:
    """The filter values of one view; None means 'all'."""

    periode: Periode
    wet: str | None = None
    wijk: str | None = None
    categorie: str | None = None

    def query(self, **override: str | None) -> str:
        """The query string of this view, with ``override`` applied (None drops a key)."""
        values = {
            "periode": self.periode.code,
            "wet": self.wet,
            "wijk": self.wijk,
            "categorie": self.categorie,
        }
        values.update(override)
        return urlencode({k: v for k, v in values.items() if v})

    def with_periode(self, periode: Periode) -> "Filters":
        return replace(self, periode=periode)

    def key(self) -> tuple[str, str | None, str | None, str | None]:
        return (self.periode.code, self.wet, self.wijk, self.categorie)


def parse_filters(params: dict[str, str], default: Periode) -> Filters:
    """Filters from query parameters; a bad value is a StuurhuisError with a Dutch line."""
    text = (params.get("periode") or "").strip()
    periode = parse_periode(text) if text else default
    wet = params.get("wet") or None
    if wet is not None and wet not in codelijst("wet"):
        raise StuurhuisError(f"onbekende wet {wet!r}: kies uit {', '.join(codelijst('wet'))}")
    wijk = (params.get("wijk") or "").upper() or None
    if wijk is not None and not _WIJK.match(wijk):
        raise StuurhuisError(f"ongeldige wijkcode {wijk!r}")
    categorie = (params.get("categorie") or "").upper() or None
    if categorie is not None and not _CATEGORIE.match(categorie):
        raise StuurhuisError(f"ongeldige categorie {categorie!r}")
    return Filters(periode=periode, wet=wet, wijk=wijk, categorie=categorie)


def data_range(con: duckdb.DuckDBPyConnection) -> tuple[date, date] | None:
    """First and last service day in the warehouse (claims and allocations), if any."""
    row = con.execute(load_sql(__package__, "data_range.sql")).fetchone()
    if row is None or row[0] is None:
        return None
    return row[0], row[1]


def default_periode(con: duckdb.DuckDBPyConnection, today: date | None = None) -> Periode:
    """The last complete quarter with data (or the current quarter when there is none)."""
    found = data_range(con)
    if found is None:
        return containing(today or date.today(), "kwartaal")
    last = containing(found[1], "kwartaal")
    if last.eind > found[1] and last.vorige().start >= found[0]:
        return last.vorige()
    return last


def periode_options(con: duckdb.DuckDBPyConnection) -> list[Periode]:
    """Years, half-years and quarters with data, newest first."""
    found = data_range(con)
    if found is None:
        return []
    options: list[Periode] = []
    grains: tuple[Grain, ...] = ("jaar", "halfjaar", "kwartaal")
    for grain in grains:
        options.extend(periodes(found[0], found[1], grain))
    return sorted(options, key=lambda p: (p.start, -_size(p)), reverse=True)


def wijk_options(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(code, naam) of every wijk in the warehouse."""
    rows = con.execute(
        "SELECT gebied_code, naam FROM gebied WHERE soort = 'wijk' ORDER BY gebied_code"
    ).fetchall()
    return [(str(code), str(naam)) for code, naam in rows]


def categorie_options() -> list[tuple[str, str]]:
    """(code, label) of the Wmo and Jeugd product categories."""
    found = {**codelijst("wmo_productcategorie"), **codelijst("jeugd_productcategorie")}
    return sorted(found.items())


def _size(p: Periode) -> int:
    return {"maand": 1, "kwartaal": 3, "halfjaar": 6, "jaar": 12}[p.grain]
