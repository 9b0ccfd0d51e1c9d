# SPDX-License-Identifier: EUPL-1.2
"""The product catalogue (tariffs per year, Iv3 taakveld) and the providers of one unit."""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from stuurhuis.synth.records import Batch


@dataclass(frozen=True)
class Product:
    """One product of the catalogue with how it is allocated and claimed."""

    wet: str
    categorie: str
    code: str
    naam: str
    eenheid: str  # WJ756
    tarief_2019_cent: int
    frequentie: str  # WMO757 of the allocation
    volume_min: int  # allocated volume per frequentie period
    volume_max: int
    taakveld_oud: str  # before 2023
    taakveld_nieuw: str  # from 2023 (split codes)
    eenmalig: bool = False  # hulpmiddel: one delivery, one claim


def _p(*args: object, **kwargs: object) -> Product:
    return Product(*args, **kwargs)  # type: ignore[arg-type]


PRODUCTS: tuple[Product, ...] = (
    # Wmo maatwerk; tariffs are plausible 2019 contract prices, indexed per year below.
    _p(
        "wmo",
        "01",
        "01A01",
        "Hulp bij het huishouden basis",
        "04",
        2_950,
        "2",
        2,
        4,
        "6.71",
        "6.71a",
    ),
    _p(
        "wmo",
        "01",
        "01A02",
        "Hulp bij het huishouden plus",
        "04",
        3_250,
        "2",
        3,
        6,
        "6.71",
        "6.71a",
    ),
    _p(
        "wmo",
        "02",
        "02A01",
        "Individuele begeleiding licht",
        "04",
        5_400,
        "2",
        1,
        3,
        "6.71",
        "6.71b",
    ),
    _p(
        "wmo",
        "02",
        "02A02",
        "Individuele begeleiding midden",
        "04",
        6_100,
        "2",
        2,
        5,
        "6.71",
        "6.71b",
    ),
    _p(
        "wmo",
        "02",
        "02A03",
        "Individuele begeleiding complex",
        "04",
        7_400,
        "2",
        6,
        16,
        "6.71",
        "6.71b",
    ),
    _p("wmo", "03", "03A01", "Persoonlijke verzorging", "04", 5_200, "2", 2, 6, "6.71", "6.71b"),
    _p("wmo", "04", "04A01", "Kortdurend verblijf", "14", 13_500, "2", 1, 3, "6.71", "6.71b"),
    _p("wmo", "06", "06A01", "Ondersteuning thuis overig", "04", 5_800, "2", 1, 3, "6.71", "6.71b"),
    _p("wmo", "07", "07A01", "Dagbesteding basis", "16", 3_800, "2", 2, 4, "6.71", "6.71c"),
    _p("wmo", "07", "07A02", "Dagbesteding intensief", "16", 5_600, "2", 2, 6, "6.71", "6.71c"),
    _p(
        "wmo",
        "08",
        "08A01",
        "Vervoer naar dagbesteding (per rit)",
        "82",
        1_450,
        "2",
        2,
        8,
        "6.71",
        "6.71b",
    ),
    _p("wmo", "11", "11A01", "Handbewogen rolstoel", "82", 120_000, "6", 1, 1, "6.6", "6.6", True),
    _p("wmo", "12", "12A01", "Scootmobiel", "82", 240_000, "6", 1, 1, "6.6", "6.6", True),
    _p("wmo", "13", "13A01", "Traplift", "82", 550_000, "6", 1, 1, "6.6", "6.6", True),
    _p("wmo", "14", "14A01", "Overig hulpmiddel", "82", 45_000, "6", 1, 1, "6.6", "6.6", True),
    _p(
        "wmo",
        "15",
        "15A01",
        "Beschermd wonen intramuraal",
        "14",
        14_500,
        "2",
        7,
        7,
        "6.81",
        "6.81a",
    ),
    _p("wmo", "15", "15A02", "Beschermd wonen intensief", "14", 19_500, "2", 7, 7, "6.81", "6.81a"),
    _p("wmo", "16", "16A01", "Maatschappelijke opvang", "14", 9_500, "2", 7, 7, "6.81", "6.81b"),
    # Jeugdhulp (JZ020 categories).
    _p(
        "jeugd",
        "40",
        "40A01",
        "Persoonlijke verzorging jeugd",
        "04",
        5_300,
        "2",
        1,
        4,
        "6.72",
        "6.72a",
    ),
    _p("jeugd", "41", "41A01", "Dagbehandeling jeugd", "16", 9_500, "2", 2, 6, "6.72", "6.72c"),
    _p("jeugd", "42", "42A01", "Vervoer jeugd (per rit)", "82", 1_650, "2", 4, 10, "6.72", "6.72d"),
    _p(
        "jeugd", "43", "43A01", "Verblijf met behandeling", "14", 23_500, "2", 7, 7, "6.82", "6.82a"
    ),
    _p("jeugd", "44", "44A01", "Pleegzorg", "14", 4_600, "2", 7, 7, "6.82", "6.82a"),
    _p("jeugd", "44", "44A02", "Gezinshuis", "14", 14_000, "2", 7, 7, "6.82", "6.82a"),
    _p(
        "jeugd",
        "45",
        "45A01",
        "Jeugdhulp ambulant generalistisch",
        "04",
        8_500,
        "2",
        1,
        3,
        "6.72",
        "6.72a",
    ),
    _p(
        "jeugd",
        "45",
        "45A02",
        "Jeugdhulp ambulant specialistisch",
        "04",
        10_500,
        "2",
        1,
        4,
        "6.72",
        "6.72b",
    ),
    _p("jeugd", "46", "46A01", "Crisisopvang jeugd", "14", 32_000, "2", 7, 7, "6.82", "6.82b"),
    _p(
        "jeugd",
        "47",
        "47A01",
        "Jeugdreclassering (per maand)",
        "84",
        125_000,
        "4",
        1,
        1,
        "6.82",
        "6.82e",
    ),
    _p(
        "jeugd",
        "48",
        "48A01",
        "Ondertoezichtstelling (per maand)",
        "84",
        135_000,
        "4",
        1,
        1,
        "6.82",
        "6.82d",
    ),
    _p("jeugd", "54", "54A01", "Jeugd-ggz basis", "04", 9_800, "2", 1, 2, "6.72", "6.72b"),
    _p(
        "jeugd", "54", "54A02", "Jeugd-ggz specialistisch", "04", 12_500, "2", 1, 3, "6.72", "6.72b"
    ),
)

PRODUCT_BY_CODE = {p.code: p for p in PRODUCTS}

# Yearly tariff index (contract indexation; 2023-2024 reflect the high wage/price rises).
TARIEF_INDEX = {2020: 1.03, 2021: 1.025, 2022: 1.035, 2023: 1.065, 2024: 1.07, 2025: 1.04}
SPLIT_YEAR = 2023  # Iv3 taakvelden 6.71/6.72/6.81/6.82 split from 2023 on


def tarief_cent(product: Product, jaar: int) -> int:
    """Catalogue tariff of ``product`` in ``jaar`` (index compounds from 2019)."""
    factor = 1.0
    for year in range(min(jaar, 2019) + 1, jaar + 1):
        factor *= TARIEF_INDEX.get(year, 1.03)
    if jaar < 2019:
        factor = 1.0 / 1.03 ** (2019 - jaar)
    return round(product.tarief_2019_cent * factor)


def taakveld(product: Product, jaar: int) -> str:
    """Iv3 taakveld of ``product`` in ``jaar``."""
    return product.taakveld_nieuw if jaar >= SPLIT_YEAR else product.taakveld_oud


def tariff_table(first_year: int, last_year: int) -> dict[tuple[str, int], int]:
    """(product code, year) -> tariff in cents."""
    return {
        (p.code, jaar): tarief_cent(p, jaar)
        for p in PRODUCTS
        for jaar in range(first_year, last_year + 1)
    }


def product_batch(first_year: int, last_year: int) -> Batch:
    """The catalogue for every year of the run (and three years before: old allocations)."""
    rows = [
        {
            "wet": p.wet,
            "product_categorie": p.categorie,
            "product_code": p.code,
            "jaar": jaar,
            "naam": p.naam,
            "eenheid": p.eenheid,
            "tarief_cent": tarief_cent(p, jaar),
            "taakveld": taakveld(p, jaar),
        }
        for jaar in range(first_year, last_year + 1)
        for p in PRODUCTS
    ]
    return Batch("product", pl.DataFrame(rows, schema=_PRODUCT_SCHEMA))


_PRODUCT_SCHEMA = {
    "wet": pl.Utf8,
    "product_categorie": pl.Utf8,
    "product_code": pl.Utf8,
    "jaar": pl.Int32,
    "naam": pl.Utf8,
    "eenheid": pl.Utf8,
    "tarief_cent": pl.Int64,
    "taakveld": pl.Utf8,
}


__all__ = [
    "PRODUCTS",
    "PRODUCT_BY_CODE",
    "Product",
    "product_batch",
    "taakveld",
    "tarief_cent",
    "tariff_table",
]


# Vectorised attribute lookup: codes sorted, attributes in the same order.
_SORTED = sorted(PRODUCTS, key=lambda p: p.code)
CODES = np.asarray([p.code for p in _SORTED])
EENHEID = np.asarray([p.eenheid for p in _SORTED])
FREQUENTIE = np.asarray([p.frequentie for p in _SORTED])
CATEGORIE = np.asarray([p.categorie for p in _SORTED])
EENMALIG = np.asarray([p.eenmalig for p in _SORTED], dtype=bool)
VOLUME_MIN = np.asarray([p.volume_min for p in _SORTED], dtype=np.int64)
VOLUME_MAX = np.asarray([p.volume_max for p in _SORTED], dtype=np.int64)
TARIEF_2019 = np.asarray([p.tarief_2019_cent for p in _SORTED], dtype=np.int64)


def product_index(codes: npt.NDArray[np.str_]) -> npt.NDArray[np.int64]:
    """Position of each product code in the attribute arrays above."""
    index = np.searchsorted(CODES, codes)
    if codes.size and not bool((CODES[np.minimum(index, CODES.size - 1)] == codes).all()):
        raise ValueError("unknown product code")
    return np.asarray(index, dtype=np.int64)


def tariffs(codes: npt.NDArray[np.str_], years: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Catalogue tariff (cents) of each (product code, year)."""
    first, last = int(years.min(initial=2019)), int(years.max(initial=2019))
    table = np.asarray(
        [[tarief_cent(p, jaar) for jaar in range(first, last + 1)] for p in _SORTED], dtype=np.int64
    )
    return np.asarray(table[product_index(codes), years - first], dtype=np.int64)
