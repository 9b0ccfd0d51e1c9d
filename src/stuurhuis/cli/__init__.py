# SPDX-License-Identifier: EUPL-1.2
"""Command line: parses arguments and calls the packages, nothing more.

Each module below registers its commands on the shared app; import it here.
"""

from stuurhuis.cli import demo as _demo  # noqa: F401  (demo)
from stuurhuis.cli import finance as _finance  # noqa: F401  (budget, forecast, backtest, meerjarig)
from stuurhuis.cli import indicators as _indicators  # noqa: F401  (indicators)
from stuurhuis.cli import ingest as _ingest  # noqa: F401  (ingest, status)
from stuurhuis.cli import maatregelen as _maatregelen  # noqa: F401  (maatregelen)
from stuurhuis.cli import report as _report  # noqa: F401  (report)
from stuurhuis.cli import signals as _signals  # noqa: F401  (signals, audit)
from stuurhuis.cli import synth as _synth  # noqa: F401  (synth)
from stuurhuis.cli import web as _web  # noqa: F401  (serve, users)
from stuurhuis.cli.app import app, main

__all__ = ["app", "main"]
