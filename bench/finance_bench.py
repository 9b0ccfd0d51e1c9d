# SPDX-License-Identifier: EUPL-1.2
"""Issue 4: year-end forecast accuracy, band coverage and speed on the default municipality.

The default synthetic municipality (seed 1, 100,000 inhabitants, data 2019-2025) is
generated and ingested once (cached in ``--werkmap``; ``--synth-db FILE`` uses a warehouse
you built yourself). Printed, all measured in this run:

* accuracy: the backtest (every complete past year × as-of month × taakveld) — mean
  absolute % error at the end of June of the forecast and of the two baselines, linear
  extrapolation of the year-to-date spending and the budget. Target: forecast ≤ half of
  linear;
* coverage: share of backtests whose final actual lies in the 80 % band, at June and over
  all as-of months. Target: 70–90 %;
* speed: wall-clock seconds of the forecast of all taakvelden at 30 June of the last year
  (best of ``--herhaal``), beside the baseline of the same run: linear extrapolation for
  all taakvelden straight from the warehouse. Target: ≤ 3 s.

    uv run python bench/finance_bench.py [--werkmap DIR] [--herhaal 3] [--synth-db FILE]
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from stuurhuis.finance import backtest, prognose
from stuurhuis.ingest import ingest_paths
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.synth import SynthConfig, generate
from stuurhuis.warehouse import connect

BENCH_KEY = bytes(range(32))
DOEL_SECONDEN = 3.0
DOEL_VERHOUDING = 0.5
DOEL_DEKKING = (70.0, 90.0)
JUNI = 6

LINEAIR_SQL = """
SELECT coalesce(p.taakveld, 'onbekend') AS taakveld,
       sum(d.bedrag_cent) * 12.0 / $maanden AS lineair_cent
FROM declaratie AS d
LEFT JOIN (SELECT DISTINCT wet, product_code, jaar, taakveld FROM product) AS p
  ON p.wet = d.wet AND p.product_code = d.product_code AND p.jaar = year(d.begindatum)
WHERE d.status <> 'afgewezen' AND d.dagtekening <= $peil AND year(d.dagtekening) = $jaar
GROUP BY ALL
"""


def bouw_basis(werkmap: Path) -> Path:
    """The default municipality ingested into ``werkmap/1x.duckdb`` (reused when present)."""
    db = werkmap / "1x.duckdb"
    if db.exists():
        return db
    bron = werkmap / "bron"
    print("demo-gemeente genereren en inlezen (eenmalig) ...", flush=True)
    generate(SynthConfig(), bron)
    con = connect(db)
    try:
        report = ingest_paths(con, [bron], Pseudonymiser(BENCH_KEY))
    finally:
        con.close()
    if report.has_rejections:
        raise SystemExit(f"inlezen mislukt:\n{report.table()}")
    return db


def beste_tijd(run: Callable[[], object], herhaal: int) -> float:
    """Best wall-clock seconds of ``herhaal`` runs after one warm-up run."""
    run()
    times = []
    for _ in range(herhaal):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def nauwkeurigheid(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """The backtest per taakveld, with a column telling June from the other months."""
    return backtest(con, by="taakveld")


def _oordeel(ok: bool) -> str:
    return "GEHAALD" if ok else "NIET GEHAALD"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--werkmap", type=Path, default=None)
    parser.add_argument("--herhaal", type=int, default=3)
    parser.add_argument("--synth-db", type=Path, default=None)
    args, _ = parser.parse_known_args(argv)
    werkmap = args.werkmap or Path(tempfile.gettempdir()) / "stuurhuis-bench"
    werkmap.mkdir(parents=True, exist_ok=True)
    db = args.synth_db or bouw_basis(werkmap)
    print(f"warehouse: {db}; belasting (1/5/15 min): {os.getloadavg()}", flush=True)
    con = duckdb.connect(str(db), read_only=True)
    try:
        last = con.execute("SELECT max(dagtekening) FROM declaratie").fetchone()
        peil_data = last[0] if last else None
        if peil_data is None:
            raise SystemExit("geen declaraties in het warehouse")
        jaar = peil_data.year
        peil = date(jaar, 6, 30)

        start = time.perf_counter()
        detail = nauwkeurigheid(con)
        backtest_s = time.perf_counter() - start
        juni = detail.filter(pl.col("peilmaand") == JUNI)
        mape = {
            name: float(juni[f"fout_{name}"].abs().mean() * 100)  # type: ignore[operator]
            for name in ("prognose", "lineair", "begroting")
        }
        ratio = mape["prognose"] / mape["lineair"]
        dekking_juni = float(juni["is_binnen_band"].mean() * 100)  # type: ignore[operator]
        dekking_alle = float(detail["is_binnen_band"].mean() * 100)  # type: ignore[operator]
        jaren = sorted(detail["jaar"].unique().to_list())

        forecast_s = beste_tijd(
            lambda: prognose(con, jaar=jaar, peildatum=peil, by="taakveld"), args.herhaal
        )
        taakvelden = prognose(con, jaar=jaar, peildatum=peil, by="taakveld").height
        lineair_s = beste_tijd(
            lambda: con.execute(LINEAIR_SQL, {"peil": peil, "jaar": jaar, "maanden": 6}).pl(),
            args.herhaal,
        )
    finally:
        con.close()

    print(f"\nnauwkeurigheid (terugtoets {jaren[0]}-{jaren[-1]}, {juni.height} toetsen per")
    print(f"peilmaand, jaar x taakveld; terugtoets zelf {backtest_s:.1f} s):")
    print(f"  MAPE eind juni  prognose {mape['prognose']:.1f} %   lineair {mape['lineair']:.1f} %"
          f"   begroting {mape['begroting']:.1f} %")  # fmt: skip
    print(f"  prognose / lineair = {ratio:.2f} (doel <= {DOEL_VERHOUDING})"
          f" {_oordeel(ratio <= DOEL_VERHOUDING)}")  # fmt: skip
    ok = DOEL_DEKKING[0] <= dekking_alle <= DOEL_DEKKING[1]
    print(f"  dekking 80 %-band: juni {dekking_juni:.1f} %, alle peilmaanden {dekking_alle:.1f} %"
          f" (doel {DOEL_DEKKING[0]:.0f}-{DOEL_DEKKING[1]:.0f} %) {_oordeel(ok)}")  # fmt: skip
    print(f"\nsnelheid (beste van {args.herhaal}):")
    print(f"  prognose alle {taakvelden} taakvelden per 30-06-{jaar}: {forecast_s:.2f} s"
          f" (doel <= {DOEL_SECONDEN:.0f} s) {_oordeel(forecast_s <= DOEL_SECONDEN)}")  # fmt: skip
    print(f"  basislijn lineaire extrapolatie, zelfde taakvelden: {lineair_s:.3f} s")
    print(f"belasting na afloop (1/5/15 min): {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
