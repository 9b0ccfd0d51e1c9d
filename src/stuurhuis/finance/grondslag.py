# SPDX-License-Identifier: EUPL-1.2
"""Read the monthly cost and commitment data a forecast needs, as known on a peildatum."""

from dataclasses import dataclass
from datetime import date

import duckdb
import numpy as np
import polars as pl

from stuurhuis.finance.groepering import KOLOMMEN, Indeling, met_groep
from stuurhuis.finance.methode import Reeks
from stuurhuis.periode import containing, periodes
from stuurhuis.warehouse import load_sql

MAX_LAG = 18  # booking lags of 18 months or more are lumped into the last column


@dataclass(frozen=True)
class Grondslag:
    """Finest-grain monthly data: ``kosten`` (dienstmaand × boekmaand) and ``verplichting``."""

    peildatum: date
    van: date  # first service month
    tot: date  # last month (first day)
    kosten: pl.DataFrame
    verplichting: pl.DataFrame

    @property
    def maanden(self) -> tuple[date, ...]:
        return tuple(p.start for p in periodes(self.van, self.tot, "maand"))


def laad(con: duckdb.DuckDBPyConnection, *, peildatum: date, van: date, tot: date) -> Grondslag:
    """Costs and commitments per month in ``[van, tot]`` as known on ``peildatum``."""
    params = {
        "peildatum": peildatum,
        "van": containing(van, "maand").start,
        "tot": containing(tot, "maand").start,
    }
    cur = con.cursor()
    cur.execute(load_sql(__package__, "product_taakveld.sql"))
    cur.execute(load_sql(__package__, "verplichting.sql"), params)
    verplichting = cur.execute("SELECT * FROM fin_verplichting").pl()
    kosten = cur.execute(load_sql(__package__, "kosten.sql"), params).pl()
    cur.close()
    return Grondslag(peildatum, params["van"], params["tot"], kosten, verplichting)


def groepen(grondslag: Grondslag, by: Indeling) -> dict[tuple[str, ...], Reeks]:
    """One :class:`Reeks` per group of ``by``."""
    keys = list(KOLOMMEN[by])
    kosten = met_groep(grondslag.kosten, by)
    verplichting = met_groep(grondslag.verplichting, by)
    found: set[tuple[str, ...]] = set()
    for frame in (kosten, verplichting):
        found.update(tuple(row) for row in frame.select(keys).unique().iter_rows())
    return {key: _reeks(grondslag, kosten, verplichting, keys, key) for key in sorted(found)}


def _filter(df: pl.DataFrame, keys: list[str], key: tuple[str, ...]) -> pl.DataFrame:
    for column, value in zip(keys, key, strict=True):
        df = df.filter(pl.col(column) == value)
    return df


def _maandindex(column: str, first: date) -> pl.Expr:
    return (pl.col(column).dt.year() - first.year) * 12 + pl.col(column).dt.month() - first.month


def _reeks(
    grondslag: Grondslag,
    kosten: pl.DataFrame,
    verplichting: pl.DataFrame,
    keys: list[str],
    key: tuple[str, ...],
) -> Reeks:
    maanden = grondslag.maanden
    first = maanden[0]
    triangle = np.zeros((len(maanden), MAX_LAG + 1))
    cells = (
        _filter(kosten, keys, key)
        .with_columns(
            _maandindex("dienstmaand", first).alias("m"),
            (_maandindex("boekmaand", first) - _maandindex("dienstmaand", first))
            .clip(0, MAX_LAG)
            .alias("d"),
        )
        .group_by("m", "d")
        .agg(pl.col("bedrag_cent").sum())
    )
    np.add.at(
        triangle,
        (cells["m"].to_numpy(), cells["d"].to_numpy()),
        cells["bedrag_cent"].to_numpy().astype(np.float64),
    )
    monthly = (
        _filter(verplichting, keys, key)
        .with_columns(_maandindex("maand", first).alias("m"))
        .filter(pl.col("m").is_between(0, len(maanden) - 1))
        .group_by("m")
        .agg(pl.col("verplichting_cent").sum(), pl.col("aantal_voorzieningmaanden").sum())
    )
    commitment = np.zeros(len(maanden))
    volume = np.zeros(len(maanden))
    commitment[monthly["m"].to_numpy()] = monthly["verplichting_cent"].to_numpy()
    volume[monthly["m"].to_numpy()] = monthly["aantal_voorzieningmaanden"].to_numpy()
    return _vanaf_eerste_data(Reeks(maanden, triangle, commitment, volume))


def _vanaf_eerste_data(reeks: Reeks) -> Reeks:
    """Drop the leading months without claims or commitments (history before the data)."""
    active = np.flatnonzero((reeks.driehoek.sum(axis=1) != 0) | (reeks.verplichting != 0))
    start = int(active[0]) if active.size else 0
    return Reeks(
        reeks.maanden[start:],
        reeks.driehoek[start:],
        reeks.verplichting[start:],
        reeks.volume[start:],
    )
