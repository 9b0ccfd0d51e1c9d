# SPDX-License-Identifier: EUPL-1.2
"""A matrix of counts, e.g. measures by phase × urgency (the Meppel urgency matrix)."""

from collections.abc import Sequence

import polars as pl

from stuurhuis.charts.spec import Spec, grafiek, tooltip, waarden


def matrix(
    df: pl.DataFrame,
    *,
    titel: str,
    rij: str,
    kolom: str,
    waarde: str,
    rij_volgorde: Sequence[str] | None = None,
    kolom_volgorde: Sequence[str] | None = None,
    rij_titel: str | None = None,
    kolom_titel: str | None = None,
    ondertitel: str = "",
) -> Spec:
    """Cells coloured by ``waarde`` with the number written in each cell."""
    rows = waarden(df, {rij: "rij", kolom: "kolom", waarde: "waarde"})
    x = {
        "field": "kolom",
        "type": "ordinal",
        "title": kolom_titel,
        "sort": kolom_volgorde,
        "axis": {"labelAngle": 0, "orient": "top"},
    }
    y = {"field": "rij", "type": "ordinal", "title": rij_titel, "sort": rij_volgorde}
    tips = tooltip(
        [
            ("rij", rij_titel or rij, "nominal"),
            ("kolom", kolom_titel or kolom, "nominal"),
            ("waarde", "Aantal", ",.0f"),
        ]
    )
    return grafiek(
        titel,
        f"Matrix van {titel}: {rij_titel or rij} tegen {kolom_titel or kolom}",
        {
            "width": {"step": 140},
            "height": {"step": 48},
            "data": {"values": rows},
            "layer": [
                {
                    "mark": {"type": "rect", "stroke": "#ffffff"},
                    "encoding": {
                        "x": x,
                        "y": y,
                        "color": {
                            "field": "waarde",
                            "type": "quantitative",
                            "title": "Aantal",
                            # light end of the scheme: black numbers stay readable
                            "scale": {"scheme": {"name": "blues", "extent": [0.05, 0.55]}},
                        },
                        "tooltip": tips,
                    },
                },
                {
                    "mark": {"type": "text", "fontSize": 14, "fontWeight": "bold"},
                    "encoding": {
                        "x": x,
                        "y": y,
                        "text": {"field": "waarde", "type": "quantitative", "format": ",.0f"},
                        "color": {"value": "#000000"},
                    },
                },
            ],
        },
        ondertitel=ondertitel,
    )
