# SPDX-License-Identifier: EUPL-1.2
"""docs/signals.md documents every option of ``stuurhuis signals`` and ``stuurhuis audit``
and every setting of the signals."""

import pytest
import typer

from stuurhuis.cli import app
from stuurhuis.settings import Settings
from tests.conftest import REPO

TEXT = (REPO / "docs" / "signals.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("commando", ["signals", "audit"])
def test_every_option_is_documented(commando: str) -> None:
    command = typer.main.get_command(app).commands[commando]  # type: ignore[attr-defined]
    options = [o for p in command.params for o in p.opts if o.startswith("--")]
    assert options
    for option in options:
        assert option in TEXT, f"{commando} {option}"


def test_every_signal_setting_is_named_on_the_page() -> None:
    for name in Settings.model_fields:
        if name.startswith("signaal_"):
            assert f"STUURHUIS_{name.upper()}" in TEXT or name in TEXT, name
