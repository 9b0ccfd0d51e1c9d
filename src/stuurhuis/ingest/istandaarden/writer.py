# SPDX-License-Identifier: EUPL-1.2
"""Write canonical rows as iWmo/iJw 3.2 messages (301, 305, 307, 315, 323).

The inverse of the reader, used by the synthetic municipality (``stuurhuis synth --format
xml``), the round-trip tests and the benchmark. Messages are written incrementally
(``lxml.etree.xmlfile``), so a 323 with a million lines never exists as a tree. Amounts go
from canonical euro text to integer eurocents exactly (``"12.50"`` → ``1250``).

Synthetic clients get a placeholder surname because the XSD requires one; the reader never
reads it.
"""

import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from typing import IO
from xml.sax.saxutils import escape

from lxml import etree

Row = Mapping[str, str | None]

_BERICHTCODE = {
    "iwmo": {"301": "414", "305": "418", "307": "420", "315": "444", "323": "484"},
    "ijw": {"301": "436", "305": "438", "307": "440", "315": "446", "323": "490"},
}
_GESLACHT = {"man": "1", "vrouw": "2"}
_PLACEHOLDER_SURNAME = "Synthetisch"


@dataclass(frozen=True)
class Kop:
    """Header of a message to write."""

    wet: str  # "wmo" | "jeugd"
    nummer: str  # "301", ...
    afzender: str
    ontvanger: str
    identificatie: str
    dagtekening: str

    @property
    def standaard(self) -> str:
        return "iwmo" if self.wet == "wmo" else "ijw"

    @property
    def prefix(self) -> str:
        return ("wmo" if self.wet == "wmo" else "jw") + self.nummer

    @property
    def namespace(self) -> str:
        return f"http://www.istandaarden.nl/{self.standaard}/3_2/{self.prefix}/schema"

    @property
    def basis(self) -> str:
        return f"http://www.istandaarden.nl/{self.standaard}/3_2/basisschema/schema"


@dataclass(frozen=True)
class Client:
    bsn: str
    geboortedatum: str
    geslacht: str  # man | vrouw | onbekend


def cent(euro: str | None) -> str | None:
    """Canonical euro text as integer eurocents text: ``"12.5"`` → ``"1250"``."""
    if euro is None or euro == "":
        return None
    value = Decimal(euro) * 100
    if value != value.to_integral_value():
        raise ValueError(f"bedrag {euro} heeft meer dan twee decimalen")
    return str(abs(int(value)))


class _Writer:
    def __init__(self, xf: etree.xmlfile, kop: Kop) -> None:
        self.xf = xf
        self.kop = kop

    def m(self, name: str) -> str:
        return f"{{{self.kop.namespace}}}{name}"

    def b(self, name: str) -> str:
        return f"{{{self.kop.basis}}}{name}"

    def leaf(self, tag: str, value: str | None) -> None:
        if value is None or value == "":
            return
        self.xf.write("\n")  # one element per line: quarantine line numbers stay useful
        with self.xf.element(tag):
            self.xf.write(value)

    @contextmanager
    def node(self, tag: str) -> Iterator[None]:
        self.xf.write("\n")
        with self.xf.element(tag):
            yield

    def header(self) -> None:
        kop = self.kop
        with self.node(self.m("Header")):
            self.leaf(self.m("BerichtCode"), _BERICHTCODE[kop.standaard][kop.nummer])
            self.leaf(self.m("BerichtVersie"), "3")
            self.leaf(self.m("BerichtSubversie"), "2")
            self.leaf(self.m("Afzender"), kop.afzender)
            self.leaf(self.m("Ontvanger"), kop.ontvanger)
            with self.node(self.m("BerichtIdentificatie")):
                self.leaf(self.b("Identificatie"), kop.identificatie)
                self.leaf(self.b("Dagtekening"), kop.dagtekening)
            with self.node(self.m("XsdVersie")):
                self.leaf(self.b("BasisschemaXsdVersie"), "1.0.0")
                self.leaf(self.b("BerichtXsdVersie"), "1.0.0")

    def client_head(self, client: Client) -> None:
        self.leaf(self.m("Bsn"), client.bsn)
        with self.node(self.m("Geboortedatum")):
            self.leaf(self.b("Datum"), client.geboortedatum)
        self.leaf(self.m("Geslacht"), _GESLACHT.get(client.geslacht, "0"))
        with self.node(self.m("Naam")):
            with self.node(self.b("Geslachtsnaam")):
                self.leaf(self.b("Achternaam"), _PLACEHOLDER_SURNAME)
            if self.kop.nummer == "301":  # the 301 carries the full CDT_Naam
                self.leaf(self.b("NaamGebruik"), "1")

    def product(self, row: Row) -> None:
        with self.node(self.m("Product")):
            self.leaf(self.b("Categorie"), row["product_categorie"])
            self.leaf(self.b("Code"), row.get("product_code"))

    def omvang(self, row: Row) -> None:
        if not row.get("volume"):
            return
        with self.node(self.m("Omvang")):
            self.leaf(self.b("Volume"), row["volume"])
            self.leaf(self.b("Eenheid"), row["eenheid"])
            self.leaf(self.b("Frequentie"), row["frequentie"])


@contextmanager
def _bericht(out: IO[bytes], kop: Kop) -> Iterator[_Writer]:
    nsmap = {kop.prefix: kop.namespace, kop.standaard: kop.basis}
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{kop.namespace}}}Bericht", nsmap=nsmap):
            writer = _Writer(xf, kop)
            writer.header()
            yield writer


def write_301(out: IO[bytes], kop: Kop, client: Client, toewijzingen: Sequence[Row]) -> None:
    """One 301 (gemeente → aanbieder) for one client; rows are canonical ``toewijzing`` rows
    plus ``referentie_aanbieder`` (the 315 it answers), all for the same provider."""
    with _bericht(out, kop) as w, w.node(w.m("Client")):
        w.client_head(client)
        with w.node(w.m("Contactgegevens")), w.node(w.m("Contact")):
            w.leaf(w.m("Soort"), "01")  # COD757 BRP-adres; no address is written
        with w.node(w.m("ToegewezenProducten")):
            for row in toewijzingen:
                with w.node(w.m("ToegewezenProduct")):
                    w.leaf(w.m("ToewijzingNummer"), row["toewijzing_nummer"])
                    w.leaf(w.m("ReferentieAanbieder"), row.get("referentie_aanbieder"))
                    w.product(row)
                    w.leaf(w.m("Toewijzingsdatum"), row.get("beslisdatum") or kop.dagtekening)
                    w.leaf(w.m("Toewijzingstijd"), "09:00:00")
                    w.leaf(w.m("Ingangsdatum"), row["ingangsdatum"])
                    w.leaf(w.m("Einddatum"), row.get("einddatum"))
                    w.leaf(w.m("RedenWijziging"), row.get("reden_wijziging"))
                    w.omvang(row)
                    w.leaf(w.m("Budget"), cent(row.get("budget")))


def write_315(out: IO[bytes], kop: Kop, client: Client, aanvragen: Sequence[Row]) -> None:
    """One 315 (aanbieder → gemeente): rows are canonical ``toewijzing`` rows plus
    ``referentie_aanbieder``; the message's dagtekening is the aanvraagdatum."""
    with _bericht(out, kop) as w, w.node(w.m("Client")):
        w.client_head(client)
        with w.node(w.m("AangevraagdeProducten")):
            for row in aanvragen:
                with w.node(w.m("AangevraagdProduct")):
                    w.leaf(w.m("ReferentieAanbieder"), row["referentie_aanbieder"])
                    w.product(row)
                    w.leaf(w.m("ToewijzingIngangsdatum"), row["ingangsdatum"])
                    w.leaf(w.m("ToewijzingEinddatum"), row.get("einddatum"))
                    w.omvang(row)
                    if row.get("verwijzer"):
                        with w.node(w.m("Verwijzer")):
                            w.leaf(w.b("Type"), row["verwijzer"])


def write_305_307(out: IO[bytes], kop: Kop, client: Client, leveringen: Sequence[Row]) -> None:
    """One 305 (start) or 307 (stop): rows are canonical ``zorglevering`` rows."""
    start = kop.nummer == "305"
    lijst, product_tag = (
        ("StartProducten", "StartProduct") if start else ("StopProducten", "StopProduct")
    )
    with _bericht(out, kop) as w, w.node(w.m("Client")):
        w.client_head(client)
        with w.node(w.m(lijst)):
            for row in leveringen:
                with w.node(w.m(product_tag)):
                    w.leaf(w.m("ToewijzingNummer"), row["toewijzing_nummer"])
                    w.product(row)
                    w.leaf(w.m("ToewijzingIngangsdatum"), row["toewijzing_ingangsdatum"])
                    w.leaf(w.m("Begindatum"), row["begindatum"])
                    if not start:
                        w.leaf(w.m("RedenBeeindiging"), row.get("reden_beeindiging"))
                        w.leaf(w.m("Einddatum"), row["einddatum"])
                    w.leaf(w.m("StatusAanlevering"), row.get("status_aanlevering") or "1")


def write_323(
    out: IO[bytes],
    kop: Kop,
    *,
    declaratie_nummer: str,
    periode: tuple[str, str],
    prestaties: Iterable[Row],
    totaal_cent: int,
) -> None:
    """One 323 (aanbieder → gemeente). ``prestaties`` are canonical ``declaratie`` rows,
    consecutive per client; ``totaal_cent`` is their signed sum (credit negative).

    A 323 can hold a million lines, so its body is written from string templates (values
    escaped), about ten times faster than one ``xmlfile`` element per leaf; the header goes
    through :func:`_bericht` like every other message. One element per line.
    """
    m, b = kop.prefix, kop.standaard
    head = io.BytesIO()
    with _bericht(head, kop) as w, w.node(w.m("Declaratie")):
        w.leaf(w.m("DeclaratieNummer"), declaratie_nummer)
        with w.node(w.m("DeclaratiePeriode")):
            w.leaf(w.b("Begindatum"), periode[0])
            w.leaf(w.b("Einddatum"), periode[1])
        w.leaf(w.m("DeclaratieDagtekening"), kop.dagtekening)
        with w.node(w.m("TotaalIngediendBedrag")):
            w.leaf(w.b("TotaalBedrag"), str(abs(totaal_cent)))
            w.leaf(w.b("DebetCredit"), "D" if totaal_cent >= 0 else "C")
        w.leaf(w.m("Clienten"), _BODY)
    text = head.getvalue()
    before, _, after = text.partition(_BODY.encode())
    out.write(before)
    for bsn, lines in groupby(prestaties, key=lambda row: row["bsn"]):
        parts = [f"\n<{m}:Client>\n<{m}:Bsn>{_esc(bsn)}</{m}:Bsn>\n<{m}:Prestaties>"]
        parts.extend(_prestatie(m, b, row) for row in lines)
        parts.append(f"</{m}:Prestaties></{m}:Client>")
        out.write("".join(parts).encode())
    out.write(after)


_BODY = "@@PRESTATIES@@"


def _esc(value: str | None) -> str:
    return escape(value or "")


def _opt(tag: str, value: str | None) -> str:
    return f"\n<{tag}>{escape(value)}</{tag}>" if value else ""


def _prestatie(m: str, b: str, row: Row) -> str:
    return (
        f"\n<{m}:Prestatie>\n<{m}:ProductReferentie>"
        f"\n<{b}:ReferentieNummer>{_esc(row['referentie_nummer'])}</{b}:ReferentieNummer>"
        f"{_opt(f'{b}:VorigReferentieNummer', row.get('vorig_referentie_nummer'))}"
        f"</{m}:ProductReferentie>"
        f"{_opt(f'{m}:ToewijzingNummer', row.get('toewijzing_nummer'))}"
        f"\n<{m}:ProductCategorie>{_esc(row['product_categorie'])}</{m}:ProductCategorie>"
        f"{_opt(f'{m}:ProductCode', row.get('product_code'))}"
        f"\n<{m}:ProductPeriode>\n<{b}:Begindatum>{_esc(row['begindatum'])}</{b}:Begindatum>"
        f"\n<{b}:Einddatum>{_esc(row['einddatum'])}</{b}:Einddatum></{m}:ProductPeriode>"
        f"\n<{m}:GeleverdVolume>{_esc(row['geleverd_volume'])}</{m}:GeleverdVolume>"
        f"\n<{m}:Eenheid>{_esc(row['eenheid'])}</{m}:Eenheid>"
        f"{_opt(f'{m}:ProductTarief', cent(row.get('product_tarief')))}"
        f"\n<{m}:IngediendBedrag>\n<{b}:Bedrag>{cent(row['ingediend_bedrag'])}</{b}:Bedrag>"
        f"\n<{b}:DebetCredit>{_esc(row['debet_credit'])}</{b}:DebetCredit>"
        f"</{m}:IngediendBedrag></{m}:Prestatie>"
    )


def signed_cent(row: Row) -> int:
    """The signed amount of a canonical declaratie row in cents (credit negative)."""
    amount = int(cent(row["ingediend_bedrag"]) or 0)
    return -amount if row["debet_credit"] == "C" else amount
