# SPDX-License-Identifier: EUPL-1.2
"""Persons and households of one unit, built up as the laws add their clients."""

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import polars as pl

from stuurhuis.synth.bsn import synthetic_bsn
from stuurhuis.synth.records import Batch
from stuurhuis.synth.tijd import IntArray, uniform

NO_DAY = np.iinfo(np.int64).min  # marker for "no date"


@dataclass
class Households:
    """The households of a unit, grouped by wijk (household index -> wijk)."""

    per_wijk: IntArray  # households per wijk (first year)
    unit: int
    wijk_codes: list[str]

    @property
    def offsets(self) -> IntArray:
        return np.concatenate([[0], np.cumsum(self.per_wijk)]).astype(np.int64)

    def wijk_of(self, household: IntArray) -> IntArray:
        return np.searchsorted(self.offsets, household, side="right").astype(np.int64) - 1

    def sample(
        self, rng: np.random.Generator, n: int, wijk_weight: npt.NDArray[np.float64]
    ) -> IntArray:
        """``n`` households: wijk by ``wijk_weight`` x households, then uniform within."""
        p = wijk_weight * self.per_wijk
        wijk = rng.choice(self.per_wijk.shape[0], size=n, p=p / p.sum())
        within = (uniform(rng, n) * self.per_wijk[wijk]).astype(np.int64)
        return self.offsets[wijk] + within

    def number(self, household: IntArray) -> pl.Series:
        """The case system's household key, e.g. ``HH015001-00123``."""
        wijk = self.wijk_of(household)
        codes = pl.Series(self.wijk_codes)[wijk.tolist()]
        within = pl.Series(household - self.offsets[wijk])
        number: pl.Series = "HH" + codes.str.slice(2) + "-" + within.cast(pl.Utf8).str.zfill(5)
        return number


@dataclass
class Persons:
    """Persons of a unit as growing parallel lists of arrays; local index = position."""

    household: list[IntArray] = field(default_factory=list)
    birth: list[IntArray] = field(default_factory=list)
    is_man: list[npt.NDArray[np.bool_]] = field(default_factory=list)
    death: list[IntArray] = field(default_factory=list)
    move: list[IntArray] = field(default_factory=list)
    count: int = 0

    def add(
        self,
        rng: np.random.Generator,
        household: IntArray,
        age: IntArray,
        at_day: IntArray,
        man_share: float,
    ) -> IntArray:
        """Add persons of ``age`` (years) on ``at_day``; returns their local indices."""
        n = household.shape[0]
        birth = at_day - (age * 365.25 + uniform(rng, n) * 365).astype(np.int64)
        self.household.append(household)
        self.birth.append(birth)
        self.is_man.append(uniform(rng, n) < man_share)
        self.death.append(np.full(n, NO_DAY, dtype=np.int64))
        self.move.append(np.full(n, NO_DAY, dtype=np.int64))
        index = np.arange(self.count, self.count + n, dtype=np.int64)
        self.count += n
        return index

    def column(self, name: str) -> npt.NDArray[np.int64]:
        parts: list[IntArray] = getattr(self, name)
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def set_death(self, person: IntArray, day: IntArray) -> None:
        self._set("death", person, day)

    def set_move(self, person: IntArray, day: IntArray) -> None:
        self._set("move", person, day)

    def _set(self, name: str, person: IntArray, day: IntArray) -> None:
        values = self.column(name)
        values[person] = day
        setattr(self, name, [values])


def bsn_strings(sequence: IntArray) -> pl.Series:
    """9-digit zero-padded synthetic BSNs for global person sequence numbers."""
    return pl.Series(synthetic_bsn(sequence)).cast(pl.Utf8).str.zfill(9)


def date_series(days: IntArray) -> pl.Series:
    """Days since epoch as a polars Date series; ``NO_DAY`` becomes null."""
    values = pl.Series(days)
    return pl.select(
        pl.when(values == NO_DAY).then(None).otherwise(values).cast(pl.Int32).cast(pl.Date)
    ).to_series()


def person_batch(persons: Persons, households: Households, keep: IntArray, bsn: pl.Series) -> Batch:
    """The persons ``keep`` (local indices) with their BSNs ``bsn``."""
    household = persons.column("household")[keep]
    wijk = households.wijk_of(household)
    is_man = np.concatenate(persons.is_man)[keep] if persons.is_man else np.zeros(0, bool)
    frame = pl.DataFrame(
        {
            "bsn": bsn,
            "huishouden_nummer": households.number(household),
            "geboortedatum": date_series(persons.column("birth")[keep]),
            "geslacht": pl.Series(np.where(is_man, "man", "vrouw")),
            "wijk_code": pl.Series(households.wijk_codes)[wijk.tolist()],
            "buurt_code": pl.Series([None] * keep.shape[0], dtype=pl.Utf8),
            "overlijdensdatum": date_series(persons.column("death")[keep]),
            "vertrekdatum": date_series(persons.column("move")[keep]),
        }
    )
    return Batch("persoon", frame)


__all__ = ["NO_DAY", "Households", "Persons", "bsn_strings", "date_series", "person_batch"]
