# SPDX-License-Identifier: EUPL-1.2
"""Issue 3 profile: where one ``compute(by=["wijk"])`` over all default periods spends its
time. Prints, as they finish, the wall-clock and process CPU seconds of every fact build
(``Feiten._bouw``: the temporary tables of ``sql/feiten/opbouw_*.sql``) and of every
indicator (its queries, including the builds it triggers first and, for a growth
indicator, its base indicator), then the total and the load average.

It wraps two private functions of ``stuurhuis.indicators`` for the run; it is a profiling
aid, not the benchmark (``bench/indicators_bench.py`` is).

    uv run python bench/indicators_profiel.py WAREHOUSE.duckdb [--geheugen 12GB]
        [--grain maand --grain jaar ...]
"""

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import duckdb

from stuurhuis.indicators import compute
from stuurhuis.indicators.compute import default_periodes
from stuurhuis.indicators.feiten import Feiten
from stuurhuis.periode import GRAINS, Grain

_compute_module = sys.modules["stuurhuis.indicators.compute"]


def _getimed(label: Callable[..., str], fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn(*args)
        print(
            f"  {label(*args):<40} {time.perf_counter() - wall:9.2f} s wall"
            f" {time.process_time() - cpu:9.2f} s CPU",
            flush=True,
        )
        return result

    return wrapper


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warehouse")
    parser.add_argument("--geheugen", default="12GB", help="DuckDB memory_limit")
    parser.add_argument("--grain", action="append", choices=GRAINS, help="default: all four")
    args = parser.parse_args(argv)
    grains: list[Grain] = args.grain or list(GRAINS)

    con = duckdb.connect(args.warehouse, read_only=True)
    con.execute(f"SET memory_limit = '{args.geheugen}'")
    # DuckDB imports numpy on the first bound parameter (≈ 0,8 s): pay it before measuring
    con.execute("SELECT $x", {"x": 1}).fetchall()
    periodes = default_periodes(con, grains)
    print(f"{args.warehouse}: {len(periodes)} periods ({', '.join(grains)})", flush=True)
    print(f"load average before: {os.getloadavg()}", flush=True)

    bouw = _getimed(lambda _self, stap: f"build {stap}", Feiten._bouw)
    origineel = Feiten._bouw

    def bouw_eenmaal(self: Feiten, stap: str) -> None:
        # only the first call of a step builds; later ones return at once
        (origineel if stap in self._gebouwd else bouw)(self, stap)

    Feiten._bouw = bouw_eenmaal  # type: ignore[method-assign]
    run = _compute_module._Run
    run._compute = _getimed(lambda _self, ind, _w: f"indicator {ind.id}", run._compute)

    wall, cpu = time.perf_counter(), time.process_time()
    result = compute(con, periodes=periodes, by=["wijk"])
    print(
        f"total: {result.height} rows, {time.perf_counter() - wall:.2f} s wall,"
        f" {time.process_time() - cpu:.2f} s CPU; load average after: {os.getloadavg()}"
    )


if __name__ == "__main__":
    main()
