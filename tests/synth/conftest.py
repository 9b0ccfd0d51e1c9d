# SPDX-License-Identifier: EUPL-1.2
"""The default synthetic municipality, generated once per test session (per worker)."""

import json
from pathlib import Path
from typing import Any

import pytest

from stuurhuis.synth import SynthConfig, generate


@pytest.fixture(scope="session")
def deventer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed 1, ≈100,000 inhabitants, 2019-2025: the demo municipality."""
    out = tmp_path_factory.mktemp("deventer")
    generate(SynthConfig(), out)
    return out


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
