# SPDX-License-Identifier: EUPL-1.2
"""docs/istandaarden.md names every option, message type and synth format it documents."""

from stuurhuis.ingest.istandaarden.parse import MAIN_KIND
from stuurhuis.synth import FORMATS
from tests.conftest import REPO

DOC = REPO / "docs" / "istandaarden.md"


def test_every_message_type_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [nummer for nummer in MAIN_KIND if f"| {nummer} " not in text]
    assert not missing, f"message types missing from {DOC.name}: {missing}"


def test_the_options_and_setting_are_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for needle in ("--xsd-dir", "STUURHUIS_XSD_DIR", *(f"--format {f}" for f in FORMATS)):
        assert needle in text, needle


def test_the_page_is_linked_from_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "(docs/istandaarden.md)" in readme
