# SPDX-License-Identifier: EUPL-1.2
"""Issue 2: synth + ingest of the default municipality, and claim lines per second.

(a) ``generate`` + ``ingest_paths`` of the default municipality (seed 1, 100,000
    inhabitants, 2019-2025), wall-clock and CPU seconds; target <= 30 s wall on 2 cores.
(b) claim lines per second for an Nx claims file (default 1x, 10x, 100x) with the peak
    RSS of the loading process (``VmHWM``: ``ru_maxrss`` of an exec'd child includes its
    parent's peak): the Nx file is written directly (DuckDB ``COPY``) as N copies of the
    default ``declaraties.csv`` with the ``referentie_nummer`` suffixed per copy —
    generating a 100x municipality does not fit a session on the shared machine. Each
    scale loads in a fresh process into a warehouse that holds the default reference data
    and allocations; target >= 1 M lines/s and a flat peak RSS. Files of 100x and more
    are deleted after their measurement (4.4 GB each).
(c) baseline, same run: the claims file the analyst way — pandas ``read_csv``, row checks
    in pandas (elfproef, dates, amounts, duplicate keys), ``to_sql`` into sqlite — at the
    scales of ``--baseline`` (default 1x and 10x: pandas holds the whole file in memory,
    at 100x some 30 GB), and the ratio of lines per second at the same scale.

The machine is shared: next to wall-clock seconds the script prints the process CPU
seconds (all threads) and the load average, and lines per CPU second.

    uv run python bench/ingest_bench.py [--schalen 1,10,100] [--baseline 1,10] [--werkmap DIR]
"""

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from stuurhuis.ingest import ingest_paths
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.synth import SynthConfig, generate
from stuurhuis.warehouse import connect

BENCH_KEY = bytes(range(32))
DOEL_WAND_S = 30.0
DOEL_REGELS_PER_S = 1_000_000
FLAT_RSS_GROWTH = 1.25  # peak RSS from the next-largest to the largest scale, at most
REFERENTIE = ("aanbieders.csv", "producten.csv", "personen.csv", "toewijzingen.csv")

CHILD = """
import json, resource, sys, time
from pathlib import Path
from stuurhuis.ingest.loader import load_file
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.warehouse import connect
con = connect(sys.argv[1])
wand, cpu = time.perf_counter(), time.process_time()
result = load_file(con, Path(sys.argv[2]), Pseudonymiser(bytes(range(32))))
wand, cpu = time.perf_counter() - wand, time.process_time() - cpu
con.close()
# VmHWM, not ru_maxrss: after fork + exec, ru_maxrss still counts the parent's peak (the
# bench process that wrote the 100x file with DuckDB reached 8 GB), VmHWM is this process.
status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines())
peak = int(status["VmHWM"].split()[0]) * 1024
print(json.dumps({"wand": wand, "cpu": cpu, "geladen": result.geladen,
                  "gelezen": result.gelezen, "piek_rss": peak}))
"""


def synth_en_ingest(werkmap: Path) -> tuple[Path, Path]:
    bron, db = werkmap / "bron", werkmap / "basis.duckdb"
    for path in (db, db.with_name(db.name + ".wal")):
        path.unlink(missing_ok=True)
    wand, cpu = time.perf_counter(), time.process_time()
    generate(SynthConfig(), bron)
    synth_wand, synth_cpu = time.perf_counter() - wand, time.process_time() - cpu
    con = connect(db)
    report = ingest_paths(con, [bron], Pseudonymiser(BENCH_KEY))
    con.close()
    totaal_wand, totaal_cpu = time.perf_counter() - wand, time.process_time() - cpu
    if report.has_rejections:
        raise SystemExit(f"ingest refused files: {report.table()}")
    print(
        f"(a) synth {synth_wand:.1f} s wand ({synth_cpu:.1f} s cpu), ingest "
        f"{totaal_wand - synth_wand:.1f} s wand ({totaal_cpu - synth_cpu:.1f} s cpu); samen "
        f"{totaal_wand:.1f} s wand, doel <= {DOEL_WAND_S:.0f} s",
        flush=True,
    )
    return bron, db


def reference_warehouse(bron: Path, werkmap: Path) -> Path:
    db = werkmap / "referentie.duckdb"
    db.unlink(missing_ok=True)
    con = connect(db)
    ingest_paths(con, [bron / name for name in REFERENTIE], Pseudonymiser(BENCH_KEY))
    con.close()
    return db


def nx_claims(bron: Path, werkmap: Path, schaal: int) -> Path:
    """``schaal`` copies of declaraties.csv, referentie_nummer suffixed per copy."""
    if schaal == 1:
        return bron / "declaraties.csv"
    out = werkmap / f"declaraties_{schaal}x.csv"
    if out.exists():
        return out
    con = duckdb.connect()
    source = str(bron / "declaraties.csv")
    con.execute(
        f"""
COPY (
    SELECT d.* REPLACE (
        CASE WHEN k = 0 THEN referentie_nummer ELSE referentie_nummer || '-' || k END
            AS referentie_nummer
    )
    FROM range({schaal}) AS r(k),
        read_csv('{source}', delim = ';', header = true, all_varchar = true) AS d
) TO '{out}' (HEADER, DELIMITER ';')
"""
    )
    con.close()
    return out


def load_in_child(reference: Path, claims: Path, werkmap: Path) -> dict[str, float]:
    db = werkmap / "meting.duckdb"
    for path in (db, db.with_name(db.name + ".wal")):
        path.unlink(missing_ok=True)
    db.write_bytes(reference.read_bytes())
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(claims)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ},
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f} (5 min {five:.1f})"


def elfproef(bsn: str) -> bool:
    if len(bsn) != 9 or not bsn.isdigit():
        return False
    return (
        sum(int(d) * w for d, w in zip(bsn, range(9, 1, -1), strict=False)) - int(bsn[8])
    ) % 11 == 0


def analyst_way(claims: Path, werkmap: Path) -> dict[str, float]:
    """pandas read_csv, row checks, to_sql into sqlite: what one writes without Stuurhuis."""
    target = werkmap / "analist.sqlite"
    target.unlink(missing_ok=True)
    wand, cpu = time.perf_counter(), time.process_time()
    df = pd.read_csv(claims, sep=";", dtype=str, keep_default_na=False)
    ok = df["bsn"].map(elfproef)
    for column in ("dagtekening", "begindatum", "einddatum"):
        parsed = pd.to_datetime(df[column], format="%d-%m-%Y", errors="coerce")
        ok &= parsed.notna()
        df[column] = parsed.dt.date.astype(str)
    for column in ("ingediend_bedrag", "product_tarief"):
        numbers = pd.to_numeric(
            df[column].str.replace(".", "", regex=False).str.replace(",", ".", regex=False),
            errors="coerce",
        )
        ok &= numbers.notna() | (column == "product_tarief")
        df[column + "_cent"] = (numbers * 100).round()
    ok &= pd.to_datetime(df["einddatum"], errors="coerce") >= pd.to_datetime(
        df["begindatum"], errors="coerce"
    )
    ok &= ~df["referentie_nummer"].duplicated()
    con = sqlite3.connect(target)
    df[ok].to_sql("declaratie", con, index=False)
    df[~ok].to_sql("quarantaine", con, index=False)
    con.close()
    wand, cpu = time.perf_counter() - wand, time.process_time() - cpu
    return {"wand": wand, "cpu": cpu, "gelezen": float(len(df))}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schalen", default="1,10,100")
    parser.add_argument("--baseline", default="1,10")
    parser.add_argument("--werkmap", type=Path, default=None)
    args, _ = parser.parse_known_args()
    werkmap = args.werkmap or Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    werkmap.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, {load_average()} at start", flush=True)
    bron, _ = synth_en_ingest(werkmap)
    reference = reference_warehouse(bron, werkmap)
    schalen = [int(s) for s in args.schalen.split(",")]
    baseline = {int(s) for s in args.baseline.split(",") if s}
    metingen: dict[int, dict[str, float]] = {}
    analist: dict[int, dict[str, float]] = {}
    for schaal in schalen:
        claims = nx_claims(bron, werkmap, schaal)
        meting = load_in_child(reference, claims, werkmap)
        metingen[schaal] = meting
        print(
            f"(b) {schaal:>3}x: {int(meting['gelezen']):>11,} regels in "
            f"{meting['wand']:.1f} s wand ({meting['cpu']:.1f} s cpu): "
            f"{meting['gelezen'] / meting['wand']:,.0f} regels/s wand, "
            f"{meting['gelezen'] / meting['cpu']:,.0f} regels per cpu-s; piek RSS "
            f"{meting['piek_rss'] / 2**20:,.0f} MiB; {load_average()}",
            flush=True,
        )
        if schaal in baseline:
            analist[schaal] = analyst_way(claims, werkmap)
            a = analist[schaal]
            print(
                f"(c) {schaal:>3}x baseline pandas + sqlite: {a['wand']:.1f} s wand "
                f"({a['cpu']:.1f} s cpu): {a['gelezen'] / a['wand']:,.0f} regels/s wand; "
                f"stuurhuis / baseline = {a['wand'] / meting['wand']:.1f}x wand, "
                f"{a['cpu'] / meting['cpu']:.1f}x cpu; {load_average()}",
                flush=True,
            )
        if schaal >= 100:
            claims.unlink(missing_ok=True)
    verdict(metingen)
    print(
        f"{load_average()} at end; peak RSS of this process "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB"
    )
    return 0


def verdict(metingen: dict[int, dict[str, float]]) -> None:
    """Throughput at the largest scale against the target, and how flat the peak RSS is."""
    grootste = max(metingen)
    m = metingen[grootste]
    wand, per_cpu = m["gelezen"] / m["wand"], m["gelezen"] / m["cpu"]
    cores = os.cpu_count() or 1
    print(
        f"oordeel doorvoer {grootste}x: {wand:,.0f} regels/s wand "
        f"({'gehaald' if wand >= DOEL_REGELS_PER_S else 'NIET gehaald'}, doel "
        f">= {DOEL_REGELS_PER_S:,}/s); bovengrens op een stille machine met {cores} cores "
        f"= {per_cpu:,.0f} x {cores} = {per_cpu * cores:,.0f} regels/s"
    )
    pieken = {schaal: meting["piek_rss"] / 2**20 for schaal, meting in metingen.items()}
    kleinere = [schaal for schaal in pieken if schaal < grootste]
    kleinste = max(kleinere) if kleinere else grootste
    groei = pieken[grootste] / pieken[kleinste]
    lijnen = metingen[grootste]["gelezen"] / metingen[kleinste]["gelezen"]
    print(
        f"oordeel geheugen: piek RSS {', '.join(f'{s}x {p:,.0f} MiB' for s, p in pieken.items())}"
        f"; {kleinste}x -> {grootste}x: {groei:.2f}x het geheugen voor {lijnen:.0f}x de regels "
        f"({'vlak' if groei <= FLAT_RSS_GROWTH else 'NIET vlak'}: "
        f"vlak is <= {FLAT_RSS_GROWTH}x)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
