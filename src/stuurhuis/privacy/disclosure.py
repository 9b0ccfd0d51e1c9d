# SPDX-License-Identifier: EUPL-1.2
"""Disclosure control for published aggregates (CBS practice).

A published table is a set of cells tied together by linear relations: a total equals the
sum of its parts (``is_gelijk``), or, for distinct counts over a breakdown where one person
can fall in several parts, the total is at most the sum of the parts and at least each part.

- Primary suppression: a cell about fewer than ``drempel`` persons (but not zero) is hidden.
- Secondary suppression: in every relation either no cell is hidden, or at least two are
  and the hidden cells together hold at least ``drempel`` (so no hidden value follows from
  the total minus the others, nor is pinned into a narrow range).
- Audit: where cells sit in more than one relation, an attacker solves a linear programme
  over all relations for each hidden cell's feasible interval; while a primary cell's
  interval is narrower than ``drempel`` or any hidden cell's interval is a point, another
  cell is hidden.
- Rounding (optional): counts to the nearest multiple of 5 (CBS); rounding only widens an
  attacker's intervals, so the audit on exact values is conservative.
"""

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import highspy
import numpy as np

ONDERDRUKT = "."  # CBS convention for a suppressed cell
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Relatie:
    """``totaal`` (a cell index) relates to ``delen`` (cell indices)."""

    totaal: int
    delen: tuple[int, ...]
    is_gelijk: bool = True  # total == sum(parts); else parts <= total <= sum(parts)

    @property
    def cellen(self) -> tuple[int, ...]:
        return (self.totaal, *self.delen)


def primair(basis: Sequence[int | None], drempel: int) -> list[bool]:
    """Cells about 1 .. drempel-1 units are sensitive; zero and unknown are not."""
    return [b is not None and 0 < b < drempel for b in basis]


@dataclass(frozen=True)
class Grootheid:
    """One published count per cell and the relations it obeys in the table."""

    waarden: Sequence[int]
    relaties: Sequence[Relatie]


def relatie(totaal: int, delen: Sequence[int], waarden: Sequence[int]) -> Relatie:
    """A relation, an equality when the values add up exactly (an attacker would use it)."""
    parts = tuple(delen)
    return Relatie(totaal, parts, waarden[totaal] == sum(waarden[c] for c in parts))


def onderdruk(
    grootheden: Sequence[Grootheid], gevoelig: Sequence[bool], drempel: int
) -> list[bool]:
    """The suppression pattern: primary cells plus the secondary cells that protect them.

    Every quantity (e.g. numerator and denominator counts) is protected under the same
    pattern.
    """
    hidden = list(gevoelig)
    while True:
        if any(_apply_rules(g, hidden, drempel) for g in grootheden):
            continue
        added = False
        for g in grootheden:
            if not _needs_audit(hidden, g.relaties):
                continue
            for cell in zwakke_cellen(g, hidden, gevoelig, drempel):
                extra = _candidate_for(cell, g, hidden)
                if extra is not None and not hidden[extra]:
                    hidden[extra] = True
                    added = True
        if not added:
            return hidden


def intervallen(
    waarden: Sequence[int], hidden: Sequence[bool], relaties: Sequence[Relatie]
) -> dict[int, tuple[float, float]]:
    """The attacker: each hidden cell's feasible interval given every published cell and
    the relations (linear programme, values >= 0). ``inf`` means unbounded.

    Hidden cells that share no relation cannot inform each other, so the programme is
    solved per connected group of hidden cells: many small programmes instead of one with
    every hidden cell of the table (the same intervals, far less work).
    """
    rows = _rows(waarden, hidden, relaties)
    groups = _groups([i for i, h in enumerate(hidden) if h], rows)
    group_of = {cell: g for g, group in enumerate(groups) for cell in group}
    rows_of: list[list[_Row]] = [[] for _ in groups]
    for row in rows:  # all cells of a row are in one group
        rows_of[group_of[next(iter(row[0]))]].append(row)
    result: dict[int, tuple[float, float]] = {}
    for group, group_rows in zip(groups, rows_of, strict=True):
        system = _System(group, group_rows)
        for k, cell in enumerate(group):
            result[cell] = (system.optimum(k, 1.0), -system.optimum(k, -1.0))
    return result


# A linear constraint over hidden cells: ({cell: coefficient}, rhs, is_equality), meaning
# sum(coefficient * x_cell) == rhs (or <= rhs).
_Row = tuple[dict[int, float], float, bool]


def _rows(
    waarden: Sequence[int], hidden: Sequence[bool], relaties: Sequence[Relatie]
) -> list[_Row]:
    rows: list[_Row] = []
    for rel in relaties:
        if not any(hidden[c] for c in rel.cellen):
            continue
        total = _term(rel.totaal, waarden, hidden)
        parts = [_term(c, waarden, hidden) for c in rel.delen]
        parts_sum = _add(parts)
        if rel.is_gelijk:  # sum(parts) - total = 0
            rows.append(_difference(parts_sum, total, True))
        else:  # the total is at most the sum of the parts, and at least each part
            rows.append(_difference(total, parts_sum, False))
            rows.extend(_difference(part, total, False) for part in parts)
    return [row for row in rows if row[0]]


def _groups(cells: list[int], rows: list[_Row]) -> list[list[int]]:
    """Hidden cells grouped by the constraints that tie them (union-find)."""
    parent = {cell: cell for cell in cells}

    def root(cell: int) -> int:
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    for coefs, _, _ in rows:
        first, *rest = coefs
        for other in rest:
            parent[root(other)] = root(first)
    groups: dict[int, list[int]] = {}
    for cell in cells:
        groups.setdefault(root(cell), []).append(cell)
    return list(groups.values())


def zwakke_cellen(
    grootheid: Grootheid, hidden: Sequence[bool], gevoelig: Sequence[bool], drempel: int
) -> list[int]:
    """Hidden cells an attacker pins down: a primary cell to an interval narrower than
    ``drempel``, or any hidden cell to a single value."""
    weak = []
    for cell, (low, high) in intervallen(grootheid.waarden, hidden, grootheid.relaties).items():
        width = high - low
        if width < _TOLERANCE or (gevoelig[cell] and width < drempel - _TOLERANCE):
            weak.append(cell)
    return weak


def rond_af(value: int, base: int = 5) -> int:
    """Round to the nearest multiple of ``base`` (CBS publishes counts in fives)."""
    return int(base * np.floor(value / base + 0.5))


def _apply_rules(grootheid: Grootheid, hidden: list[bool], drempel: int) -> bool:
    changed = False
    for rel in grootheid.relaties:
        while not _safe(rel, grootheid.waarden, hidden, drempel):
            extra = _candidate(rel, grootheid.waarden, hidden)
            if extra is None:
                break
            hidden[extra] = True
            changed = True
    return changed


def _safe(rel: Relatie, waarden: Sequence[int], hidden: Sequence[bool], drempel: int) -> bool:
    cells = [c for c in rel.cellen if hidden[c]]
    if not cells:
        return True
    if len(cells) < 2:
        return False
    if hidden[rel.totaal]:
        return True
    return sum(waarden[c] for c in cells) >= drempel


def _candidate(rel: Relatie, waarden: Sequence[int], hidden: Sequence[bool]) -> int | None:
    """The cheapest cell to hide next: a part before the total, the smallest positive."""
    options = [c for c in rel.cellen if not hidden[c]]
    if not options:
        return None
    return min(options, key=lambda c: (c == rel.totaal, waarden[c] == 0, waarden[c], c))


def _candidate_for(cell: int, grootheid: Grootheid, hidden: Sequence[bool]) -> int | None:
    """The cheapest cell to hide to widen ``cell``'s interval: in a relation of ``cell``
    first; when those are all hidden, in a relation of the hidden cells tied to it (the
    published margins around a fully hidden block are what pin it down)."""
    reached = {cell}
    while True:
        rels = [r for r in grootheid.relaties if reached.intersection(r.cellen)]
        best = _cheapest(rels, grootheid.waarden, hidden)
        if best is not None:
            return best
        wider = reached | {c for r in rels for c in r.cellen if hidden[c]}
        if wider == reached:
            return None
        reached = wider


def _cheapest(
    rels: Sequence[Relatie], waarden: Sequence[int], hidden: Sequence[bool]
) -> int | None:
    best: tuple[tuple[bool, bool, int, int], int] | None = None
    for rel in rels:
        extra = _candidate(rel, waarden, hidden)
        if extra is None:
            continue
        key = (extra == rel.totaal, waarden[extra] == 0, waarden[extra], extra)
        if best is None or key < best[0]:
            best = (key, extra)
    return None if best is None else best[1]


def _needs_audit(hidden: Sequence[bool], relaties: Sequence[Relatie]) -> bool:
    """A hidden cell in two or more relations can be narrowed by combining them."""
    seen: dict[int, int] = {}
    for rel in relaties:
        for cell in rel.cellen:
            if hidden[cell]:
                seen[cell] = seen.get(cell, 0) + 1
                if seen[cell] > 1:
                    return True
    return False


def _term(
    cell: int, waarden: Sequence[int], hidden: Sequence[bool]
) -> tuple[dict[int, float], float]:
    """A cell as (coefficients over the hidden cells, constant)."""
    if hidden[cell]:
        return {cell: 1.0}, 0.0
    return {}, float(waarden[cell])


def _add(terms: Sequence[tuple[dict[int, float], float]]) -> tuple[dict[int, float], float]:
    coefs: dict[int, float] = {}
    for term, _ in terms:
        for cell, value in term.items():
            coefs[cell] = coefs.get(cell, 0.0) + value
    return coefs, sum(const for _, const in terms)


def _difference(
    left: tuple[dict[int, float], float], right: tuple[dict[int, float], float], equal: bool
) -> _Row:
    """left - right (== or <=) 0, as coefficients over the hidden cells and a rhs."""
    coefs = dict(left[0])
    for cell, value in right[0].items():
        coefs[cell] = coefs.get(cell, 0.0) - value
    return {c: v for c, v in coefs.items() if v != 0.0}, right[1] - left[1], equal


@cache
def _silence_banner() -> None:
    """HiGHS prints a banner on the process's stdout (from C) when the first model is made;
    make that first model with file descriptor 1 on /dev/null, so that CLI output such as
    ``--format json`` stays clean."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with Path(os.devnull).open("wb") as null:
            os.dup2(null.fileno(), 1)
            highspy.Highs()  # type: ignore[no-untyped-call]  # highspy is untyped
    finally:
        os.dup2(saved, 1)
        os.close(saved)


_DONE = (highspy.HighsModelStatus.kOptimal, highspy.HighsModelStatus.kUnbounded)


def _highs() -> highspy.Highs:
    _silence_banner()
    highs = highspy.Highs()  # type: ignore[no-untyped-call]
    highs.setOptionValue("output_flag", False)
    return highs


class _System:
    """Linear constraints over a group of hidden cells (values >= 0) in one HiGHS model.

    The model is built once per group; each bound only changes the objective and re-solves
    from the previous basis, which is what makes the audit affordable on wide tables.
    """

    def __init__(self, group: list[int], rows: list[_Row]) -> None:
        column = {cell: k for k, cell in enumerate(group)}
        self.size = len(group)
        self.highs = _highs()
        inf = highspy.kHighsInf
        self.highs.addVars(self.size, np.zeros(self.size), np.full(self.size, inf))
        for coefs, rhs, equal in rows:
            index = np.array([column[c] for c in coefs], dtype=np.int32)
            values = np.array(list(coefs.values()), dtype=np.float64)
            self.highs.addRow(rhs if equal else -inf, rhs, len(index), index, values)

    def optimum(self, k: int, sign: float) -> float:
        """min(sign * x_k) subject to the constraints; -inf when unbounded."""
        costs = np.zeros(self.size)
        costs[k] = sign
        self.highs.changeColsCost(self.size, np.arange(self.size, dtype=np.int32), costs)
        self.highs.run()
        status = self.highs.getModelStatus()
        if status not in _DONE:  # a warm start can end undecided on a degenerate model
            self.highs.clearSolver()
            self.highs.run()
            status = self.highs.getModelStatus()
        if status == highspy.HighsModelStatus.kUnbounded:  # only possible when maximising
            return float("-inf")
        if status != highspy.HighsModelStatus.kOptimal:
            raise ArithmeticError(
                f"disclosure audit LP failed: {self.highs.modelStatusToString(status)}"
            )
        return float(self.highs.getInfo().objective_function_value)
