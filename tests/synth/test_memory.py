# SPDX-License-Identifier: EUPL-1.2
"""Bounded memory: peak RSS hardly grows when the run triples (streamed per unit)."""

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHILD = """
import resource, sys
from pathlib import Path
from stuurhuis.synth import SynthConfig, generate
generate(SynthConfig(inhabitants=int(sys.argv[1]), jaar_van=2023, jaar_tot=2025), Path(sys.argv[2]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_kib(inhabitants: int, out: Path) -> int:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(inhabitants), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def test_peak_memory_is_flat_as_the_run_grows(tmp_path: Path) -> None:
    one = peak_rss_kib(100_000, tmp_path / "one")
    three = peak_rss_kib(300_000, tmp_path / "three")
    assert (tmp_path / "three" / "declaraties.csv").stat().st_size > 2.5 * (
        tmp_path / "one" / "declaraties.csv"
    ).stat().st_size
    assert three < 1.35 * one, (one, three)
