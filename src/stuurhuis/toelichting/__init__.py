# SPDX-License-Identifier: EUPL-1.2
"""Toelichting: an analist's short explanation of an indicator or taakveld in a period.

Written in the dashboard, shown beside the figure there and in the factsheet, always with
author and date. Public surface: :func:`toelichtingen`, :func:`schrijf`.
"""

from collections.abc import Sequence
from typing import Literal, get_args

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.periode import parse_periode
from stuurhuis.warehouse import load_sql

Soort = Literal["indicator", "taakveld"]
SOORTEN: tuple[Soort, ...] = get_args(Soort)
MAX_LENGTE = 1000


def schrijf(
    con: duckdb.DuckDBPyConnection,
    *,
    soort: str,
    onderwerp: str,
    periode: str,
    tekst: str,
    auteur: str,
) -> int:
    """Store a toelichting; returns its id. Raises StuurhuisError on bad input."""
    if soort not in SOORTEN:
        raise StuurhuisError(f"onbekende soort {soort!r}: kies uit {', '.join(SOORTEN)}")
    onderwerp = onderwerp.strip()
    if not onderwerp or len(onderwerp) > 64:
        raise StuurhuisError("geef het indicator-id of de taakveldcode (hoogstens 64 tekens)")
    code = parse_periode(periode).code
    tekst = tekst.strip()
    if not tekst:
        raise StuurhuisError("de toelichting is leeg")
    if len(tekst) > MAX_LENGTE:
        raise StuurhuisError(f"de toelichting is te lang: hoogstens {MAX_LENGTE} tekens")
    row = con.execute(
        load_sql(__package__, "insert.sql"), [soort, onderwerp, code, tekst, auteur]
    ).fetchone()
    return int(row[0]) if row else 0


def toelichtingen(
    con: duckdb.DuckDBPyConnection,
    *,
    periodes: Sequence[str] | None = None,
    soort: Soort | None = None,
    onderwerpen: Sequence[str] | None = None,
) -> pl.DataFrame:
    """Toelichtingen, newest first: one row per text with soort, onderwerp, periode, tekst,
    auteur and geschreven_op. Filters are optional and combine with AND."""
    return con.execute(
        load_sql(__package__, "select.sql"),
        [
            list(periodes) if periodes is not None else None,
            soort,
            list(onderwerpen) if onderwerpen is not None else None,
        ],
    ).pl()


__all__ = ["MAX_LENGTE", "SOORTEN", "Soort", "schrijf", "toelichtingen"]
