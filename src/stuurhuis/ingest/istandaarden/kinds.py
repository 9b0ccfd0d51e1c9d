# SPDX-License-Identifier: EUPL-1.2
"""The canonical columns of every kind the message route hands to the loader.

``toewijzing`` and ``declaratie`` are the canonical kinds of ``docs/sources.md`` (the CSV
route delivers the same columns). The other kinds exist only on the message route; their
columns are documented in ``docs/istandaarden.md``. Every value is text, as in a CSV file.
"""

TOEWIJZING = (
    "toewijzing_nummer",
    "bsn",
    "agb_code",
    "wet",
    "product_categorie",
    "product_code",
    "leveringsvorm",
    "ingangsdatum",
    "einddatum",
    "volume",
    "eenheid",
    "frequentie",
    "budget",
    "beslisdatum",
    "reden_wijziging",
    "aanvraagdatum",
    "verwijzer",
)

DECLARATIE = (
    "referentie_nummer",
    "vorig_referentie_nummer",
    "declaratie_nummer",
    "dagtekening",
    "toewijzing_nummer",
    "bsn",
    "agb_code",
    "wet",
    "product_categorie",
    "product_code",
    "begindatum",
    "einddatum",
    "geleverd_volume",
    "eenheid",
    "product_tarief",
    "ingediend_bedrag",
    "debet_credit",
)

CLIENT = ("bsn", "geboortedatum", "geslacht", "wijk_code")

ZORGLEVERING = (
    "toewijzing_nummer",
    "bsn",
    "agb_code",
    "wet",
    "product_categorie",
    "product_code",
    "toewijzing_ingangsdatum",
    "begindatum",
    "einddatum",
    "reden_beeindiging",
    "status_aanlevering",
)

VERZOEK = (
    "agb_code",
    "referentie_aanbieder",
    "regelnummer",
    "soort",
    "wijziging",
    "bsn",
    "wet",
    "aanvraagdatum",
    "toewijzing_nummer",
    "product_categorie",
    "product_code",
    "ingangsdatum",
    "einddatum",
    "volume",
    "eenheid",
    "frequentie",
    "budget",
    "verwijzer",
    "reden_verzoek",
)

VERZOEK_ANTWOORD = (
    "agb_code",
    "referentie_aanbieder",
    "antwoorddatum",
    "verzoek_antwoord",
    "reden_afwijzing",
)

DECLARATIE_ANTWOORD = (
    "agb_code",
    "declaratie_nummer",
    "status",
    "retourcodes",
    "antwoorddatum",
)

DECLARATIE_ANTWOORD_REGEL = (
    "agb_code",
    "declaratie_nummer",
    "referentie_nummer",
    "status",
    "retourcodes",
    "antwoorddatum",
)

BERICHT = (
    "afzender",
    "bericht_identificatie",
    "ontvanger",
    "standaard",
    "berichttype",
    "dagtekening",
    "aantal_regels",
)

# Columns that identify a row in its table: a message naming one twice is refused whole
# (the loader would otherwise quarantine the second row and load the message partially).
KEYS: dict[str, tuple[str, ...]] = {
    "toewijzing": ("toewijzing_nummer",),
    "declaratie": ("referentie_nummer",),
    "client": ("bsn",),
    "zorglevering": ("toewijzing_nummer", "begindatum"),
    "verzoek": ("agb_code", "referentie_aanbieder", "regelnummer"),
    "verzoek_antwoord": ("agb_code", "referentie_aanbieder"),
    "declaratie_antwoord": ("agb_code", "declaratie_nummer"),
    "declaratie_antwoord_regel": ("agb_code", "declaratie_nummer", "referentie_nummer"),
}

KEY_LABELS = {
    "toewijzing": "ToewijzingNummer",
    "declaratie": "ReferentieNummer",
    "zorglevering": "ToewijzingNummer + Begindatum",
    "verzoek": "ReferentieAanbieder + product",
    "verzoek_antwoord": "ReferentieAanbieder",
    "declaratie_antwoord": "DeclaratieNummer",
    "declaratie_antwoord_regel": "ReferentieNummer",
}

KINDS: dict[str, tuple[str, ...]] = {
    "toewijzing": TOEWIJZING,
    "declaratie": DECLARATIE,
    "client": CLIENT,
    "zorglevering": ZORGLEVERING,
    "verzoek": VERZOEK,
    "verzoek_antwoord": VERZOEK_ANTWOORD,
    "declaratie_antwoord": DECLARATIE_ANTWOORD,
    "declaratie_antwoord_regel": DECLARATIE_ANTWOORD_REGEL,
    "bericht": BERICHT,
}
