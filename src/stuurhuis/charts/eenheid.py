# SPDX-License-Identifier: EUPL-1.2
"""How a unit is shown on an axis: the d3 format, the axis title and the scale factor.

Units are those of the indicator catalogue (``aantal``, ``per_10000``, ``procent``,
``dagen``, ``cent``, ``cent_per_client``) plus ``cent`` columns of finance and
maatregelen tables. Cents are shown as euros.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Weergave:
    """``format`` is a d3-format string (nl-NL locale), ``factor`` turns stored into shown."""

    format: str
    titel: str
    factor: float = 1.0


WEERGAVEN: dict[str, Weergave] = {
    "aantal": Weergave(",.0f", "aantal"),
    "per_10000": Weergave(",.1f", "per 10.000 inwoners"),
    "procent": Weergave(",.1f", "%"),
    "dagen": Weergave(",.0f", "dagen"),
    "cent": Weergave("$,.0f", "€", 0.01),
    "cent_per_client": Weergave("$,.0f", "€ per cliënt", 0.01),
}


def weergave(eenheid: str) -> Weergave:
    """The display of ``eenheid``; an unknown unit is shown as a plain number."""
    return WEERGAVEN.get(eenheid, Weergave(",.1~f", eenheid))


def eenheid_van_kolom(kolom: str) -> str:
    """``bedrag_cent`` is money; any other column a plain count."""
    return "cent" if kolom.endswith("_cent") else "aantal"
