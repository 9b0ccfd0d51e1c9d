# SPDX-License-Identifier: EUPL-1.2
"""Login attempts: every attempt is recorded and logged; too many failures block logins."""

import logging

import duckdb

from stuurhuis.settings import Settings
from stuurhuis.warehouse import load_sql

log = logging.getLogger("stuurhuis.web.login")


def is_blocked(con: duckdb.DuckDBPyConnection, naam: str, ip: str, settings: Settings) -> bool:
    """Whether ``naam`` or ``ip`` had too many failed logins in the recent window."""
    row = con.execute(
        load_sql(__package__, "logins_failed.sql"), [settings.login_blokkeer_minuten, naam, ip]
    ).fetchone()
    return row is not None and int(row[0]) >= settings.login_max_pogingen


def record(con: duckdb.DuckDBPyConnection, naam: str, ip: str, *, gelukt: bool) -> None:
    """Store one attempt (never the password) and log it."""
    con.execute(
        "INSERT INTO login_poging (tijdstip, gebruikersnaam, ip_adres, is_gelukt)"
        " VALUES (now()::TIMESTAMP, ?, ?, ?)",
        [naam[:64], ip, gelukt],
    )
    if gelukt:
        log.info("login gelukt: gebruiker=%s ip=%s", naam[:64], ip)
    else:
        log.warning("login mislukt: gebruiker=%r ip=%s", naam[:64], ip)
