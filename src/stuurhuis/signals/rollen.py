# SPDX-License-Identifier: EUPL-1.2
"""The role-aware entry point: who may see which signals, and the audit record of it.

- ``analist`` sees every signal;
- ``regisseur`` sees only rows in the wijken assigned to them (rows without a wijk, such
  as provider outliers, are not case work for a wijk and are left out);
- ``bestuur`` and ``beheerder`` see no case-level rows.

Every call that shows or exports rows writes one audit record (who, when, which kinds and
filter, how many rows); a refused request is logged as ``signalen.geweigerd``.
"""

from collections.abc import Iterable
from datetime import date
from typing import Literal

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.privacy import audit
from stuurhuis.privacy.gebruiker import MetRol
from stuurhuis.settings import Settings
from stuurhuis.signals.compute import Voortgang, compute, kies_soorten, standaard_peildatum
from stuurhuis.warehouse import load_sql

Actie = Literal["signalen.bekijken", "signalen.export"]
ROLLEN_MET_SIGNALEN: tuple[str, ...] = ("analist", "regisseur")


class GeenToegangError(StuurhuisError):
    """The user's role or wijken do not allow these signals."""


def signalen_voor(
    con: duckdb.DuckDBPyConnection,
    gebruiker: MetRol,
    *,
    kinds: Iterable[str] | None = None,
    wijken: Iterable[str] | None = None,
    peildatum: date | None = None,
    actie: Actie = "signalen.bekijken",
    settings: Settings | None = None,
    voortgang: Voortgang | None = None,
) -> pl.DataFrame:
    """The signals ``gebruiker`` may see, with the view or export written to the audit log.

    ``kinds`` and ``wijken`` filter (None: all that the user may see); a regisseur asking
    for a wijk not assigned to them is refused (and that is logged too). The audit record
    counts the rows returned: everything handed to a page or file counts as seen.
    """
    soorten = kies_soorten(kinds)
    peil = peildatum or standaard_peildatum(con)
    gevraagd = None if wijken is None else sorted(set(wijken))
    filter_ = {"soorten": soorten, "wijken": gevraagd, "peildatum": peil}
    try:
        toegestaan = _toegestane_wijken(gebruiker, gevraagd)
    except GeenToegangError:
        audit.log(
            con,
            gebruiker,
            "signalen.geweigerd",
            onderwerp=",".join(soorten),
            filter=filter_,
            aantal_rijen=0,
        )
        raise
    signalen = compute(
        con,
        kinds=soorten,
        wijken=toegestaan,
        peildatum=peil,
        settings=settings,
        voortgang=voortgang,
    )
    audit.log(
        con,
        gebruiker,
        actie,
        onderwerp=",".join(soorten),
        filter={**filter_, "wijken": toegestaan},
        aantal_rijen=signalen.height,
    )
    return signalen


def toegestane_wijken(gebruiker: MetRol) -> list[str] | None:
    """The wijken ``gebruiker`` may see signals of: None for all (analist), else a list.

    Raises :class:`GeenToegangError` for a role without case-level access.
    """
    return _toegestane_wijken(gebruiker, None)


def kiesbare_wijken(con: duckdb.DuckDBPyConnection, gebruiker: MetRol) -> pl.DataFrame:
    """The wijken (code, name) ``gebruiker`` may pick in the filter of the Signalen page."""
    wijken = toegestane_wijken(gebruiker)
    return con.execute(load_sql(__package__, "wijken.sql"), {"wijken": wijken}).pl()


def _toegestane_wijken(gebruiker: MetRol, gevraagd: list[str] | None) -> list[str] | None:
    """The wijken filter to apply: None means all wijken."""
    if gebruiker.rol not in ROLLEN_MET_SIGNALEN:
        raise GeenToegangError(
            f"rol {gebruiker.rol} mag geen signalen op persoonsniveau zien "
            f"(alleen {' en '.join(ROLLEN_MET_SIGNALEN)})"
        )
    if gebruiker.rol == "analist":
        return gevraagd
    if not gebruiker.wijken:
        raise GeenToegangError(f"regisseur {gebruiker.naam} heeft geen wijken toegewezen")
    if gevraagd is None:
        return sorted(gebruiker.wijken)
    buiten = [wijk for wijk in gevraagd if wijk not in gebruiker.wijken]
    if buiten:
        raise GeenToegangError(
            f"regisseur {gebruiker.naam} mag wijk {', '.join(buiten)} niet inzien"
        )
    return gevraagd
