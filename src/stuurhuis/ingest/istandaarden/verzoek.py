# SPDX-License-Identifier: EUPL-1.2
"""315 verzoek om toewijzing, 317 verzoek om wijziging and 319 antwoord verzoek."""

from lxml import etree

from stuurhuis.ingest.istandaarden import checks
from stuurhuis.ingest.istandaarden.bericht import Bericht, local_name
from stuurhuis.ingest.istandaarden.safexml import leaves, regel_van

# 317 product lists → the canonical ``wijziging`` value
_WIJZIGING = {
    "OngewijzigdProduct": "ongewijzigd",
    "TeWijzigenProduct": "wijzigen",
    "NieuwProduct": "nieuw",
}


def _verzoek_row(
    bericht: Bericht,
    *,
    regel: int,
    referentie: str,
    regelnummer: int,
    soort: str,
    wijziging: str | None,
    v: dict[str, str],
    ingang_veld: str,
    eind_veld: str,
    reden_verzoek: str | None,
) -> None:
    volume = checks.geheel(v.get("Volume"), "Volume", regel, verplicht=False)
    budget = checks.geheel(v.get("Budget"), "Budget", regel, verplicht=False)
    row = (
        bericht.kop.afzender,
        referentie,
        str(regelnummer),
        soort,
        wijziging,
        bericht.client_bsn(regel),
        bericht.type.wet,
        bericht.kop.dagtekening,  # the request's date is the aanvraagdatum
        v.get("ToewijzingNummer"),
        v.get("Categorie"),
        v.get("Code"),
        checks.datum(v.get(ingang_veld), ingang_veld, regel, verplicht=False),
        checks.datum(v.get(eind_veld), eind_veld, regel, verplicht=False),
        None if volume is None else str(volume),
        v.get("Eenheid"),
        v.get("Frequentie"),
        None if budget is None else checks.euro(budget),
        v.get("Type"),  # Verwijzer/Type (COD327); Verwijzer/Naam is never read
        reden_verzoek,
    )
    bericht.add("verzoek", regel, row)
    if soort == "toewijzing":  # a later 301 answering it carries the same reference
        bericht.nieuwe_aanvragen[(bericht.kop.afzender, referentie)] = (
            bericht.kop.dagtekening,
            v.get("Type"),
        )


class VerzoekToewijzingHandler:
    """315: the provider asks the municipality to allocate products (aanvraag, verwijzer)."""

    tags: tuple[str, ...] = ("Bsn", "AangevraagdProduct", "Client")

    def __init__(self) -> None:
        self._regelnummer = 0

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None:
        if name == "Bsn":
            bericht.bsn = checks.bsn((element.text or "").strip(), regel_van(element))
        elif name == "Client":
            bericht.add_client(element)
        else:
            regel = regel_van(element)
            v = leaves(element)
            self._regelnummer += 1
            _verzoek_row(
                bericht,
                regel=regel,
                referentie=checks.verplicht(
                    v.get("ReferentieAanbieder"), "ReferentieAanbieder", regel
                ),
                regelnummer=self._regelnummer,
                soort="toewijzing",
                wijziging=None,
                v=v,
                ingang_veld="ToewijzingIngangsdatum",
                eind_veld="ToewijzingEinddatum",
                reden_verzoek=None,
            )

    def finish(self, bericht: Bericht) -> None:
        """No rules over the whole message beyond the XSD."""


class VerzoekWijzigingHandler:
    """317: the provider asks to change, keep or add products of a client."""

    tags: tuple[str, ...] = ("Bsn", "Verzoek")

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None:
        if name == "Bsn":
            bericht.bsn = checks.bsn((element.text or "").strip(), regel_van(element))
            return
        regel = regel_van(element)
        referentie = checks.verplicht(
            element.findtext(f"{{{bericht.type.namespace}}}ReferentieAanbieder"),
            "ReferentieAanbieder",
            regel,
        )
        reden = element.findtext(f"{{{bericht.type.namespace}}}RedenVerzoek")
        tags = (f"{{{bericht.type.namespace}}}{name}" for name in _WIJZIGING)
        for regelnummer, product in enumerate(element.iter(*tags), start=1):
            _verzoek_row(
                bericht,
                regel=regel_van(product, regel),
                referentie=referentie.strip(),
                regelnummer=regelnummer,
                soort="wijziging",
                wijziging=_WIJZIGING[local_name(product)],
                v=leaves(product),
                ingang_veld="GewensteIngangsdatum",
                eind_veld="Einddatum",
                reden_verzoek=(reden or "").strip() or None,
            )

    def finish(self, bericht: Bericht) -> None:
        """No rules over the whole message beyond the XSD."""


class AntwoordHandler:
    """319: the municipality answers a 315/317 (toegekend, afgewezen, in onderzoek)."""

    tags: tuple[str, ...] = ("Antwoord",)

    def handle(self, name: str, element: etree._Element, bericht: Bericht) -> None:
        regel = regel_van(element)
        v = leaves(element)
        row = (
            bericht.kop.ontvanger,
            checks.verplicht(v.get("ReferentieAanbieder"), "ReferentieAanbieder", regel),
            bericht.kop.dagtekening,
            checks.verplicht(v.get("VerzoekAntwoord"), "VerzoekAntwoord", regel),
            v.get("RedenAfwijzingVerzoek"),
        )
        bericht.add("verzoek_antwoord", regel, row)

    def finish(self, bericht: Bericht) -> None:
        """No rules over the whole message beyond the XSD."""
