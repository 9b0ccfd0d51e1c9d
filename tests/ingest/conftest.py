# SPDX-License-Identifier: EUPL-1.2
"""Fixtures of the ingest tests: a migrated warehouse file holding the small world."""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from stuurhuis.ingest import ingest_paths
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.warehouse import connect

from .bron import write_world


@pytest.fixture
def world(tmp_path: Path) -> Path:
    return write_world(tmp_path / "wereld")[0].parent


@pytest.fixture
def loaded(
    world: Path, warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser
) -> Iterator[duckdb.DuckDBPyConnection]:
    """The in-memory warehouse with the small world loaded."""
    report = ingest_paths(warehouse, [world], pseudonymiser)
    assert not report.has_rejections, report.table()
    yield warehouse


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    path = tmp_path / "stuurhuis.duckdb"
    connect(path).close()
    return path
