# SPDX-License-Identifier: EUPL-1.2
"""Demo logins: one user per role with a fresh random password (there is no default one)."""

import duckdb

from stuurhuis.web.auth import Rol, add_user, get_user, set_password, set_wijken

DEMO_USERS: tuple[tuple[str, Rol], ...] = (
    ("bestuur", "bestuur"),
    ("analist", "analist"),
    ("regisseur", "regisseur"),
    ("beheerder", "beheerder"),
)


def demo_users(con: duckdb.DuckDBPyConnection) -> list[tuple[str, Rol, str]]:
    """Create (or reset) the demo users; returns (name, role, password) to print once.

    The regisseur gets the first two wijken of the warehouse.
    """
    wijken = [
        str(row[0])
        for row in con.execute(
            "SELECT gebied_code FROM gebied WHERE soort = 'wijk' ORDER BY gebied_code LIMIT 2"
        ).fetchall()
    ]
    created = []
    for naam, rol in DEMO_USERS:
        eigen = wijken if rol == "regisseur" else []
        if get_user(con, naam) is None:
            password = add_user(con, naam, rol, wijken=eigen)
        else:
            password = set_password(con, naam)
            if rol == "regisseur":
                set_wijken(con, naam, eigen)
        created.append((naam, rol, password))
    return created
