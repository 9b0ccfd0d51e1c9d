# SPDX-License-Identifier: EUPL-1.2
"""The factsheet as data: sections of text, tables and charts, rendered by html/pdf/xlsx."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import polars as pl

from stuurhuis.periode import Periode


@dataclass(frozen=True)
class Tabel:
    """A tidy table shown in the report and written as one XLSX sheet."""

    id: str
    titel: str
    df: pl.DataFrame
    eenheid: str | None = None  # unit of a ``waarde`` column without an ``eenheid`` column
    verborgen: tuple[str, ...] = ()  # columns in the XLSX sheet but not in the HTML table


@dataclass(frozen=True)
class Toelichting:
    """An analist's text beside the figure it explains."""

    onderwerp: str
    tekst: str
    auteur: str
    geschreven_op: date


@dataclass(frozen=True)
class Blok:
    """One figure: a chart (Vega-Lite spec) and/or a table, with text and toelichtingen."""

    id: str
    titel: str
    tekst: tuple[str, ...] = ()
    tabel: Tabel | None = None
    grafiek: dict[str, Any] | None = None
    toelichtingen: tuple[Toelichting, ...] = ()


@dataclass(frozen=True)
class Sectie:
    id: str
    titel: str
    inleiding: tuple[str, ...] = ()
    blokken: tuple[Blok, ...] = ()


@dataclass(frozen=True)
class Rapport:
    """The whole quarterly factsheet for one period."""

    periode: Periode
    peildatum: date
    gemeente: str
    secties: tuple[Sectie, ...]
    definities: pl.DataFrame = field(default_factory=pl.DataFrame)

    def tabellen(self) -> list[Tabel]:
        """Every table of the report in reading order (the XLSX sheets)."""
        return [b.tabel for s in self.secties for b in s.blokken if b.tabel is not None]
