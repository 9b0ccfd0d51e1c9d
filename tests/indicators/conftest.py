# SPDX-License-Identifier: EUPL-1.2
"""Fixtures: the tiny hand-made municipality of ``mini_gemeente.sql``."""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from stuurhuis.warehouse import connect

MINI = Path(__file__).with_name("mini_gemeente.sql")


@pytest.fixture
def mini() -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated in-memory warehouse holding the hand-made municipality."""
    con = connect(":memory:")
    con.execute(MINI.read_text(encoding="utf-8"))
    yield con
    con.close()
