# SPDX-License-Identifier: EUPL-1.2
"""Bars of one measure per category, optionally split by a series (side by side)."""

from typing import Any

import polars as pl

from stuurhuis.charts.eenheid import weergave
from stuurhuis.charts.spec import Spec, grafiek, tooltip, volgorde, waarden


def staven(
    df: pl.DataFrame,
    *,
    titel: str,
    eenheid: str,
    categorie: str,
    waarde: str = "waarde",
    reeks: str | None = None,
    categorie_titel: str | None = None,
    reeks_titel: str | None = None,
    ondertitel: str = "",
) -> Spec:
    """Horizontal bars of ``waarde`` per ``categorie`` in table order; with ``reeks`` the
    series stand side by side (e.g. planned vs realised savings per year)."""
    shown = weergave(eenheid)
    kolommen = {categorie: "categorie", waarde: "waarde"}
    if reeks is not None:
        kolommen[reeks] = "reeks"
    rows = waarden(df, kolommen, factoren={"waarde": shown.factor})
    encoding: dict[str, Any] = {
        "y": {
            "field": "categorie",
            "type": "nominal",
            "title": categorie_titel,
            "sort": volgorde(df, categorie),
        },
        "x": {
            "field": "waarde",
            "type": "quantitative",
            "title": shown.titel,
            "axis": {"format": shown.format},
        },
        "tooltip": tooltip(
            [
                ("categorie", categorie_titel or categorie, "nominal"),
                *([("reeks", reeks_titel or reeks, "nominal")] if reeks else []),
                ("waarde", "Waarde", shown.format),
            ]
        ),
    }
    if reeks is not None:
        order = volgorde(df, reeks)
        encoding["yOffset"] = {"field": "reeks", "type": "nominal", "sort": order}
        encoding["color"] = {
            "field": "reeks",
            "type": "nominal",
            "title": reeks_titel,
            "sort": order,
        }
    return grafiek(
        titel,
        f"Staafdiagram van {titel} per {categorie_titel or categorie}",
        {
            "height": {"step": 12 if reeks else 20},
            "data": {"values": rows},
            "mark": {"type": "bar"},
            "encoding": encoding,
        },
        ondertitel=ondertitel,
    )
