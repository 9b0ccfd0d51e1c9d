# SPDX-License-Identifier: EUPL-1.2
"""How complete the claims of a period are: the share of its expected spending already in.

Claims arrive up to months after the service month, so the newest periods look cheaper
than they will be. The share is the claims known on the peildatum over the chain-ladder
ultimate of the same service months (:func:`stuurhuis.finance.driehoek.develop`).
"""

from collections.abc import Sequence
from datetime import date

import duckdb
import numpy as np

from stuurhuis.export import procent
from stuurhuis.finance.driehoek import develop
from stuurhuis.finance.grondslag import groepen, laad
from stuurhuis.finance.jaarprognose import HISTORY_YEARS
from stuurhuis.periode import Periode

VOLLEDIG = 0.98  # below this share of the expected claims in, views say so


def declaraties_binnen(
    con: duckdb.DuckDBPyConnection, periode: Periode, peildatum: date
) -> float | None:
    """The share (0–1) of the expected claims over ``periode`` known on ``peildatum``;
    ``None`` when the period has no claims or lies after the peildatum."""
    return binnen_per_periode(con, [periode], peildatum)[periode.code]


def binnen_per_periode(
    con: duckdb.DuckDBPyConnection, periodes: Sequence[Periode], peildatum: date
) -> dict[str, float | None]:
    """:func:`declaraties_binnen` for each of ``periodes`` (by code), from one claim triangle."""
    gevraagd = [p for p in periodes if p.start <= peildatum]
    uitkomst: dict[str, float | None] = {p.code: None for p in periodes}
    if not gevraagd:
        return uitkomst
    van = date(min(p.start for p in gevraagd).year - HISTORY_YEARS, 1, 1)
    reeksen = groepen(laad(con, peildatum=peildatum, van=van, tot=peildatum), "totaal")
    if not reeksen:
        return uitkomst
    reeks = next(iter(reeksen.values()))
    origin = reeks.index(peildatum.replace(day=1))
    development = develop(reeks.driehoek, origin)
    for periode in gevraagd:
        first = max(reeks.index(periode.start), 0)
        last = min(reeks.index(periode.eind.replace(day=1)), origin)
        known = float(np.sum(development.known_cent[first : last + 1]))
        ultimate = float(np.sum(development.ultimate_cent[first : last + 1]))
        uitkomst[periode.code] = min(known / ultimate, 1.0) if ultimate > 0 else None
    return uitkomst


def onvolledige_periodes(
    con: duckdb.DuckDBPyConnection, periodes: Sequence[Periode], peildatum: date
) -> frozenset[str]:
    """The codes of ``periodes`` with fewer than :data:`VOLLEDIG` of their expected claims
    in on ``peildatum``: their spending is not yet a fair point for a trend."""
    binnen = binnen_per_periode(con, periodes, peildatum)
    return frozenset(code for code, deel in binnen.items() if deel is not None and deel < VOLLEDIG)


def onvolledig_tekst(
    con: duckdb.DuckDBPyConnection, periode: Periode, peildatum: date
) -> str | None:
    """The Dutch warning shown beside the figures of ``periode`` when fewer than
    :data:`VOLLEDIG` of its expected claims are in on ``peildatum`` (else ``None``)."""
    binnen = declaraties_binnen(con, periode, peildatum)
    if binnen is None or binnen >= VOLLEDIG:
        return None
    return (
        f"Let op: van de declaraties over {periode.code} is op {peildatum:%d-%m-%Y} naar "
        f"verwachting pas {procent(binnen, 0)} binnen (declaraties komen tot maanden na de "
        "levering binnen); uitgaven en kosten per cliënt vallen voor deze periode daardoor "
        "nog te laag uit."
    )
