# SPDX-License-Identifier: EUPL-1.2
"""Issue 3: all indicators x all periods x wijk breakdown; targets <= 2 s on the default
municipality and <= 60 s on a 100x municipality; baseline: the same computation in pandas.

The warehouses are built with the helpers of ``bench/signals_bench.py`` (the default
municipality, and N copies of it side by side). Measured per warehouse, best of
``--herhaal`` runs (wall-clock and process CPU seconds):

- ``alle indicatoren``: ``compute(by=["wijk"])`` over every period of every grain (month,
  quarter, half-year, year) the data spans;
- ``kern (stuurhuis)`` and ``kern (pandas)``: the core counts ``clienten``,
  ``arrangementen`` and ``uitgaven`` per periode x wijk, once through ``compute`` and once
  in pandas straight from the tables (period by period: active allocations and benefits,
  distinct persons per wijk; claim lines by service month); the results are checked to be
  equal, and the ratio pandas / stuurhuis is printed. On the Nx warehouse both sides of
  this comparison run over the years only (``--kern-perioden jaar``, default), so that
  pandas finishes; the line says which periods it covers.

The number of periods and rows is printed with every figure, and the load average before
and after; DuckDB's memory is capped with ``--geheugen`` (the machine is shared).

    uv run python bench/indicators_bench.py [--schaal 100] [--werkmap DIR] [--herhaal 1]
        [--alleen-basis] [--geheugen 16GB] [--kern-perioden jaar|alle]
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import psutil

from signals_bench import Meting, bouw_basis, bouw_schaal, meet
from stuurhuis.indicators import compute
from stuurhuis.indicators.compute import default_periodes
from stuurhuis.periode import GRAINS, Grain, Periode

DOEL = {1: 2.0, 100: 60.0}
KERN = ["clienten", "arrangementen", "uitgaven"]


def _stuurhuis(
    con: duckdb.DuckDBPyConnection, ids: list[str] | None, periodes: list[Periode]
) -> pl.DataFrame:
    return compute(con, periodes=periodes, by=["wijk"], ids=ids)


def _pandas(con: duckdb.DuckDBPyConnection, periodes: list[Periode]) -> pd.DataFrame:
    """clienten, arrangementen and uitgaven per periode x wijk, in pandas."""
    persoon = con.execute(
        "SELECT persoon_id, coalesce(wijk_code, 'onbekend') AS wijk FROM persoon"
    ).df()
    toew = con.execute(
        "SELECT toewijzing_nummer, persoon_id, ingangsdatum,"
        " coalesce(einddatum, DATE '9999-12-31') AS einddatum FROM toewijzing"
    ).df()
    uitk = con.execute(
        "SELECT persoon_id, begindatum, coalesce(einddatum, DATE '9999-12-31') AS einddatum"
        " FROM uitkering"
    ).df()
    decl = con.execute(
        "SELECT persoon_id, begindatum, bedrag_cent FROM declaratie WHERE status <> 'afgewezen'"
    ).df()
    toew = toew.merge(persoon, on="persoon_id", how="left").fillna({"wijk": "onbekend"})
    uitk = uitk.merge(persoon, on="persoon_id", how="left").fillna({"wijk": "onbekend"})
    decl = decl.merge(persoon, on="persoon_id", how="left").fillna({"wijk": "onbekend"})
    frames = []
    for p in periodes:
        begin, eind = pd.Timestamp(p.start), pd.Timestamp(p.eind)
        t = toew[(toew["ingangsdatum"] <= eind) & (toew["einddatum"] >= begin)]
        u = uitk[(uitk["begindatum"] <= eind) & (uitk["einddatum"] >= begin)]
        d = decl[(decl["begindatum"] >= begin) & (decl["begindatum"] <= eind)]
        personen = pd.concat([t[["wijk", "persoon_id"]], u[["wijk", "persoon_id"]]])
        for ident, series in (
            ("clienten", personen.groupby("wijk")["persoon_id"].nunique()),
            ("arrangementen", t.groupby("wijk")["toewijzing_nummer"].nunique()),
            ("uitgaven", d.groupby("wijk")["bedrag_cent"].sum()),
        ):
            frame = series.rename("teller").reset_index()
            frame["indicator"], frame["periode"] = ident, p.code
            frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def _check(stuurhuis: pl.DataFrame, panda: pd.DataFrame) -> None:
    """The pandas baseline computes the same numbers (non-zero cells)."""
    ours = stuurhuis.filter(pl.col("teller") != 0).select("indicator", "periode", "wijk", "teller")
    theirs = pl.from_pandas(panda).filter(pl.col("teller") != 0)
    keys = ["indicator", "periode", "wijk"]
    a = ours.sort(keys).with_columns(pl.col("teller").cast(pl.Int64))
    b = theirs.select([*keys, "teller"]).sort(keys).with_columns(pl.col("teller").cast(pl.Int64))
    if not a.equals(b):
        raise SystemExit("pandas-basislijn wijkt af van stuurhuis")


def meet_warehouse(
    db: Path, herhaal: int, geheugen: str, kern_grains: tuple[Grain, ...]
) -> dict[str, Meting]:
    """The three measurements, each printed as soon as it is done."""
    con = duckdb.connect(str(db), read_only=True, config={"memory_limit": geheugen})
    try:
        con.execute("SELECT ?", [1]).fetchall()  # warm-up: DuckDB imports pandas once
        periodes = default_periodes(con, GRAINS)
        kern_perioden = [p for p in periodes if p.grain in kern_grains]
        print(
            f"{db.name}: {len(periodes)} perioden ({periodes[0]}–{periodes[-1]}),"
            f" kern over {len(kern_perioden)} ({', '.join(kern_grains)}),"
            f" load {_load()}",
            flush=True,
        )
        metingen = {
            "perioden": Meting(0.0, 0.0, len(periodes)),
            "kern perioden": Meting(0.0, 0.0, len(kern_perioden)),
        }
        uitkomst: dict[str, pl.DataFrame | pd.DataFrame] = {}

        def bewaar(naam: str, frame: pl.DataFrame | pd.DataFrame) -> int:
            uitkomst[naam] = frame
            return len(frame)

        stappen = {
            "kern (stuurhuis)": lambda: bewaar("ons", _stuurhuis(con, KERN, kern_perioden)),
            "kern (pandas)": lambda: bewaar("pandas", _pandas(con, kern_perioden)),
            "alle indicatoren": lambda: _stuurhuis(con, None, periodes).height,
        }
        for naam, functie in stappen.items():
            m = meet(functie, herhaal)
            metingen[naam] = m
            print(
                f"  {naam:<18} {m.wand_s:8.2f} s  cpu {m.cpu_s:8.2f} s  rijen {m.rijen}"
                f"  load {_load()}",
                flush=True,
            )
            if naam == "kern (pandas)":
                ons, theirs = uitkomst.pop("ons"), uitkomst.pop("pandas")
                assert isinstance(ons, pl.DataFrame) and isinstance(theirs, pd.DataFrame)  # noqa: S101
                _check(ons, theirs)
    finally:
        con.close()
    return metingen


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in psutil.getloadavg())


def _regels(naam: str, metingen: dict[str, Meting], doel: float | None) -> list[str]:
    regels = [
        f"{naam}: {metingen['perioden'].rijen} perioden (kern: {metingen['kern perioden'].rijen})"
    ]
    for key, m in metingen.items():
        if "perioden" not in key:
            regels.append(f"  {key:<18} {m.wand_s:8.2f} s  cpu {m.cpu_s:8.2f} s  rijen {m.rijen}")
    ratio = metingen["kern (pandas)"].wand_s / metingen["kern (stuurhuis)"].wand_s
    regels.append(f"  basislijn pandas / stuurhuis (kern, wand): {ratio:.1f}x")
    if doel is not None:
        totaal = metingen["alle indicatoren"].wand_s
        oordeel = "gehaald" if totaal <= doel else "NIET gehaald"
        cpu = metingen["alle indicatoren"].cpu_s
        regels.append(
            f"  alle indicatoren {totaal:.2f} s (cpu {cpu:.2f} s), doel ≤ {doel:.0f} s: {oordeel}"
        )
    return regels


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--schaal", type=int, default=100, help="how many municipalities")
    parser.add_argument("--werkmap", type=Path, help="cache the warehouses here")
    parser.add_argument("--herhaal", type=int, default=1, help="runs per measurement")
    parser.add_argument("--alleen-basis", action="store_true", help="skip the Nx warehouse")
    parser.add_argument("--geheugen", default="16GB", help="DuckDB memory_limit (100x needs > 8GB)")
    parser.add_argument(
        "--kern-perioden",
        choices=["jaar", "alle"],
        default="jaar",
        help="periods of the pandas comparison on the Nx warehouse",
    )
    args, _ = parser.parse_known_args(argv)
    groot_grains: tuple[Grain, ...] = ("jaar",) if args.kern_perioden == "jaar" else GRAINS
    with tempfile.TemporaryDirectory(prefix="indicators_bench_") as tmp:
        werkmap = args.werkmap or Path(tmp)
        werkmap.mkdir(parents=True, exist_ok=True)
        basis_db = bouw_basis(werkmap)
        print(f"{psutil.cpu_count()} cores, load {psutil.getloadavg()}", flush=True)
        basis = meet_warehouse(basis_db, args.herhaal, args.geheugen, GRAINS)
        for regel in _regels("1x", basis, DOEL[1]):
            print(regel, flush=True)
        if not args.alleen_basis:
            groot_db = bouw_schaal(basis_db, args.schaal, werkmap)
            groot = meet_warehouse(groot_db, args.herhaal, args.geheugen, groot_grains)
            for regel in _regels(f"{args.schaal}x", groot, DOEL.get(args.schaal)):
                print(regel, flush=True)
        print(f"load na afloop {psutil.getloadavg()}")
    return 0


if __name__ == "__main__":
    t0 = time.perf_counter()
    code = main(sys.argv[1:])
    print(f"bench totaal {time.perf_counter() - t0:.0f} s")
    raise SystemExit(code)
