# SPDX-License-Identifier: EUPL-1.2
"""The cumulative spending curve of a year with its forecast band, per group."""

from datetime import date

import duckdb
import numpy as np
import polars as pl

from stuurhuis.finance.begroting import begroting
from stuurhuis.finance.groepering import KOLOMMEN, check_indeling
from stuurhuis.finance.grondslag import groepen
from stuurhuis.finance.jaarprognose import laad_jaar, standaard_peildatum, venster
from stuurhuis.finance.methode import per_maand, prognose_reeks


def cumulatief(
    con: duckdb.DuckDBPyConnection,
    *,
    jaar: int,
    peildatum: date | None = None,
    by: str = "taakveld",
) -> pl.DataFrame:
    """One row per group × month of ``jaar``: the spending curve as seen on ``peildatum``.

    ``gerealiseerd_cent`` are the claims known per service month, ``verwacht_cent`` the
    expected cost (realised + IBNR for past months, the forecast for later ones); the
    ``cumulatief_*`` columns add them up through the year, with the 80 % band of the
    year-end forecast spread over the uncertain months. ``begroting_cumulatief_cent``
    is the budget in twelve equal parts, for reference.
    """
    indeling = check_indeling(by)
    peil = peildatum or standaard_peildatum(con)
    keys = list(KOLOMMEN[indeling])
    budget = {
        tuple(row[k] for k in keys): row["begroting_cent"]
        for row in begroting(con, jaar=jaar, by=indeling).iter_rows(named=True)
    }
    months = [date(jaar, m, 1) for m in range(1, 13)]
    frames = []
    for key, reeks in groepen(laad_jaar(con, jaar, peil), indeling).items():
        plaats = venster(reeks, jaar, peil)
        known_cent, expected = per_maand(reeks, plaats.origin, plaats.first, plaats.last)
        band = prognose_reeks(reeks, plaats.origin, plaats.first, plaats.last)
        uncertain = np.cumsum(expected - known_cent)
        share = uncertain / uncertain[-1] if uncertain[-1] else np.zeros(12)
        point = np.cumsum(expected)
        yearly = budget.get(key)
        frames.append(
            pl.DataFrame(
                {
                    **{k: [v] * 12 for k, v in zip(keys, key, strict=True)},
                    "maand": months,
                    "gerealiseerd_cent": np.round(known_cent).astype(np.int64),
                    "verwacht_cent": np.round(expected).astype(np.int64),
                    "cumulatief_gerealiseerd_cent": np.round(np.cumsum(known_cent)).astype(
                        np.int64
                    ),
                    "cumulatief_prognose_cent": np.round(point).astype(np.int64),
                    "cumulatief_ondergrens_cent": np.round(
                        point - share * (band.prognose - band.ondergrens)
                    ).astype(np.int64),
                    "cumulatief_bovengrens_cent": np.round(
                        point + share * (band.bovengrens - band.prognose)
                    ).astype(np.int64),
                    "begroting_cumulatief_cent": [
                        None if yearly is None else round(yearly * m / 12) for m in range(1, 13)
                    ],
                },
                schema_overrides={"begroting_cumulatief_cent": pl.Int64},
            )
        )
    if not frames:
        return pl.DataFrame()
    return pl.concat(frames).select(
        pl.lit(jaar, pl.Int32).alias("jaar"),
        pl.lit(peil, pl.Date).alias("peildatum"),
        pl.all(),
    )
