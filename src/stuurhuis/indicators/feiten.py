# SPDX-License-Identifier: EUPL-1.2
"""The facts spread over the periods, built once per :func:`compute` call.

Every indicator reads facts spread over the periods (allocations and provisions active in
a period, claim lines by service month). Spreading them is the bulk of the work and most
indicators read the same spread, so each one an indicator uses is built once, for all
periods of the call, as temporary tables (connection-local and in memory, so also on a
read-only connection and never in the warehouse file; dropped at the end of the call):
the facts numbered (``ind_<fact>``) and the spread as numbers only (``ind_<fact>_periode``:
fact number x period number x age class number), which is cheap to build and to join back. The
CTE fragments in ``sql/feiten/`` give an indicator query the familiar wide rows
(``arrangement_periode`` ...) for the periods it asks for.
"""

import re
from collections.abc import Sequence

import duckdb

from stuurhuis.indicators.query import period_params
from stuurhuis.periode import Periode
from stuurhuis.warehouse import load_sql

# CTE an indicator's fact query may read -> the build step that makes its tables
FEITEN: dict[str, str] = {
    "arrangement_periode": "arrangement",
    "uitkering_periode": "uitkering",
    "uitkering_peildatum": "uitkering",
    "declaratie_periode": "declaratie",
    "huishouden_wijk": "huishouden",
}
_TABELLEN: dict[str, tuple[str, ...]] = {
    "periode": ("ind_periode",),
    "leeftijd": ("ind_leeftijd_klasse",),
    "arrangement": ("ind_arrangement", "ind_arrangement_periode"),
    "uitkering": ("ind_uitkering", "ind_uitkering_periode", "ind_uitkering_peildatum"),
    "declaratie": ("ind_declaratie", "ind_declaratie_periode"),
    "huishouden": ("ind_huishouden_wijk",),
}


class Feiten:
    """The temporary fact tables of one compute call over ``periodes``, built on first use."""

    def __init__(self, con: duckdb.DuckDBPyConnection, periodes: Sequence[Periode]) -> None:
        self._con = con
        self._periodes = frozenset(periodes)
        self._gebouwd: list[str] = []

    def ctes(self, fact_query: str, wanted: Sequence[Periode]) -> str:
        """The CTEs ``periodes`` and the facts ``fact_query`` reads, for ``wanted``.

        The query binds ``$periode`` to the codes of ``wanted`` (:func:`period_codes`),
        which must be periods the tables were built for. Inside the query ``periode`` is
        the period's number; ``periodes.periode_code`` is its code.
        """
        if not self._periodes >= set(wanted):
            raise ValueError("periodes buiten de opgebouwde feiten")  # a programming error
        self._bouw("periode")
        parts = [_fragment("periodes.sql")]
        for name, stap in FEITEN.items():
            if re.search(rf"\b{name}\b", fact_query):
                self._bouw(stap)
                parts.append(_fragment(f"{name}.sql"))
        return ",\n\n".join(parts)

    def sluit(self) -> None:
        """Drop the temporary tables."""
        for stap in reversed(self._gebouwd):
            for table in _TABELLEN[stap]:
                self._con.execute(f"DROP TABLE IF EXISTS temp.{table}")
        self._gebouwd.clear()

    def _bouw(self, stap: str) -> None:
        if stap in self._gebouwd:
            return
        if stap == "periode":
            self._con.execute(_sql("opbouw_periode.sql"), period_params(sorted(self._periodes)))
            self._gebouwd.append(stap)
            self._bouw("leeftijd")
            return
        self._con.execute(_sql(f"opbouw_{stap}.sql"))
        self._gebouwd.append(stap)


def period_codes(wanted: Sequence[Periode]) -> dict[str, list[str]]:
    """The parameter of ``sql/feiten/periodes.sql``: the codes of the wanted periods."""
    return {"periode": sorted({p.code for p in wanted})}


def _sql(name: str) -> str:
    return load_sql(__package__, f"sql/feiten/{name}")


def _fragment(name: str) -> str:
    """A CTE fragment without its licence line."""
    return "\n".join(line for line in _sql(name).splitlines() if not line.startswith("-- SPDX"))
