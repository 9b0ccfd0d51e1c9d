# SPDX-License-Identifier: EUPL-1.2
"""The canonical kinds of ``docs/sources.md``: one spec per file, registered on import.

Load ranks: reference data (gebied, bevolking, huishoudens, aanbieder, product, persoon)
first, then toewijzing, declaratie, uitkering, begroting. The flags (unknown product,
claim without allocation, claim above volume) are views, so the order is a courtesy for
the reader of the log, not a correctness requirement.
"""

from stuurhuis.ingest.kinds import ColumnSpec, KindSpec, register_kind


def _c(name: str, type_: str = "tekst", *, required: bool = False) -> ColumnSpec:
    return ColumnSpec(name, type_, required)  # type: ignore[arg-type]


GEBIED = register_kind(
    KindSpec(
        name="gebied",
        table="gebied",
        key=("gebied_code",),
        staging_sql="gebied.sql",
        load_rank=10,
        columns=(
            _c("gebied_code", "code", required=True),
            _c("soort", "code", required=True),
            _c("naam", required=True),
            _c("ouder_code", "code"),
            _c("jaar_van", "geheel"),
            _c("jaar_tot", "geheel"),
        ),
    )
)

BEVOLKING = register_kind(
    KindSpec(
        name="bevolking",
        table="bevolking",
        key=("jaar", "gebied_code", "leeftijd_van", "leeftijd_tot", "geslacht"),
        staging_sql="bevolking.sql",
        load_rank=11,
        columns=(
            _c("jaar", "geheel", required=True),
            _c("gebied_code", "code", required=True),
            _c("leeftijd_van", "geheel", required=True),
            _c("leeftijd_tot", "geheel", required=True),
            _c("geslacht", "code", required=True),
            _c("aantal_inwoners", "geheel", required=True),
        ),
    )
)

HUISHOUDENS = register_kind(
    KindSpec(
        name="huishoudens",
        table="huishoudens",
        key=("jaar", "gebied_code"),
        staging_sql="huishoudens.sql",
        load_rank=12,
        columns=(
            _c("jaar", "geheel", required=True),
            _c("gebied_code", "code", required=True),
            _c("aantal_huishoudens", "geheel", required=True),
        ),
    )
)

CBS_KERNCIJFER = register_kind(
    KindSpec(
        name="cbs_kerncijfer",
        table="cbs_kerncijfer",
        key=("jaar", "gebied_code", "kenmerk"),
        staging_sql="cbs_kerncijfer.sql",
        load_rank=13,
        recognisable=False,
        columns=(
            _c("jaar", "geheel", required=True),
            _c("gebied_code", "code", required=True),
            _c("kenmerk", "code", required=True),
            _c("waarde"),
        ),
    )
)

AANBIEDER = register_kind(
    KindSpec(
        name="aanbieder",
        table="aanbieder",
        key=("agb_code",),
        staging_sql="aanbieder.sql",
        load_rank=20,
        columns=(_c("agb_code", "code", required=True), _c("naam", required=True)),
    )
)

PRODUCT = register_kind(
    KindSpec(
        name="product",
        table="product",
        key=("wet", "product_code", "jaar"),
        staging_sql="product.sql",
        load_rank=21,
        amount_column="tarief",
        columns=(
            _c("wet", "code", required=True),
            _c("product_categorie", "code", required=True),
            _c("product_code", "code", required=True),
            _c("jaar", "geheel", required=True),
            _c("naam", required=True),
            _c("eenheid", "code", required=True),
            _c("tarief", "euro", required=True),
            _c("taakveld", "code", required=True),
        ),
    )
)

PERSOON = register_kind(
    KindSpec(
        name="persoon",
        table="persoon",
        key=("persoon_id",),
        staging_sql="persoon.sql",
        load_rank=22,
        columns=(
            _c("bsn", "bsn", required=True),
            _c("huishouden_nummer", "huishouden", required=True),
            _c("geboortedatum", "datum", required=True),
            _c("geslacht", "code", required=True),
            _c("wijk_code", "code", required=True),
            _c("buurt_code", "code"),
            _c("overlijdensdatum", "datum"),
            _c("vertrekdatum", "datum"),
        ),
    )
)

TOEWIJZING = register_kind(
    KindSpec(
        name="toewijzing",
        table="toewijzing",
        key=("toewijzing_nummer",),
        staging_sql="toewijzing.sql",
        load_rank=30,
        amount_column="budget",
        columns=(
            _c("toewijzing_nummer", "code", required=True),
            _c("bsn", "bsn", required=True),
            _c("agb_code", "code", required=True),
            _c("wet", "code", required=True),
            _c("product_categorie", "code", required=True),
            _c("product_code", "code"),
            _c("leveringsvorm", "code", required=True),
            _c("verwijzer", "code"),
            _c("ingangsdatum", "datum", required=True),
            _c("einddatum", "datum"),
            _c("volume", "geheel"),
            _c("eenheid", "code"),
            _c("frequentie", "code"),
            _c("budget", "euro"),
            _c("aanvraagdatum", "datum"),
            _c("beslisdatum", "datum"),
            _c("reden_wijziging", "code"),
            _c("reden_beeindiging", "code"),
        ),
    )
)

DECLARATIE = register_kind(
    KindSpec(
        name="declaratie",
        table="declaratie",
        key=("referentie_nummer",),
        staging_sql="declaratie.sql",
        load_rank=40,
        amount_column="ingediend_bedrag",
        columns=(
            _c("referentie_nummer", "code", required=True),
            _c("vorig_referentie_nummer", "code"),
            _c("declaratie_nummer", "code"),
            _c("dagtekening", "datum", required=True),
            _c("toewijzing_nummer", "code"),
            _c("bsn", "bsn", required=True),
            _c("agb_code", "code", required=True),
            _c("wet", "code", required=True),
            _c("product_categorie", "code", required=True),
            _c("product_code", "code"),
            _c("begindatum", "datum", required=True),
            _c("einddatum", "datum", required=True),
            _c("geleverd_volume", "geheel", required=True),
            _c("eenheid", "code", required=True),
            _c("product_tarief", "euro"),
            _c("ingediend_bedrag", "euro", required=True),
            _c("debet_credit", "code", required=True),
            _c("status", "code"),
        ),
    )
)

UITKERING = register_kind(
    KindSpec(
        name="uitkering",
        table="uitkering",
        key=("uitkering_id",),
        staging_sql="uitkering.sql",
        load_rank=50,
        amount_column="bedrag_per_maand",
        columns=(
            _c("uitkering_id", "code", required=True),
            _c("bsn", "bsn", required=True),
            _c("regeling", "code", required=True),
            _c("begindatum", "datum", required=True),
            _c("einddatum", "datum"),
            _c("bedrag_per_maand", "euro", required=True),
        ),
    )
)

BEGROTING = register_kind(
    KindSpec(
        name="begroting",
        table="begroting",
        key=("jaar", "taakveld", "begrotingspost"),
        staging_sql="begroting.sql",
        load_rank=60,
        amount_column="primitief",
        columns=(
            _c("jaar", "geheel", required=True),
            _c("taakveld", "code", required=True),
            _c("begrotingspost", required=True),
            _c("wet", "code"),
            _c("primitief", "euro", required=True),
            _c("gewijzigd", "euro"),
        ),
    )
)
