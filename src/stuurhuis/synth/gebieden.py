# SPDX-License-Identifier: EUPL-1.2
"""Areas, population (year x wijk x single-year age x sex) and households of one unit.

The population is computed, not sampled: expected counts per cell, rounded with the
largest-remainder method so every wijk adds up exactly. Unit 0 is Deventer (GM0150) with
nine Deventer-like wijken; further units are synthetic municipalities GM9001, GM9002, ...
(CBS has no GM9xxx codes, so they can never be mistaken for a real municipality).
"""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from stuurhuis.synth.config import HOUSEHOLDS, UNIT_INHABITANTS
from stuurhuis.synth.records import Batch

MAX_AGE = 100  # last single-year band is 100 and older (leeftijd_tot 999)
GROWTH_PER_YEAR = 0.004  # Deventer grows slowly


@dataclass(frozen=True)
class Wijk:
    """A wijk: name, share of the unit's inhabitants, age tilt and household size."""

    naam: str
    aandeel: float
    jong: float  # >0: more young adults (students), <0: older
    gezinnen: float  # >0: more children
    huishoudgrootte: float


DEVENTER_WIJKEN = (
    Wijk("Binnenstad", 0.05, 0.9, -0.6, 1.55),
    Wijk("Voorstad", 0.10, 0.4, 0.1, 2.05),
    Wijk("Zandweerd", 0.11, 0.2, 0.2, 2.15),
    Wijk("Rivierenwijk", 0.09, 0.5, 0.0, 1.95),
    Wijk("Keizerslanden", 0.12, 0.1, 0.2, 2.15),
    Wijk("Borgele en Platvoet", 0.11, -0.2, 0.0, 2.25),
    Wijk("Colmschate", 0.24, -0.1, 0.5, 2.55),
    Wijk("Diepenveen en Schalkhaar", 0.11, -0.4, 0.2, 2.45),
    Wijk("Bathmen", 0.07, -0.5, 0.1, 2.40),
)
_OTHER_NAMES = ("Centrum", "Noord", "Oost", "Zuid", "West", "Haven", "Park", "Dorp", "Buitengebied")


def gemeente_code(unit: int) -> str:
    """CBS gemeente code of ``unit``."""
    return "GM0150" if unit == 0 else f"GM{9000 + unit:04d}"


def gemeente_naam(unit: int) -> str:
    return "Deventer" if unit == 0 else f"Synthedorp {unit}"


def wijk_codes(unit: int) -> list[str]:
    """WK + four gemeente digits + two wijk digits."""
    return [f"WK{gemeente_code(unit)[2:]}{i + 1:02d}" for i in range(len(DEVENTER_WIJKEN))]


def wijk_names(unit: int) -> list[str]:
    if unit == 0:
        return [w.naam for w in DEVENTER_WIJKEN]
    return list(_OTHER_NAMES)


def gebied_batch(unit: int, first_year: int) -> Batch:
    codes = wijk_codes(unit)
    gm = gemeente_code(unit)
    frame = pl.DataFrame(
        {
            "gebied_code": [gm, *codes],
            "soort": ["gemeente"] + ["wijk"] * len(codes),
            "naam": [gemeente_naam(unit), *wijk_names(unit)],
            "ouder_code": [None] + [gm] * len(codes),
            "jaar_van": [first_year] * (len(codes) + 1),
            "jaar_tot": [None] * (len(codes) + 1),
        },
        schema={
            "gebied_code": pl.Utf8,
            "soort": pl.Utf8,
            "naam": pl.Utf8,
            "ouder_code": pl.Utf8,
            "jaar_van": pl.Int32,
            "jaar_tot": pl.Int32,
        },
    )
    return Batch("gebied", frame)


def _age_profile(wijk: Wijk) -> npt.NDArray[np.float64]:
    """Relative weight of each age 0..100 (Deventer is "groener" than the country)."""
    age = np.arange(MAX_AGE + 1, dtype=np.float64)
    base = np.where(age < 65, 1.0, np.exp(-(((age - 65) / 14.0) ** 2) * 1.3))
    base *= np.where(age >= 85, np.exp(-(age - 85) / 5.0), 1.0)
    young_adult = np.exp(-(((age - 23) / 5.0) ** 2))
    children = np.exp(-(((age - 9) / 7.0) ** 2)) + 0.6 * np.exp(-(((age - 40) / 8.0) ** 2))
    older = np.clip((age - 45) / 30.0, 0, 1.5)
    weight = base * (1 + 1.6 * wijk.jong * young_adult + 0.5 * wijk.gezinnen * children)
    weight *= 1 - 0.35 * wijk.jong * older
    return np.clip(weight, 1e-6, None)


def _round_to_total(expected: npt.NDArray[np.float64], total: int) -> npt.NDArray[np.int64]:
    """Integers summing to ``total``, closest to ``expected`` (largest remainder)."""
    scaled = expected / expected.sum() * total
    floor = np.floor(scaled).astype(np.int64)
    short = total - int(floor.sum())
    order = np.argsort(-(scaled - floor), kind="stable")
    floor[order[:short]] += 1
    return np.asarray(floor, dtype=np.int64)


def wijk_inhabitants(inhabitants: int, years: range) -> npt.NDArray[np.int64]:
    """Inhabitants per year x wijk (rows: years)."""
    shares = np.asarray([w.aandeel for w in DEVENTER_WIJKEN])
    rows = []
    for i, _ in enumerate(years):
        total = round(inhabitants * (1 + GROWTH_PER_YEAR) ** i)
        rows.append(_round_to_total(shares, total))
    return np.vstack(rows)


def bevolking_batch(unit: int, inhabitants: int, years: range) -> Batch:
    """Inhabitants per year x wijk x single-year age x sex."""
    per_wijk = wijk_inhabitants(inhabitants, years)
    codes = wijk_codes(unit)
    man_share = np.where(np.arange(MAX_AGE + 1) < 70, 0.505, 0.42)
    cols: dict[str, list[object]] = {
        k: [] for k in ("jaar", "gebied_code", "van", "tot", "sex", "n")
    }
    for yi, jaar in enumerate(years):
        for wi, wijk in enumerate(DEVENTER_WIJKEN):
            profile = _age_profile(wijk)
            expected = np.concatenate([profile * man_share, profile * (1 - man_share)])
            counts = _round_to_total(expected, int(per_wijk[yi, wi]))
            for si, sex in enumerate(("man", "vrouw")):
                part = counts[si * (MAX_AGE + 1) : (si + 1) * (MAX_AGE + 1)]
                cols["jaar"] += [jaar] * (MAX_AGE + 1)
                cols["gebied_code"] += [codes[wi]] * (MAX_AGE + 1)
                cols["van"] += list(range(MAX_AGE + 1))
                cols["tot"] += [*range(MAX_AGE), 999]
                cols["sex"] += [sex] * (MAX_AGE + 1)
                cols["n"] += part.tolist()
    frame = pl.DataFrame(
        {
            "jaar": pl.Series(cols["jaar"], dtype=pl.Int32),
            "gebied_code": pl.Series(cols["gebied_code"], dtype=pl.Utf8),
            "leeftijd_van": pl.Series(cols["van"], dtype=pl.Int32),
            "leeftijd_tot": pl.Series(cols["tot"], dtype=pl.Int32),
            "geslacht": pl.Series(cols["sex"], dtype=pl.Utf8),
            "aantal_inwoners": pl.Series(cols["n"], dtype=pl.Int64),
        }
    )
    return Batch("bevolking", frame)


def households_per_wijk(inhabitants: int, years: range) -> npt.NDArray[np.int64]:
    """Households per year x wijk; ≈44,000 per 100,000 inhabitants."""
    per_wijk = wijk_inhabitants(inhabitants, years).astype(np.float64)
    size = np.asarray([w.huishoudgrootte for w in DEVENTER_WIJKEN])
    raw = per_wijk / size
    target = inhabitants * HOUSEHOLDS / UNIT_INHABITANTS
    calibrate = target / raw[0].sum()
    # households grow a little faster than inhabitants (smaller households)
    drift = (1.003 ** np.arange(len(years)))[:, None]
    return np.asarray(np.rint(raw * calibrate * drift), dtype=np.int64)


def huishoudens_batch(unit: int, inhabitants: int, years: range) -> Batch:
    counts = households_per_wijk(inhabitants, years)
    codes = wijk_codes(unit)
    frame = pl.DataFrame(
        {
            "jaar": pl.Series([j for j in years for _ in codes], dtype=pl.Int32),
            "gebied_code": [c for _ in years for c in codes],
            "aantal_huishoudens": pl.Series(counts.ravel().tolist(), dtype=pl.Int64),
        }
    )
    return Batch("huishoudens", frame)


__all__ = [
    "DEVENTER_WIJKEN",
    "bevolking_batch",
    "gebied_batch",
    "gemeente_code",
    "households_per_wijk",
    "huishoudens_batch",
    "wijk_codes",
]
