# SPDX-License-Identifier: EUPL-1.2
"""docs/finance.md documents every option of the finance commands and their settings."""

from typing import Any

import pytest
import typer

from stuurhuis.cli import app
from stuurhuis.finance import INDELINGEN
from stuurhuis.settings import Settings
from tests.conftest import REPO

TEXT = (REPO / "docs" / "finance.md").read_text(encoding="utf-8")


def _command(path: list[str]) -> Any:
    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    return command


@pytest.mark.parametrize("path", [["budget", "import"], ["forecast"], ["backtest"], ["meerjarig"]])
def test_every_option_is_documented(path: list[str]) -> None:
    assert f"stuurhuis {' '.join(path)}" in TEXT
    options = [o for p in _command(path).params for o in p.opts if o.startswith("--")]
    assert options
    for option in options:
        assert f"`{option}" in TEXT, f"{' '.join(path)} {option}"


def test_every_breakdown_and_setting_is_named() -> None:
    for by in INDELINGEN:
        assert f"`{by}`" in TEXT, by
    for name in Settings.model_fields:
        if name.startswith("meerjarig_"):
            assert f"STUURHUIS_{name.upper()}" in TEXT, name
