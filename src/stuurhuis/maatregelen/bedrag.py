# SPDX-License-Identifier: EUPL-1.2
"""Amounts in a measures file: ``euro`` or ``duizend_euro`` to integer eurocents, exactly.

Numbers are converted through :class:`~decimal.Decimal` of their shortest text form, so
``1.31`` thousand euro is 131,000 euro, never 130,999.99. An amount with a fraction of a
cent is refused rather than rounded.
"""

from decimal import Decimal, InvalidOperation
from typing import Literal, get_args

Eenheid = Literal["euro", "duizend_euro"]
EENHEDEN: tuple[str, ...] = get_args(Eenheid)
CENT_PER_EENHEID: dict[str, int] = {"euro": 100, "duizend_euro": 100_000}
IN_CENTEN = "cent"  # validation context for data already in cents (warehouse snapshots)
_FACTOR: dict[str, int] = {**CENT_PER_EENHEID, IN_CENTEN: 1}


def als_decimal(value: object) -> Decimal:
    """A number from YAML/XLSX (int, float, Decimal or text with . or ,) as a Decimal."""
    if isinstance(value, bool):
        raise ValueError(f"geen bedrag: {value!r}")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip().replace("€", "").replace(" ", "")
        if "," in text:  # Dutch notation: 1.234,5
            text = text.replace(".", "").replace(",", ".")
        try:
            return Decimal(text)
        except InvalidOperation:
            pass
    raise ValueError(f"geen bedrag: {value!r}")


def naar_cent(value: object, eenheid: str) -> int:
    """``value`` in ``eenheid`` as integer eurocents; fractions of a cent are an error."""
    amount = als_decimal(value)
    if not amount.is_finite():
        raise ValueError(f"geen bedrag: {value!r}")
    cents = amount * _FACTOR[eenheid]
    if cents != cents.to_integral_value():
        raise ValueError(f"bedrag {value} {eenheid} is niet in hele centen uit te drukken")
    return int(cents)


def uit_cent(cents: int, eenheid: str) -> int | float:
    """Integer eurocents back to a number in ``eenheid`` (an int when it is whole)."""
    amount = Decimal(cents) / CENT_PER_EENHEID[eenheid]
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount)
