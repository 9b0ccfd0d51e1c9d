# SPDX-License-Identifier: EUPL-1.2
"""A tiny hand-made municipality: a builder that inserts core rows with sensible defaults."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import count

import duckdb
import pytest

PEILDATUM = date(2024, 6, 30)
WIJK_A = "WK099901"
WIJK_B = "WK099902"


@dataclass
class Bouwer:
    """Inserts persons, allocations, claims and provisions into a migrated warehouse."""

    con: duckdb.DuckDBPyConnection
    _nummer: Iterator[int] = field(default_factory=lambda: count(1))

    def volgnummer(self, prefix: str) -> str:
        return f"{prefix}{next(self._nummer):05d}"

    def persoon(
        self,
        *,
        huishouden: str | None = None,
        geboren: date = date(1960, 1, 1),
        wijk: str = WIJK_A,
        overleden: date | None = None,
        vertrokken: date | None = None,
    ) -> str:
        persoon_id = self.volgnummer("p")
        self.con.execute(
            "INSERT INTO persoon VALUES (?, ?, ?, 'vrouw', ?, NULL, ?, ?, 1)",
            [persoon_id, huishouden, geboren, wijk, overleden, vertrokken],
        )
        return persoon_id

    def product(
        self,
        code: str,
        *,
        wet: str = "wmo",
        categorie: str = "02",
        eenheid: str = "04",
        tarief_cent: int = 6000,
        jaar: int = 2024,
    ) -> None:
        self.con.execute(
            "INSERT INTO product VALUES (?, ?, ?, ?, 'product', ?, ?, '6.71', 1)",
            [wet, code, jaar, categorie, eenheid, tarief_cent],
        )

    def toewijzing(
        self,
        persoon_id: str,
        *,
        wet: str = "wmo",
        categorie: str = "02",
        product_code: str | None = "02A01",
        agb: str = "11111111",
        begin: date = date(2023, 1, 1),
        eind: date | None = date(2024, 12, 31),
        volume: int | None = 4,
        eenheid: str | None = "04",
        frequentie: str | None = "2",
        aanvraag: date | None = None,
        besluit: date | None = None,
    ) -> str:
        nummer = self.volgnummer("T")
        self.con.execute(
            "INSERT INTO toewijzing VALUES (?, ?, ?, ?, ?, ?, 'ZIN', NULL, ?, ?, ?, ?, ?, NULL,"
            " ?, ?, NULL, NULL, 1)",
            [
                nummer,
                persoon_id,
                agb,
                wet,
                categorie,
                product_code,
                begin,
                eind,
                volume,
                eenheid,
                frequentie,
                aanvraag,
                besluit,
            ],
        )
        return nummer

    def declaratie(
        self,
        persoon_id: str,
        toewijzing: str | None,
        *,
        begin: date = date(2024, 3, 1),
        eind: date = date(2024, 3, 31),
        volume: int = 10,
        bedrag_cent: int = 60000,
        tarief_cent: int | None = 6000,
        eenheid: str = "04",
        agb: str = "11111111",
        wet: str = "wmo",
        categorie: str = "02",
        product_code: str | None = "02A01",
        dagtekening: date | None = None,
        credit_van: str | None = None,
        status: str = "ingediend",
    ) -> str:
        referentie = self.volgnummer("R")
        is_credit = credit_van is not None
        self.con.execute(
            "INSERT INTO declaratie VALUES (?, ?, 'D1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, 1)",
            [
                referentie,
                credit_van,
                dagtekening or date(eind.year, eind.month, eind.day),
                toewijzing,
                persoon_id,
                agb,
                wet,
                categorie,
                product_code,
                begin,
                eind,
                volume,
                eenheid,
                tarief_cent,
                -bedrag_cent if is_credit else bedrag_cent,
                "C" if is_credit else "D",
                status,
            ],
        )
        return referentie

    def uitkering(
        self,
        persoon_id: str,
        *,
        begin: date = date(2023, 1, 1),
        eind: date | None = None,
        per_maand_cent: int = 120000,
        regeling: str = "bijstand",
    ) -> str:
        uitkering_id = self.volgnummer("U")
        self.con.execute(
            "INSERT INTO uitkering VALUES (?, ?, ?, ?, ?, ?, 1)",
            [uitkering_id, persoon_id, regeling, begin, eind, per_maand_cent],
        )
        return uitkering_id


@pytest.fixture
def bouwer(warehouse: duckdb.DuckDBPyConnection) -> Bouwer:
    return Bouwer(warehouse)
