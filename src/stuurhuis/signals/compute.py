# SPDX-License-Identifier: EUPL-1.2
"""Compute signals of every (or some) kind, optionally for some wijken only."""

from collections.abc import Callable, Iterable
from datetime import date

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.settings import Settings, get_settings
from stuurhuis.signals.soort import leeg
from stuurhuis.signals.soorten import SOORTEN
from stuurhuis.warehouse import load_sql

Voortgang = Callable[[str], None]


def compute(
    con: duckdb.DuckDBPyConnection,
    *,
    kinds: Iterable[str] | None = None,
    wijken: Iterable[str] | None = None,
    peildatum: date | None = None,
    settings: Settings | None = None,
    voortgang: Voortgang | None = None,
) -> pl.DataFrame:
    """All signals of ``kinds`` (default: every kind) on ``peildatum``.

    ``wijken`` keeps only rows in those wijken (rows without a wijk, such as provider
    outliers, are then left out). ``peildatum`` defaults to :func:`standaard_peildatum`.
    ``voortgang`` is called with the name of each kind once it is done.
    """
    gekozen = kies_soorten(kinds)
    settings = settings or get_settings()
    peil = peildatum or standaard_peildatum(con)
    delen = []
    for naam in gekozen:
        delen.append(SOORTEN[naam].bereken(con, settings, peil))
        if voortgang is not None:
            voortgang(naam)
    signalen = in_wijken(pl.concat([leeg(), *delen], how="vertical"), wijken)
    return signalen.sort(
        ["soort", "wijk_code", "bedrag_op_spel_cent", "sinds"],
        descending=[False, False, True, False],
        nulls_last=True,
        maintain_order=True,
    )


def in_wijken(signalen: pl.DataFrame, wijken: Iterable[str] | None) -> pl.DataFrame:
    """Only the rows of ``signalen`` in ``wijken`` (None: all rows), order kept.

    Filtering the table :func:`compute` returned for all wijken gives the same table as
    computing for these wijken (rows without a wijk are left out here too).
    """
    if wijken is None:
        return signalen
    return signalen.filter(pl.col("wijk_code").is_in(sorted(set(wijken))))


def kies_soorten(kinds: Iterable[str] | None) -> list[str]:
    """The requested kinds in registry order; a one-line error for an unknown kind."""
    if kinds is None:
        return list(SOORTEN)
    gevraagd = set(kinds)
    onbekend = sorted(gevraagd - SOORTEN.keys())
    if onbekend:
        raise StuurhuisError(
            f"onbekende signaalsoort {', '.join(onbekend)}: kies uit {', '.join(SOORTEN)}"
        )
    return [naam for naam in SOORTEN if naam in gevraagd]


def standaard_peildatum(con: duckdb.DuckDBPyConnection) -> date:
    """The date of the latest claim, decision or request in the warehouse, at most today."""
    row = con.execute(load_sql(__package__, "peildatum.sql")).fetchone()
    if row is None or row[0] is None:
        return date.today()
    value = row[0]
    return value if isinstance(value, date) else date.fromisoformat(str(value))
