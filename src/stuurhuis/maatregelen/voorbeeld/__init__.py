# SPDX-License-Identifier: EUPL-1.2
"""The demo programme of the synthetic municipality, shipped as package data."""

from importlib import resources
from pathlib import Path

from stuurhuis.maatregelen.laden import loads
from stuurhuis.maatregelen.model import Programma

DEMO_PAD = Path(str(resources.files(__package__).joinpath("demo.yaml")))


def demo() -> Programma:
    """The demo savings programme (Deventer-like municipality, ~100,000 inhabitants)."""
    text = resources.files(__package__).joinpath("demo.yaml").read_text(encoding="utf-8")
    return loads(text, bestand="demo.yaml")
