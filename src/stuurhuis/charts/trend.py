# SPDX-License-Identifier: EUPL-1.2
"""An indicator over time: the realised values, the target and the forecast with its band."""

from typing import Any

import polars as pl

from stuurhuis.charts.eenheid import weergave
from stuurhuis.charts.spec import GRIJS, KLEUREN, Spec, grafiek, kleurschaal, tooltip, waarden

REALISATIE = "Realisatie"
PROGNOSE = "Prognose (80%-band)"
STREEFWAARDE = "Streefwaarde"


def trend(
    df: pl.DataFrame,
    *,
    titel: str,
    eenheid: str,
    periode: str = "periode",
    waarde: str = "waarde",
    reeks: str | None = None,
    streefwaarde: float | None = None,
    prognose: pl.DataFrame | None = None,
    ondergrens: str = "ondergrens",
    bovengrens: str = "bovengrens",
    ondertitel: str = "",
) -> Spec:
    """Line of ``waarde`` per ``periode`` (one line per ``reeks`` value when given).

    ``streefwaarde`` draws the target as a dashed rule; ``prognose`` (columns ``periode``,
    ``waarde``, ``ondergrens``, ``bovengrens`` in the same unit) adds forecast points with
    their band. Periods are codes (``2024-Q2``) and sort as text within one grain.
    """
    shown = weergave(eenheid)
    lijnen = _realised(df, periode, waarde, reeks, shown.factor)
    labels = list(dict.fromkeys(row["reeks"] for row in lijnen))
    layers = [_line_layer(lijnen, shown.format, shown.titel)]
    if prognose is not None and prognose.height:
        layers.append(
            _forecast_layer(
                prognose, (periode, waarde, ondergrens, bovengrens), shown.format, shown.factor
            )
        )
        labels.append(PROGNOSE)
    if streefwaarde is not None:
        layers.append(_target_layer(streefwaarde * shown.factor, shown.format))
        labels.append(STREEFWAARDE)
    kleuren = [*KLEUREN[: len(labels) - _extra(labels)], *_extra_colours(labels)]
    return grafiek(
        titel,
        f"Lijngrafiek van {titel} per periode"
        + (f", met streefwaarde {streefwaarde}" if streefwaarde is not None else "")
        + (", met prognose" if PROGNOSE in labels else ""),
        {
            "layer": layers,
            "resolve": {"scale": {"color": "shared"}},
            "encoding": {
                "color": {
                    "field": "reeks",
                    "type": "nominal",
                    "title": None,
                    "scale": kleurschaal(labels, kleuren),
                }
            },
        },
        ondertitel=ondertitel,
    )


def _realised(
    df: pl.DataFrame, periode: str, waarde: str, reeks: str | None, factor: float
) -> list[dict[str, Any]]:
    kolommen = {periode: "periode", waarde: "waarde"}
    if reeks is not None:
        kolommen[reeks] = "reeks"
    rows = waarden(df, kolommen, factoren={"waarde": factor})
    if reeks is None:
        for row in rows:
            row["reeks"] = REALISATIE
    return rows


def _x() -> dict[str, Any]:
    return {
        "field": "periode",
        "type": "ordinal",
        "title": "Periode",
        "sort": "ascending",
        "axis": {"labelAngle": 0},
    }


def _line_layer(rows: list[dict[str, Any]], fmt: str, titel: str) -> Spec:
    return {
        "data": {"values": rows},
        "mark": {"type": "line", "point": True, "strokeWidth": 2},
        "encoding": {
            "x": _x(),
            "y": {
                "field": "waarde",
                "type": "quantitative",
                "title": titel,
                "axis": {"format": fmt},
                "scale": {"zero": False},
            },
            "tooltip": tooltip(
                [
                    ("reeks", "Reeks", "nominal"),
                    ("periode", "Periode", "ordinal"),
                    ("waarde", "Waarde", fmt),
                ]
            ),
        },
    }


def _forecast_layer(
    df: pl.DataFrame, kolommen: tuple[str, str, str, str], fmt: str, factor: float
) -> Spec:
    periode, waarde, onder, boven = kolommen
    rows = waarden(
        df,
        {periode: "periode", waarde: "waarde", onder: "onder", boven: "boven"},
        factoren=dict.fromkeys(("waarde", "onder", "boven"), factor),
    )
    for row in rows:
        row["reeks"] = PROGNOSE
    tips = tooltip(
        [
            ("periode", "Periode", "ordinal"),
            ("waarde", "Prognose", fmt),
            ("onder", "Ondergrens", fmt),
            ("boven", "Bovengrens", fmt),
        ]
    )
    return {
        "data": {"values": rows},
        "layer": [
            {
                "mark": {"type": "rule", "strokeWidth": 2},
                "encoding": {
                    "x": _x(),
                    "y": {"field": "onder", "type": "quantitative"},
                    "y2": {"field": "boven"},
                    "tooltip": tips,
                },
            },
            {
                "mark": {"type": "point", "shape": "diamond", "filled": True, "size": 90},
                "encoding": {
                    "x": _x(),
                    "y": {"field": "waarde", "type": "quantitative"},
                    "tooltip": tips,
                },
            },
        ],
    }


def _target_layer(streefwaarde: float, fmt: str) -> Spec:
    return {
        "data": {"values": [{"reeks": STREEFWAARDE, "waarde": streefwaarde}]},
        "mark": {"type": "rule", "strokeDash": [6, 4], "strokeWidth": 2},
        "encoding": {
            "y": {"field": "waarde", "type": "quantitative"},
            "tooltip": tooltip([("reeks", "Norm", "nominal"), ("waarde", "Waarde", fmt)]),
        },
    }


def _extra(labels: list[str]) -> int:
    return sum(label in (PROGNOSE, STREEFWAARDE) for label in labels)


def _extra_colours(labels: list[str]) -> list[str]:
    colours = {PROGNOSE: GRIJS, STREEFWAARDE: "#000000"}
    return [colours[label] for label in labels if label in colours]
