# SPDX-License-Identifier: EUPL-1.2
"""Issue 6: parse + validate + load a batch of 1 M claim lines (iJw 323 in one zip).

Target: >= 100,000 lines/s with XSD validation. Routes measured in the same run:

- ``tekst``: validated 323s read by the text pass (the default route when xmllint is
  installed): ``xmllint --stream`` validates in its own process while Arrow/polars take
  the claim lines from the same bytes; the next messages are read ahead in a thread
  while the loader loads;
- ``boom``: the route before this round (``STUURHUIS_XMLLINT=""``): lxml streams the
  message through the XSD, XSLT per part, read ahead in two ``spawn`` workers;
- ``per element`` (``--baseline-groot``): every Prestatie in Python;
- ``zonder XSD``: no validation; without an XSD the structure is not guaranteed and the
  reader takes the per-element route;
- ``lezer ...`` (small batch only): the reader alone, without the loader.

A batch a tenth the size is measured too (peak memory must not grow with the batch).
CPU seconds include the worker processes (``RUSAGE_CHILDREN``); peak MiB is the largest
``ru_maxrss`` of the ingest process and of any worker.

The batch is written with the message writer (``stuurhuis.ingest.istandaarden.writer``):
``--regels`` lines in messages of ``--per-bericht`` lines, ten lines per client, one zip.
Each measurement runs in its own process (``ru_maxrss`` is the process's peak resident
memory) and ingests into a new warehouse file.

    uv run python bench/istandaarden_bench.py [--regels 1000000] [--werkmap DIR]
        [--baseline-groot]   # also the per-element baseline at the full size (slow)
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


ROUTES = ("tekst", "boom", "per element", "zonder XSD")
READER_ROUTES = ("lezer tekst", "lezer boom", "lezer per element")  # no loader
TREE_ROUTES = ("boom", "lezer boom")  # the text pass switched off


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def meet(batch: Path, xsd_dir: str, route: str) -> dict[str, float]:
    """One ingest in this process (called in a child process by :func:`main`)."""
    from stuurhuis.ingest import ingest_paths  # noqa: PLC0415
    from stuurhuis.ingest.istandaarden.reader import IstandaardenReader  # noqa: PLC0415
    from stuurhuis.ingest.iwmo import set_xsd_dir  # noqa: PLC0415
    from stuurhuis.privacy import Pseudonymiser  # noqa: PLC0415
    from stuurhuis.warehouse import connect  # noqa: PLC0415

    set_xsd_dir(Path(xsd_dir) if xsd_dir else None)
    if route.startswith("lezer"):
        return _meet_lezer(batch, Path(xsd_dir), per_element=route.endswith("per element"))
    if route == "per element":  # the route before this round: never column-wise
        IstandaardenReader._kolomsgewijs = lambda self, bron: False  # type: ignore[method-assign]
    db = batch.with_name(f"w-{os.getpid()}.duckdb")
    con = connect(db)
    begin, cpu, cpu_children = time.perf_counter(), time.process_time(), _children_cpu()
    report = ingest_paths(con, [batch], Pseudonymiser(BENCH_KEY))
    wall = time.perf_counter() - begin
    cpu = time.process_time() - cpu + _children_cpu() - cpu_children
    row = con.execute("SELECT count(*) FROM declaratie").fetchone()
    con.close()
    db.unlink()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    quarantaine = sum(r.quarantaine for r in report.results)
    return {
        "wand_s": wall,
        "cpu_s": cpu,
        "geladen": int(row[0]) if row else 0,
        "quarantaine": quarantaine,
        "piek_mib": peak_mib,
        "worker_mib": worker_mib,
    }


def _meet_lezer(batch: Path, xsd_dir: Path, *, per_element: bool) -> dict[str, float]:
    """The reader alone in one process (batches dropped): what the loader does not cost."""
    from stuurhuis.ingest.istandaarden.reader import IstandaardenReader  # noqa: PLC0415

    reader = IstandaardenReader(xsd_dir, workers=1)
    if per_element:
        reader._kolomsgewijs = lambda bron: False  # type: ignore[method-assign]
    begin, cpu, cpu_children = time.perf_counter(), time.process_time(), _children_cpu()
    rows = sum(b.table.num_rows for b in reader.read(batch) if b.kind == "declaratie")
    wall = time.perf_counter() - begin
    cpu = time.process_time() - cpu + _children_cpu() - cpu_children  # with xmllint
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "wand_s": wall,
        "cpu_s": cpu,
        "geladen": rows,
        "quarantaine": 0,
        "piek_mib": peak,
        "worker_mib": 0,
    }


def _child(batch: Path, xsd_dir: Path | None, route: str) -> dict[str, float]:
    args = [sys.executable, __file__, "--meet", str(batch), "--xsd", str(xsd_dir or "")]
    args += ["--route", route]
    env = dict(os.environ)
    if route in TREE_ROUTES:
        env["STUURHUIS_XMLLINT"] = ""  # read by stuurhuis.ingest.istandaarden.tekst323
    result = subprocess.run(args, check=True, capture_output=True, text=True, env=env)
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
    parser.add_argument("--route", default="tekst", help=argparse.SUPPRESS)
    parser.add_argument("--baseline-groot", action="store_true")
    args = parser.parse_args()
    if args.meet:
        print(json.dumps(meet(args.meet, args.xsd, args.route)))
        return 0
    werkmap = args.werkmap or Path(tempfile.mkdtemp(prefix="istandaarden-bench-"))
    werkmap.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at start")
    rows: list[tuple[int, str, dict[str, float]]] = []
    for regels in (args.regels // 10, args.regels):
        batch = werkmap / f"batch-{regels}.zip"
        if not batch.exists():
            seconds = write_batch(batch, regels, args.per_bericht)
            size = batch.stat().st_size / 2**20
            rate = regels / seconds
            print(f"writer: {regels:,} lines in {seconds:.1f} s ({rate:,.0f}/s), {size:.0f} MiB")
        routes = ROUTES if regels == args.regels else (*ROUTES, *READER_ROUTES)
        for route in routes:
            if route == "per element" and regels == args.regels and not args.baseline_groot:
                continue
            xsd = None if route == "zonder XSD" else args.xsd_dir
            load = os.getloadavg()[0]
            figures = _child(batch, xsd, route)
            assert figures["geladen"] == regels and not figures["quarantaine"], figures  # noqa: S101
            rows.append((regels, route, {**figures, "load": load}))
            print(f"  {regels:,} {route}: {figures['wand_s']:.1f} s wall, load {load:.1f}")
    head = ("regels", "route", "wand s", "cpu s", "regels/s", "per cpu s", "piek MiB", "load")
    print("\n{:>10} {:<17} {:>7} {:>7} {:>10} {:>10} {:>13} {:>5}".format(*head))
    for regels, route, f in rows:
        rate, per_cpu = regels / f["wand_s"], regels / f["cpu_s"]
        worker = "-" if "tekst" in route else f"{f['worker_mib']:.0f}"
        peak = f"{f['piek_mib']:.0f}/{worker}"
        print(
            f"{regels:>10,} {route:<17} {f['wand_s']:>7.1f} {f['cpu_s']:>7.1f} {rate:>10,.0f}"
            f" {per_cpu:>10,.0f} {peak:>13} {f['load']:>5.1f}"
        )
    print("(piek MiB: ingest-proces / grootste worker; xmllint zelf ≈ 6 MiB, niet gemeten:")
    print(" ru_maxrss van een kind telt de piek van de ouder bij de fork mee)")
    full = next(f for regels, route, f in rows if regels == args.regels and route == "tekst")
    rate = args.regels / full["wand_s"]
    verdict = "gehaald" if rate >= DOEL_REGELS_PER_S else "niet gehaald"
    print(f"\ndoel >= {DOEL_REGELS_PER_S:,} regels/s met XSD: {rate:,.0f} ({verdict})")
    cores = os.cpu_count() or 1
    bound = args.regels / full["cpu_s"] * cores
    print(f"bovengrens op {cores} vrije cores (regels per CPU-seconde x cores): {bound:,.0f}/s")
    print(f"load {os.getloadavg()[0]:.1f} at end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
