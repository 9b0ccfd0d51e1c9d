# SPDX-License-Identifier: EUPL-1.2
"""The stock-flow model of the meerjarenraming, on plain numbers (no warehouse).

Clients of one group (wet × categorie) are counted per year by the year of their
current episode ``d`` (1: started this year, 2: second year, 3: third year or longer).
Each year::

    S[t, 1] = inflow[t]                        (Σ over age classes of rate × inhabitants)
    S[t, 2] = S[t-1, 1] · r1
    S[t, 3] = S[t-1, 2] · r2 + S[t-1, 3] · r3
    outflow[t] = Σ_d S[t-1, d] · (1 − r_d)

so ``clients[t] = clients[t-1] − outflow[t] + inflow[t]``. ``r_d`` is the observed
share of clients in episode year ``d`` still in care the next year (the duration
distribution at a yearly grain).
"""

from dataclasses import dataclass

import numpy as np

TREND_DAMPING = 0.8  # the inflow-rate trend loses 20 % per year ahead (damped trend)
DUURKLASSEN = (1, 2, 3)


@dataclass(frozen=True)
class Jaarstand:
    """One projected year of one group."""

    instroom: float
    uitstroom: float
    stand: dict[int, float]  # clients by episode year

    @property
    def clienten(self) -> float:
        return sum(self.stand.values())


def projecteer(
    stand: dict[int, float], behoud: dict[int, float], instroom: list[float]
) -> list[Jaarstand]:
    """Project ``stand`` (clients by episode year) through the inflows, year by year."""
    years = []
    current = {d: stand.get(d, 0.0) for d in DUURKLASSEN}
    for inflow in instroom:
        rate = {d: behoud.get(d, 0.0) for d in DUURKLASSEN}
        outflow = sum(current[d] * (1.0 - rate[d]) for d in DUURKLASSEN)
        current = {
            1: inflow,
            2: current[1] * rate[1],
            3: current[2] * rate[2] + current[3] * rate[3],
        }
        years.append(Jaarstand(inflow, outflow, dict(current)))
    return years


def gedempte_trend(reeks: list[float], horizon: int, demping: float = TREND_DAMPING) -> list[float]:
    """Project a rate series ``horizon`` years: least-squares line, slope damped, ≥ 0.

    ``level + slope · (φ + φ² + … + φ^h)`` with ``level`` the line's value in the last
    year. One value: flat. None: zeros.
    """
    if not reeks:
        return [0.0] * horizon
    if len(reeks) == 1:
        return [max(reeks[0], 0.0)] * horizon
    x = np.arange(len(reeks), dtype=np.float64)
    slope, intercept = np.polyfit(x, np.asarray(reeks, dtype=np.float64), 1)
    level = float(intercept + slope * x[-1])
    out, damped = [], 0.0
    for h in range(1, horizon + 1):
        damped += demping**h
        out.append(max(level + float(slope) * damped, 0.0))
    return out


def groei_prognose(reeks: dict[int, float], jaren: list[int]) -> dict[int, float]:
    """Inhabitants per year: the data where present, else the mean yearly growth of the
    last five known years compounded from the last known year."""
    known = sorted(reeks)
    if not known:
        return dict.fromkeys(jaren, 0.0)
    recent = known[-6:]
    first, last = recent[0], recent[-1]
    growth = 0.0
    if last > first and reeks[first] > 0:
        growth = (reeks[last] / reeks[first]) ** (1 / (last - first)) - 1
    return {y: reeks[y] if y in reeks else reeks[last] * (1 + growth) ** (y - last) for y in jaren}


def indexcijfers(
    basisjaar: int, jaren: list[int], pct: dict[int, float], standaard: float
) -> dict[int, float]:
    """Cumulative price/wage index per year, 1 in ``basisjaar``: Π (1 + pct_y / 100)."""
    out, level = {}, 1.0
    for y in range(basisjaar + 1, max(jaren, default=basisjaar) + 1):
        level *= 1 + pct.get(y, standaard) / 100
        out[y] = level
    return {y: out.get(y, 1.0) for y in jaren}
