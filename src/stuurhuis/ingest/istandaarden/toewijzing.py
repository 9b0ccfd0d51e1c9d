# SPDX-License-Identifier: EUPL-1.2
"""301 toewijzing: one ``toewijzing`` row per ToegewezenProduct, plus the client."""

from lxml import etree

from stuurhuis.ingest.istandaarden import checks
from stuurhuis.ingest.istandaarden.bericht import Bericht
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.safexml import leaves, regel_van


class ToewijzingHandler:
    """The municipality (afzender) allocates products to the provider (ontvanger)."""

    tags: tuple[str, ...] = ("Bsn", "ToegewezenProduct", "Client")

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None:
        if name == "Bsn":
            bericht.bsn = checks.bsn((element.text or "").strip(), regel_van(element))
        elif name == "Client":
            bericht.add_client(element)
        else:
            self._product(element, bericht)

    def _product(self, element: etree._Element, bericht: Bericht) -> None:
        regel = regel_van(element)
        v = leaves(element)  # Commentaar is among them and is not used
        nummer = checks.verplicht(v.get("ToewijzingNummer"), "ToewijzingNummer", regel)
        ingang = str(checks.datum(v.get("Ingangsdatum"), "Ingangsdatum", regel))
        eind = checks.datum(v.get("Einddatum"), "Einddatum", regel, verplicht=False)
        if eind is not None and eind < ingang:
            raise BerichtError(
                f"toewijzing {nummer}: Einddatum {eind} ligt voor Ingangsdatum {ingang}", regel
            )
        volume = checks.geheel(v.get("Volume"), "Volume", regel, verplicht=False)
        budget = checks.geheel(v.get("Budget"), "Budget", regel, verplicht=False)
        referentie = v.get("ReferentieAanbieder")
        aanvraag = bericht.aanvraag(bericht.kop.ontvanger, referentie) if referentie else None
        row = (
            nummer,
            bericht.client_bsn(regel),
            bericht.kop.ontvanger,
            bericht.type.wet,
            checks.verplicht(
                v.get("Categorie"),
                "Product/Categorie (een generieke toewijzing zonder product wordt niet geladen)",
                regel,
            ),
            v.get("Code"),
            "ZIN",  # message traffic is zorg in natura only; PGB goes through the SVB
            ingang,
            eind,
            None if volume is None else str(volume),
            v.get("Eenheid"),
            v.get("Frequentie"),
            None if budget is None else checks.euro(budget),
            checks.datum(v.get("Toewijzingsdatum"), "Toewijzingsdatum", regel, verplicht=False),
            v.get("RedenWijziging"),
            aanvraag[0] if aanvraag else None,  # from the 315 this 301 answers
            aanvraag[1] if aanvraag else None,
        )
        bericht.add("toewijzing", regel, row)
        bericht.nieuwe_toewijzingen[nummer] = (ingang, eind)

    def finish(self, bericht: Bericht) -> None:
        """A 301 has no rules over the whole message beyond the XSD."""
