# SPDX-License-Identifier: EUPL-1.2
"""The dashboard's commands: `stuurhuis serve` and `stuurhuis users …`."""

from stuurhuis.cli import serve, users

__all__ = ["serve", "users"]
