# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for the iWmo/iJw message route: the reference folder and readers on it."""

import zipfile
from pathlib import Path

import pyarrow as pa
import pytest

from stuurhuis.ingest.istandaarden import IstandaardenReader
from stuurhuis.ingest.istandaarden.writer import Client, Kop, signed_cent, write_301, write_323
from stuurhuis.ingest.reader import RawBatch

SHARED_ISTANDAARDEN = Path(__file__).resolve().parents[3] / "shared" / "reference" / "istandaarden"


@pytest.fixture(scope="session")
def istandaarden_dir(shared_dir: Path) -> Path:
    return shared_dir / "reference" / "istandaarden"


@pytest.fixture
def reader(istandaarden_dir: Path) -> IstandaardenReader:
    """A validating reader (XSDs from ../shared) without a warehouse."""
    return IstandaardenReader(istandaarden_dir)


def rows(batches: list[RawBatch], kind: str) -> list[dict[str, object]]:
    """All rows of ``kind`` in ``batches``, as dicts."""
    tables = [batch.table for batch in batches if batch.kind == kind]
    return pa.concat_tables(tables).to_pylist() if tables else []


def reasons(batches: list[RawBatch]) -> list[str]:
    return [rejection.reden for batch in batches for rejection in batch.rejections]


def prestatie(referentie: str, **changes: str | None) -> dict[str, str | None]:
    """A canonical declaratie row (jeugd, provider 12345678) with ``changes`` applied."""
    row: dict[str, str | None] = {
        "referentie_nummer": referentie,
        "vorig_referentie_nummer": None,
        "toewijzing_nummer": "5001",
        "bsn": "999900006",
        "product_categorie": "45",
        "product_code": "45A03",
        "begindatum": "2024-03-01",
        "einddatum": "2024-03-31",
        "geleverd_volume": "4",
        "eenheid": "04",
        "product_tarief": "12.50",
        "ingediend_bedrag": "50.00",
        "debet_credit": "D",
    }
    row.update(changes)
    return row


def write_declaratie(
    path: Path,
    lines: list[dict[str, str | None]],
    *,
    identificatie: str = "1",
    dagtekening: str = "2024-04-05",
    totaal_cent: int | None = None,
    periode: tuple[str, str] = ("2024-03-01", "2024-03-31"),
) -> Path:
    total = sum(signed_cent(row) for row in lines) if totaal_cent is None else totaal_cent
    with path.open("wb") as out:
        write_323(
            out,
            Kop("jeugd", "323", "12345678", "0384", identificatie, dagtekening),
            declaratie_nummer=f"D{identificatie}",
            periode=periode,
            prestaties=lines,
            totaal_cent=total,
        )
    return path


def write_toewijzing(
    path: Path, nummer: str, ingang: str, eind: str | None, *, identificatie: str = "900"
) -> Path:
    row: dict[str, str | None] = {
        "toewijzing_nummer": nummer,
        "product_categorie": "45",
        "product_code": "45A03",
        "ingangsdatum": ingang,
        "einddatum": eind,
        "volume": "4",
        "eenheid": "04",
        "frequentie": "2",
        "beslisdatum": ingang,
    }
    with path.open("wb") as out:
        write_301(
            out,
            Kop("jeugd", "301", "0384", "12345678", identificatie, ingang),
            Client("999900006", "2012-05-01", "vrouw"),
            [row],
        )
    return path


def zip_of(path: Path, *members: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            archive.write(member, member.name)
    return path
