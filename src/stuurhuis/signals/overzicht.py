# SPDX-License-Identifier: EUPL-1.2
"""Overviews of a signal table without persons: what the Signalen page shows above the list.

Both take the table :func:`~stuurhuis.signals.signalen_voor` returned, so the overview and
the list come from one computation and one audit record.
"""

import polars as pl

from stuurhuis.signals.soorten import SOORTEN


def samenvatting(signalen: pl.DataFrame) -> pl.DataFrame:
    """Per kind and reason: the number of signals and the money at stake, in registry order."""
    volgorde = pl.DataFrame(
        {
            "soort": list(SOORTEN),
            "titel": [soort.titel for soort in SOORTEN.values()],
            "_volgorde": list(range(len(SOORTEN))),
        }
    )
    return (
        signalen.group_by("peildatum", "soort", "reden")
        .agg(
            pl.len().cast(pl.Int64).alias("aantal_signalen"),
            pl.col("bedrag_op_spel_cent").sum().alias("bedrag_op_spel_cent"),
        )
        .join(volgorde, on="soort")
        .sort("_volgorde", "reden")
        .select("peildatum", "soort", "titel", "reden", "aantal_signalen", "bedrag_op_spel_cent")
    )
