# SPDX-License-Identifier: EUPL-1.2
"""The reader of iWmo/iJw 3.2 messages: single files, folders of them, and zip batches.

Every message is all or nothing: it streams through the XSD (when a folder is configured),
the value checks and the business rules, and only then are its rows handed to the loader.
A refused message becomes one :class:`Rejection` with the reason; the rest of the batch
loads. A message whose (Afzender, BerichtIdentificatie) was loaded before is skipped.
"""

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyarrow as pa
from lxml import etree

from stuurhuis.ingest.istandaarden import berichttype as bt
from stuurhuis.ingest.istandaarden.bericht import Bericht, Kop
from stuurhuis.ingest.istandaarden.context import Context, MemoryContext
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.kinds import KINDS
from stuurhuis.ingest.istandaarden.parse import MAIN_KIND, AlGeladen, read_bericht
from stuurhuis.ingest.istandaarden.rows import RowBuffer
from stuurhuis.ingest.istandaarden.safexml import Opener, root_tag
from stuurhuis.ingest.reader import RawBatch, Rejection

_ZIP_MAGIC = b"PK\x03\x04"
_ROOT_NAMESPACE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?Bericht\b[^>]*\"http://www\.istandaarden\.nl/i(?:wmo|jw)/3_2/"
)
# Message types in the order a batch is read: requests before the allocations answering
# them, allocations before the claims on them.
_ORDER = ("315", "317", "319", "301", "305", "307", "323", "325")
_DIGIT_RUN = re.compile(r"\d{8,10}")


@dataclass(frozen=True)
class _Bron:
    """One message in a file or zip: its name, how to open it, and (once known) its type."""

    naam: str
    open: Opener
    berichttype: bt.BerichtType | None = None
    dagtekening: str = ""
    fout: BerichtError | None = None

    def sort_key(self) -> tuple[int, str, str]:
        nummer = self.berichttype.nummer if self.berichttype else ""
        rank = _ORDER.index(nummer) if nummer in _ORDER else len(_ORDER)
        return (rank, self.dagtekening, self.naam)


class _NoContext:
    """The context when the reader has no warehouse: nothing is known before the batch."""

    def bericht_bekend(self, afzender: str, identificatie: str) -> bool:
        return False

    def toewijzing_periode(self, toewijzing_nummer: str) -> tuple[str, str | None] | None:
        return None

    def debet_bekend(self, agb_code: str, referentie_nummer: str) -> bool:
        return False

    def aanvraag(self, agb_code: str, referentie_aanbieder: str) -> tuple[str, str | None] | None:
        return None


class IstandaardenReader:
    """Reads iWmo and iJw 3.2 messages (301–325) into canonical raw batches."""

    name = "istandaarden"

    def __init__(
        self,
        xsd_dir: Path | None = None,
        context: Context | None = None,
        *,
        max_rows: int = 100_000,
    ) -> None:
        from stuurhuis.ingest.istandaarden.schemas import SchemaStore  # noqa: PLC0415

        self._schemas = SchemaStore(xsd_dir) if xsd_dir is not None else None
        self._context: Context = context if context is not None else _NoContext()
        self._max_rows = max_rows

    def sniff(self, path: Path, head: bytes) -> bool:
        """An iStandaarden message (by its root's namespace), or a zip holding one."""
        if head.startswith(_ZIP_MAGIC):
            return any(bron.berichttype is not None for bron in self._zip_bronnen(path))
        return _ROOT_NAMESPACE.search(head) is not None

    def read(self, path: Path) -> Iterator[RawBatch]:
        """The batches of every message in ``path``, allocations first, claims after."""
        with path.open("rb") as probe:
            is_zip = probe.read(4) == _ZIP_MAGIC
        if is_zip:
            bronnen = self._zip_bronnen(path)
        else:
            bronnen = [_typed(_Bron(path.name, lambda: path.open("rb")))]
        batch = MemoryContext()
        for bron in sorted(bronnen, key=_Bron.sort_key):
            yield from self._read_bron(bron, batch)

    def _zip_bronnen(self, path: Path) -> list[_Bron]:
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise BerichtError(f"zip-bestand {path.name} is onleesbaar: {exc}") from exc
        with archive:
            names = [info.filename for info in archive.infolist() if not info.is_dir()]

        def opener(member: str) -> Opener:
            def open_member() -> IO[bytes]:
                zipped = zipfile.ZipFile(path)
                return io.BufferedReader(_ClosingMember(zipped, zipped.open(member)))

            return open_member

        return [_typed(_Bron(name, opener(name))) for name in names]

    def _read_bron(self, bron: _Bron, batch: MemoryContext) -> Iterator[RawBatch]:
        if bron.fout is not None or bron.berichttype is None:
            fout = bron.fout or BerichtError("geen iWmo/iJw 3.2-bericht (onbekende root)")
            yield _rejected("bericht", bron.naam, fout, None)
            return
        soort = MAIN_KIND.get(bron.berichttype.nummer, "bericht")
        try:
            schema = self._schemas.schema(bron.berichttype) if self._schemas else None
            bericht = read_bericht(bron.open, bron.berichttype, schema, self._context, batch)
        except AlGeladen:
            return
        except BerichtError as fout:
            yield _rejected(soort, bron.naam, fout, None)
            return
        bericht.commit_to_batch()
        for kind, buffer in bericht.buffers.items():
            for table in buffer.tables(self._max_rows):
                yield RawBatch(kind, table)
        yield RawBatch("bericht", _log_row(bericht))


def _typed(bron: _Bron) -> _Bron:
    """``bron`` with its message type and dagtekening, or the reason it has none."""
    try:
        tag, dagtekening = _peek(bron.open)
    except BerichtError as fout:
        return _Bron(bron.naam, bron.open, fout=fout)
    berichttype = bt.from_root(tag)
    return _Bron(bron.naam, bron.open, berichttype, dagtekening)


def _peek(open_source: Opener) -> tuple[str, str]:
    """Root tag and header Dagtekening, reading no further than the Header."""
    tag = root_tag(open_source)  # refuses a DTD before anything else
    dagtekening = ""
    with open_source() as source:
        try:
            for _event, element in etree.iterparse(
                source, events=("end",), resolve_entities=False, no_network=True, load_dtd=False
            ):
                local = str(element.tag).rpartition("}")[2]
                if local == "Dagtekening" and not dagtekening:
                    dagtekening = (element.text or "").strip()
                if local == "Header":
                    break
        except etree.XMLSyntaxError:
            pass  # reported with its reason when the message itself is read
    return tag, dagtekening


def _rejected(kind: str, naam: str, fout: BerichtError, bedrag_cent: int | None) -> RawBatch:
    reden = _DIGIT_RUN.sub("*********", fout.reden)  # a validator may quote a BSN
    rejection = Rejection(fout.regel, f"{naam}: {reden}", naam, bedrag_cent)
    columns = KINDS.get(kind, KINDS["bericht"])
    return RawBatch(kind, RowBuffer(columns).empty_table(), [rejection])


def _log_row(bericht: Bericht) -> pa.Table:
    kop: Kop = bericht.kop
    buffer = RowBuffer(KINDS["bericht"])
    buffer.append(
        1,
        (
            kop.afzender,
            kop.identificatie,
            kop.ontvanger,
            kop.berichttype.standaard,
            kop.berichttype.nummer,
            kop.dagtekening,
            str(bericht.aantal_regels),
        ),
    )
    return next(buffer.tables(1))


class _ClosingMember(io.RawIOBase):
    """A zip member that also closes its archive when closed."""

    def __init__(self, archive: zipfile.ZipFile, member: IO[bytes]) -> None:
        super().__init__()
        self._archive = archive
        self._member = member

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._member.read(size)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._member.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._member.close()
        self._archive.close()
        super().close()
