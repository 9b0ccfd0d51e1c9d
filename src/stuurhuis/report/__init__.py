# SPDX-License-Identifier: EUPL-1.2
"""The quarterly factsheet for college and raad: PDF, HTML and XLSX.

Public surface::

    bouw(con, periode, maatregelen=None) -> Rapport   # sections from the tidy tables
    schrijf(rapport, out)                              # .html, .pdf or .xlsx by extension

The report only renders tables computed by indicators, finance and maatregelen (see
``docs/report.md``); disclosure control is always on.
"""

from pathlib import Path

import duckdb

from stuurhuis.periode import Periode
from stuurhuis.report import secties
from stuurhuis.report.bijlage import bijlage, definities
from stuurhuis.report.gegevens import Gegevens, verzamel
from stuurhuis.report.model import Blok, Rapport, Sectie, Tabel
from stuurhuis.report.schrijven import FORMATEN, schrijf


def bouw(
    con: duckdb.DuckDBPyConnection, periode: Periode, maatregelen: Path | None = None
) -> Rapport:
    """The factsheet of ``periode`` (a quarter); ``maatregelen`` adds the savings programme."""
    return uit_gegevens(verzamel(con, periode, maatregelen))


def uit_gegevens(g: Gegevens) -> Rapport:
    """The factsheet's sections from already collected tables."""
    delen = [
        secties.samenvatting(g),
        secties.indicatoren(g),
        secties.financien(g),
        secties.maatregelen(g),
        secties.wijken(g),
        bijlage(g),
    ]
    return Rapport(
        periode=g.periode,
        peildatum=g.peildatum,
        gemeente=g.gemeente,
        secties=tuple(s for s in delen if s is not None),
        definities=definities(),
    )


__all__ = [
    "FORMATEN",
    "Blok",
    "Gegevens",
    "Rapport",
    "Sectie",
    "Tabel",
    "bouw",
    "schrijf",
    "uit_gegevens",
    "verzamel",
]
