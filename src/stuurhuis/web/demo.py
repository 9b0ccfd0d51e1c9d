# SPDX-License-Identifier: EUPL-1.2
"""Demo logins (one user per role, fresh random passwords; there is no default one) and
the demo savings programme."""

from datetime import date

import duckdb

from stuurhuis.maatregelen import DEMO_PAD, demo, importeer, snapshots
from stuurhuis.web.auth import Rol, add_user, get_user, set_password, set_wijken
from stuurhuis.web.filters import data_range

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


def demo_maatregelen(con: duckdb.DuckDBPyConnection) -> int | None:
    """Import the demo savings programme once, so the Maatregelen page has data.

    Its peildatum is the last service day in the warehouse; returns the snapshot id, or
    None when a programme was already imported (a municipality's own is never replaced).
    """
    if not snapshots(con).is_empty():
        return None
    found = data_range(con)
    peildatum = found[1] if found else date.today()
    return importeer(con, demo(), peildatum, label="demo", bestand=DEMO_PAD.name)
