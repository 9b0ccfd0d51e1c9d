# SPDX-License-Identifier: EUPL-1.2
"""Pseudonym tables for the ingest: distinct raw values -> pseudonym, in memory only.

The loader asks DuckDB for the distinct BSNs (or household keys) of a file, this module
validates and pseudonymises them, and the loader registers the result as an in-memory
Arrow table that the staging SQL joins. The raw values live only in this process's
memory; no table holding them is ever created in the warehouse.
"""

from collections.abc import Iterable

import pyarrow as pa

from stuurhuis.privacy.bsn import is_valid_bsn
from stuurhuis.privacy.pseudonym import Pseudonymiser

SCHEMA = pa.schema([("waarde", pa.string()), ("pseudoniem", pa.string())])


def pseudonym_table(
    values: Iterable[str | None], pseudonymiser: Pseudonymiser, *, domain: str
) -> pa.Table:
    """A (waarde, pseudoniem) table; for ``domain="bsn"`` an invalid BSN gets NULL.

    ``values`` are trimmed raw texts; NULL values are skipped.
    """
    waarden: list[str] = []
    pseudoniemen: list[str | None] = []
    check = domain == "bsn"
    for value in values:
        if value is None:
            continue
        waarden.append(value)
        if check and not is_valid_bsn(value):
            pseudoniemen.append(None)
        else:
            pseudoniemen.append(pseudonymiser.pseudonym(value, domain=domain))
    return pa.table(
        [pa.array(waarden, pa.string()), pa.array(pseudoniemen, pa.string())], schema=SCHEMA
    )
