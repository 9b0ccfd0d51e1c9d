# SPDX-License-Identifier: EUPL-1.2
"""docs/report.md names every option, section, key indicator and XLSX sheet kind."""

from pathlib import Path

import pytest

from stuurhuis.report.gegevens import KERN, MAATREGEL_TABELLEN, WIJK_KERN
from stuurhuis.report.schrijven import FORMATEN

DOC = (Path(__file__).parents[2] / "docs" / "report.md").read_text(encoding="utf-8")
SECTIES = (
    "Samenvatting",
    "Kernindicatoren",
    "Financiën per taakveld",
    "Besparingsprogramma",
    "Wijken",
    "Bijlage",
)


@pytest.mark.parametrize("naam", ["--db", "--period", "--out", "--maatregelen", *FORMATEN])
def test_options_and_formats(naam: str) -> None:
    assert f"`{naam}`" in DOC


@pytest.mark.parametrize("naam", [*SECTIES, *KERN, *WIJK_KERN, *MAATREGEL_TABELLEN])
def test_sections_and_indicators(naam: str) -> None:
    assert naam in DOC
