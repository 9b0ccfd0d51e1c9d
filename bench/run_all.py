# SPDX-License-Identifier: EUPL-1.2
"""Run every benchmark script in this folder (``*_bench.py``) one after another.

Each script prints its own figures and the baseline it measured in the same run; record
them in ``bench/RESULTS.md`` with the machine. ``make bench`` calls this file.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("*_bench.py")):
        print(f"\n=== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script), *sys.argv[1:]], check=False)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
