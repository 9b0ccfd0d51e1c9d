# SPDX-License-Identifier: EUPL-1.2
"""Command line: parses arguments and calls the packages, nothing more.

Each module below registers its commands on the shared app; import it here.
"""

from stuurhuis.cli import serve, users  # noqa: F401 - registers commands
from stuurhuis.cli.app import app, main

__all__ = ["app", "main"]
