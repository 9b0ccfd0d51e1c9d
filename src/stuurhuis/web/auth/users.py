# SPDX-License-Identifier: EUPL-1.2
"""The dashboard's users and their roles, stored in the warehouse (migration 006)."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.warehouse import load_sql
from stuurhuis.web.auth.passwords import (
    MIN_LENGTH,
    generate_password,
    hash_password,
    verify_password,
)

Rol = Literal["bestuur", "analist", "regisseur", "beheerder"]
ROLES: tuple[Rol, ...] = get_args(Rol)
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_WIJK = re.compile(r"^WK\d{6}$")


class UserError(StuurhuisError):
    """A user that cannot be added, found or changed."""


@dataclass(frozen=True)
class User:
    """A logged-in person: name, role and (for a regisseur) the wijken they work in."""

    naam: str
    rol: Rol
    wijken: tuple[str, ...] = ()
    gewijzigd_op: datetime | None = None

    @property
    def is_openbaar(self) -> bool:
        """Whether this user sees only disclosure-controlled figures (all but analist)."""
        return self.rol != "analist"


def add_user(
    con: duckdb.DuckDBPyConnection,
    naam: str,
    rol: str,
    *,
    wijken: Sequence[str] = (),
    password: str | None = None,
) -> str:
    """Add a user; returns the password (a random one when none is given)."""
    _check_name(naam)
    checked_rol = _check_rol(rol)
    if get_user(con, naam) is not None:
        raise UserError(f"gebruiker {naam!r} bestaat al")
    if wijken and checked_rol != "regisseur":
        raise UserError("alleen een regisseur heeft wijken")
    password = password or generate_password()
    _check_password(password)
    codes = _check_wijken(con, wijken)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            load_sql(__package__, "user_insert.sql"), [naam, checked_rol, hash_password(password)]
        )
        _insert_wijken(con, naam, codes)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return password


def remove_user(con: duckdb.DuckDBPyConnection, naam: str) -> None:
    """Remove a user and their wijken; their sessions stop working at once."""
    _require(con, naam)
    con.execute("DELETE FROM gebruiker_wijk WHERE gebruikersnaam = ?", [naam])
    con.execute("DELETE FROM gebruiker WHERE gebruikersnaam = ?", [naam])


def set_password(con: duckdb.DuckDBPyConnection, naam: str, password: str | None = None) -> str:
    """Give a user a new password (random when none given); ends their sessions."""
    _require(con, naam)
    password = password or generate_password()
    _check_password(password)
    con.execute(
        "UPDATE gebruiker SET wachtwoord_hash = ?, gewijzigd_op = current_timestamp"
        " WHERE gebruikersnaam = ?",
        [hash_password(password), naam],
    )
    return password


def set_wijken(con: duckdb.DuckDBPyConnection, naam: str, wijken: Sequence[str]) -> None:
    """Replace the wijken of a regisseur."""
    user = _require(con, naam)
    if user.rol != "regisseur":
        raise UserError("alleen een regisseur heeft wijken")
    codes = _check_wijken(con, wijken)
    con.execute("DELETE FROM gebruiker_wijk WHERE gebruikersnaam = ?", [naam])
    _insert_wijken(con, naam, codes)


def get_user(con: duckdb.DuckDBPyConnection, naam: str) -> User | None:
    """The active user called ``naam``, or None."""
    row = con.execute(load_sql(__package__, "user_get.sql"), [naam]).fetchone()
    if row is None:
        return None
    rol = _check_rol(row[0])
    wijken = con.execute(load_sql(__package__, "user_wijken.sql"), [naam]).fetchall()
    return User(
        naam=naam, rol=rol, wijken=tuple(sorted(str(w[0]) for w in wijken)), gewijzigd_op=row[1]
    )


def authenticate(con: duckdb.DuckDBPyConnection, naam: str, password: str) -> User | None:
    """The user when ``password`` is theirs; None otherwise (same cost either way)."""
    row = con.execute(
        "SELECT wachtwoord_hash FROM gebruiker WHERE gebruikersnaam = ? AND is_actief", [naam]
    ).fetchone()
    if not verify_password(row[0] if row else None, password):
        return None
    return get_user(con, naam)


def list_users(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """One row per user: name, role, wijken, active, created (never a hash)."""
    return con.execute(load_sql(__package__, "user_list.sql")).pl()


def _require(con: duckdb.DuckDBPyConnection, naam: str) -> User:
    user = get_user(con, naam)
    if user is None:
        raise UserError(f"gebruiker {naam!r} bestaat niet")
    return user


def _insert_wijken(con: duckdb.DuckDBPyConnection, naam: str, codes: Sequence[str]) -> None:
    for code in codes:
        con.execute("INSERT INTO gebruiker_wijk VALUES (?, ?)", [naam, code])


def _check_name(naam: str) -> None:
    if not _NAME.match(naam):
        raise UserError(
            f"ongeldige gebruikersnaam {naam!r}: 2-64 tekens, kleine letters, cijfers, . _ -"
        )


def _check_rol(rol: str) -> Rol:
    if rol not in ROLES:
        raise UserError(f"onbekende rol {rol!r}: kies uit {', '.join(ROLES)}")
    return rol


def _check_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise UserError(f"wachtwoord te kort: minstens {MIN_LENGTH} tekens")


def _check_wijken(con: duckdb.DuckDBPyConnection, wijken: Sequence[str]) -> list[str]:
    codes = sorted({code.strip().upper() for code in wijken if code.strip()})
    bad = [code for code in codes if not _WIJK.match(code)]
    if bad:
        raise UserError(f"ongeldige wijkcode {bad[0]!r}: gebruik de CBS-code, bijv. WK015001")
    known = {
        str(row[0])
        for row in con.execute("SELECT gebied_code FROM gebied WHERE soort = 'wijk'").fetchall()
    }
    unknown = [code for code in codes if known and code not in known]
    if unknown:
        raise UserError(f"wijk {unknown[0]} staat niet in het warehouse")
    return codes
