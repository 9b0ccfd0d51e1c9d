# SPDX-License-Identifier: EUPL-1.2
"""What the reader may ask about earlier data: known messages, allocations and debits.

The business rules of a 323 need facts from outside the message (the allocation's period,
the debit line a credit reverses) and idempotency needs the message log. The reader asks a
:class:`Context`; :func:`warehouse_context` answers from the warehouse, and the reader
adds what earlier messages of the same batch said.
"""

from dataclasses import dataclass, field
from typing import Protocol

import duckdb
import pyarrow as pa

from stuurhuis.warehouse import load_sql

Periode = tuple[str, str | None]  # ISO ingangsdatum, einddatum (None: open-ended)
Aanvraag = tuple[str, str | None]  # ISO aanvraagdatum, verwijzer (COD327) of a 315


class Context(Protocol):
    """Facts the message reader needs from earlier loads."""

    def bericht_bekend(self, afzender: str, identificatie: str) -> bool:
        """True when this message was loaded before."""
        ...

    def toewijzing_periode(self, toewijzing_nummer: str) -> Periode | None:
        """The allocation's period, or None when the allocation is unknown."""
        ...

    def debet_bekend(self, agb_code: str, referentie_nummer: str) -> bool:
        """True when a debit line with this reference was claimed by this provider."""
        ...

    def aanvraag(self, agb_code: str, referentie_aanbieder: str) -> Aanvraag | None:
        """Date and verwijzer of the 315 this provider sent under this reference."""
        ...

    def postcode_wijk(self, postcode: str) -> str | None:
        """The wijk of ``postcode`` (1234AB) in the loaded postcode → wijk table, if any."""
        ...


@dataclass
class MemoryContext:
    """A context in memory: what the earlier messages of one batch said (and tests)."""

    berichten: set[tuple[str, str]] = field(default_factory=set)
    toewijzingen: dict[str, Periode] = field(default_factory=dict)
    debets: set[tuple[str, str]] = field(default_factory=set)
    aanvragen: dict[tuple[str, str], Aanvraag] = field(default_factory=dict)
    wijken: dict[str, str] = field(default_factory=dict)
    # Debits of messages read column-wise: (agb_code, referentie_nummer array), turned
    # into ``debets`` only when a credit asks (most batches have few credits).
    debet_kolommen: list[tuple[str, pa.ChunkedArray]] = field(default_factory=list)

    def bericht_bekend(self, afzender: str, identificatie: str) -> bool:
        return (afzender, identificatie) in self.berichten

    def toewijzing_periode(self, toewijzing_nummer: str) -> Periode | None:
        return self.toewijzingen.get(toewijzing_nummer)

    def debet_bekend(self, agb_code: str, referentie_nummer: str) -> bool:
        while self.debet_kolommen:
            agb, referenties = self.debet_kolommen.pop()
            self.debets.update((agb, str(nummer)) for nummer in referenties.to_pylist())
        return (agb_code, referentie_nummer) in self.debets

    def aanvraag(self, agb_code: str, referentie_aanbieder: str) -> Aanvraag | None:
        return self.aanvragen.get((agb_code, referentie_aanbieder))

    def postcode_wijk(self, postcode: str) -> str | None:
        return self.wijken.get(postcode)


class _WarehouseContext:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con
        self._toewijzingen: dict[str, Periode] | None = None
        self._wijken: dict[str, str] | None = None

    def bericht_bekend(self, afzender: str, identificatie: str) -> bool:
        row = self._con.execute(
            load_sql(__package__, "bericht_bekend.sql"), [afzender, identificatie]
        ).fetchone()
        return bool(row and row[0])

    def toewijzing_periode(self, toewijzing_nummer: str) -> Periode | None:
        if self._toewijzingen is None:  # one query, then a dict: claims have many lines
            rows = self._con.execute(load_sql(__package__, "toewijzing_periodes.sql")).fetchall()
            self._toewijzingen = {str(nr): (str(van), tot and str(tot)) for nr, van, tot in rows}
        return self._toewijzingen.get(toewijzing_nummer)

    def debet_bekend(self, agb_code: str, referentie_nummer: str) -> bool:
        row = self._con.execute(
            load_sql(__package__, "debet_bekend.sql"), [agb_code, referentie_nummer]
        ).fetchone()
        return bool(row and row[0])

    def aanvraag(self, agb_code: str, referentie_aanbieder: str) -> Aanvraag | None:
        row = self._con.execute(
            load_sql(__package__, "aanvraag.sql"), [agb_code, referentie_aanbieder]
        ).fetchone()
        return (str(row[0]), row[1] and str(row[1])) if row else None

    def postcode_wijk(self, postcode: str) -> str | None:
        if self._wijken is None:  # one query, then a dict: the table is small
            rows = self._con.execute(load_sql(__package__, "postcode_wijken.sql")).fetchall()
            self._wijken = {str(code): str(wijk) for code, wijk in rows}
        return self._wijken.get(postcode)


def warehouse_context(con: duckdb.DuckDBPyConnection) -> Context:
    """A context answered from the warehouse ``con`` (migrated to at least 002)."""
    return _WarehouseContext(con)
