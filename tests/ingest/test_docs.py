# SPDX-License-Identifier: EUPL-1.2
"""docs/sources.md documents every column every reader accepts; docs/ingest.md exists."""

import re

import pytest

from stuurhuis.ingest import canonical
from stuurhuis.ingest.cbs_reader import BANDEN, KENMERKEN
from stuurhuis.ingest.kinds import KindSpec
from tests.conftest import REPO

SOURCES = (REPO / "docs" / "sources.md").read_text(encoding="utf-8")
INGEST = (REPO / "docs" / "ingest.md").read_text(encoding="utf-8")


def section(text: str, kind: str) -> str:
    match = re.search(rf"^### `{kind}`.*?(?=^### |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no section for {kind}"
    return match.group(0)


CANONICAL = {spec.name: spec for spec in vars(canonical).values() if isinstance(spec, KindSpec)}


@pytest.mark.parametrize("kind", sorted(CANONICAL))
def test_every_column_of_every_kind_is_documented(kind: str) -> None:
    spec = CANONICAL[kind]
    text = section(SOURCES, kind)
    missing = [column.name for column in spec.columns if f"`{column.name}`" not in text]
    assert not missing, f"{kind}: undocumented columns {missing}"


def test_the_cbs_columns_read_are_documented() -> None:
    text = section(SOURCES, "cbs_kwb")
    names = [name for name, _, _ in BANDEN] + list(KENMERKEN)
    names += ["WijkenEnBuurten", "SoortRegio", "Peildatum", "Mannen", "Vrouwen"]
    missing = [name for name in names if f"`{name}" not in text]
    assert not missing, missing


def test_ingest_doc_covers_the_commands_and_rules() -> None:
    for term in (
        "stuurhuis ingest", "stuurhuis status", "quarantaine", "gemarkeerd", "sha256",
        "STUURHUIS_PSEUDONYM_KEY", "STUURHUIS_KEY_FILE", "0600", "exitcode",
    ):  # fmt: skip
        assert term in INGEST, term
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docs/ingest.md" in readme
    assert "docs/synth.md" in readme
