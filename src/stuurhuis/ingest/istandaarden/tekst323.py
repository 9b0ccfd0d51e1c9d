# SPDX-License-Identifier: EUPL-1.2
"""323 claim lines from the validated text itself: no tree, no stylesheet.

The column-wise route (:mod:`.kolommen`) still builds an lxml tree of every ``Prestatie``
and runs XSLT over it. Once a message has passed its XSD, the structure of the claim
lines is known, so their leaf values can be taken from the bytes by a vectorised pass:

1. ``xmllint --stream --schema`` (libxml2's streaming reader, no tree, constant memory)
   validates the message in its own process, fed the same bytes through a pipe by a
   thread that also reads the message (:class:`Validatie`);
2. the header is parsed by lxml as far as ``Clienten``; the rest is split at ``<`` by
   Arrow and every start tag is looked up, by its exact qualified name, in the elements
   of ``Clienten`` (polars); the values of a ``Prestatie`` become one row;
3. the value checks and rules over columns are those of :mod:`.kolommen`.

The text pass never refuses a message and never decides what a value means when the
text is not the plain form it handles: a comment, CDATA, a DTD, an entity or character
reference, a processing instruction, an attribute or namespace declaration below the
root, a self-closing or unknown tag, another prefix or encoding than the root declares,
a carriage return inside a value or on its own. Then, or when xmllint is missing or
finds the message invalid, it returns None and the caller takes the column-wise route
(and from there the per-element route, which gives the reason). xmllint never sees a
DTD or an entity: a block with ``<!`` or ``&`` is not passed on.
"""

import contextlib
import fcntl
import os
import queue
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
from lxml import etree

from stuurhuis.ingest.istandaarden.bericht import Bericht, Kop, local_name
from stuurhuis.ingest.istandaarden.berichttype import BerichtType
from stuurhuis.ingest.istandaarden.context import MemoryContext
from stuurhuis.ingest.istandaarden.declaratie import DeclaratieHandler
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.safexml import Opener
from stuurhuis.ingest.reader import LINE_COLUMN

XMLLINT_ENV = "STUURHUIS_XMLLINT"
BLOCK_BYTES = 8 * 2**20  # read, validated and split per block of this size
PIPE_BYTES = 2**20  # the pipe into xmllint (Linux: /proc/sys/fs/pipe-max-size)
AHEAD_BLOCKS = 16  # blocks read (and validated) ahead of the extraction: 128 MiB at most

# The elements below Clienten: local name → (in the basis namespace?, column or None).
_CLIENTEN: dict[str, tuple[bool, str | None]] = {
    "Clienten": (False, None),
    "Client": (False, "client"),
    "Bsn": (False, "bsn"),
    "Prestaties": (False, None),
    "Prestatie": (False, "prestatie"),
    "ProductReferentie": (False, None),
    "ReferentieNummer": (True, "referentie_nummer"),
    "VorigReferentieNummer": (True, "vorig_referentie_nummer"),
    "ToewijzingNummer": (False, "toewijzing_nummer"),
    "ProductCategorie": (False, "product_categorie"),
    "ProductCode": (False, "product_code"),
    "ProductPeriode": (False, None),
    "Begindatum": (True, "begindatum"),
    "Einddatum": (True, "einddatum"),
    "GeleverdVolume": (False, "geleverd_volume"),
    "Eenheid": (False, "eenheid"),
    "ProductTarief": (False, "product_tarief"),
    "IngediendBedrag": (False, None),
    "Bedrag": (True, "bedrag"),
    "DebetCredit": (True, "debet_credit"),
}
_ANDERS = "-"  # a container element: known, no value
_VELDEN = [_ANDERS, *dict.fromkeys(v for _, v in _CLIENTEN.values() if v is not None)]
_PRESTATIE_VELDEN = [v for v in _VELDEN if v not in (_ANDERS, "client", "bsn", "prestatie")]
_HEADER_TAGS = frozenset(
    (
        "Header",
        "DeclaratieNummer",
        "DeclaratiePeriode",
        "DeclaratieDagtekening",
        "TotaalIngediendBedrag",
    )
)
_CLIENTEN_TAG = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?Clienten>")
_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml[^>]*\?>")
_ENCODING = re.compile(rb"encoding\s*=\s*[\"']([^\"']*)[\"']")


class _Afwijking(Exception):  # noqa: N818 - a signal: hand the message to the other route
    """The text is not in the plain form this pass reads."""


def xmllint() -> str | None:
    """The xmllint program (Debian package libxml2-utils), or None when not installed.

    ``STUURHUIS_XMLLINT`` names another program, or, when empty, switches the text pass
    off (every validated 323 then takes the tree route)."""
    configured = os.environ.get(XMLLINT_ENV)
    if configured is not None:
        return shutil.which(configured) if configured else None
    return shutil.which("xmllint")


class Validatie:
    """One message read in blocks by a thread, fed to ``xmllint --stream`` as it goes.

    :meth:`blocks` gives the same blocks, in order, to the extraction (at most
    :data:`AHEAD_BLOCKS` wait); :meth:`valid` says whether xmllint accepted them all.
    Started for the next message while the loader loads the previous one.
    """

    def __init__(self, open_source: Opener, xsd: Path, program: str) -> None:
        self._blocks: queue.Queue[bytes | None] = queue.Queue(AHEAD_BLOCKS)
        self._stop = threading.Event()
        self.plain = True  # False: a block the text pass does not read (not fed either)
        self._process = subprocess.Popen(  # noqa: S603 - a fixed program, no shell
            [program, "--stream", "--nonet", "--noout", "--schema", str(xsd), "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if self._process.stdin is not None and hasattr(fcntl, "F_SETPIPE_SZ"):
            with contextlib.suppress(OSError):  # fewer, larger writes into xmllint
                fcntl.fcntl(self._process.stdin, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        self._thread = threading.Thread(target=self._feed, args=(open_source,), daemon=True)
        self._thread.start()

    def _feed(self, open_source: Opener) -> None:
        stdin = self._process.stdin
        assert stdin is not None  # noqa: S101 - opened with a pipe
        try:
            with open_source() as source:
                previous, first = b"", True
                while not self._stop.is_set():
                    block = source.read(BLOCK_BYTES)
                    if not block:
                        break
                    if not _plain(previous[-1:] + block, first=first):
                        self.plain = False
                        break
                    self._put(block)  # the extraction may run ahead of xmllint
                    stdin.write(block)
                    previous, first = block, False
        except (OSError, ValueError, RuntimeError, EOFError):  # unreadable, or xmllint gone
            self.plain = False
        finally:
            try:
                stdin.close()
            except OSError:
                self.plain = False
            self._put(None)

    def _put(self, block: bytes | None) -> None:
        while not self._stop.is_set():
            try:
                self._blocks.put(block, timeout=0.1)
                return
            except queue.Full:
                continue

    def blocks(self) -> Iterator[bytes]:
        """The blocks of the message in order; :class:`_Afwijking` when one was not plain."""
        while (block := self._blocks.get()) is not None:
            yield block
        if not self.plain:
            raise _Afwijking

    def valid(self) -> bool:
        """True when every block was plain and xmllint validated the whole message."""
        self._thread.join()
        return self._process.wait() == 0 and self.plain

    def close(self) -> None:
        """Stop reading and validating (nothing is left running)."""
        self._stop.set()
        if self._process.poll() is None:
            self._process.kill()
        self._thread.join()
        self._process.wait()

    def __enter__(self) -> "Validatie":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _plain(block: bytes, *, first: bool) -> bool:
    """No markup the text pass does not read: DTD, comment, CDATA, reference, PI, lone CR."""
    if first:
        declaration = _DECLARATION.match(block)
        if declaration is not None:
            encoding = _ENCODING.search(declaration.group())
            if encoding is not None and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
                return False
            block = block[declaration.end() :]
    # One byte is found by memchr, a pair by a slower search: look for the pair only
    # when its rarer byte is there.
    return not (
        (b"!" in block and b"<!" in block)
        or b"&" in block
        or (b"?" in block and b"<?" in block)
        or (b"\r" in block and block.count(b"\r") != block.count(b"\r\n"))
    )


class _Tekst:
    """The claim lines of the blocks after ``Clienten``, in tables of KOLOMMEN + line."""

    def __init__(self, tags: dict[str, str], kolommen: tuple[str, ...], regel: int) -> None:
        self._tags = tags  # qualified start tag → column or _ANDERS
        self._kolommen = kolommen
        self._prestatie = next(tag for tag, veld in tags.items() if veld == "prestatie")
        self._bsn: str | None = None  # of the Client that is open at the end of a piece
        self._regel = regel  # line of the first byte of the next piece
        self.tables: list[pa.Table] = []

    def stukken(self, first: bytes, blocks: Iterator[bytes]) -> None:
        """Read ``first`` (from the Clienten start tag on) and ``blocks``, cut before a
        Prestatie start tag so that each piece holds whole Prestaties."""
        marker = b"<" + self._prestatie.encode() + b">"
        rest = [first]
        for block in blocks:
            cut = block.rfind(marker)
            if cut < 0:  # no Prestatie starts in this block (or a marker is cut in two)
                rest.append(block)
                continue
            rest.append(block[:cut])
            self._stuk(b"".join(rest))
            rest = [block[cut:]]
        self._stuk(b"".join(rest))

    def _stuk(self, piece: bytes) -> None:
        tokens = pc.split_pattern(pa.array([piece], pa.binary()), b"<").values
        try:
            text = tokens.cast(pa.string())
        except pa.ArrowInvalid as exc:  # not UTF-8: xmllint judges, the other route reads
            raise _Afwijking from exc
        frame = pl.from_arrow(pa.table({"t": text}))
        assert isinstance(frame, pl.DataFrame)  # noqa: S101 - a table gives a frame
        # Token i starts at byte offset[i] + i of the piece (one "<" before each but the
        # first); its line is the number of newlines before that byte.
        raw = np.frombuffer(tokens.buffers()[1], np.int32)  # binary: int32 offsets
        offsets = raw[tokens.offset : tokens.offset + len(tokens)] - raw[tokens.offset]
        newlines = np.flatnonzero(np.frombuffer(piece, np.uint8) == ord("\n"))
        start = self._regel
        self._regel += len(newlines)
        rijen = (
            frame.lazy()
            .with_row_index("i")
            .slice(1)  # the text before the first "<" of the piece
            .filter(~pl.col("t").str.starts_with("/") & (pl.col("t") != ""))
            .with_columns(gt=pl.col("t").str.find(">", literal=True))
            .with_columns(
                veld=pl.col("t")
                .str.slice(0, pl.col("gt"))
                .replace_strict(self._tags, default=None, return_dtype=pl.Enum(_VELDEN))
            )
            .filter((pl.col("veld") != _ANDERS) | pl.col("veld").is_null())
            .with_columns(
                pid=(pl.col("veld") == "prestatie").cum_sum(),
                cid=(pl.col("veld") == "client").cum_sum(),
            )
            .select("veld", "i", "pid", "cid", v=pl.col("t").str.slice(pl.col("gt") + 1))
            .collect()
        )
        if rijen.get_column("veld").null_count():
            raise _Afwijking  # a tag that is not an element of Clienten as the root names it
        delen = {
            str(key[0]): deel for key, deel in rijen.partition_by("veld", as_dict=True).items()
        }
        if "prestatie" in delen:
            index = delen["prestatie"].get_column("i").to_numpy()
            regel = start + np.searchsorted(newlines, offsets[index] + index)
            delen["prestatie"] = delen["prestatie"].with_columns(regel=pl.Series(regel))
        self._tabel(delen, _max(rijen.get_column("cid")), has_cr=b"\r" in piece)

    def _tabel(self, delen: dict[str, pl.DataFrame], clients: int, *, has_cr: bool) -> None:
        prestaties = delen.get("prestatie")
        bsns = delen.get("bsn")
        n = 0 if prestaties is None else prestaties.height
        if (0 if bsns is None else bsns.height) != clients:
            raise _Afwijking
        bsn_per_client = [self._bsn, *([] if bsns is None else bsns.get_column("v").to_list())]
        if bsns is not None and (
            not _oplopend(bsns.get_column("cid")) or _min(bsns.get_column("cid")) < 1
        ):
            raise _Afwijking
        self._bsn = bsn_per_client[-1]
        if prestaties is None:
            return
        cid = prestaties.get_column("cid")
        if self._bsn is None or (bsn_per_client[0] is None and _min(cid) == 0):
            raise _Afwijking
        columns: dict[str, pl.Series] = {
            "bsn": pl.Series(bsn_per_client, dtype=pl.String).gather(cid)
        }
        for veld in _PRESTATIE_VELDEN:
            deel = delen.get(veld)
            columns[veld] = _kolom(deel, n)
        columns[LINE_COLUMN] = prestaties.get_column("regel").cast(pl.Int64)
        frame = pl.DataFrame(columns).select([*self._kolommen, LINE_COLUMN])
        if has_cr:
            cr = pl.any_horizontal(pl.all().str.contains("\r", literal=True)).any()
            if frame.select(self._kolommen).select(cr).item():
                raise _Afwijking  # a carriage return in a value: the parser would normalise it
        table = frame.to_arrow()
        self.tables.append(
            table.cast(
                pa.schema(
                    [(name, pa.string()) for name in self._kolommen] + [(LINE_COLUMN, pa.int64())]
                )
            )
        )


def _min(ids: pl.Series) -> int:
    value = ids.min()
    return int(value) if isinstance(value, int) else 0


def _max(ids: pl.Series) -> int:
    value = ids.max()
    return int(value) if isinstance(value, int) else 0


def _oplopend(ids: pl.Series) -> bool:
    return ids.len() < 2 or bool((ids.diff().drop_nulls() > 0).all())


def _kolom(deel: pl.DataFrame | None, n: int) -> pl.Series:
    """One value per Prestatie (1..n of the piece); "" where the element is absent."""
    if deel is None:
        return pl.Series([""] * n, dtype=pl.String)
    pid = deel.get_column("pid")
    if _min(pid) < 1 or not _oplopend(pid):
        raise _Afwijking  # before the first Prestatie, or twice in one
    values = deel.get_column("v")
    if deel.height == n:
        return values
    return pl.Series([""] * n, dtype=pl.String).scatter(pid - 1, values)


def _kop(
    berichttype: BerichtType, header: bytes, handler: DeclaratieHandler, bericht: Bericht
) -> dict[str, str]:
    """Parse the text up to and with the Clienten start tag; the start tags of Clienten
    as the root's prefixes spell them."""
    parser = etree.XMLPullParser(
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_blank_text=True,
        huge_tree=False,
    )
    parser.feed(header)
    root: etree._Element | None = None
    for event, element in parser.read_events():
        if not isinstance(element, etree._Element):
            raise _Afwijking
        if root is None:
            root = element
            continue
        name = local_name(element)
        if event == "start" or name not in _HEADER_TAGS:
            continue
        if name == "Header":
            if bericht.has_kop:
                raise _Afwijking
            bericht.kop = Kop.from_header(berichttype, element)
        else:
            handler.handle(name, element, bericht)
    if root is None:
        raise _Afwijking
    prefixes: dict[str, list[str | None]] = {}
    for prefix, uri in root.nsmap.items():
        prefixes.setdefault(uri, []).append(prefix)
    eigen = prefixes.get(berichttype.namespace, [])
    basis = prefixes.get(berichttype.basis_namespace, [])
    if len(eigen) != 1 or len(basis) != 1:
        raise _Afwijking  # no prefix, or two for one namespace

    def qualified(prefix: str | None, name: str) -> str:
        return name if prefix is None else f"{prefix}:{name}"

    return {
        qualified(basis[0] if in_basis else eigen[0], name): veld or _ANDERS
        for name, (in_basis, veld) in _CLIENTEN.items()
    }


def lees(
    validatie: Validatie, berichttype: BerichtType, kolommen: tuple[str, ...]
) -> tuple[list[pa.Table], DeclaratieHandler, Kop] | None:
    """The claim lines of the message ``validatie`` reads, as tables of ``kolommen`` + line,
    with the header; None when the text is not plain or xmllint found it invalid."""
    handler = DeclaratieHandler()
    bericht = Bericht(berichttype, MemoryContext(), MemoryContext())  # only holds the kop
    try:
        blocks = validatie.blocks()
        head = b""
        for block in blocks:
            head += block
            match = _CLIENTEN_TAG.search(head)
            if match is not None:
                break
        else:
            raise _Afwijking
        tags = _kop(berichttype, head[: match.end()], handler, bericht)
        clienten = match.group(1)
        if tags.get(f"{clienten.decode()}:Clienten" if clienten else "Clienten") != _ANDERS:
            raise _Afwijking
        tekst = _Tekst(tags, kolommen, 1 + head.count(b"\n", 0, match.end()))
        tekst.stukken(head[match.end() :], blocks)
        if not validatie.valid() or not bericht.has_kop:
            return None
        return tekst.tables, handler, bericht.kop
    except (_Afwijking, BerichtError, etree.XMLSyntaxError, pa.ArrowException):
        return None
    except pl.exceptions.PolarsError:
        return None
