# SPDX-License-Identifier: EUPL-1.2
"""Reporting periods: month, quarter, half-year and year.

Every figure says which period it counts. Periods are written ``2024``, ``2024-H1``,
``2024-Q2`` and ``2024-06``.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from stuurhuis.errors import StuurhuisError

Grain = Literal["maand", "kwartaal", "halfjaar", "jaar"]
GRAINS: tuple[Grain, ...] = ("maand", "kwartaal", "halfjaar", "jaar")
_MONTHS: dict[Grain, int] = {"maand": 1, "kwartaal": 3, "halfjaar": 6, "jaar": 12}
_PATTERN = re.compile(r"^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$")


class PeriodeError(StuurhuisError, ValueError):
    """Text that is not a period."""


@dataclass(frozen=True, order=True)
class Periode:
    """A calendar period: ``start`` inclusive, ``eind`` inclusive."""

    start: date
    grain: Grain

    @property
    def eind(self) -> date:
        return _add_months(self.start, _MONTHS[self.grain]) - timedelta(days=1)

    @property
    def code(self) -> str:
        year, month = self.start.year, self.start.month
        if self.grain == "jaar":
            return f"{year}"
        if self.grain == "halfjaar":
            return f"{year}-H{1 if month == 1 else 2}"
        if self.grain == "kwartaal":
            return f"{year}-Q{(month - 1) // 3 + 1}"
        return f"{year}-{month:02d}"

    def vorige(self) -> "Periode":
        """The period of the same grain just before this one."""
        return Periode(_add_months(self.start, -_MONTHS[self.grain]), self.grain)

    def jaar_eerder(self) -> "Periode":
        """The same period one year earlier (for growth against last year)."""
        return Periode(self.start.replace(year=self.start.year - 1), self.grain)

    def maanden(self) -> Iterator["Periode"]:
        """The months inside this period."""
        for offset in range(_MONTHS[self.grain]):
            yield Periode(_add_months(self.start, offset), "maand")

    def __str__(self) -> str:
        return self.code


def parse_periode(text: str) -> Periode:
    """Parse ``2024``, ``2024-H1``, ``2024-Q2`` or ``2024-06``."""
    match = _PATTERN.match(text.strip())
    if not match:
        raise PeriodeError(f"onbekende periode {text!r}: gebruik 2024, 2024-H1, 2024-Q2 of 2024-06")
    year = int(match.group(1))
    month, quarter, half = match.group(2), match.group(3), match.group(4)
    if month:
        return Periode(date(year, int(month), 1), "maand")
    if quarter:
        return Periode(date(year, 3 * int(quarter) - 2, 1), "kwartaal")
    if half:
        return Periode(date(year, 1 if half == "1" else 7, 1), "halfjaar")
    return Periode(date(year, 1, 1), "jaar")


def periodes(van: date, tot: date, grain: Grain) -> list[Periode]:
    """All periods of ``grain`` that overlap [van, tot]."""
    start = containing(van, grain).start
    found = []
    while start <= tot:
        found.append(Periode(start, grain))
        start = _add_months(start, _MONTHS[grain])
    return found


def containing(day: date, grain: Grain) -> Periode:
    """The period of ``grain`` that contains ``day``."""
    size = _MONTHS[grain]
    month = (day.month - 1) // size * size + 1
    return Periode(date(day.year, month, 1), grain)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
