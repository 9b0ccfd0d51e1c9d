# SPDX-License-Identifier: EUPL-1.2
"""Argument helpers the signals and maatregelen commands share: dates and the warehouse."""

import re
from datetime import date
from pathlib import Path

import duckdb

from stuurhuis.errors import StuurhuisError
from stuurhuis.warehouse import connect

_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$")


def parse_datum(text: str, option: str) -> date:
    """An ISO (jjjj-mm-dd) or Dutch (dd-mm-jjjj) date, or a one-line error naming the option."""
    match = _DUTCH_DATE.match(text.strip())
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise StuurhuisError(f"{option} {text!r} is geen datum (jjjj-mm-dd of dd-mm-jjjj)") from exc


def open_warehouse(db: Path) -> duckdb.DuckDBPyConnection:
    """The existing warehouse at ``db``; never silently a new, empty one."""
    if not db.exists():
        raise StuurhuisError(f"warehouse {db} bestaat niet: laad eerst gegevens met ingest")
    return connect(db)
