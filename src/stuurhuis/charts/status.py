# SPDX-License-Identifier: EUPL-1.2
"""Status of a figure against its norm (target or budget): the colour class of a figure.

Defined once here, so the dashboard and the factsheet colour a figure the same way:

- ``op_koers``: the norm is met (at or below it when lower is better, at or above it when
  higher is better);
- ``let_op``: the norm is missed by at most :data:`MARGE` (5 %) of the norm;
- ``afwijking``: the norm is missed by more;
- ``geen_norm``: there is no norm, or no value (suppressed).

Status is always shown as text as well as colour (WCAG 1.4.1).
"""

from typing import Literal

import polars as pl

Status = Literal["op_koers", "let_op", "afwijking", "geen_norm"]
STATUSSEN: tuple[Status, ...] = ("op_koers", "let_op", "afwijking", "geen_norm")
LABELS: dict[Status, str] = {
    "op_koers": "op koers",
    "let_op": "let op",
    "afwijking": "afwijking",
    "geen_norm": "geen norm",
}
KLEUREN: dict[Status, str] = {
    "op_koers": "#1d6b2f",
    "let_op": "#8a5a00",
    "afwijking": "#a4161a",
    "geen_norm": "#4d4d4d",
}
MARGE = 0.05
Richting = Literal["lager_is_beter", "hoger_is_beter"]


def status(waarde: float | None, norm: float | None, richting: Richting | None) -> Status:
    """The status of one value against its norm."""
    if waarde is None or norm is None or richting is None:
        return "geen_norm"
    tekort = waarde - norm if richting == "lager_is_beter" else norm - waarde
    if tekort <= 0:
        return "op_koers"
    return "let_op" if tekort <= MARGE * abs(norm) else "afwijking"


def met_status(
    df: pl.DataFrame,
    *,
    waarde: str = "waarde",
    norm: str = "streefwaarde",
    richting: str = "richting",
    kolom: str = "status",
) -> pl.DataFrame:
    """``df`` with a ``status`` column from its value, norm and direction columns."""
    richting_col = pl.col(richting) if richting in df.columns else pl.lit(richting)
    tekort = (
        pl.when(richting_col == "hoger_is_beter")
        .then(pl.col(norm) - pl.col(waarde))
        .otherwise(pl.col(waarde) - pl.col(norm))
    )
    known = (
        pl.col(waarde).is_not_null()
        & pl.col(norm).is_not_null()
        & richting_col.is_in(["lager_is_beter", "hoger_is_beter"]).fill_null(value=False)
    )
    value = (
        pl.when(~known)
        .then(pl.lit("geen_norm"))
        .when(tekort <= 0)
        .then(pl.lit("op_koers"))
        .when(tekort <= MARGE * pl.col(norm).abs())
        .then(pl.lit("let_op"))
        .otherwise(pl.lit("afwijking"))
    )
    return df.with_columns(value.alias(kolom))
