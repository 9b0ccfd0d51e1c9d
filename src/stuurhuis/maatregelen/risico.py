# SPDX-License-Identifier: EUPL-1.2
"""Risks: the register's expected values and the programme's kans-weighted potential.

Expected value of a risk = bedrag × kans. The weighted net potential of the programme
= Σ (kans × besparing) − investering: the saving is uncertain, the investment is spent
anyway, so the weighted figure never exceeds the planned one while kans ≤ 1.
"""

from decimal import ROUND_HALF_EVEN, Decimal

import polars as pl

from stuurhuis.maatregelen.indeling import Per, groepeer
from stuurhuis.maatregelen.ledger import regels
from stuurhuis.maatregelen.model import Programma

_REGISTER = "risicoregister"
_PROGRAMMA = "maatregelen"
_SCHEMA = {
    "onderdeel": pl.String,
    "indeling": pl.String,
    "groep": pl.String,
    "periode": pl.String,
    "bedrag_cent": pl.Int64,
    "kans": pl.Float64,
    "verwachte_waarde_cent": pl.Int64,
}


def gewogen(cents: int, kans: float) -> int:
    """``cents`` × ``kans``, exact in decimal and rounded half-even to a whole cent."""
    value = Decimal(cents) * Decimal(repr(kans))
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def risico(programma: Programma, per: Per = "totaal") -> pl.DataFrame:
    """The risk register (and its total) followed by the programme's weighted potential."""
    register: list[tuple[str, str, str, str, int, float | None, int]] = [
        (_REGISTER, "risico", r.naam, "totaal", r.bedrag, r.kans, gewogen(r.bedrag, r.kans))
        for r in programma.risicos
    ]
    if register:
        register.append(
            (
                _REGISTER,
                "totaal",
                "Totaal",
                "totaal",
                sum(r[4] for r in register),
                None,
                sum(r[6] for r in register),
            )
        )
    return pl.concat(
        [pl.DataFrame(register, schema=_SCHEMA, orient="row"), _programma(programma, per)],
        how="vertical",
    )


def _programma(programma: Programma, per: Per) -> pl.DataFrame:
    rows = regels(programma)
    if rows.is_empty():
        return pl.DataFrame(schema=_SCHEMA)
    weighted = [
        gewogen(cents, kans)
        for cents, kans in zip(rows["besparing_cent"], rows["kans"], strict=True)
    ]
    rows = rows.with_columns(
        netto_cent=pl.col("besparing_cent") - pl.col("investering_cent"),
        gewogen_cent=pl.Series(weighted, dtype=pl.Int64) - pl.col("investering_cent"),
    )
    table = groepeer(rows, per, ["netto_cent", "gewogen_cent"])
    return table.select(
        pl.lit(_PROGRAMMA).alias("onderdeel"),
        "indeling",
        "groep",
        "periode",
        pl.col("netto_cent").alias("bedrag_cent"),
        pl.lit(None, dtype=pl.Float64).alias("kans"),
        pl.col("gewogen_cent").alias("verwachte_waarde_cent"),
    )
