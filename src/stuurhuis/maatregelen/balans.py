# SPDX-License-Identifier: EUPL-1.2
"""The multi-year balance: autonomous lines → shortfall, programme effect, cover, saldo.

saldo = Σ autonomous lines (the shortfall) + the programme's planned net potential
+ Σ covering lines, per year of the ``perspectief``; amounts are signed (a cost is
negative, a saving or cover positive).
"""

import polars as pl

from stuurhuis.maatregelen.indeling import TOTAAL
from stuurhuis.maatregelen.ledger import potentieel
from stuurhuis.maatregelen.model import Programma

REGEL_TEKORT = "Totaal tekort"
REGEL_EFFECT = "Effect maatregelen"
REGEL_SALDO = "Saldo"
_SCHEMA = {
    "volgorde": pl.Int64,
    "regel": pl.String,
    "soort": pl.String,
    "periode": pl.String,
    "bedrag_cent": pl.Int64,
}


def balans(programma: Programma) -> pl.DataFrame:
    """One row per balance line × year of the perspectief (and the all-years total)."""
    years = sorted({y for regel in programma.perspectief for y in regel.bedragen})
    if not years:
        return pl.DataFrame(schema=_SCHEMA)
    lines: list[tuple[str, str, dict[int, int]]] = []
    autonoom = [r for r in programma.perspectief if r.soort == "autonoom"]
    dekking = [r for r in programma.perspectief if r.soort == "dekking"]
    lines += [(r.naam, "autonoom", dict(r.bedragen)) for r in autonoom]
    tekort = {y: sum(r.bedragen.get(y, 0) for r in autonoom) for y in years}
    lines.append((REGEL_TEKORT, "tekort", tekort))
    effect = _netto_per_jaar(programma, years)
    lines.append((REGEL_EFFECT, "effect", effect))
    lines += [(r.naam, "dekking", dict(r.bedragen)) for r in dekking]
    gedekt = {y: sum(r.bedragen.get(y, 0) for r in dekking) for y in years}
    saldo = {y: tekort[y] + effect[y] + gedekt[y] for y in years}
    lines.append((REGEL_SALDO, "saldo", saldo))
    rows = [
        (i, naam, soort, periode, bedrag)
        for i, (naam, soort, amounts) in enumerate(lines, start=1)
        for periode, bedrag in _with_total(amounts, years)
    ]
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


def _netto_per_jaar(programma: Programma, years: list[int]) -> dict[int, int]:
    """The planned net potential of the whole programme (the ``potentieel`` figure)."""
    overall = potentieel(programma).filter(pl.col("periode") != TOTAAL)
    netto = {int(p): int(c) for p, c in overall.select("periode", "netto_cent").iter_rows()}
    return {y: netto.get(y, 0) for y in years}


def _with_total(amounts: dict[int, int], years: list[int]) -> list[tuple[str, int]]:
    values = [(str(y), amounts.get(y, 0)) for y in years]
    return [*values, (TOTAAL, sum(v for _, v in values))]
