# SPDX-License-Identifier: EUPL-1.2
"""Who is looking: the user and role that every case-level view is checked and logged for.

The users/roles store lives in the web package; its logged-in user fits :class:`MetRol`,
the protocol every case-level view is checked and logged against. The CLI acts as the
operating-system user with role ``analist`` (see :func:`cli_gebruiker`).
"""

import getpass
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal, Protocol, get_args

from stuurhuis.errors import StuurhuisError

Rol = Literal["bestuur", "analist", "regisseur", "beheerder"]
ROLLEN: tuple[str, ...] = get_args(Rol)


class MetRol(Protocol):
    """Anything that says who is looking: the CLI's :class:`Gebruiker` or the dashboard's
    logged-in user (``stuurhuis.web.auth.User``), without this package importing the web."""

    @property
    def naam(self) -> str: ...

    @property
    def rol(self) -> str: ...

    @property
    def wijken(self) -> Collection[str]: ...


@dataclass(frozen=True)
class Gebruiker:
    """A named user with one role; a ``regisseur`` works in the listed wijken only."""

    naam: str
    rol: Rol
    wijken: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.naam.strip():
            raise StuurhuisError("gebruiker zonder naam")
        if self.rol not in ROLLEN:
            raise StuurhuisError(f"onbekende rol {self.rol!r}: kies uit {', '.join(ROLLEN)}")


def cli_gebruiker(rol: Rol = "analist") -> Gebruiker:
    """The operating-system user running the command line, in ``rol``."""
    try:
        naam = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers): still audit something
        naam = "onbekend"
    return Gebruiker(naam=f"os:{naam}", rol=rol)
