# SPDX-License-Identifier: EUPL-1.2
"""What to generate (seed, size, years) and the calibration it is scaled from.

Calibration figures are Deventer's, from ``seeds/000_*`` (Actieplan 2018) and ``seeds/001_*``
(programme budget 2017); ``docs/synth.md`` lists each with its source line.
"""

from dataclasses import dataclass
from datetime import date

# One "unit" is one municipality of this size; larger runs are several units, generated and
# written one after another so memory stays bounded.
UNIT_INHABITANTS = 100_000

# Deventer, per 100,000 inhabitants.
HOUSEHOLDS = 44_000  # issue 2 / CBS: ≈44,000 households for ≈100,000 inhabitants
WMO_CLIENTS = 3_250  # 001: "Gemiddeld 3250 cliënten met een maatwerkarrangement WMO"
JEUGD_CLIENTS = 2_650  # 000: unique youth-care clients 2,458 / 2,676 / 2,658 (2015-2017)
BIJSTAND_HOUSEHOLDS = 2_850  # 000: "2850 per 31 december 2017"
PROVIDERS = 115  # 000: "Op dit moment zijn 115 aanbieders actief in Deventer"
JEUGD_PGB_SHARE = 0.07  # 000: "93% in relatie tot 7% PGB"
WMO_PGB_SHARE = 0.12  # 000: Deventer has "relatief veel PGB"; own assumption
HUISARTS_SHARE = 0.62  # issue 2: more than half referred by the huisarts (of non-justice care)
BEWIND_HOUSEHOLDS = 350  # 001: "beschermingsbewind voor 350 huishoudens"
SCHULDHULP_HOUSEHOLDS = 900  # 001: "budgetbeheer voor 900 huishoudens"

# Legal decision term: Wmo 6 weeks research + 2 weeks decision; Jeugdwet 8 weeks.
BESLISTERMIJN_DAGEN = 56


@dataclass(frozen=True)
class SynthConfig:
    """One run of the generator. Same config -> byte-identical files."""

    seed: int = 1
    inhabitants: int = UNIT_INHABITANTS
    jaar_van: int = 2019
    jaar_tot: int = 2025

    def __post_init__(self) -> None:
        if self.inhabitants < 1_000:
            raise ValueError("at least 1,000 inhabitants")
        if not 2000 <= self.jaar_van <= self.jaar_tot <= 2100:
            raise ValueError("years must satisfy 2000 <= from <= to <= 2100")

    @property
    def peildatum(self) -> date:
        """The extract date: claims dated later have not arrived yet."""
        return date(self.jaar_tot, 12, 31)

    @property
    def units(self) -> int:
        """How many municipalities of about ``UNIT_INHABITANTS`` make up this run."""
        return max(1, round(self.inhabitants / UNIT_INHABITANTS))

    def unit_inhabitants(self, unit: int) -> int:
        """Inhabitants (in the first year) of unit ``unit``; the units add up exactly."""
        base, extra = divmod(self.inhabitants, self.units)
        return base + (1 if unit < extra else 0)


__all__ = ["SynthConfig"]
