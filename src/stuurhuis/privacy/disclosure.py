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

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

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
    the relations (linear programme, values >= 0). ``inf`` means unbounded."""
    variables = [i for i, h in enumerate(hidden) if h]
    if not variables:
        return {}
    column = {cell: k for k, cell in enumerate(variables)}
    a_eq: list[list[float]] = []
    b_eq: list[float] = []
    a_ub: list[list[float]] = []
    b_ub: list[float] = []
    for rel in relaties:
        if not any(hidden[c] for c in rel.cellen):
            continue
        total = _term(rel.totaal, waarden, column, len(variables))
        parts = [_term(c, waarden, column, len(variables)) for c in rel.delen]
        parts_sum = (sum((p[0] for p in parts), np.zeros(len(variables))), sum(p[1] for p in parts))
        if rel.is_gelijk:
            # sum(parts) - total = 0
            a_eq.append(list(parts_sum[0] - total[0]))
            b_eq.append(total[1] - parts_sum[1])
        else:
            # the total is at most the sum of the parts, and at least each part
            a_ub.append(list(total[0] - parts_sum[0]))
            b_ub.append(parts_sum[1] - total[1])
            for coef, const in parts:
                a_ub.append(list(coef - total[0]))
                b_ub.append(total[1] - const)
    result: dict[int, tuple[float, float]] = {}
    for cell, k in column.items():
        system = _System(len(variables), a_eq, b_eq, a_ub, b_ub)
        result[cell] = (system.optimum(k, 1.0), -system.optimum(k, -1.0))
    return result


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
    best: tuple[tuple[bool, bool, int, int], int] | None = None
    waarden = grootheid.waarden
    for rel in grootheid.relaties:
        if cell not in rel.cellen:
            continue
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
    cell: int, waarden: Sequence[int], column: dict[int, int], size: int
) -> tuple[np.ndarray, float]:
    """A cell as (coefficients over the hidden variables, constant)."""
    coef = np.zeros(size)
    if cell in column:
        coef[column[cell]] = 1.0
        return coef, 0.0
    return coef, float(waarden[cell])


@dataclass(frozen=True)
class _System:
    """Linear constraints over the hidden cells (values >= 0)."""

    size: int
    a_eq: list[list[float]]
    b_eq: list[float]
    a_ub: list[list[float]]
    b_ub: list[float]

    def optimum(self, k: int, sign: float) -> float:
        """min(sign * x_k) subject to the constraints; -inf when unbounded."""
        objective = np.zeros(self.size)
        objective[k] = sign
        res = linprog(
            objective,
            A_ub=np.array(self.a_ub) if self.a_ub else None,
            b_ub=np.array(self.b_ub) if self.b_ub else None,
            A_eq=np.array(self.a_eq) if self.a_eq else None,
            b_eq=np.array(self.b_eq) if self.b_eq else None,
            bounds=[(0, None)] * self.size,
            method="highs",
        )
        if res.status == 3:  # unbounded: only possible when maximising
            return float("-inf")
        if res.status != 0:
            raise ArithmeticError(f"disclosure audit LP failed: {res.message}")
        return float(res.fun)
