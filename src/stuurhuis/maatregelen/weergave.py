# SPDX-License-Identifier: EUPL-1.2
"""Rendering help: amount columns from cents to euro or thousands of euro.

Tables compute in integer cents (``*_cent``). For people, :func:`in_eenheid` renames each
``x_cent`` column to ``x_euro`` or ``x_duizend_euro`` and divides; a column stays integer
when every value is whole in the new unit (exact), and becomes a float otherwise.
"""

from typing import Literal, get_args

import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen.bedrag import CENT_PER_EENHEID

Weergave = Literal["cent", "euro", "duizend_euro"]
WEERGAVEN: tuple[str, ...] = get_args(Weergave)
_SUFFIX = "_cent"


def in_eenheid(df: pl.DataFrame, eenheid: str) -> pl.DataFrame:
    """``df`` with every ``*_cent`` column expressed in ``eenheid`` (``cent`` leaves it)."""
    if eenheid not in WEERGAVEN:
        raise StuurhuisError(f"onbekende eenheid {eenheid!r}: kies uit {', '.join(WEERGAVEN)}")
    if eenheid == "cent":
        return df
    factor = CENT_PER_EENHEID[eenheid]
    columns = [c for c in df.columns if c.endswith(_SUFFIX)]
    return (
        df.with_columns(
            _convert(df[c], factor).alias(c.removesuffix(_SUFFIX) + "_" + eenheid) for c in columns
        )
        .drop(columns)
        .select(
            [c.removesuffix(_SUFFIX) + "_" + eenheid if c in columns else c for c in df.columns]
        )
    )


def _convert(series: pl.Series, factor: int) -> pl.Series:
    values = series.drop_nulls()
    if values.is_empty() or bool((values % factor == 0).all()):
        return (series // factor).cast(pl.Int64)
    return series.cast(pl.Float64) / factor
