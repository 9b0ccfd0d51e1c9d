# SPDX-License-Identifier: EUPL-1.2
"""Vega-Lite chart specs from tidy tables, for the dashboard and the quarterly factsheet.

Every function takes a tidy polars table (column names as keyword parameters, as the
computing layers name them) and returns a complete Vega-Lite spec as a dict: data inlined,
Dutch titles, the nl-NL locale in ``config.locale`` (decimal comma, thousands point, €).
Nothing here needs a browser or the web app: the dashboard hands the spec to vega-embed,
the factsheet to :func:`naar_svg`.

Charts:

- :func:`trend` — an indicator over periods with target (streefwaarde) and forecast band;
- :func:`begroting_realisatie` — budget vs realisation vs year-end forecast per group;
- :func:`cumulatief` — the cumulative spending curve with the forecast band and budget;
- :func:`decompositie` — volume / price / mix effects of the deviation from the budget;
- :func:`vergelijking` — every wijk (or category) against the gemeente;
- :func:`tegen_peers` — providers as dots per product category, one highlighted;
- :func:`staven` — bars per category, optionally per series;
- :func:`matrix` — counts in a grid (measures by phase × urgency).

:func:`met_status` / :func:`status` give a figure's status against its norm (op koers,
let op, afwijking), the one definition both renderers colour by.
"""

from stuurhuis.charts.eenheid import WEERGAVEN, Weergave, weergave
from stuurhuis.charts.financien import begroting_realisatie, cumulatief, decompositie
from stuurhuis.charts.matrix import matrix
from stuurhuis.charts.spec import VEGA_LITE_VERSIE, Spec
from stuurhuis.charts.status import LABELS, STATUSSEN, Status, met_status, status
from stuurhuis.charts.staven import staven
from stuurhuis.charts.svg import naar_svg
from stuurhuis.charts.trend import trend
from stuurhuis.charts.vergelijking import tegen_peers, vergelijking

__all__ = [
    "LABELS",
    "STATUSSEN",
    "VEGA_LITE_VERSIE",
    "WEERGAVEN",
    "Spec",
    "Status",
    "Weergave",
    "begroting_realisatie",
    "cumulatief",
    "decompositie",
    "matrix",
    "met_status",
    "naar_svg",
    "status",
    "staven",
    "tegen_peers",
    "trend",
    "vergelijking",
    "weergave",
]
