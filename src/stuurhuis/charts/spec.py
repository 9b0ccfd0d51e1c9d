# SPDX-License-Identifier: EUPL-1.2
"""The frame every chart shares: schema, Dutch locale, colours, size and inlined data."""

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import polars as pl

from stuurhuis.charts import locale

Spec = dict[str, Any]
VEGA_LITE_VERSIE = "6.1"  # the vendored vega-lite and the one vl-convert renders with
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
BREEDTE = 640
HOOGTE = 260
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
KLEUREN: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
NADRUK = "#D55E00"
GRIJS = "#6b6b6b"
LETTERTYPE = "DejaVu Sans, Arial, sans-serif"  # DejaVu is what the report machine has


def grafiek(titel: str, beschrijving: str, inhoud: Spec, *, ondertitel: str = "") -> Spec:
    """A complete Vega-Lite spec: ``inhoud`` (mark/layer/encoding) in the shared frame.

    ``beschrijving`` becomes the SVG's accessible name; the page shows the same figures
    as a table next to it.
    """
    title: dict[str, Any] = {"text": titel, "anchor": "start"}
    if ondertitel:
        title["subtitle"] = ondertitel
    return {
        "$schema": SCHEMA,
        "title": title,
        "description": beschrijving,
        "width": BREEDTE,
        "height": HOOGTE,
        "config": config(),
        "usermeta": {"responsive": True},
        **inhoud,
    }


def config() -> Spec:
    """Locale, font and palette of every chart."""
    return {
        "locale": {"number": locale.NUMBER, "time": locale.TIME},
        "font": LETTERTYPE,
        "range": {"category": list(KLEUREN)},
        "axis": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 220},
        "legend": {"labelFontSize": 11, "titleFontSize": 12, "orient": "bottom"},
        "title": {"fontSize": 14, "subtitleFontSize": 12, "subtitleColor": "#333333"},
        "view": {"stroke": None},
    }


def waarden(
    df: pl.DataFrame,
    kolommen: Mapping[str, str],
    *,
    factoren: Mapping[str, float] | None = None,
) -> list[dict[str, Any]]:
    """Rows of ``df`` as inline data: ``kolommen`` maps a table column to its spec field.

    ``factoren`` scales numeric fields (cents -> euros); dates become ISO strings and
    missing (suppressed) values stay ``null`` so the chart leaves a gap.
    """
    factoren = factoren or {}
    rows = []
    for row in df.select(list(kolommen)).iter_rows(named=True):
        rows.append(
            {veld: _json(row[kolom], factoren.get(veld, 1.0)) for kolom, veld in kolommen.items()}
        )
    return rows


def lang(
    df: pl.DataFrame,
    sleutels: Mapping[str, str],
    maten: Mapping[str, str],
    *,
    naam: str = "reeks",
    veld: str = "waarde",
    factor: float = 1.0,
) -> list[dict[str, Any]]:
    """Wide measures to long inline rows: one row per table row × measure.

    ``maten`` maps a column to its Dutch label, which lands in field ``naam``.
    """
    rows = []
    for row in df.iter_rows(named=True):
        base = {field: _json(row[kolom], 1.0) for kolom, field in sleutels.items()}
        for kolom, label in maten.items():
            rows.append({**base, naam: label, veld: _json(row[kolom], factor)})
    return rows


def volgorde(df: pl.DataFrame, kolom: str) -> list[Any]:
    """The distinct values of ``kolom`` in table order (the order the table shows)."""
    return list(dict.fromkeys(df[kolom].to_list()))


def tooltip(velden: Iterable[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Tooltips from (field, Dutch title, type or d3 format) triples."""
    tips = []
    for field, title, kind in velden:
        if kind in ("nominal", "ordinal", "temporal"):
            tips.append({"field": field, "type": kind, "title": title})
        else:
            tips.append({"field": field, "type": "quantitative", "title": title, "format": kind})
    return tips


def kleurschaal(labels: Sequence[str], kleuren: Sequence[str] = KLEUREN) -> dict[str, Any]:
    """A fixed colour per label, so a measure keeps its colour in every chart."""
    return {"domain": list(labels), "range": list(kleuren[: len(labels)])}


def _json(value: Any, factor: float) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value * factor if factor != 1.0 else value
    return str(value)
