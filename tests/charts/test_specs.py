# SPDX-License-Identifier: EUPL-1.2
"""Every chart spec renders to SVG without a browser (vl-convert), in Dutch notation."""

import json
import re
import subprocess
import sys
from datetime import date
from typing import Any

import polars as pl
import pytest
import vl_convert

from stuurhuis import charts
from stuurhuis.charts import locale

TEXT = re.compile(r"<text[^>]*>([^<]*)</text>")
NBSP = "\u00a0"


def texts(spec: dict[str, Any]) -> list[str]:
    """The text elements of the rendered SVG (axis labels, titles, legend)."""
    svg = charts.naar_svg(spec)
    assert svg.startswith("<svg") and "</svg>" in svg
    found = TEXT.findall(svg)
    assert found, "the chart drew no text"
    return [t.replace("&amp;", "&") for t in found]


def inline_only(spec: Any) -> None:
    """Data is inlined: no URL anywhere (the report renders offline)."""
    dumped = json.dumps(spec)
    assert '"url"' not in dumped
    assert spec["description"] and spec["config"]["locale"]["number"]["decimal"] == ","


def test_locale_is_d3_nl_nl() -> None:
    assert vl_convert.get_format_locale("nl-NL") == locale.NUMBER
    assert vl_convert.get_time_format_locale("nl-NL") == locale.TIME


def test_trend_with_target_and_forecast() -> None:
    df = pl.DataFrame(
        {"periode": ["2024-Q1", "2024-Q2", "2024-Q3"], "waarde": [700.25, None, 1712.5]}
    )
    forecast = pl.DataFrame(
        {"periode": ["2024-Q4"], "waarde": [1720.0], "ondergrens": [1700.0], "bovengrens": [1800.0]}
    )
    spec = charts.trend(
        df, titel="Wmo-cliënten", eenheid="per_10000", streefwaarde=705, prognose=forecast
    )
    inline_only(spec)
    shown = texts(spec)
    assert {"2024-Q1", "2024-Q4", "Wmo-cliënten", "Streefwaarde", "Realisatie"} <= set(shown)
    assert "1.800,0" in shown  # thousands point, decimal comma
    realised = spec["layer"][0]["data"]["values"]
    assert [r["waarde"] for r in realised] == [700.25, None, 1712.5]  # suppressed stays a gap


def test_trend_per_series_in_euros() -> None:
    df = pl.DataFrame(
        {
            "periode": ["2024", "2025", "2024", "2025"],
            "gebied": ["Wijk", "Wijk", "Gemeente", "Gemeente"],
            "waarde": [150_000_000, 250_000_000, 100_000_000, 200_000_000],
        }
    )
    spec = charts.trend(df, titel="Uitgaven", eenheid="cent", reeks="gebied")
    shown = texts(spec)
    assert {"Wijk", "Gemeente"} <= set(shown)
    assert f"€{NBSP}1.000.000" in shown  # cents shown as euros
    assert max(r["waarde"] for r in spec["layer"][0]["data"]["values"]) == 2_500_000


def prognose_tabel() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "taakveld": ["6.71a", "6.72"],
            "begroting_cent": [1_000_000_00, 2_000_000_00],
            "gerealiseerd_cent": [600_000_00, 1_100_000_00],
            "prognose_cent": [1_100_000_00, 2_300_000_00],
            "ondergrens_cent": [1_050_000_00, 2_200_000_00],
            "bovengrens_cent": [1_150_000_00, 2_400_000_00],
            "volume_effect_cent": [60_000_00, 200_000_00],
            "prijs_effect_cent": [50_000_00, 150_000_00],
            "mix_effect_cent": [-10_000_00, -50_000_00],
            "afwijking_cent": [100_000_00, 300_000_00],
        }
    )


def test_begroting_realisatie_prognose() -> None:
    spec = charts.begroting_realisatie(prognose_tabel(), titel="Per taakveld")
    inline_only(spec)
    shown = texts(spec)
    assert {"6.71a", "6.72", "Begroting", "Realisatie", "Prognose"} <= set(shown)
    assert any(t.startswith(f"€{NBSP}") and "." in t for t in shown)
    bars = spec["layer"][0]["data"]["values"]
    assert {"groep": "6.72", "maat": "Prognose", "bedrag": 2_300_000.0} in bars
    band = spec["layer"][1]["data"]["values"]
    assert band[0] == {
        "groep": "6.71a",
        "onder": 1_050_000.0,
        "boven": 1_150_000.0,
        "maat": "Prognose",
    }


def test_decompositie() -> None:
    spec = charts.decompositie(prognose_tabel(), titel="Volume, prijs en mix")
    shown = texts(spec)
    assert {"Volume-effect", "Prijseffect", "Mixeffect"} <= set(shown)
    values = spec["layer"][0]["data"]["values"]
    assert {"groep": "6.72", "effect": "Mixeffect", "bedrag": -50_000.0} in values
    assert spec["layer"][1]["data"]["values"][1] == {"groep": "6.72", "bedrag": 300_000.0}


def test_cumulatief_cuts_realisation_at_peildatum() -> None:
    months = [date(2025, m, 1) for m in range(1, 13)]
    df = pl.DataFrame(
        {
            "maand": months,
            "cumulatief_gerealiseerd_cent": [m * 100_000_00 for m in range(1, 13)],
            "cumulatief_prognose_cent": [m * 110_000_00 for m in range(1, 13)],
            "cumulatief_ondergrens_cent": [m * 105_000_00 for m in range(1, 13)],
            "cumulatief_bovengrens_cent": [m * 115_000_00 for m in range(1, 13)],
            "begroting_cumulatief_cent": [m * 100_000_00 for m in range(1, 13)],
        }
    )
    spec = charts.cumulatief(df, titel="Cumulatief 2025", peildatum=date(2025, 6, 30))
    shown = texts(spec)
    assert {"jan", "jun", "dec", "Realisatie", "Prognose", "Begroting"} <= set(shown)
    lines = spec["layer"][1]["data"]["values"]
    realised = [r for r in lines if r["reeks"] == "Realisatie"]
    assert len(realised) == 6 and realised[-1] == {
        "maand": "2025-06-01",
        "reeks": "Realisatie",
        "bedrag": 600_000.0,
    }
    assert len(spec["layer"][0]["data"]["values"]) == 12


def test_vergelijking_wijk_against_gemeente() -> None:
    df = pl.DataFrame({"wijk": ["Binnenstad", "Keizerslanden"], "waarde": [12.5, 1234.5]})
    spec = charts.vergelijking(
        df, titel="Jeugdhulp", eenheid="procent", referentie=20.0, nadruk="Keizerslanden"
    )
    shown = texts(spec)
    assert {"Binnenstad", "Keizerslanden", "%"} <= set(shown)
    assert [r["nadruk"] for r in spec["layer"][0]["data"]["values"]] == [False, True]
    assert spec["layer"][1]["data"]["values"] == [{"label": "Gemeente", "waarde": 20.0}]


def test_tegen_peers_highlights_one_provider() -> None:
    df = pl.DataFrame(
        {
            "categorie": ["02", "02", "02", "10"],
            "aanbieder": ["11111111", "22222222", "33333333", "11111111"],
            "naam": ["Een", "Twee", "Drie", "Een"],
            "waarde": [150_000, 250_000, 900_000, 50_000],
        }
    )
    spec = charts.tegen_peers(
        df, titel="Kosten per cliënt", eenheid="cent_per_client", nadruk="11111111"
    )
    shown = texts(spec)
    assert {"02", "10", "€ per cliënt"} <= set(shown)
    values = spec["data"]["values"]
    assert [r["nadruk"] for r in values] == [True, False, False, True]
    assert values[2]["waarde"] == 9_000.0


@pytest.mark.parametrize("reeks", [None, "soort"])
def test_staven(reeks: str | None) -> None:
    df = pl.DataFrame(
        {
            "categorie": ["Wmo", "Jeugd", "Wmo", "Jeugd"],
            "soort": ["ZIN", "ZIN", "PGB", "PGB"],
            "waarde": [1200, 800, 300, 100],
        }
    )
    spec = charts.staven(df, titel="Cliënten", eenheid="aantal", categorie="categorie", reeks=reeks)
    shown = texts(spec)
    assert {"Wmo", "Jeugd", "1.000"} <= set(shown)
    assert ("PGB" in shown) == (reeks is not None)


def test_matrix() -> None:
    df = pl.DataFrame(
        {
            "fase": ["uitvoeren", "uitvoeren", "onderzoeken"],
            "urgentie": ["urgent", "lange_termijn", "urgent"],
            "aantal_maatregelen": [4, 2, 1],
        }
    )
    spec = charts.matrix(
        df,
        titel="Urgentiematrix",
        rij="fase",
        kolom="urgentie",
        waarde="aantal_maatregelen",
        rij_volgorde=["onderzoeken", "uitwerken", "uitvoeren"],
    )
    shown = texts(spec)
    assert {"uitvoeren", "onderzoeken", "urgent", "lange_termijn", "4", "2", "1"} <= set(shown)


def test_charts_need_neither_the_web_app_nor_a_browser() -> None:
    """The factsheet imports the charts in a process without FastAPI or the dashboard."""
    code = (
        "import sys, stuurhuis.charts\n"
        "bad = [m for m in sys.modules if m.startswith(('fastapi', 'starlette', 'stuurhuis.web',"
        " 'playwright'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
