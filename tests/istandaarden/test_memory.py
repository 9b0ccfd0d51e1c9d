# SPDX-License-Identifier: EUPL-1.2
"""Bounded memory: reading a batch ten times larger does not raise the peak (no timing)."""

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

from stuurhuis.ingest.istandaarden.writer import Kop, write_323

from .conftest import SHARED_ISTANDAARDEN, prestatie

LINES = 1_000

# Read the zip with a validating reader, dropping every batch; print the peak RSS in KiB.
_CHILD = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from stuurhuis.ingest.istandaarden import IstandaardenReader
    reader = IstandaardenReader(Path(sys.argv[2]), max_rows=200)
    rows = 0
    for batch in reader.read(Path(sys.argv[1])):
        assert not batch.rejections, batch.rejections
        rows += batch.table.num_rows
    print(rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def _batch(path: Path, messages: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for nummer in range(1, messages + 1):
            lines = [
                prestatie(f"R{nummer}-{i}", toewijzing_nummer=str(nummer)) for i in range(LINES)
            ]
            with archive.open(f"jw323-{nummer}.xml", "w") as out:
                write_323(
                    out,
                    Kop("jeugd", "323", "12345678", "0384", str(nummer), "2024-04-05"),
                    declaratie_nummer=f"D{nummer}",
                    periode=("2024-03-01", "2024-03-31"),
                    prestaties=lines,
                    totaal_cent=5000 * LINES,
                )
    return path


def _peak(path: Path) -> tuple[int, int]:
    args = [sys.executable, "-c", _CHILD, str(path), str(SHARED_ISTANDAARDEN)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]), int(out[1])


def test_peak_memory_does_not_grow_with_the_batch(tmp_path: Path) -> None:
    small_rows, small_kib = _peak(_batch(tmp_path / "klein.zip", 2))
    large_rows, large_kib = _peak(_batch(tmp_path / "groot.zip", 20))
    # every line, plus one log row per message (client rows: one client per message)
    assert small_rows == 2 * (LINES + 1)
    assert large_rows == 20 * (LINES + 1)
    # 18,000 more lines would be ~36 MiB as a tree and ~18 MiB as Python rows; streamed
    # and handed on in batches of 200 rows the peak moves by allocator noise only
    assert large_kib < small_kib + 6 * 1024, (small_kib, large_kib)
