# SPDX-License-Identifier: EUPL-1.2
"""Finance charts: budget vs realisation vs forecast, the cumulative curve, the effects."""

from datetime import date
from typing import Any

import polars as pl

from stuurhuis.charts.spec import (
    GRIJS,
    KLEUREN,
    Spec,
    grafiek,
    kleurschaal,
    lang,
    tooltip,
    volgorde,
    waarden,
)

EURO = "$,.0f"
CENT = 0.01
BEGROTING, REALISATIE, PROGNOSE = "Begroting", "Realisatie", "Prognose"
EFFECTEN = {
    "volume_effect_cent": "Volume-effect",
    "prijs_effect_cent": "Prijseffect",
    "mix_effect_cent": "Mixeffect",
}


def begroting_realisatie(
    df: pl.DataFrame,
    *,
    titel: str,
    groep: str = "taakveld",
    begroting: str = "begroting_cent",
    realisatie: str = "gerealiseerd_cent",
    prognose: str = "prognose_cent",
    ondergrens: str = "ondergrens_cent",
    bovengrens: str = "bovengrens_cent",
    ondertitel: str = "",
) -> Spec:
    """Per ``groep``: budget, realisation so far and year-end forecast (with its band) as
    bars side by side. Amounts are integer cents, shown in euros."""
    maten = {begroting: BEGROTING, realisatie: REALISATIE, prognose: PROGNOSE}
    bars = lang(df, {groep: "groep"}, maten, naam="maat", veld="bedrag", factor=CENT)
    band = waarden(
        df.filter(pl.col(ondergrens).is_not_null()),
        {groep: "groep", ondergrens: "onder", bovengrens: "boven"},
        factoren={"onder": CENT, "boven": CENT},
    )
    for row in band:
        row["maat"] = PROGNOSE
    y = {"field": "groep", "type": "nominal", "title": None, "sort": volgorde(df, groep)}
    offset = {"field": "maat", "type": "nominal", "sort": list(maten.values())}
    return grafiek(
        titel,
        f"Staafdiagram: begroting, realisatie en prognose per {groep}",
        {
            "height": {"step": 14},
            "layer": [
                {
                    "data": {"values": bars},
                    "mark": {"type": "bar"},
                    "encoding": {
                        "y": y,
                        "yOffset": offset,
                        "x": _euro_axis("bedrag", "Bedrag (€)"),
                        "color": {
                            "field": "maat",
                            "type": "nominal",
                            "title": None,
                            "scale": kleurschaal(list(maten.values())),
                        },
                        "tooltip": tooltip(
                            [
                                ("groep", groep, "nominal"),
                                ("maat", "Maat", "nominal"),
                                ("bedrag", "Bedrag", EURO),
                            ]
                        ),
                    },
                },
                {
                    "data": {"values": band},
                    "mark": {"type": "rule", "color": "#000000", "strokeWidth": 1.5},
                    "encoding": {
                        "y": y,
                        "yOffset": offset,
                        "x": {"field": "onder", "type": "quantitative"},
                        "x2": {"field": "boven"},
                        "tooltip": tooltip(
                            [
                                ("groep", groep, "nominal"),
                                ("onder", "Ondergrens (80%)", EURO),
                                ("boven", "Bovengrens (80%)", EURO),
                            ]
                        ),
                    },
                },
            ],
        },
        ondertitel=ondertitel or "Zwarte lijn: 80%-band van de prognose.",
    )


def cumulatief(
    df: pl.DataFrame,
    *,
    titel: str,
    peildatum: date | None = None,
    maand: str = "maand",
    gerealiseerd: str = "cumulatief_gerealiseerd_cent",
    prognose: str = "cumulatief_prognose_cent",
    ondergrens: str = "cumulatief_ondergrens_cent",
    bovengrens: str = "cumulatief_bovengrens_cent",
    begroting: str = "begroting_cumulatief_cent",
    ondertitel: str = "",
) -> Spec:
    """The spending curve of one year: realised up to ``peildatum``, the expected curve
    with its 80 % band, and the budget spread evenly, all cumulative per month."""
    realised = df if peildatum is None else df.filter(pl.col(maand) <= peildatum)
    lines = [
        *lang(realised, {maand: "maand"}, {gerealiseerd: REALISATIE}, veld="bedrag", factor=CENT),
        *lang(
            df,
            {maand: "maand"},
            {prognose: PROGNOSE, begroting: BEGROTING},
            veld="bedrag",
            factor=CENT,
        ),
    ]
    band = waarden(
        df,
        {maand: "maand", ondergrens: "onder", bovengrens: "boven"},
        factoren={"onder": CENT, "boven": CENT},
    )
    labels = [REALISATIE, PROGNOSE, BEGROTING]
    x = {
        "field": "maand",
        "type": "temporal",
        "timeUnit": "utcyearmonth",
        "title": "Maand",
        "axis": {"format": "%b", "labelAngle": 0, "tickCount": 12},
    }
    return grafiek(
        titel,
        "Lijngrafiek van de cumulatieve uitgaven per maand met prognoseband en begroting",
        {
            "layer": [
                {
                    "data": {"values": band},
                    "mark": {"type": "area", "opacity": 0.25, "color": GRIJS},
                    "encoding": {
                        "x": x,
                        "y": {"field": "onder", "type": "quantitative"},
                        "y2": {"field": "boven"},
                        "tooltip": tooltip(
                            [
                                ("onder", "Ondergrens (80%)", EURO),
                                ("boven", "Bovengrens (80%)", EURO),
                            ]
                        ),
                    },
                },
                {
                    "data": {"values": lines},
                    "mark": {"type": "line", "point": True},
                    "encoding": {
                        "x": x,
                        "y": _euro_axis("bedrag", "Cumulatief (€)", as_y=True),
                        "color": {
                            "field": "reeks",
                            "type": "nominal",
                            "title": None,
                            "scale": kleurschaal(labels, [KLEUREN[1], KLEUREN[0], "#000000"]),
                        },
                        "strokeDash": {
                            "field": "reeks",
                            "type": "nominal",
                            "title": None,
                            "scale": {"domain": labels, "range": [[1, 0], [6, 3], [2, 2]]},
                        },
                        "tooltip": tooltip(
                            [("reeks", "Reeks", "nominal"), ("bedrag", "Cumulatief", EURO)]
                        ),
                    },
                },
            ]
        },
        ondertitel=ondertitel or "Grijs vlak: 80%-band van de prognose.",
    )


def decompositie(
    df: pl.DataFrame,
    *,
    titel: str,
    groep: str = "taakveld",
    effecten: dict[str, str] | None = None,
    afwijking: str | None = "afwijking_cent",
    ondertitel: str = "",
) -> Spec:
    """Per ``groep``: the forecast's deviation from the budget split into volume, price and
    mix effects (stacked, negative to the left); a black tick marks the total."""
    effecten = effecten or EFFECTEN
    bars = lang(df, {groep: "groep"}, effecten, naam="effect", veld="bedrag", factor=CENT)
    y = {"field": "groep", "type": "nominal", "title": None, "sort": volgorde(df, groep)}
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": bars},
            "mark": {"type": "bar"},
            "encoding": {
                "y": y,
                "x": _euro_axis("bedrag", "Afwijking van de begroting (€)"),
                "color": {
                    "field": "effect",
                    "type": "nominal",
                    "title": None,
                    "scale": kleurschaal(list(effecten.values())),
                },
                "tooltip": tooltip(
                    [
                        ("groep", groep, "nominal"),
                        ("effect", "Effect", "nominal"),
                        ("bedrag", "Bedrag", EURO),
                    ]
                ),
            },
        }
    ]
    if afwijking is not None:
        totals = waarden(df, {groep: "groep", afwijking: "bedrag"}, factoren={"bedrag": CENT})
        layers.append(
            {
                "data": {"values": totals},
                "mark": {"type": "tick", "color": "#000000", "thickness": 3},
                "encoding": {
                    "y": y,
                    "x": {"field": "bedrag", "type": "quantitative"},
                    "tooltip": tooltip([("groep", groep, "nominal"), ("bedrag", "Totaal", EURO)]),
                },
            }
        )
    return grafiek(
        titel,
        f"Gestapeld staafdiagram: volume-, prijs- en mixeffect per {groep}",
        {"height": {"step": 22}, "layer": layers},
        ondertitel=ondertitel or "Zwart streepje: totale afwijking (prognose − begroting).",
    )


def _euro_axis(field: str, title: str, *, as_y: bool = False) -> dict[str, Any]:
    axis: dict[str, Any] = {"format": EURO}
    if not as_y:
        axis["labelAngle"] = 0
    return {"field": field, "type": "quantitative", "title": title, "axis": axis}
