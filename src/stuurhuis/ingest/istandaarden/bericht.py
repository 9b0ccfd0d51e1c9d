# SPDX-License-Identifier: EUPL-1.2
"""The state of one message while it streams by, and the interface of message handlers."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import pyarrow as pa
from lxml import etree

from stuurhuis.ingest.istandaarden import checks
from stuurhuis.ingest.istandaarden.berichttype import BerichtType
from stuurhuis.ingest.istandaarden.context import Aanvraag, Context, MemoryContext, Periode
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.kinds import KEY_LABELS, KEYS, KINDS
from stuurhuis.ingest.istandaarden.rows import RowBuffer
from stuurhuis.ingest.istandaarden.safexml import leaves, regel_van


def local_name(element: etree._Element) -> str:
    return str(element.tag).rpartition("}")[2]


@dataclass(frozen=True)
class Kop:
    """The header of a message: who sent it to whom, its identification and date."""

    berichttype: BerichtType
    afzender: str
    ontvanger: str
    identificatie: str
    dagtekening: str

    @classmethod
    def from_header(cls, berichttype: BerichtType, header: etree._Element) -> "Kop":
        values = leaves(header)  # BerichtIdentificatie comes first: its Identificatie wins
        regel = regel_van(header)
        return cls(
            berichttype=berichttype,
            afzender=checks.verplicht(values.get("Afzender"), "Afzender", regel),
            ontvanger=checks.verplicht(values.get("Ontvanger"), "Ontvanger", regel),
            identificatie=checks.verplicht(values.get("Identificatie"), "Identificatie", regel),
            dagtekening=str(checks.datum(values.get("Dagtekening"), "Dagtekening", regel)),
        )

    def omschrijving(self) -> str:
        """A one-line description without personal data, for quarantine and logs."""
        return (
            f"{self.berichttype.naam} van {self.afzender} aan {self.ontvanger}, "
            f"identificatie {self.identificatie}, dagtekening {self.dagtekening}"
        )


class Bericht:
    """One message being read: its header, the current client and the rows so far."""

    def __init__(self, berichttype: BerichtType, context: Context, batch: MemoryContext) -> None:
        self.type = berichttype
        self.context = context
        self.batch = batch  # what earlier messages of this batch said
        self._kop: Kop | None = None
        self.bsn: str | None = None
        self.bedrag_cent: int | None = None  # amount at stake, for the quarantine
        self.buffers: dict[str, RowBuffer] = {}
        self._key_positions: dict[str, list[int]] = {}
        self._keys: dict[str, set[tuple[str | None, ...]]] = {}
        # What this message adds to the batch's memory once it has passed every check.
        self.nieuwe_toewijzingen: dict[str, Periode] = {}
        self.nieuwe_debets: set[tuple[str, str]] = set()
        self.nieuwe_debet_kolommen: list[tuple[str, pa.ChunkedArray]] = []  # agb, refs
        self.nieuwe_aanvragen: dict[tuple[str, str], Aanvraag] = {}

    @property
    def kop(self) -> Kop:
        if self._kop is None:
            raise BerichtError("Header ontbreekt of staat niet aan het begin van het bericht")
        return self._kop

    @kop.setter
    def kop(self, kop: Kop) -> None:
        self._kop = kop

    @property
    def has_kop(self) -> bool:
        return self._kop is not None

    def client_bsn(self, regel: int) -> str:
        if self.bsn is None:
            raise BerichtError("Bsn van de cliënt ontbreekt", regel)
        return self.bsn

    def add(self, kind: str, regel: int, row: Sequence[str | None]) -> None:
        buffer = self.buffers.get(kind)
        if buffer is None:
            buffer = self.buffers[kind] = RowBuffer(KINDS[kind])
            positions = [KINDS[kind].index(name) for name in KEYS.get(kind, ())]
            self._key_positions[kind] = positions
            self._keys[kind] = set()
        positions = self._key_positions[kind]
        if positions:
            key = tuple(row[i] for i in positions)
            seen = self._keys[kind]
            if key in seen:
                if kind == "client":
                    return  # the same client twice in one message: once is enough
                shown = "/".join(str(part) for part in key if part is not None)
                raise BerichtError(f"{KEY_LABELS[kind]} {shown} komt twee keer voor", regel)
            seen.add(key)
        buffer.append(regel, row)

    def add_table(self, kind: str, table: pa.Table) -> None:
        """Add rows already checked column-wise (keys unique, see :mod:`.kolommen`)."""
        if kind in self.buffers:
            raise ValueError(f"{kind}: rows of this message were added row by row already")
        self.buffers[kind] = buffer = RowBuffer(KINDS[kind])
        buffer.append_table(table)

    @property
    def aantal_regels(self) -> int:
        return sum(buffer.count for buffer in self.buffers.values())

    def toewijzing_periode(self, toewijzing_nummer: str) -> Periode | None:
        known = self.batch.toewijzing_periode(toewijzing_nummer)
        return known or self.context.toewijzing_periode(toewijzing_nummer)

    def aanvraag(self, agb_code: str, referentie_aanbieder: str) -> Aanvraag | None:
        known = self.batch.aanvraag(agb_code, referentie_aanbieder)
        return known or self.context.aanvraag(agb_code, referentie_aanbieder)

    def commit_to_batch(self) -> None:
        """The message passed: later messages of the batch may refer to what it said."""
        self.batch.berichten.add((self.kop.afzender, self.kop.identificatie))
        self.batch.toewijzingen.update(self.nieuwe_toewijzingen)
        self.batch.debets.update(self.nieuwe_debets)
        self.batch.debet_kolommen.extend(self.nieuwe_debet_kolommen)
        self.batch.aanvragen.update(self.nieuwe_aanvragen)

    def debet_bekend(self, agb_code: str, referentie_nummer: str) -> bool:
        return self.batch.debet_bekend(agb_code, referentie_nummer) or self.context.debet_bekend(
            agb_code, referentie_nummer
        )

    def _wijk(self, contactgegevens: etree._Element) -> str | None:
        """The wijk of the client's own postcode (BRP address first); the postcode, like
        the rest of the address, is not kept. Relations' addresses are not looked at."""
        postcodes: list[tuple[bool, str]] = []
        for contact in contactgegevens:
            values = leaves(contact)
            postcode = values.get("Postcode", "").replace(" ", "").upper()
            if postcode:
                postcodes.append((values.get("Soort") != "01", postcode))
        for _not_brp, postcode in sorted(postcodes):
            wijk = self.context.postcode_wijk(postcode)
            if wijk is not None:
                return wijk
        return None

    def add_client(self, client: etree._Element) -> None:
        """Keep birth date, sex and wijk of the client (names, addresses... are never kept)."""
        regel = regel_van(client)
        geboortedatum: str | None = None
        code: str | None = None
        wijk: str | None = None
        for child in client:
            name = local_name(child)
            if name == "Geboortedatum":
                geboortedatum = leaves(child).get("Datum")
            elif name == "Geslacht":
                code = (child.text or "").strip()
            elif name == "Contactgegevens":
                wijk = self._wijk(child)
        row = (
            self.client_bsn(regel),
            checks.datum(geboortedatum, "Geboortedatum", regel, verplicht=False),
            checks.geslacht(code),
            wijk,
        )
        self.add("client", regel, row)


class Handler(Protocol):
    """Maps the elements of one message type onto canonical rows."""

    tags: tuple[str, ...]  # local names, in the message namespace, handled at their end

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None: ...

    def finish(self, bericht: Bericht) -> None:
        """Rules over the whole message, after its last element."""
        ...
