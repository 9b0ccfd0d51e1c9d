# SPDX-License-Identifier: EUPL-1.2
"""Which year and peildatum a finance view shows for the chosen period."""

from datetime import date

import duckdb

from stuurhuis.finance.jaarprognose import standaard_peildatum
from stuurhuis.periode import Periode


def jaar_en_peildatum(con: duckdb.DuckDBPyConnection, periode: Periode) -> tuple[int, date]:
    """The year of the period's end, as known at that end (or at the data's last booking).

    So choosing 2025-Q2 shows the year-end forecast of 2025 as it stood on 30 June 2025.
    """
    laatste = standaard_peildatum(con)
    return periode.eind.year, min(periode.eind, laatste)
