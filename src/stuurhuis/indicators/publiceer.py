# SPDX-License-Identifier: EUPL-1.2
"""Apply disclosure control (``privacy.disclosure``) to an indicator's raw cells.

A table is one indicator x one periode with every breakdown value and its margins
(``totaal`` rows); the relations are "margin = parts" along each breakdown.
"""

from collections.abc import Sequence

import polars as pl

from stuurhuis.indicators.model import TOTAAL, Breakdown, Indicator, Maat
from stuurhuis.privacy.disclosure import Grootheid, onderdruk, primair, relatie, rond_af

_Key = tuple[object, ...]


def publiceer(
    raw: pl.DataFrame, ind: Indicator, eff: Sequence[Breakdown], drempel: int, afronden: bool
) -> pl.DataFrame:
    """``raw`` (periode, <eff>, teller, basis, noemer) with ``onderdrukt`` set and the
    suppressed numbers blanked; counts rounded to fives when ``afronden``."""
    if ind.basis is None or raw.height == 0:  # e.g. counts of providers: no persons
        return raw.with_columns(pl.lit(value=False).alias("onderdrukt"))
    tables = []
    for _, table in raw.group_by("periode", maintain_order=True):
        mask = suppress_table(table, ind, eff, drempel)
        tables.append(table.with_columns(pl.Series("onderdrukt", mask, dtype=pl.Boolean)))
    out = pl.concat(tables)
    hidden = pl.col("onderdrukt")
    blank = [pl.when(hidden).then(None).otherwise(pl.col("teller")).alias("teller")]
    if _noemer_is_count(ind, with_zonder=True):
        blank.append(pl.when(hidden).then(None).otherwise(pl.col("noemer")).alias("noemer"))
    out = out.with_columns(blank)
    if afronden:
        out = out.with_columns(_rounded(ind))
    return out


def suppress_table(
    table: pl.DataFrame, ind: Indicator, eff: Sequence[Breakdown], drempel: int
) -> list[bool]:
    """The suppression pattern of one table (one indicator x periode)."""
    keys: list[_Key] = list(table.select(eff).iter_rows()) if eff else [()] * table.height
    structure = margin_structure(keys)
    teller = table["teller"].fill_null(0).to_list()
    basis = table["basis"].fill_null(0).to_list()
    noemer = table["noemer"].fill_null(0).to_list()
    first = teller if ind.teller_is_aantal else basis
    grootheden = [_grootheid(first, structure)]
    gevoelig = primair(basis, drempel)
    if _noemer_is_count(ind, with_zonder=True):
        gevoelig = [g or 0 < n < drempel for g, n in zip(gevoelig, noemer, strict=True)]
    if _noemer_is_count(ind):
        # a share's denominator (``zonder``) is the same in every part: no margin relation
        grootheden.append(_grootheid(noemer, structure))
    return onderdruk(grootheden, gevoelig, drempel)


def margin_structure(keys: Sequence[_Key]) -> list[tuple[int, list[int]]]:
    """(total row, part rows) for every margin along every breakdown."""
    index = {key: i for i, key in enumerate(keys)}
    width = len(keys[0]) if keys else 0
    structure: list[tuple[int, list[int]]] = []
    for position in range(width):
        parts: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            if key[position] == TOTAAL:
                continue
            total = index.get((*key[:position], TOTAAL, *key[position + 1 :]))
            if total is not None:
                parts.setdefault(total, []).append(i)
        structure.extend(parts.items())
    return structure


def _grootheid(values: list[int], structure: list[tuple[int, list[int]]]) -> Grootheid:
    return Grootheid(values, [relatie(total, parts, values) for total, parts in structure])


def _noemer_is_count(ind: Indicator, *, with_zonder: bool = False) -> bool:
    """Whether the denominator counts units (persons, arrangements) and so is protected."""
    noemer = ind.noemer_maat
    if not isinstance(noemer, Maat) or noemer.aggregaat == "som":
        return False
    return with_zonder or not noemer.zonder


def _rounded(ind: Indicator) -> list[pl.Expr]:
    def five(name: str) -> pl.Expr:
        return pl.col(name).map_elements(rond_af, return_dtype=pl.Int64)

    exprs = []
    if ind.teller_is_aantal:
        exprs.append(five("teller"))
    if _noemer_is_count(ind, with_zonder=True):
        exprs.append(five("noemer"))
    return exprs
