# SPDX-License-Identifier: EUPL-1.2
"""Finance: budget vs realisation, year-end forecast, multi-year projection, backtests.

Every function returns a tidy polars DataFrame (one row per period × group) that the
CLI, the web and the report only render. Money is integer eurocents (``*_cent``).
``by`` is one of ``taakveld``, ``taakveld_hoofd`` (2023 split mapped back), ``wet``,
``categorie`` or ``totaal``. See ``docs/finance.md`` for the methods.
"""

from stuurhuis.finance.begroting import begroting
from stuurhuis.finance.begroting_import import importeer_begroting
from stuurhuis.finance.cbs_terugtoets import cbs_samenvatting, cbs_terugtoets
from stuurhuis.finance.compleetheid import (
    declaraties_binnen,
    onvolledig_tekst,
    onvolledige_periodes,
)
from stuurhuis.finance.groepering import INDELINGEN, Indeling
from stuurhuis.finance.jaarprognose import JAARRESULTAAT, prognose
from stuurhuis.finance.meerjarig import (
    beveilig_meerjarentabel,
    meerjarenraming,
    meerjarentabel,
)
from stuurhuis.finance.terugtoets import backtest, samenvatting
from stuurhuis.finance.uitgaven import realisatie
from stuurhuis.finance.verloop import cumulatief

__all__ = [
    "INDELINGEN",
    "JAARRESULTAAT",
    "Indeling",
    "backtest",
    "begroting",
    "beveilig_meerjarentabel",
    "cbs_samenvatting",
    "cbs_terugtoets",
    "cumulatief",
    "declaraties_binnen",
    "importeer_begroting",
    "meerjarenraming",
    "meerjarentabel",
    "onvolledig_tekst",
    "onvolledige_periodes",
    "prognose",
    "realisatie",
    "samenvatting",
]
