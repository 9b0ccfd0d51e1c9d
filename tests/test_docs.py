# SPDX-License-Identifier: EUPL-1.2
"""Docs are generated from, or checked against, the code."""

from stuurhuis.cli.referentie import cli_reference
from stuurhuis.settings import Settings

from .conftest import REPO


def test_every_setting_is_documented() -> None:
    text = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [name for name in Settings.model_fields if f"STUURHUIS_{name.upper()}" not in text]
    assert not missing, f"undocumented settings: {missing}"


def test_cli_reference_is_current() -> None:
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert text == cli_reference(), "docs/cli.md is out of date: run `make docs`"
