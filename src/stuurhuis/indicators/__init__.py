# SPDX-License-Identifier: EUPL-1.2
"""Indicators: the BBV beleidsindicatoren and the plan indicators, as tidy tables.

Public surface (stable; web, report and CLI render these tables):

- :func:`catalogue` -> ``list[Indicator]``: every indicator, defined as data in
  ``defs/<id>.yaml`` with its fact query in ``defs/<id>.sql``.
- :func:`indicator` -> ``Indicator``: one by id (one-line Dutch error when unknown).
- :func:`kerncijfers` -> ``tuple[str, ...]``: the key indicators of the gemeente or the wijk
  views, in display order (``kerncijfers.yaml``), shared by the dashboard and the factsheet.
- :func:`compute` -> ``pl.DataFrame``: one row per indicator x periode x breakdown value(s),
  columns ``indicator, periode, grain, <breakdowns>, waarde, teller, noemer, eenheid,
  onderdrukt``; ``openbaar=True`` applies disclosure control.
- :func:`inwoners` -> ``pl.DataFrame``: inhabitants per periode x wijk as used in the
  per-inhabitant indicators.
- :func:`trend_prognose` -> ``pl.DataFrame``: the linear-trend forecast of one indicator's
  series with its prediction interval (``periode, waarde, ondergrens, bovengrens``);
  :func:`zonder_lopende` says which periods it left out (claims not all in yet).
- :data:`BREAKDOWNS`, :data:`TOTAAL` (breakdown value of a margin row).
"""

from stuurhuis.indicators.bevolking import inwoners
from stuurhuis.indicators.catalogue import catalogue, indicator, kerncijfers
from stuurhuis.indicators.compute import compute, parse_by, supports
from stuurhuis.indicators.model import BREAKDOWNS, TOTAAL, Breakdown, Indicator
from stuurhuis.indicators.prognose import OP_DECLARATIES, trend_prognose, zonder_lopende

__all__ = [
    "BREAKDOWNS",
    "OP_DECLARATIES",
    "TOTAAL",
    "Breakdown",
    "Indicator",
    "catalogue",
    "compute",
    "indicator",
    "inwoners",
    "kerncijfers",
    "parse_by",
    "supports",
    "trend_prognose",
    "zonder_lopende",
]
