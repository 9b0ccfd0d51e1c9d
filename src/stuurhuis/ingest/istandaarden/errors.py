# SPDX-License-Identifier: EUPL-1.2
"""Errors of the message route: a whole file, or one whole message, is refused."""

from stuurhuis.errors import StuurhuisError


class BerichtError(Exception):
    """One message is refused whole (XSD, business rule, malformed): it goes to quarantine.

    Not a :class:`StuurhuisError`: the rest of the batch still loads.
    """

    def __init__(self, reden: str, regel: int = 1) -> None:
        super().__init__(reden)
        self.reden = reden
        self.regel = regel


class XsdDirError(StuurhuisError):
    """The configured XSD folder cannot be used (missing, unreadable or a broken schema)."""
