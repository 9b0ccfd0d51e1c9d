# SPDX-License-Identifier: EUPL-1.2
"""Kind specs of what only messages deliver, registered with the generic loader.

``toewijzing`` and ``declaratie`` rows from messages use the canonical specs of the CSV
route unchanged; that is what makes both routes load the same warehouse contents.
"""

from stuurhuis.ingest.istandaarden import kinds
from stuurhuis.ingest.kinds import ColumnSpec, KindSpec, ValueType, register_kind

_PACKAGE = "stuurhuis.ingest.istandaarden.staging"

# Column types; every other column is a code (text, trimmed).
_TYPES: dict[str, ValueType] = {
    "bsn": "bsn",
    "dagtekening": "datum",
    "geboortedatum": "datum",
    "begindatum": "datum",
    "einddatum": "datum",
    "toewijzing_ingangsdatum": "datum",
    "aanvraagdatum": "datum",
    "ingangsdatum": "datum",
    "antwoorddatum": "datum",
    "aantal_regels": "geheel",
    "regelnummer": "geheel",
    "volume": "geheel",
    "budget": "euro",
}


def _spec(
    name: str,
    table: str,
    key: tuple[str, ...],
    required: tuple[str, ...],
    *,
    load_rank: int,
    description: str,
) -> KindSpec:
    columns = tuple(
        ColumnSpec(column, _TYPES.get(column, "code"), column in required)
        for column in kinds.KINDS[name]
    )
    return register_kind(
        KindSpec(
            name=name,
            columns=columns,
            table=table,
            key=key,
            staging_sql=f"{name}.sql",
            sql_package=_PACKAGE,
            load_rank=load_rank,
            amount_column="budget" if "budget" in kinds.KINDS[name] else None,
            recognisable=False,
            description=description,
        )
    )


def register() -> list[KindSpec]:
    """Register the message kinds and the postcode → wijk table (idempotent)."""
    return [
        register_kind(
            KindSpec(
                name="postcode_wijk",
                columns=(
                    ColumnSpec("postcode", "code", True),
                    ColumnSpec("wijk_code", "code", True),
                ),
                table="postcode_wijk",
                key=("postcode",),
                staging_sql="postcode_wijk.sql",
                sql_package=_PACKAGE,
                load_rank=12,  # reference data: before every message
                description="postcode → wijk, voor de wijk van cliënten uit berichten",
            )
        ),
        _spec(
            "client",
            "bericht_client",
            ("persoon_id",),
            ("bsn",),
            load_rank=23,
            description="geboortedatum en geslacht uit berichten",
        ),
        _spec(
            "verzoek",
            "verzoek",
            ("agb_code", "referentie_aanbieder", "regelnummer"),
            ("agb_code", "referentie_aanbieder", "regelnummer", "soort", "bsn", "wet"),
            load_rank=29,
            description="verzoeken om toewijzing (315) en wijziging (317)",
        ),
        _spec(
            "verzoek_antwoord",
            "verzoek_antwoord",
            ("agb_code", "referentie_aanbieder"),
            ("agb_code", "referentie_aanbieder", "antwoorddatum", "verzoek_antwoord"),
            load_rank=29,
            description="antwoord op een verzoek (319)",
        ),
        _spec(
            "zorglevering",
            "zorglevering",
            ("toewijzing_nummer", "begindatum"),
            ("toewijzing_nummer", "bsn", "agb_code", "wet", "begindatum", "status_aanlevering"),
            load_rank=35,
            description="start (305) en stop (307) van zorg",
        ),
        _spec(
            "declaratie_antwoord",
            "declaratie_antwoord",
            ("agb_code", "declaratie_nummer"),
            ("agb_code", "declaratie_nummer", "status", "antwoorddatum"),
            load_rank=45,
            description="declaratie-antwoord (325), per declaratie",
        ),
        _spec(
            "declaratie_antwoord_regel",
            "declaratie_antwoord_regel",
            ("agb_code", "declaratie_nummer", "referentie_nummer"),
            ("agb_code", "declaratie_nummer", "referentie_nummer", "status", "antwoorddatum"),
            load_rank=45,
            description="declaratie-antwoord (325), per genoemde prestatie",
        ),
        _spec(
            "bericht",
            "bericht",
            ("afzender", "bericht_identificatie"),
            kinds.BERICHT,
            load_rank=90,
            description="logboek van geladen berichten",
        ),
    ]
