# SPDX-License-Identifier: EUPL-1.2
"""305 start zorg and 307 stop zorg: one ``zorglevering`` row per product, plus the client."""

from lxml import etree

from stuurhuis.ingest.istandaarden import checks
from stuurhuis.ingest.istandaarden.bericht import Bericht
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.safexml import leaves, regel_van


class LeveringHandler:
    """The provider (afzender) reports that delivery of an allocated product started/stopped."""

    def __init__(self, product_tag: str) -> None:
        self.tags: tuple[str, ...] = ("Bsn", product_tag, "Client")
        self._product_tag = product_tag

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None:
        if name == "Bsn":
            bericht.bsn = checks.bsn((element.text or "").strip(), regel_van(element))
        elif name == "Client":
            bericht.add_client(element)
        else:
            self._product(element, bericht)

    def _product(self, element: etree._Element, bericht: Bericht) -> None:
        regel = regel_van(element)
        v = leaves(element)
        nummer = checks.verplicht(v.get("ToewijzingNummer"), "ToewijzingNummer", regel)
        begin = str(checks.datum(v.get("Begindatum"), "Begindatum", regel))
        eind = checks.datum(v.get("Einddatum"), "Einddatum", regel, verplicht=False)
        if eind is not None and eind < begin:
            raise BerichtError(
                f"toewijzing {nummer}: Einddatum {eind} ligt voor Begindatum {begin}", regel
            )
        row = (
            nummer,
            bericht.client_bsn(regel),
            bericht.kop.afzender,
            bericht.type.wet,
            v.get("Categorie"),
            v.get("Code"),
            checks.datum(
                v.get("ToewijzingIngangsdatum"), "ToewijzingIngangsdatum", regel, verplicht=False
            ),
            begin,
            eind,
            v.get("RedenBeeindiging"),
            checks.verplicht(v.get("StatusAanlevering"), "StatusAanlevering", regel),
        )
        bericht.add("zorglevering", regel, row)

    def finish(self, bericht: Bericht) -> None:
        """305/307 have no rules over the whole message beyond the XSD."""
