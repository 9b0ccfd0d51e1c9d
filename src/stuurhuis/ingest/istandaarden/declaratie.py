# SPDX-License-Identifier: EUPL-1.2
"""323 declaratie and 325 declaratie-antwoord, with the rules the XSD cannot express.

323 rules (a violation quarantines the whole message):

- the line's ProductPeriode has Begindatum ≤ Einddatum and lies inside DeclaratiePeriode;
- when the allocation is known (warehouse or an earlier 301 of the batch), the line's
  period lies inside the allocation's period;
- a credit line names the debit it reverses (VorigReferentieNummer), and that debit was
  claimed earlier by the same provider (earlier in the message, the batch or the warehouse);
- ReferentieNummer is unique within the message;
- the signed line amounts add up to TotaalIngediendBedrag.
"""

from lxml import etree

from stuurhuis.ingest.istandaarden import checks
from stuurhuis.ingest.istandaarden.bericht import Bericht
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.safexml import leaves, regel_van

_GEEN_BEZWAAR = frozenset({"0200", "8001"})  # WJ001: geen opmerking / volledig toegewezen
_TECHNISCH_AFGEKEURD = "0001"


def _debet_credit(value: str | None, veld: str, regel: int) -> str:
    if value not in {"D", "C"}:
        raise BerichtError(f"{veld}: DebetCredit {value!r} is niet D of C", regel)
    return value


class DeclaratieHandler:
    """323: the provider (afzender) claims delivered prestaties on allocations."""

    tags: tuple[str, ...] = (
        "Bsn",
        "DeclaratieNummer",
        "DeclaratiePeriode",
        "DeclaratieDagtekening",
        "TotaalIngediendBedrag",
        "Prestatie",
        "Client",
    )

    def __init__(self) -> None:
        self.nummer: str | None = None
        self.dagtekening: str | None = None
        self.periode: tuple[str, str] | None = None
        self.totaal_cent: int | None = None
        self._som_cent = 0

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None:
        regel = regel_van(element)
        if name == "Prestatie":
            self._prestatie(element, bericht)
        elif name == "Bsn":
            bericht.bsn = checks.bsn((element.text or "").strip(), regel)
        elif name == "DeclaratieNummer":
            self.nummer = checks.verplicht((element.text or "").strip(), name, regel)
        elif name == "DeclaratieDagtekening":
            self.dagtekening = checks.datum((element.text or "").strip(), name, regel)
        elif name == "DeclaratiePeriode":
            v = leaves(element)
            self.periode = (
                str(checks.datum(v.get("Begindatum"), "DeclaratiePeriode/Begindatum", regel)),
                str(checks.datum(v.get("Einddatum"), "DeclaratiePeriode/Einddatum", regel)),
            )
        elif name == "TotaalIngediendBedrag":
            v = leaves(element)
            bedrag = int(str(checks.geheel(v.get("TotaalBedrag"), "TotaalBedrag", regel)))
            teken = _debet_credit(v.get("DebetCredit"), "TotaalIngediendBedrag", regel)
            self.totaal_cent = bedrag if teken == "D" else -bedrag
            bericht.bedrag_cent = self.totaal_cent

    def _prestatie(self, element: etree._Element, bericht: Bericht) -> None:
        regel = regel_van(element)
        if self.nummer is None or self.dagtekening is None or self.periode is None:
            raise BerichtError("declaratiegegevens ontbreken vóór de eerste prestatie", regel)
        v = leaves(element)
        referentie = checks.verplicht(v.get("ReferentieNummer"), "ReferentieNummer", regel)
        begin = str(checks.datum(v.get("Begindatum"), "ProductPeriode/Begindatum", regel))
        eind = str(checks.datum(v.get("Einddatum"), "ProductPeriode/Einddatum", regel))
        self._check_periode(
            referentie,
            begin=begin,
            eind=eind,
            toewijzing_nummer=v.get("ToewijzingNummer"),
            bericht=bericht,
            regel=regel,
        )
        bedrag = int(str(checks.geheel(v.get("Bedrag"), "IngediendBedrag", regel)))
        teken = _debet_credit(v.get("DebetCredit"), f"prestatie {referentie}", regel)
        vorige = v.get("VorigReferentieNummer")
        agb = bericht.kop.afzender
        if teken == "C":
            self._check_credit(referentie, vorige, agb, bericht, regel)
            self._som_cent -= bedrag
        else:
            self._som_cent += bedrag
            bericht.nieuwe_debets.add((agb, referentie))
        tarief = checks.geheel(v.get("ProductTarief"), "ProductTarief", regel, verplicht=False)
        row = (
            referentie,
            vorige,
            self.nummer,
            self.dagtekening,
            v.get("ToewijzingNummer"),
            bericht.client_bsn(regel),
            agb,
            bericht.type.wet,
            checks.verplicht(v.get("ProductCategorie"), "ProductCategorie", regel),
            v.get("ProductCode"),
            begin,
            eind,
            str(checks.geheel(v.get("GeleverdVolume"), "GeleverdVolume", regel)),
            checks.verplicht(v.get("Eenheid"), "Eenheid", regel),
            None if tarief is None else checks.euro(tarief),
            checks.euro(bedrag),
            teken,
        )
        bericht.add("declaratie", regel, row)

    def _check_periode(
        self,
        referentie: str,
        *,
        begin: str,
        eind: str,
        toewijzing_nummer: str | None,
        bericht: Bericht,
        regel: int,
    ) -> None:
        if eind < begin:
            raise BerichtError(f"prestatie {referentie}: Einddatum {eind} vóór Begindatum", regel)
        assert self.periode is not None  # noqa: S101 - checked by the caller
        van, tot = self.periode
        if begin < van or eind > tot:
            raise BerichtError(
                f"prestatie {referentie}: periode {begin} t/m {eind} valt buiten de "
                f"declaratieperiode {van} t/m {tot}",
                regel,
            )
        if not toewijzing_nummer:
            return
        periode = bericht.toewijzing_periode(toewijzing_nummer)
        if periode is None:
            return  # allocation unknown here: flagged downstream, not a message error
        ingang, einde = periode
        if begin < ingang or (einde is not None and eind > einde):
            raise BerichtError(
                f"prestatie {referentie}: periode {begin} t/m {eind} valt buiten toewijzing "
                f"{toewijzing_nummer} ({ingang} t/m {einde or 'open einde'})",
                regel,
            )

    def _check_credit(
        self, referentie: str, vorige: str | None, agb: str, bericht: Bericht, regel: int
    ) -> None:
        if not vorige:
            raise BerichtError(
                f"creditregel {referentie} heeft geen VorigReferentieNummer: een credit moet "
                "naar de debetregel verwijzen die hij corrigeert",
                regel,
            )
        if (agb, vorige) not in bericht.nieuwe_debets and not bericht.debet_bekend(agb, vorige):
            raise BerichtError(
                f"creditregel {referentie} verwijst naar debetregel {vorige}, die niet eerder "
                f"door aanbieder {agb} is gedeclareerd",
                regel,
            )

    def finish(self, bericht: Bericht) -> None:
        if self.totaal_cent is None:
            raise BerichtError("TotaalIngediendBedrag ontbreekt")
        if self._som_cent != self.totaal_cent:
            raise BerichtError(
                f"som van de prestaties ({checks.euro(abs(self._som_cent))} "
                f"{'D' if self._som_cent >= 0 else 'C'}) is niet gelijk aan "
                f"TotaalIngediendBedrag ({checks.euro(abs(self.totaal_cent))} "
                f"{'D' if self.totaal_cent >= 0 else 'C'})"
            )


class DeclaratieAntwoordHandler:
    """325: the municipality answers a 323; listed prestaties are the rejected ones."""

    tags: tuple[str, ...] = ("Header", "DeclaratieNummer", "Prestatie")

    def __init__(self) -> None:
        self.nummer: str | None = None
        self._kop_codes: list[str] = []

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None:
        regel = regel_van(element)
        if name == "Header":
            self._kop_codes = _codes(element)
        elif name == "DeclaratieNummer":
            self.nummer = checks.verplicht((element.text or "").strip(), name, regel)
        else:
            if self.nummer is None:
                raise BerichtError("DeclaratieNummer ontbreekt vóór de eerste prestatie", regel)
            codes = _codes(element)
            referentie = checks.verplicht(
                leaves(element).get("ReferentieNummer"), "ReferentieNummer", regel
            )
            status = "goedgekeurd" if set(codes) <= _GEEN_BEZWAAR else "afgewezen"
            row = (
                bericht.kop.ontvanger,
                self.nummer,
                referentie,
                status,
                ",".join(codes) or None,
                bericht.kop.dagtekening,
            )
            bericht.add("declaratie_antwoord_regel", regel, row)

    def finish(self, bericht: Bericht) -> None:
        """Every line the answer does not list is approved (unless rejected technically)."""
        if self.nummer is None:
            raise BerichtError("DeclaratieNummer ontbreekt")
        status = "afgewezen" if _TECHNISCH_AFGEKEURD in self._kop_codes else "goedgekeurd"
        row = (
            bericht.kop.ontvanger,
            self.nummer,
            status,
            ",".join(self._kop_codes) or None,
            bericht.kop.dagtekening,
        )
        bericht.add("declaratie_antwoord", 1, row)


def _codes(element: etree._Element) -> list[str]:
    """The RetourCode values directly under ``element``'s own RetourCodes."""
    found: list[str] = []
    for child in element:
        if str(child.tag).endswith("}RetourCodes"):
            found.extend((code.text or "").strip() for code in child)
    return found
