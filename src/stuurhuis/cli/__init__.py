# SPDX-License-Identifier: EUPL-1.2
"""Command line: parses arguments and calls the packages, nothing more.

Each module below registers its commands on the shared app; import it here.
"""

import stuurhuis.cli.indicators  # noqa: F401  (registers indicators)
from stuurhuis.cli import ingest  # noqa: F401  (registers ingest, status)
from stuurhuis.cli import maatregelen as _maatregelen  # noqa: F401 - registers commands
from stuurhuis.cli import synth as _synth  # noqa: F401  (registers synth)
from stuurhuis.cli import signals as _signals  # noqa: F401 - registers commands
from stuurhuis.cli import web as _web  # noqa: F401 - registers serve, users
from stuurhuis.cli.app import app, main

__all__ = ["app", "main"]
