# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: the reference data in ../shared, an empty warehouse, a test key, and the
default synthetic municipality (generated once per test session and worker) with its warehouse.
"""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import settings as hypothesis_settings

from stuurhuis.ingest import ingest_paths
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.settings import get_settings
from stuurhuis.synth import SynthConfig, generate
from stuurhuis.warehouse import connect

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TEST_KEY = bytes(range(32))

# No timing asserts in tests: Hypothesis' per-example deadline is one, and it fails at random
# on a loaded CI machine, so it is off for every property test.
hypothesis_settings.register_profile("stuurhuis", deadline=None)
hypothesis_settings.load_profile("stuurhuis")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` next to the repository (reference data is read there, never copied)."""
    if not SHARED.is_dir():
        pytest.fail(f"reference data not found at {SHARED}")
    return SHARED


@pytest.fixture
def warehouse() -> Iterator[duckdb.DuckDBPyConnection]:
    """An empty, fully migrated in-memory warehouse."""
    con = connect(":memory:")
    yield con
    con.close()


@pytest.fixture
def pseudonymiser() -> Pseudonymiser:
    return Pseudonymiser(TEST_KEY)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own key file and no settings from the developer's shell."""
    monkeypatch.setenv("STUURHUIS_KEY_FILE", str(tmp_path / "pseudoniem.key"))
    monkeypatch.delenv("STUURHUIS_PSEUDONYM_KEY", raising=False)
    monkeypatch.delenv("STUURHUIS_DB", raising=False)
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def synth_gemeente(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo municipality's source files: seed 1, ≈100,000 inhabitants, 2019-2025."""
    out = tmp_path_factory.mktemp("synth_gemeente")
    generate(SynthConfig(), out)
    return out


@pytest.fixture(scope="session")
def synth_warehouse(synth_gemeente: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo municipality ingested into a warehouse file (open it with ``read_only=True``).

    Pseudonyms use :data:`TEST_KEY`.
    """
    path = tmp_path_factory.mktemp("synth_warehouse") / "stuurhuis.duckdb"
    con = connect(path)
    try:
        report = ingest_paths(con, [synth_gemeente], Pseudonymiser(TEST_KEY))
    finally:
        con.close()
    assert not report.has_rejections, report.table()
    return path
