# SPDX-License-Identifier: EUPL-1.2
"""BSN validation (elfproef, via python-stdnum) and masking for quarantine and logs."""

import polars as pl
from stdnum.nl import bsn as stdnum_bsn

MASK = "*********"


def is_valid_bsn(value: str) -> bool:
    """True when ``value`` is a 9-digit BSN that passes the elfproef.

    Leading zeros count: an 8-digit number is not silently padded, because case systems
    that drop the zero also drop other digits.
    """
    compact = stdnum_bsn.compact(value) if value else ""
    return len(compact) == 9 and stdnum_bsn.is_valid(compact)


def mask_bsn(value: str) -> str:
    """The masked form shown instead of a BSN, keeping nothing of the number."""
    return MASK if value else ""


_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def bsn_digits_sql(value_sql: str) -> str:
    """SQL expression: the text with spaces, points and dashes removed (as stdnum does)."""
    return f"regexp_replace({value_sql}, '[ .-]', '', 'g')"


def valid_bsn_sql(digits_sql: str) -> str:
    """SQL expression: true when ``digits_sql`` is nine digits, not all zero, passing the
    elfproef.

    The same rule as :func:`is_valid_bsn` (a test checks them against each other), as SQL
    so the ingest validates row by row inside DuckDB.
    """
    terms = " + ".join(
        f"{weight} * CAST(substr({digits_sql}, {position}, 1) AS INTEGER)"
        for position, weight in enumerate(_WEIGHTS, start=1)
    )
    return (
        f"coalesce(CASE WHEN regexp_full_match({digits_sql}, '[0-9]{{9}}') "
        f"AND {digits_sql} <> '000000000' THEN ({terms}) % 11 = 0 END, false)"
    )


def valid_bsn_expr(column: str) -> pl.Expr:
    """Polars expression: true when the text in ``column`` is nine digits, not all zero,
    passing the elfproef: the rule of :func:`is_valid_bsn` over a whole column at once (a
    test checks them against each other), for the message reader's column-wise route."""
    text = pl.col(column)
    nine = text.str.contains(r"^[0-9]{9}$").fill_null(False)
    total = pl.sum_horizontal(
        text.str.slice(i, 1).cast(pl.Int64, strict=False) * weight
        for i, weight in enumerate(_WEIGHTS)
    )
    return nine & (text != "000000000") & (total % 11 == 0).fill_null(False)
