# SPDX-License-Identifier: EUPL-1.2
"""Compute indicators: one tidy row per indicator x periode x breakdown value(s)."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.indicators.catalogue import catalogue, fact_sql, indicator
from stuurhuis.indicators.feiten import Feiten, period_codes
from stuurhuis.indicators.model import BREAKDOWNS, TOTAAL, Breakdown, Indicator
from stuurhuis.indicators.publiceer import publiceer
from stuurhuis.indicators.query import build_query
from stuurhuis.periode import GRAINS, Grain, Periode
from stuurhuis.periode import periodes as periodes_tussen
from stuurhuis.settings import get_settings
from stuurhuis.warehouse import load_sql

COLUMNS_VOOR = ("indicator", "periode", "grain")
COLUMNS_NA = ("waarde", "teller", "noemer", "eenheid", "onderdrukt")


def compute(
    con: duckdb.DuckDBPyConnection,
    *,
    periodes: Sequence[Periode] | None = None,
    grains: Sequence[Grain] = GRAINS,
    by: Sequence[str] = (),
    ids: Sequence[str] | None = None,
    totalen: bool = False,
    openbaar: bool = False,
    drempel: int | None = None,
    afronden: bool | None = None,
    voortgang: Callable[[Indicator], None] | None = None,
) -> pl.DataFrame:
    """Compute indicators as a tidy table.

    ``periodes`` defaults to every period of each grain in ``grains`` that overlaps the
    data. ``by`` names breakdowns (``wijk``, ``wet`` ...; ``gemeente`` = no breakdown);
    without ``ids`` every indicator that allows all of ``by`` is computed, with ``ids``
    an indicator that does not allow them is an error. ``totalen`` adds margin rows whose
    breakdown value is ``"totaal"``. ``openbaar`` applies disclosure control (implies
    ``totalen``) with ``drempel``/``afronden`` defaulting to the settings.

    Columns: ``indicator, periode, grain, <breakdowns>, waarde, teller, noemer, eenheid,
    onderdrukt``. ``voortgang`` is called after each indicator (progress bars).
    """
    dims = parse_by(by)
    chosen = select(dims, ids)
    wanted = list(periodes) if periodes is not None else default_periodes(con, grains)
    settings = get_settings()
    alle = set(wanted)
    if any(ind.is_afgeleid for ind in chosen):
        alle |= {p.jaar_eerder() for p in wanted}
    run = _Run(
        con,
        dims,
        totalen=totalen or openbaar,
        openbaar=openbaar,
        drempel=drempel if drempel is not None else settings.drempel,
        afronden=afronden if afronden is not None else settings.afronden,
        feiten=Feiten(con, sorted(alle)),
    )
    frames = []
    try:
        # growth figures first: their base indicator's cells (both years) are then reused
        for ind in sorted(chosen, key=lambda i: not i.is_afgeleid):
            frames.append(run.frame(ind, wanted))
            if voortgang is not None:
                voortgang(ind)
    finally:
        run.feiten.sluit()
    frames = [f for f in frames if f.height]
    if not frames:
        return _empty(dims)
    result = pl.concat(frames, how="diagonal_relaxed")
    dim_cols = [c for c in BREAKDOWNS if c in result.columns]
    ordered = [c for c in dims if c in dim_cols] + [c for c in dim_cols if c not in dims]
    order = {grain: i for i, grain in enumerate(GRAINS)}
    ordered_result: pl.DataFrame = (
        result.with_columns(pl.col("grain").replace_strict(order).alias("_grain"))
        .sort(["indicator", "_grain", "periode", *ordered], nulls_last=True, maintain_order=True)
        .select([*COLUMNS_VOOR, *ordered, *COLUMNS_NA])
    )
    return ordered_result


def parse_by(by: Iterable[str]) -> list[Breakdown]:
    """Validate breakdown names; ``gemeente`` means none."""
    dims: list[Breakdown] = []
    for name in by:
        clean = name.strip()
        if clean in ("", "gemeente"):
            continue
        if clean not in BREAKDOWNS:
            raise StuurhuisError(
                f"onbekende uitsplitsing {clean!r}: kies uit gemeente, {', '.join(BREAKDOWNS)}"
            )
        if clean not in dims:
            dims.append(clean)
    return dims


def select(dims: Sequence[Breakdown], ids: Sequence[str] | None) -> list[Indicator]:
    """The indicators to compute for breakdowns ``dims``."""
    if ids is None:
        return [ind for ind in catalogue() if supports(ind, dims)]
    chosen = [indicator(ident) for ident in ids]
    for ind in chosen:
        if not supports(ind, dims):
            allowed = ", ".join(["gemeente", *ind.uitsplitsingen])
            raise StuurhuisError(
                f"indicator {ind.id} kan niet naar {', '.join(dims)}: kies uit {allowed}"
            )
    return chosen


def supports(ind: Indicator, dims: Sequence[Breakdown]) -> bool:
    return all(d in ind.uitsplitsingen for d in dims)


def default_periodes(con: duckdb.DuckDBPyConnection, grains: Sequence[Grain]) -> list[Periode]:
    """Every period of ``grains`` overlapping the facts in the warehouse."""
    row = con.execute(load_sql(__package__, "sql/bereik.sql")).fetchone()
    if row is None or row[0] is None:
        return []
    return [p for grain in grains for p in periodes_tussen(row[0], row[1], grain)]


@dataclass(frozen=True)
class _Run:
    """One call of :func:`compute`: the connection, breakdowns and protection options."""

    con: duckdb.DuckDBPyConnection
    dims: Sequence[Breakdown]
    totalen: bool
    openbaar: bool
    drempel: int
    afronden: bool
    feiten: Feiten  # the expanded facts, built once for every period of the call
    # base indicators of growth figures, computed once over both years: (periods, rows)
    _bases: dict[str, tuple[frozenset[Periode], pl.DataFrame]] = field(default_factory=dict)

    def frame(self, ind: Indicator, wanted: Sequence[Periode]) -> pl.DataFrame:
        """The finished rows of one indicator (a growth base reuses its two-year cells)."""
        cached = self._bases.get(ind.id)
        if cached is not None and cached[0] >= set(wanted):
            codes = [p.code for p in wanted]
            return cached[1].filter(pl.col("periode").is_in(codes))
        return self._compute(ind, wanted)

    def _compute(self, ind: Indicator, wanted: Sequence[Periode]) -> pl.DataFrame:
        if not wanted:
            return pl.DataFrame()
        eff = [*self.dims, *(d for d in ind.verplicht if d not in self.dims)]
        if ind.afgeleid_van is not None:
            return self._growth(ind, eff, wanted)
        raw = _raw(
            self.con, self.feiten, ind, eff, wanted, totalen=self.totalen, basis=self.openbaar
        )
        if self.openbaar:
            raw = publiceer(raw, ind, eff, self.drempel, self.afronden)
        else:
            raw = raw.with_columns(pl.lit(value=False).alias("onderdrukt"))
        return _finish(raw, ind, eff, wanted)

    def _growth(
        self, ind: Indicator, eff: Sequence[Breakdown], wanted: Sequence[Periode]
    ) -> pl.DataFrame:
        """Growth against the same period a year earlier, from the base indicator's cells."""
        base = indicator(str(ind.afgeleid_van))
        vorige = {p.code: p.jaar_eerder().code for p in wanted}
        both = sorted(set(wanted) | {p.jaar_eerder() for p in wanted})
        cached = self._bases.get(base.id)
        if cached is None or not cached[0] >= set(both):
            cached = (frozenset(both), self._compute(base, both))
            self._bases[base.id] = cached
        cells = cached[1]
        return _growth_rows(ind, eff, cells, vorige)


def _raw(
    con: duckdb.DuckDBPyConnection,
    feiten: Feiten,
    ind: Indicator,
    eff: Sequence[Breakdown],
    wanted: Sequence[Periode],
    *,
    totalen: bool,
    basis: bool,
) -> pl.DataFrame:
    """``periode, <eff>, teller, basis, noemer`` (margins as ``totaal`` when asked; ``basis``
    only counted for disclosure control, else 0)."""
    params = period_codes(wanted)
    fact_ctes = feiten.ctes(fact_sql(ind), wanted)
    subsets = _subsets(eff, ind.verplicht) if totalen else [list(eff)]
    frames = []
    for subset in subsets:
        query = build_query(ind, subset, params, fact_ctes, basis=basis)
        frame = con.execute(query.sql, query.params).pl()
        missing = [d for d in eff if d not in subset]
        frame = frame.with_columns([pl.lit(TOTAAL).alias(d) for d in missing])
        frames.append(frame.select(["periode", *eff, "teller", "basis", "noemer"]))
    # sorted: the suppression pattern must not depend on the order the engine returns rows
    return (
        pl.concat(frames, how="vertical_relaxed")
        .with_columns(
            pl.col("teller").cast(pl.Int64),
            pl.col("basis").cast(pl.Int64),
            pl.col("noemer").cast(pl.Int64),
        )
        .sort(["periode", *eff], nulls_last=True)
    )


def _subsets(eff: Sequence[Breakdown], verplicht: Sequence[Breakdown]) -> list[list[Breakdown]]:
    free = [d for d in eff if d not in verplicht]
    found = []
    for size in range(len(free) + 1):
        for combo in combinations(free, size):
            found.append([d for d in eff if d in combo or d in verplicht])
    return found


def _finish(
    raw: pl.DataFrame, ind: Indicator, eff: Sequence[Breakdown], wanted: Sequence[Periode]
) -> pl.DataFrame:
    grains = pl.DataFrame(
        {"periode": [p.code for p in wanted], "grain": [p.grain for p in wanted]}
    ).unique(subset="periode", keep="first")
    waarde = _waarde(ind)
    return (
        raw.join(grains, on="periode", how="inner")
        .with_columns(
            pl.lit(ind.id).alias("indicator"),
            waarde.alias("waarde"),
            pl.lit(ind.eenheid).alias("eenheid"),
        )
        .sort(["grain", "periode", *eff])
        .select([*COLUMNS_VOOR, *eff, *COLUMNS_NA])
    )


def _waarde(ind: Indicator) -> pl.Expr:
    teller = pl.col("teller").cast(pl.Float64)
    if ind.noemer_maat is None:
        return teller
    noemer = pl.col("noemer").cast(pl.Float64)
    return pl.when(noemer > 0).then(teller * ind.factor / noemer).otherwise(None)


def _growth_rows(
    ind: Indicator, eff: Sequence[Breakdown], cells: pl.DataFrame, vorige: dict[str, str]
) -> pl.DataFrame:
    current = cells.filter(pl.col("periode").is_in(list(vorige))).with_columns(
        pl.col("periode").replace_strict(vorige, default=None).alias("_vorige")
    )
    previous = cells.select(
        pl.col("periode").alias("_vorige"),
        *eff,
        pl.col("teller").alias("_teller_vorig"),
        pl.col("onderdrukt").alias("_onderdrukt_vorig"),
    )
    joined = current.join(previous, on=["_vorige", *eff], how="left", nulls_equal=True)
    onderdrukt = pl.col("onderdrukt") | pl.col("_onderdrukt_vorig").fill_null(value=False)
    noemer = pl.when(onderdrukt).then(None).otherwise(pl.col("_teller_vorig"))
    teller = pl.when(onderdrukt).then(None).otherwise(pl.col("teller"))
    return (
        joined.with_columns(
            pl.lit(ind.id).alias("indicator"),
            teller.alias("teller"),
            noemer.alias("noemer"),
            onderdrukt.alias("onderdrukt"),
            pl.lit(ind.eenheid).alias("eenheid"),
        )
        .with_columns(
            pl.when(pl.col("noemer") > 0)
            .then((pl.col("teller") / pl.col("noemer") - 1) * 100)
            .otherwise(None)
            .alias("waarde")
        )
        .select([*COLUMNS_VOOR, *eff, *COLUMNS_NA])
    )


def _empty(dims: Sequence[Breakdown]) -> pl.DataFrame:
    schema: dict[str, Any] = {"indicator": pl.String, "periode": pl.String, "grain": pl.String}
    schema |= dict.fromkeys(dims, pl.String)
    schema |= {
        "waarde": pl.Float64,
        "teller": pl.Int64,
        "noemer": pl.Int64,
        "eenheid": pl.String,
        "onderdrukt": pl.Boolean,
    }
    return pl.DataFrame(schema=schema)
