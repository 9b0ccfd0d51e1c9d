# SPDX-License-Identifier: EUPL-1.2
"""The role-aware entry point: who may see which signals, and the audit record of it.

- ``analist`` sees every signal;
- ``regisseur`` sees only rows in the wijken assigned to them (rows without a wijk, such
  as provider outliers, are not case work for a wijk and are left out);
- ``bestuur`` and ``beheerder`` see no case-level rows.

Every call that shows or exports rows writes one audit record (who, when, which kinds and
filter, how many rows); a refused request is logged as ``signalen.geweigerd``. Checking
(:func:`toegang`) and logging (:func:`log_inzage`) are separate from computing, so a caller
may show rows it computed earlier and still log every view.
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

    This is :func:`toegang`, :func:`~stuurhuis.signals.compute` and :func:`log_inzage` in
    one call; a caller that keeps computed signals (the dashboard, per warehouse state)
    calls the three itself, filtering its table with :func:`~stuurhuis.signals.in_wijken`.
    """
    soorten = kies_soorten(kinds)
    peil = peildatum or standaard_peildatum(con)
    toegestaan = toegang(con, gebruiker, kinds=soorten, wijken=wijken, peildatum=peil)
    signalen = compute(
        con,
        kinds=soorten,
        wijken=toegestaan,
        peildatum=peil,
        settings=settings,
        voortgang=voortgang,
    )
    log_inzage(
        con, gebruiker, signalen, kinds=soorten, wijken=toegestaan, peildatum=peil, actie=actie
    )
    return signalen


def toegang(
    con: duckdb.DuckDBPyConnection,
    gebruiker: MetRol,
    *,
    kinds: Iterable[str] | None = None,
    wijken: Iterable[str] | None = None,
    peildatum: date,
) -> list[str] | None:
    """The wijken filter to apply for ``gebruiker`` asking for ``wijken`` (None: all wijken).

    A role without case-level access, or a regisseur asking for a wijk not assigned to
    them, is refused: the refusal is written to the audit log and
    :class:`GeenToegangError` raised. Nothing is logged when access is granted; log what
    is then shown with :func:`log_inzage`.
    """
    soorten = kies_soorten(kinds)
    gevraagd = None if wijken is None else sorted(set(wijken))
    try:
        return _toegestane_wijken(gebruiker, gevraagd)
    except GeenToegangError:
        audit.log(
            con,
            gebruiker,
            "signalen.geweigerd",
            onderwerp=",".join(soorten),
            filter={"soorten": soorten, "wijken": gevraagd, "peildatum": peildatum},
            aantal_rijen=0,
        )
        raise


def log_inzage(
    con: duckdb.DuckDBPyConnection,
    gebruiker: MetRol,
    signalen: pl.DataFrame,
    *,
    kinds: Iterable[str] | None = None,
    wijken: list[str] | None,
    peildatum: date,
    actie: Actie = "signalen.bekijken",
) -> int:
    """Write the audit record of ``gebruiker`` seeing (or exporting) ``signalen``.

    ``kinds``, ``wijken`` (as returned by :func:`toegang`) and ``peildatum`` are the filter
    the rows were selected with; the record counts the rows. Call it for every view, also
    when the rows come from a cache. Returns the ``audit_id``.
    """
    soorten = kies_soorten(kinds)
    return audit.log(
        con,
        gebruiker,
        actie,
        onderwerp=",".join(soorten),
        filter={"soorten": soorten, "wijken": wijken, "peildatum": peildatum},
        aantal_rijen=signalen.height,
    )


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
