# SPDX-License-Identifier: EUPL-1.2
"""A short-term forecast of an indicator: its linear trend, with a prediction interval.

An ordinary least-squares line through the last published values of one indicator (one
grain, consecutive periods; suppressed values are left out) projected ``stappen`` periods
ahead. The band is the classical prediction interval of a regression line,
``ŷ ± t(n-2) · s · sqrt(1 + 1/n + (x - x̄)² / Sxx)``, at the two-sided ``niveau``. It is a
trend, not a model of the care: the finance layer forecasts money with the claim lag and
the allocations; this answers "where is this indicator heading if the trend holds".
"""

from collections.abc import Collection
from datetime import timedelta

import numpy as np
import polars as pl
from scipy.stats import t as student_t

from stuurhuis.periode import Periode, containing, parse_periode

MINIMUM_PUNTEN = 4  # fewer published values give no forecast
OP_DECLARATIES = ("cent", "cent_per_client")  # units of the indicators counted from claims
SCHEMA = {
    "periode": pl.String,
    "waarde": pl.Float64,
    "ondergrens": pl.Float64,
    "bovengrens": pl.Float64,
}


def trend_prognose(
    reeks: pl.DataFrame,
    *,
    stappen: int = 2,
    niveau: float = 0.8,
    overslaan: Collection[str] = (),
) -> pl.DataFrame:
    """Forecast rows (``periode, waarde, ondergrens, bovengrens``) after the last period of
    ``reeks`` (columns ``periode``, ``waarde``; one indicator, one grain). The periods in
    ``overslaan`` keep their place on the time axis but do not count in the fit: the newest
    periods of a spending indicator, whose claims are not all in yet, would pull the line
    down."""
    punten = (
        reeks.select("periode", "waarde")
        .drop_nulls()
        .filter(~pl.col("periode").is_in(list(overslaan)))
        .sort("periode")
    )
    if punten.height < MINIMUM_PUNTEN:
        return pl.DataFrame(schema=SCHEMA)
    periodes = [parse_periode(code) for code in reeks.sort("periode")["periode"]]
    index = {p.code: k for k, p in enumerate(periodes)}
    x = np.array([index[code] for code in punten["periode"]], dtype=float)
    y = punten["waarde"].to_numpy().astype(float)
    helling, niveau_0 = np.polyfit(x, y, 1)
    residu = y - (niveau_0 + helling * x)
    n = len(x)
    s = float(np.sqrt(residu @ residu / (n - 2)))
    sxx = float(((x - x.mean()) ** 2).sum())
    t = float(student_t.ppf(0.5 + niveau / 2, n - 2))
    rows = []
    volgende = periodes[-1]
    for stap in range(1, stappen + 1):
        volgende = _na(volgende)
        x0 = len(periodes) - 1 + stap
        schatting = niveau_0 + helling * x0
        marge = t * s * np.sqrt(1 + 1 / n + (x0 - x.mean()) ** 2 / sxx)
        rows.append((volgende.code, schatting, schatting - marge, schatting + marge))
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def zonder_lopende(overslaan: Collection[str]) -> str:
    """The Dutch sentence saying which periods the trend leaves out (``''`` for none)."""
    if not overslaan:
        return ""
    codes = ", ".join(sorted(overslaan))
    return (
        f" De perioden {codes} tellen niet mee in de trend: hun declaraties zijn nog niet "
        "volledig binnen."
        if len(overslaan) > 1
        else f" De periode {codes} telt niet mee in de trend: de declaraties ervan zijn nog "
        "niet volledig binnen."
    )


def _na(periode: Periode) -> Periode:
    return containing(periode.eind + timedelta(days=1), periode.grain)
