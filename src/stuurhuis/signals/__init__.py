# SPDX-License-Identifier: EUPL-1.2
"""Case-level signals for toegang, regie and control (role-bound, audit-logged).

Public surface:

- :func:`compute` — all signals (or some kinds, some wijken) on a peildatum, as one tidy
  table (see :data:`SCHEMA`); no role checks, for internal computations and tests;
- :func:`signalen_voor` — the entry point for people: enforces the role rules and writes
  the audit record (CLI, exports);
- :func:`toegang`, :func:`in_wijken`, :func:`log_inzage` — the same in three steps, for a
  caller that keeps computed signals (the dashboard caches :func:`compute` per warehouse
  state, then checks, filters and logs every view);
- :func:`per_aanbieder` — rechtmatigheid amounts at stake per provider and reason;
- :func:`samenvatting` — signals and money per kind and reason (no persons);
- :func:`toegestane_wijken`, :func:`kiesbare_wijken` — the wijken a user may see or pick;
- :data:`SOORTEN` — the kinds, each a :class:`Soort`.
"""

from stuurhuis.privacy.gebruiker import Gebruiker, MetRol, Rol
from stuurhuis.signals.compute import compute, in_wijken, kies_soorten, standaard_peildatum
from stuurhuis.signals.overzicht import samenvatting
from stuurhuis.signals.rechtmatigheid import per_aanbieder
from stuurhuis.signals.rollen import (
    ROLLEN_MET_SIGNALEN,
    GeenToegangError,
    kiesbare_wijken,
    log_inzage,
    signalen_voor,
    toegang,
    toegestane_wijken,
)
from stuurhuis.signals.soort import SCHEMA, Soort
from stuurhuis.signals.soorten import SOORTEN

__all__ = [
    "ROLLEN_MET_SIGNALEN",
    "SCHEMA",
    "SOORTEN",
    "Gebruiker",
    "GeenToegangError",
    "MetRol",
    "Rol",
    "Soort",
    "compute",
    "in_wijken",
    "kies_soorten",
    "kiesbare_wijken",
    "log_inzage",
    "per_aanbieder",
    "samenvatting",
    "signalen_voor",
    "standaard_peildatum",
    "toegang",
    "toegestane_wijken",
]
