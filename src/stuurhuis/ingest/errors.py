# SPDX-License-Identifier: EUPL-1.2
"""File-level rejections: one Dutch line naming the file, shown without a traceback."""

from stuurhuis.errors import StuurhuisError


class IngestError(StuurhuisError):
    """A whole file is rejected: unreadable, unknown kind, missing or unknown column."""
