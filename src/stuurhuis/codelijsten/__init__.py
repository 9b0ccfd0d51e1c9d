# SPDX-License-Identifier: EUPL-1.2
"""Code lists of the iStandaarden (iWmo/iJw 3.2), the Iv3 taakvelden and our own lists.

The values are transcribed from the public code lists (see ``docs/codelijsten.md``); the
data lives in ``codelijsten.yaml`` next to this module.
"""

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def _lists() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("codelijsten.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def codelijst(name: str) -> dict[str, str]:
    """Code -> Dutch description for list ``name`` (e.g. ``"wmo_productcategorie"``)."""
    return {str(code): str(label) for code, label in _lists()[name].items()}


def taakveld_crosswalk() -> dict[str, str]:
    """Iv3 taakveld from 2023 on -> the pre-2023 taakveld it was split from."""
    return {str(k): str(v) for k, v in _lists()["taakveld_crosswalk_2023"].items()}


__all__ = ["codelijst", "taakveld_crosswalk"]
