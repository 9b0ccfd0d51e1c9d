# SPDX-License-Identifier: EUPL-1.2
"""Domain records in batches: what the generator yields and every writer consumes.

A batch is one kind (the source kinds of ``docs/sources.md``) as a typed polars frame:
dates are ``pl.Date``, money is integer cents in a column named ``<contract name>_cent``,
codes are strings. Rows that must be dirty in the output (unparseable values the ingest has
to quarantine) travel separately as all-text rows in ``vuil``, already in the contract's
column names: they cannot be represented in a typed frame.
"""

from dataclasses import dataclass

import polars as pl

# The contract of docs/sources.md: kind -> (file name, columns in order).
CONTRACT: dict[str, tuple[str, tuple[str, ...]]] = {
    "gebied": (
        "gebieden.csv",
        ("gebied_code", "soort", "naam", "ouder_code", "jaar_van", "jaar_tot"),
    ),
    "bevolking": (
        "bevolking.csv",
        ("jaar", "gebied_code", "leeftijd_van", "leeftijd_tot", "geslacht", "aantal_inwoners"),
    ),
    "huishoudens": ("huishoudens.csv", ("jaar", "gebied_code", "aantal_huishoudens")),
    "persoon": (
        "personen.csv",
        (
            "bsn",
            "huishouden_nummer",
            "geboortedatum",
            "geslacht",
            "wijk_code",
            "buurt_code",
            "overlijdensdatum",
            "vertrekdatum",
        ),
    ),
    "aanbieder": ("aanbieders.csv", ("agb_code", "naam")),
    "product": (
        "producten.csv",
        (
            "wet",
            "product_categorie",
            "product_code",
            "jaar",
            "naam",
            "eenheid",
            "tarief",
            "taakveld",
        ),
    ),
    "toewijzing": (
        "toewijzingen.csv",
        (
            "toewijzing_nummer",
            "bsn",
            "agb_code",
            "wet",
            "product_categorie",
            "product_code",
            "leveringsvorm",
            "verwijzer",
            "ingangsdatum",
            "einddatum",
            "volume",
            "eenheid",
            "frequentie",
            "budget",
            "aanvraagdatum",
            "beslisdatum",
            "reden_wijziging",
            "reden_beeindiging",
        ),
    ),
    "declaratie": (
        "declaraties.csv",
        (
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
            "status",
        ),
    ),
    "uitkering": (
        "uitkeringen.csv",
        ("uitkering_id", "bsn", "regeling", "begindatum", "einddatum", "bedrag_per_maand"),
    ),
    "begroting": (
        "begroting.csv",
        ("jaar", "taakveld", "begrotingspost", "wet", "primitief", "gewijzigd"),
    ),
}

# Contract columns holding euros; the typed frames carry them as ``<name>_cent``.
MONEY_COLUMNS = frozenset(
    {
        "tarief",
        "budget",
        "product_tarief",
        "ingediend_bedrag",
        "bedrag_per_maand",
        "primitief",
        "gewijzigd",
    }
)


def typed_columns(kind: str) -> list[str]:
    """Column names of the typed frame for ``kind`` (money columns get ``_cent``)."""
    return [f"{c}_cent" if c in MONEY_COLUMNS else c for c in CONTRACT[kind][1]]


@dataclass(frozen=True)
class Batch:
    """Records of one kind; ``vuil`` holds text rows that must fail ingest validation."""

    kind: str
    rows: pl.DataFrame
    vuil: pl.DataFrame | None = None

    def __post_init__(self) -> None:
        expected = typed_columns(self.kind)
        if self.rows.columns != expected:
            raise ValueError(f"{self.kind}: columns {self.rows.columns} != {expected}")
        if self.vuil is not None and self.vuil.columns != list(CONTRACT[self.kind][1]):
            raise ValueError(f"{self.kind}: dirty rows must use the contract's columns")


__all__ = ["CONTRACT", "MONEY_COLUMNS", "Batch", "typed_columns"]
