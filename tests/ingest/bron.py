# SPDX-License-Identifier: EUPL-1.2
"""Small canonical source files written by hand for the ingest tests.

The world: one provider, two products, three persons, two allocations. Test files add
claim lines (or other rows) on top; every expectation in the tests is computed from the
values below by hand.
"""

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from stuurhuis.synth.bsn import invalid_bsn, synthetic_bsn
from stuurhuis.synth.records import CONTRACT


def bsns(count: int, start: int = 0) -> list[str]:
    """``count`` elfproef-valid BSNs from the ranges reserved for testing."""
    numbers = synthetic_bsn(np.arange(start, start + count, dtype=np.int64))
    return [f"{int(number):09d}" for number in numbers]


BSN = bsns(3)
BAD_BSN = f"{int(invalid_bsn(np.array([0]))[0]):09d}"
AGB = "98000001"

# the canonical claim file, in the column order the synthetic municipality writes it
DECLARATIE_HEADER = list(CONTRACT["declaratie"][1])


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
) -> Path:
    """A CSV file as a case system exports it (``encoding`` may be ``utf-8-sig``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_world(folder: Path) -> list[Path]:
    """Provider, catalogue, persons and allocations (each file loads without a defect)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_csv(folder / "aanbieders.csv", ["agb_code", "naam"], [[AGB, "Zorggroep Één"]]),
        write_csv(
            folder / "producten.csv",
            [
                "wet",
                "product_categorie",
                "product_code",
                "jaar",
                "naam",
                "eenheid",
                "tarief",
                "taakveld",
            ],
            [
                ["wmo", "02", "02A01", "2024", "Begeleiding", "04", "60,00", "6.71b"],
                ["jeugd", "45", "45A01", "2024", "Ambulant", "04", "80,00", "6.72b"],
            ],
        ),
        write_csv(
            folder / "personen.csv",
            ["bsn", "huishouden_nummer", "geboortedatum", "geslacht", "wijk_code"],
            [
                [BSN[0], "H1", "01-02-1950", "vrouw", "WK015001"],
                [BSN[1], "H1", "15-06-1952", "man", "WK015001"],
                [BSN[2], "H2", "2008-03-31", "man", "WK015002"],
            ],
        ),
        write_csv(
            folder / "toewijzingen.csv",
            [
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
            ],
            [
                ["T1", BSN[0], AGB, "wmo", "02", "02A01", "ZIN", "01-01-2024", "", "10", "04", "4"],
                [
                    "T2",
                    BSN[2],
                    AGB,
                    "jeugd",
                    "45",
                    "45A01",
                    "ZIN",
                    "01-01-2024",
                    "30-06-2024",
                    "8",
                    "04",
                    "4",
                ],
            ],
        ),
    ]


def claim(
    referentie: str,
    *,
    toewijzing: str = "T1",
    bsn: str = BSN[0],
    product: str = "02A01",
    begin: str = "01-03-2024",
    eind: str = "31-03-2024",
    volume: str = "5",
    bedrag: str = "300,00",
    debet_credit: str = "D",
) -> list[str]:
    """One Wmo claim line on T1 (March 2024, 5 hours à 60 euro) unless told otherwise."""
    return [
        referentie, "", "D1", "05-04-2024", toewijzing, bsn, AGB, "wmo", "02", product,
        begin, eind, volume, "04", "60,00", bedrag, debet_credit, "ingediend",
    ]  # fmt: skip


def write_claims(path: Path, rows: Sequence[Sequence[str]], **options: str) -> Path:
    return write_csv(path, DECLARATIE_HEADER, rows, **options)
