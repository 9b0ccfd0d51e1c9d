# SPDX-License-Identifier: EUPL-1.2
"""Finance: budget vs realisation, year-end forecast, multi-year projection, backtests.

Every function returns a tidy polars DataFrame (one row per period × group) that the
CLI, the web and the report only render. Money is integer eurocents (``*_cent``).
``by`` is one of ``taakveld``, ``taakveld_hoofd`` (2023 split mapped back), ``wet``,
``categorie`` or ``totaal``. See ``docs/finance.md`` for the methods.
"""

from stuurhuis.finance.begroting import begroting
from stuurhuis.finance.groepering import INDELINGEN, Indeling
from stuurhuis.finance.prognose import prognose
from stuurhuis.finance.realisatie import realisatie

__all__ = ["INDELINGEN", "Indeling", "begroting", "prognose", "realisatie"]
