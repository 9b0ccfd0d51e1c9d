# SPDX-License-Identifier: EUPL-1.2
"""Case-level signals for toegang, regie and control (role-bound, audit-logged).

Public surface:

- :func:`compute` — all signals (or some kinds, some wijken) on a peildatum, as one tidy
  table (see :data:`SCHEMA`); no role checks, for internal computations and tests;
- :func:`signalen_voor` — the entry point for people: enforces the role rules and writes
  the audit record (web page, CLI, exports);
- :func:`per_aanbieder` — rechtmatigheid amounts at stake per provider and reason;
- :data:`SOORTEN` — the kinds, each a :class:`Soort`.
"""

from stuurhuis.privacy.gebruiker import Gebruiker, Rol
from stuurhuis.signals.compute import compute, kies_soorten, standaard_peildatum
from stuurhuis.signals.rechtmatigheid import per_aanbieder
from stuurhuis.signals.rollen import GeenToegangError, signalen_voor
from stuurhuis.signals.soort import SCHEMA, Soort
from stuurhuis.signals.soorten import SOORTEN

__all__ = [
    "SCHEMA",
    "SOORTEN",
    "Gebruiker",
    "GeenToegangError",
    "Rol",
    "Soort",
    "compute",
    "kies_soorten",
    "per_aanbieder",
    "signalen_voor",
    "standaard_peildatum",
]
