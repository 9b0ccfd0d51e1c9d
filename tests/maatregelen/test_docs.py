# SPDX-License-Identifier: EUPL-1.2
"""docs/maatregelen.md documents every table, field and command the code has."""

import pytest

from stuurhuis.cli.maatregelen import maatregelen_app
from stuurhuis.maatregelen import TABELLEN
from stuurhuis.maatregelen.model import Effectmodel, Maatregel, Programma
from stuurhuis.maatregelen.xlsx import SOORTEN
from tests.conftest import REPO

TEXT = (REPO / "docs" / "maatregelen.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("naam", TABELLEN)
def test_every_table_is_documented(naam: str) -> None:
    assert f"| `{naam}` |" in TEXT


@pytest.mark.parametrize(
    "veld",
    sorted({*Maatregel.model_fields, *Programma.model_fields, *Effectmodel.model_fields}),
)
def test_every_field_is_documented(veld: str) -> None:
    assert f"{veld}:" in TEXT or f"`{veld}`" in TEXT


@pytest.mark.parametrize("soort", SOORTEN)
def test_every_amount_kind_of_the_template_is_documented(soort: str) -> None:
    assert f"`{soort}`" in TEXT


def test_every_subcommand_is_documented() -> None:
    names = [c.name for c in maatregelen_app.registered_commands if c.name != "toon"]
    assert names
    for name in names:
        assert f"stuurhuis maatregelen {name}" in TEXT


def test_readme_links_the_page() -> None:
    assert "docs/maatregelen.md" in (REPO / "README.md").read_text(encoding="utf-8")
