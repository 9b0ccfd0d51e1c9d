# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for the iWmo/iJw message route: the reference folder and readers on it."""

from pathlib import Path

import pyarrow as pa
import pytest

from stuurhuis.ingest.istandaarden import IstandaardenReader
from stuurhuis.ingest.reader import RawBatch


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
