# SPDX-License-Identifier: EUPL-1.2
"""Comparisons: every wijk against the gemeente, a provider against its peers."""

from typing import Any

import polars as pl

from stuurhuis.charts.eenheid import weergave
from stuurhuis.charts.spec import GRIJS, KLEUREN, NADRUK, Spec, grafiek, tooltip, waarden


def vergelijking(
    df: pl.DataFrame,
    *,
    titel: str,
    eenheid: str,
    categorie: str = "wijk",
    waarde: str = "waarde",
    referentie: float | None = None,
    referentie_label: str = "Gemeente",
    nadruk: str | None = None,
    ondertitel: str = "",
) -> Spec:
    """One bar per ``categorie`` (e.g. wijk) with the ``referentie`` (the gemeente) as a
    vertical rule; the bar whose category equals ``nadruk`` stands out."""
    shown = weergave(eenheid)
    rows = waarden(
        df, {categorie: "categorie", waarde: "waarde"}, factoren={"waarde": shown.factor}
    )
    for row in rows:
        row["nadruk"] = nadruk is not None and row["categorie"] == nadruk
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": rows},
            "mark": {"type": "bar"},
            "encoding": {
                "y": {"field": "categorie", "type": "nominal", "title": None, "sort": None},
                "x": {
                    "field": "waarde",
                    "type": "quantitative",
                    "title": shown.titel,
                    "axis": {"format": shown.format},
                },
                "color": {
                    "field": "nadruk",
                    "type": "nominal",
                    "legend": None,
                    "scale": {"domain": [False, True], "range": [KLEUREN[0], NADRUK]},
                },
                "tooltip": tooltip(
                    [("categorie", "Gebied", "nominal"), ("waarde", "Waarde", shown.format)]
                ),
            },
        }
    ]
    if referentie is not None:
        layers.append(_reference_rule(referentie * shown.factor, referentie_label, shown.format))
    label = f"{referentie_label} {referentie}" if referentie is not None else ""
    return grafiek(
        titel,
        f"Staafdiagram van {titel} per {categorie}" + (f", met {label} als lijn" if label else ""),
        {"height": {"step": 18}, "layer": layers},
        ondertitel=ondertitel or (f"Zwarte lijn: {referentie_label.lower()}." if label else ""),
    )


def tegen_peers(
    df: pl.DataFrame,
    *,
    titel: str,
    eenheid: str,
    groep: str = "categorie",
    aanbieder: str = "aanbieder",
    label: str = "naam",
    waarde: str = "waarde",
    nadruk: str | None = None,
    ondertitel: str = "",
) -> Spec:
    """Every provider as a dot per ``groep`` (the same product), so a provider is seen
    among its peers; the provider ``nadruk`` (AGB code) is drawn larger and coloured."""
    shown = weergave(eenheid)
    rows = waarden(
        df,
        {groep: "groep", aanbieder: "aanbieder", label: "naam", waarde: "waarde"},
        factoren={"waarde": shown.factor},
    )
    for row in rows:
        row["nadruk"] = nadruk is not None and row["aanbieder"] == nadruk
    return grafiek(
        titel,
        f"Spreidingsdiagram van {titel}: elke stip is een aanbieder, per {groep}",
        {
            "height": {"step": 22},
            "data": {"values": rows},
            "mark": {"type": "point", "filled": True, "opacity": 0.8},
            "encoding": {
                "y": {"field": "groep", "type": "nominal", "title": None},
                "x": {
                    "field": "waarde",
                    "type": "quantitative",
                    "title": shown.titel,
                    "axis": {"format": shown.format},
                },
                "color": {
                    "field": "nadruk",
                    "type": "nominal",
                    "legend": None,
                    "scale": {"domain": [False, True], "range": [GRIJS, NADRUK]},
                },
                "size": {
                    "field": "nadruk",
                    "type": "nominal",
                    "legend": None,
                    "scale": {"domain": [False, True], "range": [40, 200]},
                },
                "tooltip": tooltip(
                    [
                        ("naam", "Aanbieder", "nominal"),
                        ("aanbieder", "AGB-code", "nominal"),
                        ("groep", groep, "nominal"),
                        ("waarde", "Waarde", shown.format),
                    ]
                ),
            },
        },
        ondertitel=ondertitel,
    )


def _reference_rule(value: float, label: str, fmt: str) -> dict[str, Any]:
    return {
        "data": {"values": [{"label": label, "waarde": value}]},
        "mark": {"type": "rule", "color": "#000000", "strokeWidth": 2, "strokeDash": [6, 3]},
        "encoding": {
            "x": {"field": "waarde", "type": "quantitative"},
            "tooltip": tooltip([("label", "Referentie", "nominal"), ("waarde", "Waarde", fmt)]),
        },
    }
