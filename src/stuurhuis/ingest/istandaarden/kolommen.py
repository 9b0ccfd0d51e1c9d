# SPDX-License-Identifier: EUPL-1.2
"""323 claim lines column-wise: XSD while streaming, XSLT per part, rules over columns.

The per-element route (:mod:`~stuurhuis.ingest.istandaarden.declaratie`) spends tens of
microseconds of Python on every ``Prestatie``. This route, taken when the message is
validated against its XSD, lets C do the per-line work:

1. lxml streams the message through the XSD; Python sees the header elements and one
   event per ``Client``;
2. every :data:`PART_LINES` lines the ``Clienten`` seen so far are turned into
   tab-separated text by an XSLT stylesheet (``declaratie_323.xsl``, libxslt), read by
   the Arrow CSV reader and released from the tree, so memory stays bounded;
3. the value checks and business rules of the 323 are computed over whole columns
   (Arrow, polars): dates, whole numbers, D/C, the periods, unique ReferentieNummer,
   credits referring to earlier debits, and the total.

This route never refuses a message itself. When a check fails, or the text is not what
the XSD promises (a value with a tab or newline, leading or trailing white space), it
returns None and the caller reads the message again by the per-element route, which
gives the reason and line as before. A message it accepts is one the per-element route
accepts with the same rows (``tests/istandaarden/test_kolommen.py``).
"""

import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
from lxml import etree

from stuurhuis.ingest.istandaarden import berichttype as bt
from stuurhuis.ingest.istandaarden import tekst323
from stuurhuis.ingest.istandaarden.bericht import Bericht, Kop, local_name
from stuurhuis.ingest.istandaarden.berichttype import BerichtType
from stuurhuis.ingest.istandaarden.context import Context, MemoryContext
from stuurhuis.ingest.istandaarden.declaratie import DeclaratieHandler
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.kinds import DECLARATIE
from stuurhuis.ingest.istandaarden.parse import AlGeladen
from stuurhuis.ingest.istandaarden.safexml import Opener, release, stream
from stuurhuis.ingest.istandaarden.schemas import SchemaStore
from stuurhuis.ingest.istandaarden.tekst323 import Validatie, xmllint
from stuurhuis.ingest.reader import LINE_COLUMN
from stuurhuis.privacy.bsn import valid_bsn_expr

PART_LINES = 20_000  # claim lines held as a tree before they are turned into columns

# The columns of one line of the stylesheet's output, in order.
KOLOMMEN = (
    "bsn",
    "referentie_nummer",
    "vorig_referentie_nummer",
    "toewijzing_nummer",
    "product_categorie",
    "product_code",
    "begindatum",
    "einddatum",
    "geleverd_volume",
    "eenheid",
    "product_tarief",
    "bedrag",
    "debet_credit",
)
# Free-text columns: the XSD allows white space around them, the per-element route strips
# it; a value that starts or ends with anything but a visible ASCII character goes there.
_TEKST = (
    "bsn",
    "referentie_nummer",
    "vorig_referentie_nummer",
    "toewijzing_nummer",
    "product_categorie",
    "product_code",
    "eenheid",
)
_RAND = r"^[^!-~]|[^!-~]$"
_DATUM = r"^\d{4}-\d{2}-\d{2}$"
_GEHEEL = r"^[0-9]{1,15}$"  # the XSD bounds these far below; int64 arithmetic stays exact
_HEADER_TAGS = (
    "Header",
    "DeclaratieNummer",
    "DeclaratiePeriode",
    "DeclaratieDagtekening",
    "TotaalIngediendBedrag",
)


class _Afwijking(Exception):  # noqa: N818 - a signal: hand the message to the other route
    """The message is not one this route accepts as it is."""


@cache
def _stylesheet(berichttype: BerichtType) -> etree.XSLT:
    text = resources.files(__package__).joinpath("declaratie_323.xsl").read_text("utf-8")
    text = text.replace("urn:stuurhuis:bericht", berichttype.namespace)
    text = text.replace("urn:stuurhuis:basis", berichttype.basis_namespace)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XSLT(
        etree.fromstring(text.encode("utf-8"), parser),
        # no file or network access from the stylesheet (the stubs lack DENY_ALL)
        access_control=etree.XSLTAccessControl.DENY_ALL,  # type: ignore[attr-defined]
    )


class _Delen:
    """The parts of one message read so far: Arrow tables of :data:`KOLOMMEN` + line."""

    def __init__(self, berichttype: BerichtType) -> None:
        ns = berichttype.namespace
        self._xslt = _stylesheet(berichttype)
        self._prestaties = f"{{{ns}}}Prestaties/{{{ns}}}Prestatie"
        self._opties = (
            pcsv.ReadOptions(column_names=list(KOLOMMEN)),
            pcsv.ParseOptions(
                delimiter="\t", quote_char=False, escape_char=False, newlines_in_values=False
            ),
            pcsv.ConvertOptions(
                column_types=dict.fromkeys(KOLOMMEN, pa.string()), strings_can_be_null=False
            ),
        )
        self.tables: list[pa.Table] = []

    def neem(self, clienten: etree._Element, laatste: etree._Element | None) -> None:
        """Turn the Clients below ``clienten`` up to ``laatste`` (None: all) into columns
        and release them. The parser may have built part of the Client after ``laatste``
        already (iterparse reads ahead): it is left alone."""
        clients = list(clienten)
        if laatste is not None:
            clients = clients[: clients.index(laatste) + 1]
        regels = [p.sourceline or 1 for c in clients for p in c.iterfind(self._prestaties)]
        if regels:
            tekst = bytes(self._xslt(clienten, tot=str(len(clients))))
            read, parse, convert = self._opties
            try:
                table = pcsv.read_csv(
                    io.BytesIO(tekst),
                    read_options=read,
                    parse_options=parse,
                    convert_options=convert,
                )
            except pa.ArrowInvalid as exc:  # a tab in a value: a field too many
                raise _Afwijking from exc
            if table.num_rows != len(regels):  # a newline in a value: a line too many
                raise _Afwijking
            self.tables.append(table.append_column(LINE_COLUMN, pa.array(regels, pa.int64())))
        for client in clients[:-1]:
            clienten.remove(client)
        if clients:  # the element of the current event stays (cleared) for iterparse
            clients[-1].clear()


@dataclass(frozen=True)
class Ontleed:
    """A 323 read and checked as far as the message itself goes (no context needed).

    Made in a worker process when the batch is large (:mod:`.voorlezen`); what is left
    for :func:`bind` are the rules that need earlier messages or the warehouse.
    """

    kop: Kop
    totaal_cent: int
    table: pa.Table  # the declaratie rows (kinds.DECLARATIE + regel)
    debets: pa.ChunkedArray  # ReferentieNummer of every debit line
    elders: list[str]  # VorigReferentieNummer of credits not matched within the message
    per_toewijzing: pa.Table  # toewijzing_nummer, first begindatum, last einddatum


def valideer(open_source: Opener, berichttype: BerichtType, xsd_dir: Path) -> Validatie | None:
    """The 323 ``open_source`` read and validated by xmllint for the text pass
    (:mod:`.tekst323`), started now; None when xmllint or the XSD is missing."""
    program = xmllint()
    if program is None:
        return None
    try:
        xsd = SchemaStore(xsd_dir).path(berichttype)
    except BerichtError:
        return None
    return Validatie(open_source, xsd, program)


def ontleed(open_source: Opener, berichttype: BerichtType, xsd_dir: Path) -> Ontleed | None:
    """Read the 323 ``open_source`` validating against the XSD in ``xsd_dir``; None when
    the message must be read element by element (it may be invalid).

    First the text pass (:func:`ontleed_tekst`); when it cannot read the message, the tree
    and stylesheet route (:func:`ontleed_boom`).
    """
    beslist, gelezen = ontleed_tekst(open_source, berichttype, xsd_dir)
    return gelezen if beslist else ontleed_boom(open_source, berichttype, xsd_dir)


def ontleed_tekst(
    open_source: Opener, berichttype: BerichtType, xsd_dir: Path
) -> tuple[bool, Ontleed | None]:
    """The text pass (:mod:`.tekst323`): (True, the result of :func:`ontleed`), or (False,
    None) when it cannot tell (no xmllint, the text not plain, xmllint refused) and
    :func:`ontleed_boom` must read the message. Safe to run in a thread: no lxml XSLT."""
    validatie = valideer(open_source, berichttype, xsd_dir)
    if validatie is None:
        return False, None
    with validatie:
        gelezen = tekst323.lees(validatie, berichttype, KOLOMMEN)
    if gelezen is None:
        return False, None
    tables, handler, kop = gelezen
    try:
        return True, _regels(tables, handler, kop)
    except (BerichtError, _Afwijking, pa.ArrowException, pl.exceptions.PolarsError):
        return True, None  # the tree would give the same lines: per element


def ontleed_boom(open_source: Opener, berichttype: BerichtType, xsd_dir: Path) -> Ontleed | None:
    """:func:`ontleed` by the lxml tree (XSD while streaming) and the stylesheet."""
    try:
        schema = SchemaStore(xsd_dir).schema(berichttype)
    except BerichtError:
        return None
    ns = berichttype.namespace
    handler = DeclaratieHandler()
    bericht = Bericht(berichttype, MemoryContext(), MemoryContext())  # only holds the kop
    delen = _Delen(berichttype)
    tags = [f"{{{ns}}}{name}" for name in (*_HEADER_TAGS, "Client")]
    # Without the white space between elements the tree is half as large; a value of
    # only white space becomes empty, which is what the per-element route makes of it.
    elements = stream(open_source, f"{{{ns}}}{bt.ROOT_NAME}", tags, schema, remove_blank_text=True)
    clienten: etree._Element | None = None
    wachtend = 0
    try:
        for element in elements:
            name = local_name(element)
            if name == "Client":
                clienten = element.getparent()
                wachtend += len(element[-1]) if len(element) else 0
                if wachtend >= PART_LINES and clienten is not None:
                    delen.neem(clienten, element)
                    wachtend = 0
                continue
            if name == "Header":
                if bericht.has_kop:
                    raise _Afwijking
                bericht.kop = Kop.from_header(berichttype, element)
            else:
                handler.handle(name, element, bericht)
            release(element)
        if clienten is not None and wachtend:
            delen.neem(clienten, None)
        return _regels(delen.tables, handler, bericht.kop)
    except (BerichtError, _Afwijking, pa.ArrowException, pl.exceptions.PolarsError):
        return None
    finally:
        elements.close()


def bind(gelezen: Ontleed, context: Context, batch: MemoryContext) -> Bericht | None:
    """The message with the rules that need earlier data checked, or None (read it again
    element by element for the reason). Raises ``AlGeladen`` like that route."""
    kop = gelezen.kop
    if batch.bericht_bekend(kop.afzender, kop.identificatie) or (
        context.bericht_bekend(kop.afzender, kop.identificatie)
    ):
        raise AlGeladen(kop)
    bericht = Bericht(kop.berichttype, context, batch)
    bericht.kop = kop
    for vorige in gelezen.elders:
        if not bericht.debet_bekend(kop.afzender, vorige):
            return None
    per_toewijzing = gelezen.per_toewijzing.to_pydict()
    for nummer, begin, eind in zip(
        per_toewijzing["toewijzing_nummer"],
        per_toewijzing["begindatum"],
        per_toewijzing["einddatum"],
        strict=True,
    ):
        periode = bericht.toewijzing_periode(str(nummer))
        if periode is None:
            continue  # allocation unknown here: flagged downstream, not a message error
        ingang, einde = periode
        if begin < ingang or (einde is not None and eind > einde):
            return None
    bericht.bedrag_cent = gelezen.totaal_cent
    bericht.add_table("declaratie", gelezen.table)
    bericht.nieuwe_debet_kolommen.append((kop.afzender, gelezen.debets))
    return bericht


def lees_323(
    open_source: Opener,
    berichttype: BerichtType,
    xsd_dir: Path,
    context: Context,
    batch: MemoryContext,
) -> Bericht | None:
    """:func:`ontleed` and :func:`bind` in this process."""
    gelezen = ontleed(open_source, berichttype, xsd_dir)
    return None if gelezen is None else bind(gelezen, context, batch)


def _alle(mask: pa.ChunkedArray | pa.Array) -> bool:
    """True when every value of the boolean ``mask`` is true (a null counts as false)."""
    return bool(pc.all(pc.fill_null(mask, False)).as_py())


def _geen(mask: pa.ChunkedArray | pa.Array) -> bool:
    return not bool(pc.any(pc.fill_null(mask, True)).as_py())


def _euro(cent: pa.ChunkedArray) -> pa.ChunkedArray:
    """Eurocents as canonical euro text, as :func:`checks.euro`: 1250 → "12.50"."""
    euros = pc.cast(pc.divide(cent, 100), pa.string())  # integer division of int64
    cents = pc.utf8_lpad(
        pc.cast(pc.subtract(cent, pc.multiply(pc.divide(cent, 100), 100)), pa.string()), 2, "0"
    )
    return pc.binary_join_element_wise(euros, cents, ".")


def _leeg_is_null(values: pa.ChunkedArray) -> pa.ChunkedArray:
    return pc.if_else(pc.equal(values, ""), pa.scalar(None, pa.string()), values)


def _regels(tables: list[pa.Table], handler: DeclaratieHandler, kop: Kop) -> Ontleed:
    """The declaratie rows of the message; raises :class:`_Afwijking` on any doubt."""
    nummer, dagtekening, periode = handler.nummer, handler.dagtekening, handler.periode
    if not tables or nummer is None or dagtekening is None or periode is None:
        raise _Afwijking
    if handler.totaal_cent is None:
        raise _Afwijking
    t = pa.concat_tables(tables)
    _check_waarden(t, periode)
    col = t.column
    tarief, dc = col("product_tarief"), col("debet_credit")
    begin, eind = col("begindatum"), col("einddatum")
    if not _elfproef(col("bsn")):
        raise _Afwijking
    frame = pl.from_arrow(
        t.select(
            [
                "referentie_nummer",
                "vorig_referentie_nummer",
                "toewijzing_nummer",
                "begindatum",
                "einddatum",
                "debet_credit",
            ]
        )
    )
    assert isinstance(frame, pl.DataFrame)  # noqa: S101 - a table gives a frame
    frame = frame.with_row_index("positie")
    if frame.get_column("referentie_nummer").n_unique() != frame.height:
        raise _Afwijking
    elders = _credits_elders(frame)
    bedrag = pc.cast(col("bedrag"), pa.int64())
    is_credit = pc.equal(dc, "C")
    som = pc.sum(pc.if_else(is_credit, pc.negate(bedrag), bedrag)).as_py() or 0
    if som != handler.totaal_cent:
        raise _Afwijking
    n = t.num_rows

    def constant(value: str) -> pa.Array:
        return pa.repeat(pa.scalar(value, pa.string()), n)

    heeft_tarief = pc.not_equal(tarief, "")
    tarief_euro = _euro(pc.cast(pc.if_else(heeft_tarief, tarief, "0"), pa.int64()))
    columns = {
        "referentie_nummer": col("referentie_nummer"),
        "vorig_referentie_nummer": _leeg_is_null(col("vorig_referentie_nummer")),
        "declaratie_nummer": constant(nummer),
        "dagtekening": constant(dagtekening),
        "toewijzing_nummer": _leeg_is_null(col("toewijzing_nummer")),
        "bsn": col("bsn"),
        "agb_code": constant(kop.afzender),
        "wet": constant(kop.berichttype.wet),
        "product_categorie": col("product_categorie"),
        "product_code": _leeg_is_null(col("product_code")),
        "begindatum": begin,
        "einddatum": eind,
        "geleverd_volume": pc.cast(pc.cast(col("geleverd_volume"), pa.int64()), pa.string()),
        "eenheid": col("eenheid"),
        "product_tarief": pc.if_else(heeft_tarief, tarief_euro, pa.scalar(None, pa.string())),
        "ingediend_bedrag": _euro(bedrag),
        "debet_credit": dc,
    }
    assert tuple(columns) == DECLARATIE  # noqa: S101 - the canonical order
    return Ontleed(
        kop=kop,
        totaal_cent=handler.totaal_cent,
        table=pa.table([*columns.values(), col(LINE_COLUMN)], names=[*DECLARATIE, LINE_COLUMN]),
        debets=pc.filter(col("referentie_nummer"), pc.invert(is_credit)),
        elders=elders,
        per_toewijzing=frame.filter(pl.col("toewijzing_nummer") != "")
        .group_by("toewijzing_nummer", maintain_order=True)
        .agg(pl.col("begindatum").min(), pl.col("einddatum").max())
        .to_arrow(),
    )


def _check_waarden(t: pa.Table, periode: tuple[str, str]) -> None:
    """The value checks of the per-element route, per column; :class:`_Afwijking` if not."""
    col = t.column
    for name in _TEKST:
        if not _geen(pc.match_substring_regex(col(name), _RAND)):
            raise _Afwijking
    for name in ("bsn", "referentie_nummer", "product_categorie", "eenheid"):
        if not _alle(pc.not_equal(col(name), "")):
            raise _Afwijking
    # Dates: jjjj-mm-dd, existing, 1900-2100; line period inside the claim period.
    begin, eind = col("begindatum"), col("einddatum")
    for datum in (begin, eind):
        if not _alle(pc.match_substring_regex(datum, _DATUM)):
            raise _Afwijking
        pc.cast(datum, pa.date32())  # ArrowInvalid for 30 February: the other route
    van, tot = periode
    if not (
        _alle(pc.greater_equal(begin, "1900-01-01"))
        and _alle(pc.less_equal(eind, "2100-12-31"))
        and _alle(pc.less_equal(begin, eind))
        and _alle(pc.greater_equal(begin, van))
        and _alle(pc.less_equal(eind, tot))
    ):
        raise _Afwijking
    # Whole numbers and D/C.
    for name in ("geleverd_volume", "bedrag"):
        if not _alle(pc.match_substring_regex(col(name), _GEHEEL)):
            raise _Afwijking
    tarief = col("product_tarief")
    if not _alle(pc.or_(pc.equal(tarief, ""), pc.match_substring_regex(tarief, _GEHEEL))):
        raise _Afwijking
    dc = col("debet_credit")
    if not _alle(pc.is_in(dc, pa.array(["D", "C"]))):
        raise _Afwijking


def _elfproef(bsn: pa.ChunkedArray) -> bool:
    """True when every value is nine ASCII digits, not all zero, passing the elfproef
    (:func:`stuurhuis.privacy.bsn.valid_bsn_expr`; the XSD already demands 9 digits)."""
    frame = pl.from_arrow(pa.table({"bsn": bsn}))
    assert isinstance(frame, pl.DataFrame)  # noqa: S101 - a table gives a frame
    return bool(frame.select(valid_bsn_expr("bsn").all()).item())


def _credits_elders(frame: pl.DataFrame) -> list[str]:
    """The debits named by credits that no earlier line of this message claimed (the
    batch or the warehouse must know them); raises :class:`_Afwijking` for a credit
    without VorigReferentieNummer."""
    credits = frame.filter(pl.col("debet_credit") == "C")
    if credits.height == 0:
        return []
    if (credits.get_column("vorig_referentie_nummer") == "").any():
        raise _Afwijking
    debets = frame.filter(pl.col("debet_credit") == "D").select(
        pl.col("referentie_nummer").alias("vorig_referentie_nummer"),
        pl.col("positie").alias("debet_positie"),
    )
    joined = credits.join(debets, on="vorig_referentie_nummer", how="left")
    elders = joined.filter(
        pl.col("debet_positie").is_null() | (pl.col("debet_positie") > pl.col("positie"))
    )
    return [str(vorige) for vorige in elders.get_column("vorig_referentie_nummer").to_list()]
