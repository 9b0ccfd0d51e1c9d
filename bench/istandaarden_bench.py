# SPDX-License-Identifier: EUPL-1.2
"""Issue 6: parse + validate + load a batch of 1 M claim lines (iJw 323 in one zip).

Target: >= 100,000 lines/s with XSD validation. Baseline in the same run: the same batch
without XSD validation, and a batch a tenth the size (peak memory must not grow with the
batch: the reader streams and holds accepted rows as Arrow, never as a tree).

The batch is written with the message writer (``stuurhuis.ingest.istandaarden.writer``):
``--regels`` lines in messages of ``--per-bericht`` lines, ten lines per client, one zip.
Each measurement runs in its own process (``ru_maxrss`` is the process's peak resident
memory) and ingests into a new warehouse file.

    uv run python bench/istandaarden_bench.py [--regels 1000000] [--werkmap DIR]
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from stuurhuis.ingest.istandaarden.writer import Kop, write_323

DOEL_REGELS_PER_S = 100_000
BENCH_KEY = bytes(range(32))
XSD_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference" / "istandaarden"
PER_CLIENT = 10


def bsn(sequence: int) -> str:
    """A distinct 9-digit number passing the elfproef for every ``sequence``."""
    for base in (10_000_000 + 2 * sequence, 10_000_001 + 2 * sequence):
        digits = [int(c) for c in f"{base:08d}"]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:  # a check digit of 10 does not exist
            return f"{base:08d}{check}"
    raise AssertionError("unreachable: the two sums differ by 2 mod 11")


def prestaties(start: int, count: int) -> Iterator[dict[str, str | None]]:
    for i in range(start, start + count):
        yield {
            "referentie_nummer": f"R{i:09d}",
            "vorig_referentie_nummer": None,
            "toewijzing_nummer": str(100_000 + i // PER_CLIENT),
            "bsn": bsn(i // PER_CLIENT),
            "product_categorie": "45",
            "product_code": "45A03",
            "begindatum": "2024-03-01",
            "einddatum": "2024-03-31",
            "geleverd_volume": "4",
            "eenheid": "04",
            "product_tarief": "12.50",
            "ingediend_bedrag": "50.00",
            "debet_credit": "D",
        }


def write_batch(path: Path, regels: int, per_bericht: int) -> float:
    """Write the zip; returns the seconds it took."""
    begin = time.perf_counter()
    partial = path.with_suffix(".tmp")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for nummer, start in enumerate(range(0, regels, per_bericht), start=1):
            count = min(per_bericht, regels - start)
            kop = Kop("jeugd", "323", "12345678", "0384", str(nummer), "2024-04-05")
            with archive.open(f"jw323-{nummer}.xml", "w") as out:
                write_323(
                    out,
                    kop,
                    declaratie_nummer=f"D{nummer}",
                    periode=("2024-03-01", "2024-03-31"),
                    prestaties=prestaties(start, count),
                    totaal_cent=5000 * count,
                )
    partial.rename(path)  # a run broken off never leaves a half batch behind
    return time.perf_counter() - begin


def meet(batch: Path, xsd_dir: str) -> dict[str, float]:
    """One ingest in this process (called in a child process by :func:`main`)."""
    from stuurhuis.ingest import ingest_paths  # noqa: PLC0415
    from stuurhuis.ingest.iwmo import set_xsd_dir  # noqa: PLC0415
    from stuurhuis.privacy import Pseudonymiser  # noqa: PLC0415
    from stuurhuis.warehouse import connect  # noqa: PLC0415

    set_xsd_dir(Path(xsd_dir) if xsd_dir else None)
    db = batch.with_name(f"w-{os.getpid()}.duckdb")
    con = connect(db)
    begin, cpu = time.perf_counter(), time.process_time()
    report = ingest_paths(con, [batch], Pseudonymiser(BENCH_KEY))
    wall, cpu = time.perf_counter() - begin, time.process_time() - cpu
    row = con.execute("SELECT count(*) FROM declaratie").fetchone()
    con.close()
    db.unlink()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    quarantaine = sum(r.quarantaine for r in report.results)
    return {
        "wand_s": wall,
        "cpu_s": cpu,
        "geladen": int(row[0]) if row else 0,
        "quarantaine": quarantaine,
        "piek_mib": peak_mib,
    }


def _child(batch: Path, xsd_dir: Path | None) -> dict[str, float]:
    args = [sys.executable, __file__, "--meet", str(batch), "--xsd", str(xsd_dir or "")]
    result = subprocess.run(args, check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--regels", type=int, default=1_000_000)
    parser.add_argument("--per-bericht", type=int, default=50_000)
    parser.add_argument("--werkmap", type=Path)
    parser.add_argument("--xsd-dir", type=Path, default=XSD_DIR)
    parser.add_argument("--meet", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--xsd", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.meet:
        print(json.dumps(meet(args.meet, args.xsd)))
        return 0
    werkmap = args.werkmap or Path(tempfile.mkdtemp(prefix="istandaarden-bench-"))
    werkmap.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at start")
    rows = []
    for regels in (args.regels // 10, args.regels):
        batch = werkmap / f"batch-{regels}.zip"
        if not batch.exists():
            seconds = write_batch(batch, regels, args.per_bericht)
            size = batch.stat().st_size / 2**20
            rate = regels / seconds
            print(f"writer: {regels:,} lines in {seconds:.1f} s ({rate:,.0f}/s), {size:.0f} MiB")
        for label, xsd in (("zonder XSD", None), ("met XSD", args.xsd_dir)):
            figures = _child(batch, xsd)
            assert figures["geladen"] == regels and not figures["quarantaine"], figures  # noqa: S101
            rows.append((regels, label, figures))
    head = ("regels", "validatie", "wand s", "cpu s", "regels/s", "piek MiB")
    print("\n{:>10} {:<11} {:>7} {:>7} {:>10} {:>9}".format(*head))
    for regels, label, f in rows:
        rate = regels / f["wand_s"]
        wall, cpu, peak = f["wand_s"], f["cpu_s"], f["piek_mib"]
        print(f"{regels:>10,} {label:<11} {wall:>7.1f} {cpu:>7.1f} {rate:>10,.0f} {peak:>9.0f}")
    full = next(f for regels, label, f in rows if regels == args.regels and label == "met XSD")
    rate = args.regels / full["wand_s"]
    verdict = "gehaald" if rate >= DOEL_REGELS_PER_S else "niet gehaald"
    print(f"\ndoel >= {DOEL_REGELS_PER_S:,} regels/s met XSD: {rate:,.0f} ({verdict})")
    print(f"load {os.getloadavg()[0]:.1f} at end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
