# SPDX-License-Identifier: EUPL-1.2
"""The default synthetic municipality, generated once per test session (per worker)."""

import json
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def deventer(synth_gemeente: Path) -> Path:
    """Seed 1, ≈100,000 inhabitants, 2019-2025: the demo municipality."""
    return synth_gemeente


@pytest.fixture(scope="session")
def geplant(deventer: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (deventer / "_verwachting" / "geplant.json").read_text("utf-8")
    )
    return data


@pytest.fixture(scope="session")
def samenvatting(deventer: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (deventer / "_verwachting" / "samenvatting.json").read_text("utf-8")
    )
    return data
