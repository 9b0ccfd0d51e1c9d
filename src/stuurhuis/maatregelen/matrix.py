# SPDX-License-Identifier: EUPL-1.2
"""The urgency matrix of the Meppel plan: fase (uitvoeren / uitwerken / onderzoeken) ×
urgentie (urgent / lange termijn / beperkt effect), with the measures in each cell.

The nine cells are always present (empty ones with zero measures); measures in another
fase (gerealiseerd, gestopt) or without fase or urgentie get rows of their own.
"""

import polars as pl

from stuurhuis.maatregelen.model import URGENTIES, Programma

MATRIX_FASES = ("uitvoeren", "uitwerken", "onderzoeken")
_GEEN = "(geen)"
_SCHEMA = {
    "fase": pl.String,
    "urgentie": pl.String,
    "aantal_maatregelen": pl.Int64,
    "maatregelen": pl.String,
    "netto_cent": pl.Int64,
}


def matrix(programma: Programma) -> pl.DataFrame:
    """One row per fase × urgentie: number of measures, their names, planned net (all years)."""
    cells: dict[tuple[str, str], list[tuple[str, int]]] = {
        (fase, urgentie): [] for fase in MATRIX_FASES for urgentie in URGENTIES
    }
    for m in programma.maatregelen:
        key = (m.fase or _GEEN, m.urgentie or _GEEN)
        netto = sum(m.besparing.values()) - sum(m.investering.values())
        cells.setdefault(key, []).append((m.naam, netto))
    rows = [
        (fase, urgentie, len(items), "; ".join(n for n, _ in items), sum(c for _, c in items))
        for (fase, urgentie), items in cells.items()
    ]
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")
