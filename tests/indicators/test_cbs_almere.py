# SPDX-License-Identifier: EUPL-1.2
"""Real data: CBS Kerncijfers wijken en buurten for Almere (``../shared/reference/cbs``).

From CBS's own Wmo client counts and our inhabitants denominator (``indicators.inwoners``
on the ingested file) we compute Wmo clients per 1,000 inhabitants per wijk and match
CBS's published relative column within rounding: CBS publishes wijk counts rounded to
multiples of 5 (so the true count is within +-2, and inhabitants, man + vrouw, within +-4)
and the relative figure as a whole number (+-0.5).
"""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import polars as pl
import pytest

from stuurhuis.indicators import inwoners
from stuurhuis.ingest import ingest_paths
from stuurhuis.periode import parse_periode
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.warehouse import connect
from tests.conftest import TEST_KEY

BESTAND = "reference/cbs/kerncijfers_wijken_buurten_almere_2018_2025.csv"


@pytest.fixture(scope="module")
def almere(shared_dir: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(":memory:")
    report = ingest_paths(con, [shared_dir / BESTAND], Pseudonymiser(TEST_KEY))
    assert not report.has_rejections, report.table()
    yield con
    con.close()


def _vergelijking(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    cbs = con.execute(
        """
        SELECT jaar, gebied_code AS wijk,
            max(waarde) FILTER (WHERE kenmerk = 'WmoClienten') AS clienten,
            max(waarde) FILTER (WHERE kenmerk = 'WmoClientenRelatief') AS relatief
        FROM cbs_kerncijfer
        WHERE gebied_code LIKE 'WK%'
        GROUP BY ALL
        HAVING clienten IS NOT NULL AND relatief IS NOT NULL
        """
    ).pl()
    jaren = sorted(cbs["jaar"].unique().to_list())
    bevolking = inwoners(con, [parse_periode(str(j)) for j in jaren]).with_columns(
        pl.col("periode").cast(pl.Int32).alias("jaar")
    )
    return cbs.join(bevolking, on=["jaar", "wijk"], how="inner").with_columns(
        (pl.col("clienten") * 1000 / pl.col("inwoners")).alias("per_1000")
    )


def test_wmo_clients_per_1000_per_wijk_match_cbs(almere: duckdb.DuckDBPyConnection) -> None:
    df = _vergelijking(almere)
    # several editions and dozens of wijken carry the Wmo columns
    assert df["jaar"].n_unique() >= 3
    assert df.height >= 100
    laag = (pl.col("clienten") - 2).clip(0) * 1000 / (pl.col("inwoners") + 4) - 0.5
    hoog = (pl.col("clienten") + 2) * 1000 / (pl.col("inwoners") - 4) + 0.5
    buiten = df.filter((pl.col("relatief") < laag) | (pl.col("relatief") > hoog))
    assert buiten.height == 0, buiten
    # and most wijken match to the published whole number directly
    direct = df.filter((pl.col("per_1000") - pl.col("relatief")).abs() <= 0.5).height
    assert direct / df.height > 0.7


def test_a_wijk_by_hand(almere: duckdb.DuckDBPyConnection) -> None:
    # WK003401 in the 2023 edition: 195 Wmo clients, 820 + 915 = 1,735 inhabitants, so
    # 112.4 per 1,000; CBS (from unrounded counts) publishes 111
    df = _vergelijking(almere).filter(jaar=2023, wijk="WK003401")
    row = df.row(0, named=True)
    assert (row["clienten"], row["inwoners"]) == (195, 1735)
    assert row["relatief"] == 111
    assert abs(row["per_1000"] - 111) < 1.5
