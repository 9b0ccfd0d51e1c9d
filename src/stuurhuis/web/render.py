# SPDX-License-Identifier: EUPL-1.2
"""Jinja2 templates and the Dutch formatting of tidy-table cells (rendering only)."""

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from stuurhuis.export import euro, getal, procent
from stuurhuis.export.nl import SUPPRESSED

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.auto_reload = False  # templates ship with the package: no stat() per render
MAX_ROWS = 250  # rows shown on a page; downloads and the API always give all rows


def kolomnaam(name: str) -> str:
    """``bedrag_cent`` -> ``bedrag (€)``, ``aantal_clienten`` -> ``aantal clienten``."""
    if name.endswith("_cent"):
        return name.removesuffix("_cent").replace("_", " ") + " (€)"
    if name.endswith("_fractie") or name.startswith("aandeel_"):
        return name.removesuffix("_fractie").replace("_", " ") + " (%)"
    return name.replace("_", " ")


def cel(value: Any, column: str, rij: dict[str, Any] | None = None) -> str:
    """One cell in Dutch notation; None (suppressed or missing) is CBS's ``.``.

    An indicator value (``waarde``, ``streefwaarde``, ``*_waarde``) is shown in the unit
    named by the row's ``eenheid`` column (cents as euros).
    """
    if value is None:
        return SUPPRESSED
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int | float):
        eenheid = rij.get("eenheid") if rij else None
        return _number(value, column, eenheid if isinstance(eenheid, str) else None)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def in_eenheid(value: float, eenheid: str) -> str:
    """An indicator value in its unit: ``€ 1.234``, ``18,3%``, ``705,2``, ``12``."""
    if eenheid in ("cent", "cent_per_client"):
        return euro(value)
    if eenheid == "procent":
        return getal(float(value), 1) + "%"
    if eenheid == "per_10000":
        return getal(float(value), 1)
    return getal(round(value)) if isinstance(value, float) else getal(value)


def _is_waarde(column: str) -> bool:
    return column in ("waarde", "streefwaarde") or column.endswith("_waarde")


def _number(value: float, column: str, eenheid: str | None = None) -> str:
    if eenheid is not None and _is_waarde(column):
        return in_eenheid(value, eenheid)
    if column.endswith("_cent"):
        return euro(value)
    if column.endswith("_fractie") or column.startswith("aandeel_"):
        return procent(float(value))
    return getal(value) if isinstance(value, int) else getal(value, 1)


def numerieke_kolommen(df: pl.DataFrame) -> frozenset[str]:
    """The numeric columns of ``df`` (looked up once per table, not once per cell)."""
    return frozenset(name for name, dtype in df.schema.items() if dtype.is_numeric())


def tabel_rijen(blok: Any, query: str) -> Markup:
    """The ``<tr>`` rows of a block's table (the first :data:`MAX_ROWS`), every value
    escaped: cells in Dutch notation (:func:`cel`), numeric columns right-aligned, a
    ``status`` cell coloured, linked columns pointing to their detail page.

    Written in Python rather than as a template loop: a Jinja loop over 250 rows × 8
    cells costs several times more, which the uncached pages (Auditlog) pay per view.
    """
    tabel: pl.DataFrame = blok.tabel
    numeriek = numerieke_kolommen(tabel)
    klassen = {
        kol: "utrecht-table__cell utrecht-table__cell--numeric-data"
        if kol in numeriek
        else "utrecht-table__cell"
        for kol in tabel.columns
    }
    links: dict[str, str] = blok.links
    vraag = escape(query)
    regels: list[str] = []
    for rij in tabel.head(MAX_ROWS).iter_rows(named=True):
        regels.append('<tr class="utrecht-table__row">')
        for kol, kolklasse in klassen.items():
            waarde = rij[kol]
            klasse = kolklasse
            if kol == "status" and waarde:
                klasse = f"{kolklasse} sh-status--{escape(str(waarde).replace(' ', '-'))}"
            tekst = escape(cel(waarde, kol, rij))
            if kol in links and waarde is not None:
                href = f"{escape(links[kol])}{escape(waarde)}?{vraag}"
                tekst = Markup(f'<a class="utrecht-link" href="{href}">{tekst}</a>')  # noqa: S704
            regels.append(f'<td class="{klasse}">{tekst}</td>')
        regels.append("</tr>")
    return Markup("\n".join(regels))  # noqa: S704 - every value escaped above


class RenderMemo:
    """Rendered HTML of cached objects (a block's table, a chart's JSON), reused while the
    object lives in the page cache: rendering 250 rows takes longer than serving them.

    Keyed by the object's identity (plus a text such as the query string); the object is
    kept with its HTML, so an id is never reused for another object while it is stored.
    """

    def __init__(self, size: int = 1024) -> None:
        self._size = size
        self._items: OrderedDict[tuple[int, str], tuple[object, Markup]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, obj: object, extra: str, render: Callable[[], Markup]) -> Markup:
        key = (id(obj), extra)
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] is obj:
                self._items.move_to_end(key)
                return found[1]
        html = render()
        with self._lock:
            self._items[key] = (obj, html)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return html


MEMO = RenderMemo()


def spec_json(spec: dict[str, Any]) -> Markup:
    """A chart spec as JSON safe inside ``<script type="application/json">``."""
    return MEMO.get(spec, "spec", lambda: _spec_json(spec))


def _spec_json(spec: dict[str, Any]) -> Markup:
    text = json.dumps(spec, ensure_ascii=False, default=_default)
    return Markup(  # noqa: S704 - escaped below for the script context
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )


def tabel_html(blok: Any, query: str) -> Markup:
    """The HTML table of a block (``_tabel.html``), rendered once per block and query."""
    template = TEMPLATES.get_template("_tabel.html")
    return MEMO.get(
        blok,
        query,
        lambda: Markup(template.render(blok=blok, query=query)),  # noqa: S704
    )


def _default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


TEMPLATES.env.filters["kolomnaam"] = kolomnaam
TEMPLATES.env.filters["spec_json"] = spec_json
TEMPLATES.env.globals["cel"] = cel
TEMPLATES.env.globals["tabel_html"] = tabel_html
TEMPLATES.env.globals["numerieke_kolommen"] = numerieke_kolommen
TEMPLATES.env.globals["tabel_rijen"] = tabel_rijen
TEMPLATES.env.globals["MAX_ROWS"] = MAX_ROWS
