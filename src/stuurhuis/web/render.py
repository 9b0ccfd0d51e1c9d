# SPDX-License-Identifier: EUPL-1.2
"""Jinja2 templates and the Dutch formatting of tidy-table cells (rendering only)."""

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from stuurhuis.export import euro, getal, procent
from stuurhuis.export.nl import SUPPRESSED

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
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


def is_numeriek(df: pl.DataFrame, column: str) -> bool:
    return df.schema[column].is_numeric()


def spec_json(spec: dict[str, Any]) -> Markup:
    """A chart spec as JSON safe inside ``<script type="application/json">``."""
    text = json.dumps(spec, ensure_ascii=False, default=_default)
    return Markup(  # noqa: S704 - escaped below for the script context
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )


def _default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


TEMPLATES.env.filters["kolomnaam"] = kolomnaam
TEMPLATES.env.filters["spec_json"] = spec_json
TEMPLATES.env.globals["cel"] = cel
TEMPLATES.env.globals["is_numeriek"] = is_numeriek
TEMPLATES.env.globals["MAX_ROWS"] = MAX_ROWS
