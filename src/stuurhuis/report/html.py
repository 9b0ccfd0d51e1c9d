# SPDX-License-Identifier: EUPL-1.2
"""The factsheet as one self-contained HTML page (Jinja2), charts inline as SVG."""

from dataclasses import dataclass
from functools import cache

import jinja2

from stuurhuis import charts
from stuurhuis.report.model import Blok, Rapport, Tabel
from stuurhuis.report.opmaak import cel, is_getal, kop


@dataclass(frozen=True)
class Cel:
    tekst: str
    getal: bool


@dataclass(frozen=True)
class TabelWeergave:
    id: str
    titel: str
    koppen: tuple[Cel, ...]
    rijen: tuple[tuple[Cel, ...], ...]


@cache
def _omgeving() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("stuurhuis.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def tabel_weergave(tabel: Tabel) -> TabelWeergave:
    """A table's cells as Dutch text; a row's ``eenheid`` sets the unit of its values."""
    df = tabel.df
    kolommen = [c for c in df.columns if c != "eenheid" and c not in tabel.verborgen]
    rijen = []
    for rij in df.iter_rows(named=True):
        eenheid = rij.get("eenheid") or tabel.eenheid
        rijen.append(tuple(Cel(cel(k, rij[k], eenheid), is_getal(k, rij[k])) for k in kolommen))
    koppen = tuple(Cel(kop(k), df.schema[k].is_numeric()) for k in kolommen)
    return TabelWeergave(tabel.id, tabel.titel, koppen, tuple(rijen))


def svg(blok: Blok) -> str | None:
    """The block's chart as an inline SVG element (no XML declaration)."""
    if blok.grafiek is None:
        return None
    text = charts.naar_svg(blok.grafiek)
    return text[text.index("<svg") :]


def render(rapport: Rapport, grafieken: dict[str, str] | None = None) -> str:
    """The HTML document; ``grafieken`` (block id -> SVG) skips rendering charts again."""
    if grafieken is None:
        grafieken = alle_grafieken(rapport)
    return (
        _omgeving()
        .get_template("rapport.html")
        .render(
            rapport=rapport,
            grafieken=grafieken,
            nummers={blok_id: n for n, blok_id in enumerate(grafieken, start=1)},
            tabel=tabel_weergave,
        )
    )


def alle_grafieken(rapport: Rapport) -> dict[str, str]:
    """Every chart of the report as SVG, by block id."""
    found: dict[str, str] = {}
    for sectie in rapport.secties:
        for blok in sectie.blokken:
            rendered = svg(blok)
            if rendered is not None:
                found[blok.id] = rendered
    return found
