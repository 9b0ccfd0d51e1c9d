# SPDX-License-Identifier: EUPL-1.2
"""The reader of iWmo/iJw 3.2 messages: single files, folders of them, and zip batches.

Every message is all or nothing: it streams through the XSD (when a folder is configured),
the value checks and the business rules, and only then are its rows handed to the loader.
A refused message becomes one :class:`Rejection` with the reason; the rest of the batch
loads. A message whose (Afzender, BerichtIdentificatie) was loaded before is skipped. The
rows of the accepted messages of a file reach the loader merged into large batches
(:mod:`~stuurhuis.ingest.istandaarden.samenvoegen`).
"""

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import duckdb
import pyarrow as pa
from lxml import etree

from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.istandaarden import berichttype as bt
from stuurhuis.ingest.istandaarden.bericht import Bericht, Kop
from stuurhuis.ingest.istandaarden.context import Context, MemoryContext, warehouse_context
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.kinds import KINDS
from stuurhuis.ingest.istandaarden.kolommen import Ontleed, bind
from stuurhuis.ingest.istandaarden.parse import MAIN_KIND, AlGeladen, read_bericht
from stuurhuis.ingest.istandaarden.rows import RowBuffer
from stuurhuis.ingest.istandaarden.safexml import Opener, root_tag
from stuurhuis.ingest.istandaarden.samenvoegen import BatchMerger
from stuurhuis.ingest.istandaarden.schemas import SchemaStore
from stuurhuis.ingest.istandaarden.status import apply_declaratie_antwoorden
from stuurhuis.ingest.istandaarden.voorlezen import POOL_MIN_BYTES, Voorlezer, default_workers
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
    grootte: int = 0  # bytes of XML text (uncompressed)

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

    def postcode_wijk(self, postcode: str) -> str | None:
        return None


# Load order across files (see ``stuurhuis.ingest.registry.load_rank``): requests and
# allocations with the canonical toewijzingen, claims with the canonical declaraties.
_RANK = {"315": 29, "317": 29, "319": 29, "301": 30, "305": 35, "307": 36, "323": 40}
_RANK_ZIP = 30
_RANK_OTHER = 45


class IstandaardenReader:
    """Reads iWmo and iJw 3.2 messages (301–325) into canonical raw batches.

    ``xsd_dir``: validate against the XSDs in this folder (None: no XSD validation).
    ``context``: what earlier loads said (None: nothing). :meth:`for_warehouse` gives a
    reader bound to a warehouse connection, as the loader uses it.
    """

    name = "istandaarden"

    def __init__(
        self,
        xsd_dir: Path | None = None,
        context: Context | None = None,
        *,
        max_rows: int = 100_000,
        con: duckdb.DuckDBPyConnection | None = None,
        workers: int | None = None,
        pool_min_bytes: int = POOL_MIN_BYTES,
    ) -> None:
        self.xsd_dir = xsd_dir
        self._schemas = SchemaStore(xsd_dir) if xsd_dir is not None else None
        self._context: Context = context if context is not None else _NoContext()
        self._max_rows = max_rows
        self._con = con
        self.workers = default_workers() if workers is None else workers
        self._pool_min_bytes = pool_min_bytes

    def for_warehouse(self, con: duckdb.DuckDBPyConnection) -> "IstandaardenReader":
        """This reader bound to ``con``: earlier messages, allocations and debits count,
        and 325 answers are applied to the claim lines after the file's last batch."""
        return IstandaardenReader(
            self.xsd_dir,
            warehouse_context(con),
            max_rows=self._max_rows,
            con=con,
            workers=self.workers,
            pool_min_bytes=self._pool_min_bytes,
        )

    def rank(self, path: Path) -> int:
        """Load order of ``path`` among all files of one ingest."""
        with path.open("rb") as probe:
            if probe.read(4) == _ZIP_MAGIC:
                return _RANK_ZIP
        bron = _typed(_Bron(path.name, _FileOpener(path)))
        nummer = bron.berichttype.nummer if bron.berichttype else ""
        return _RANK.get(nummer, _RANK_OTHER)

    def sniff(self, path: Path, head: bytes) -> bool:
        """An iStandaarden message (by its root's namespace), or a zip holding one."""
        if head.startswith(_ZIP_MAGIC):
            return _zip_has_bericht(path)
        return _ROOT_NAMESPACE.search(head) is not None

    def read(self, path: Path) -> Iterator[RawBatch]:
        """The batches of every message in ``path``, allocations first, claims after."""
        with path.open("rb") as probe:
            is_zip = probe.read(4) == _ZIP_MAGIC
        if is_zip:
            bronnen = self._zip_bronnen(path)
        else:
            size = path.stat().st_size
            bronnen = [_typed(_Bron(path.name, _FileOpener(path), grootte=size))]
        bronnen.sort(key=_Bron.sort_key)
        # Validated 323s are read column-wise, ahead in worker processes when it pays off.
        vooruit = [i for i, bron in enumerate(bronnen) if self._kolomsgewijs(bron)]
        ahead: list[tuple[Opener, bt.BerichtType]] = []
        for i in vooruit:
            typ = bronnen[i].berichttype
            assert typ is not None  # noqa: S101 - see _kolomsgewijs
            ahead.append((bronnen[i].open, typ))
        nummers = {positie: nummer for nummer, positie in enumerate(vooruit)}
        batch = MemoryContext()
        merger = BatchMerger(self._max_rows)
        with Voorlezer(
            ahead,
            [bronnen[i].grootte for i in vooruit],
            self.xsd_dir or Path(),
            workers=self.workers,
            min_bytes=self._pool_min_bytes,
        ) as voorlezer:
            for positie, bron in enumerate(bronnen):
                nummer = nummers.get(positie)
                gelezen = voorlezer.ontleed(nummer) if nummer is not None else None
                yield from merger.add(list(self._read_bron(bron, batch, gelezen)))
        yield from merger.flush()
        if self._con is not None:
            # The loader has loaded every batch above in its open transaction.
            apply_declaratie_antwoorden(self._con)

    def _kolomsgewijs(self, bron: _Bron) -> bool:
        """A validated 323: read column-wise (:mod:`.kolommen`), ahead when it pays off."""
        typ = bron.berichttype
        return (
            self.xsd_dir is not None
            and bron.fout is None
            and typ is not None
            and (typ.nummer == "323")
        )

    def _zip_bronnen(self, path: Path) -> list[_Bron]:
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise IngestError(f"{path.name}: zip-bestand is onleesbaar ({exc})") from exc
        with archive:
            members = [(i.filename, i.file_size) for i in archive.infolist() if not i.is_dir()]
        return [_typed(_Bron(name, _ZipOpener(path, name), grootte=size)) for name, size in members]

    def _read_bron(
        self, bron: _Bron, batch: MemoryContext, gelezen: Ontleed | None
    ) -> Iterator[RawBatch]:
        if bron.fout is not None or bron.berichttype is None:
            fout = bron.fout or BerichtError("geen iWmo/iJw 3.2-bericht (onbekende root)")
            yield _rejected("bericht", bron.naam, fout, None)
            return
        soort = MAIN_KIND.get(bron.berichttype.nummer, "bericht")
        try:
            schema = self._schemas.schema(bron.berichttype) if self._schemas else None
            bericht = bind(gelezen, self._context, batch) if gelezen is not None else None
            if bericht is None:  # not validated, not a 323, or a doubt: element by element
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


def _zip_has_bericht(path: Path) -> bool:
    """True when a member of the zip starts like an iStandaarden message (an XLSX does not)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                with archive.open(info) as member:
                    if _ROOT_NAMESPACE.search(member.read(4096)):
                        return True
    except (zipfile.BadZipFile, OSError, RuntimeError):
        return False
    return False


def _typed(bron: _Bron) -> _Bron:
    """``bron`` with its message type and dagtekening, or the reason it has none."""
    try:
        tag, dagtekening = _peek(bron.open)
    except BerichtError as fout:
        return _Bron(bron.naam, bron.open, fout=fout, grootte=bron.grootte)
    return _Bron(bron.naam, bron.open, bt.from_root(tag), dagtekening, grootte=bron.grootte)


@dataclass(frozen=True)
class _FileOpener:
    """Opens a message file (picklable: a worker process may open it)."""

    path: Path

    def __call__(self) -> IO[bytes]:
        return self.path.open("rb")


@dataclass(frozen=True)
class _ZipOpener:
    """Opens one member of a zip batch (picklable: a worker process may open it)."""

    path: Path
    member: str

    def __call__(self) -> IO[bytes]:
        zipped = zipfile.ZipFile(self.path)
        return io.BufferedReader(_ClosingMember(zipped, zipped.open(self.member)))


def _peek(open_source: Opener) -> tuple[str, str]:
    """Root tag and header Dagtekening, reading no further than the Header."""
    tag = root_tag(open_source)  # refuses a DTD before anything else
    dagtekening = ""
    if bt.from_root(tag) is None:
        return tag, dagtekening
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
