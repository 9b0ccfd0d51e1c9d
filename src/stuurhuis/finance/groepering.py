# SPDX-License-Identifier: EUPL-1.2
"""Breakdowns (``by``) of finance tables: which columns identify a group."""

from typing import Literal, get_args

import polars as pl

from stuurhuis.codelijsten import taakveld_crosswalk
from stuurhuis.errors import StuurhuisError

Indeling = Literal["taakveld", "taakveld_hoofd", "wet", "categorie", "totaal"]
INDELINGEN: tuple[str, ...] = get_args(Indeling)

# Columns that identify a group per breakdown; ``taakveld_hoofd`` maps the 2023 split
# (6.71a …) back to the taakveld it was split from, so years before and after compare.
KOLOMMEN: dict[str, tuple[str, ...]] = {
    "taakveld": ("taakveld",),
    "taakveld_hoofd": ("taakveld",),
    "wet": ("wet",),
    "categorie": ("wet", "categorie"),
    "totaal": ("groep",),
}


def check_indeling(by: str) -> Indeling:
    """``by`` as a typed literal, or a one-line Dutch error naming the choices."""
    if by not in INDELINGEN:
        raise StuurhuisError(f"onbekende indeling {by!r}: kies uit {', '.join(INDELINGEN)}")
    return by  # type: ignore[return-value]


def hoofdtaakveld(taakveld: str) -> str:
    """The pre-2023 taakveld of ``taakveld`` (itself when it was not split)."""
    return taakveld_crosswalk().get(taakveld, taakveld)


def wet_van_taakveld(taakveld: str) -> str | None:
    """The wet a sociaal-domein taakveld belongs to (None when it mixes or is unknown)."""
    hoofd = hoofdtaakveld(taakveld)
    if hoofd in {"6.71", "6.81", "6.6"}:
        return "wmo"
    if hoofd in {"6.72", "6.82"}:
        return "jeugd"
    if hoofd in {"6.3", "6.4", "6.5"}:
        return "participatie"
    return None


def met_groep(df: pl.DataFrame, by: Indeling) -> pl.DataFrame:
    """``df`` with its group columns normalised for ``by`` (crosswalk applied)."""
    if by == "totaal":
        return df.with_columns(pl.lit("totaal").alias("groep"))
    if by == "taakveld_hoofd":
        return df.with_columns(
            pl.col("taakveld").map_elements(hoofdtaakveld, return_dtype=pl.String)
        )
    return df
