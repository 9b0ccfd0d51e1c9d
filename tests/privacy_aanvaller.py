# SPDX-License-Identifier: EUPL-1.2
"""The attacker of the disclosure tests, written independently of ``privacy.disclosure``.

Given a published table (every cell's value, ``None`` where suppressed) and the relations
the attacker knows hold between cells, a linear programme gives each suppressed cell's
exact feasible interval (values are counts, so >= 0). The checks the tests assert:

- no suppressed cell is determined (its interval is wider than a point);
- no primary cell (a count below the threshold) is pinned into a range narrower than the
  threshold, so in particular the attacker cannot prove it lies in ``[0, drempel)``.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

TOL = 1e-6


@dataclass(frozen=True)
class Band:
    """``totaal`` cell relates to ``delen``: an equality (additive) or, for distinct counts,
    every part <= total <= sum of the parts."""

    totaal: int
    delen: tuple[int, ...]
    gelijk: bool = True


def intervallen(
    gepubliceerd: Sequence[float | None], banden: Sequence[Band]
) -> dict[int, tuple[float, float]]:
    """Feasible [min, max] per suppressed cell (``inf`` when unbounded)."""
    onbekend = [i for i, v in enumerate(gepubliceerd) if v is None]
    kolom = {cel: k for k, cel in enumerate(onbekend)}
    n = len(onbekend)
    if n == 0:
        return {}
    a_eq: list[np.ndarray] = []
    b_eq: list[float] = []
    a_ub: list[np.ndarray] = []
    b_ub: list[float] = []

    def lineair(cel: int) -> tuple[np.ndarray, float]:
        coef = np.zeros(n)
        waarde = gepubliceerd[cel]
        if waarde is None:
            coef[kolom[cel]] = 1.0
            return coef, 0.0
        return coef, float(waarde)

    for band in banden:
        tc, tk = lineair(band.totaal)
        delen = [lineair(d) for d in band.delen]
        sc = sum((d[0] for d in delen), np.zeros(n))
        sk = sum(d[1] for d in delen)
        if band.gelijk:  # sum(parts) - total == 0
            a_eq.append(sc - tc)
            b_eq.append(tk - sk)
        else:
            a_ub.append(tc - sc)  # total <= sum(parts)
            b_ub.append(sk - tk)
            for dc, dk in delen:  # part <= total
                a_ub.append(dc - tc)
                b_ub.append(tk - dk)
    uitkomst: dict[int, tuple[float, float]] = {}
    for cel, k in kolom.items():
        grenzen = []
        for teken in (1.0, -1.0):
            doel = np.zeros(n)
            doel[k] = teken
            res = linprog(
                doel,
                A_ub=np.array(a_ub) if a_ub else None,
                b_ub=np.array(b_ub) if b_ub else None,
                A_eq=np.array(a_eq) if a_eq else None,
                b_eq=np.array(b_eq) if b_eq else None,
                bounds=[(0, None)] * n,
                method="highs",
            )
            if res.status == 3:
                grenzen.append(float("inf"))
                continue
            assert res.status == 0, res.message
            grenzen.append(teken * float(res.fun))
        uitkomst[cel] = (grenzen[0], grenzen[1])
    return uitkomst


def lekken(
    waar: Sequence[float],
    gepubliceerd: Sequence[float | None],
    banden: Sequence[Band],
    drempel: int,
) -> list[str]:
    """What the attacker learns: one line per suppressed cell that is not protected.

    ``waar`` holds the true values (to check the attacker's intervals contain them and to
    know which cells are primary).
    """
    problemen = []
    for cel, (laag, hoog) in intervallen(gepubliceerd, banden).items():
        waarde = waar[cel]
        assert laag - TOL <= waarde <= hoog + TOL, (cel, waarde, laag, hoog)
        breedte = hoog - laag
        if breedte < TOL:
            problemen.append(f"cel {cel} = {waarde:g} is bepaald")
        elif 0 < waarde < drempel and (breedte < drempel - TOL or hoog < drempel - TOL):
            problemen.append(f"cel {cel} = {waarde:g} ligt in [{laag:g}, {hoog:g}]")
    return problemen


def banden_van_tabel(
    keys: Sequence[tuple[object, ...]], additief: Sequence[bool], totaal: object
) -> list[Band]:
    """The margin relations of a published table: along every breakdown, each cell whose
    value there is ``totaal`` relates to the cells that differ from it only there
    (equalities along additive breakdowns, distinct-count inequalities otherwise)."""
    index = {key: i for i, key in enumerate(keys)}
    banden = []
    for positie, gelijk in enumerate(additief):
        delen: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            if key[positie] == totaal:
                continue
            t = index.get((*key[:positie], totaal, *key[positie + 1 :]))
            if t is not None:
                delen.setdefault(t, []).append(i)
        banden += [Band(t, tuple(d), gelijk) for t, d in delen.items()]
    return banden
