# SPDX-License-Identifier: EUPL-1.2
"""The analists' toelichtingen of the period, looked up per figure."""

import polars as pl

from stuurhuis.report.model import Toelichting


def bij(df: pl.DataFrame, soort: str, onderwerpen: list[str]) -> tuple[Toelichting, ...]:
    """The toelichtingen of ``soort`` about any of ``onderwerpen`` (newest first)."""
    if df.is_empty():
        return ()
    rows = df.filter((pl.col("onderwerp_soort") == soort) & pl.col("onderwerp").is_in(onderwerpen))
    return tuple(
        Toelichting(
            onderwerp=r["onderwerp"],
            tekst=r["tekst"],
            auteur=r["auteur"],
            geschreven_op=r["geschreven_op"].date(),
        )
        for r in rows.iter_rows(named=True)
    )
