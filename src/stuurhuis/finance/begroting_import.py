# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis budget import``: load a budget file through the ingest pipeline.

The file is a canonical ``begroting`` file (CSV with Dutch habits — ``;``, decimal
comma, ``€`` and thousands dots — or XLSX; see ``docs/finance.md``). The ingest
pipeline types it, quarantines bad lines with a reason, and replaces lines with the same
(jaar, taakveld, begrotingspost), so an amended budget overwrites the earlier one and
loading the same file twice changes nothing. Files of another kind are refused before
anything is written.
"""

from pathlib import Path

import duckdb
import polars as pl

from stuurhuis.codelijsten import codelijst, taakveld_crosswalk
from stuurhuis.errors import StuurhuisError
from stuurhuis.ingest.csv_reader import CsvReader, read_layout
from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.loader import FileResult, load_file
from stuurhuis.ingest.registry import pick_reader
from stuurhuis.privacy.pseudonym import Pseudonymiser
from stuurhuis.warehouse import load_sql

SPLIT_YEAR = 2023  # Iv3: 6.71, 6.72, 6.81 and 6.82 are split into sub-taakvelden


def importeer_begroting(
    con: duckdb.DuckDBPyConnection, path: Path, pseudonymiser: Pseudonymiser
) -> FileResult:
    """Load the budget file ``path``; a file of another kind is a one-line error."""
    if not path.is_file():
        raise StuurhuisError(f"{path}: bestand bestaat niet")
    try:
        reader = pick_reader(path)
        kinds = _kinds(reader, path)
        if kinds != {"begroting"}:
            shown = ", ".join(sorted(kinds)) or "onbekend"
            raise StuurhuisError(f"{path.name}: geen begrotingsbestand (bestandssoort {shown})")
        return load_file(con, path, pseudonymiser, reader=reader)
    except IngestError as exc:
        raise StuurhuisError(str(exc)) from exc


def _kinds(reader: object, path: Path) -> set[str]:
    if isinstance(reader, CsvReader):
        return {read_layout(path).kind.name}
    read = getattr(reader, "read", None)
    if read is None:
        return set()
    return {batch.kind for batch in read(path)}


def begroting_overzicht(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Per year: number of budget lines, taakvelden, primitive and amended totals."""
    return con.cursor().execute(load_sql(__package__, "begroting_overzicht.sql")).pl()


def quarantaine_redenen(con: duckdb.DuckDBPyConnection, ingest_id: int | None) -> list[str]:
    """``regel N: reden`` for every line of load ``ingest_id`` that went to quarantine."""
    if ingest_id is None:
        return []
    rows = con.cursor().execute(
        "SELECT regel, reden FROM quarantaine WHERE ingest_id = ? ORDER BY regel", [ingest_id]
    )
    return [f"regel {regel}: {reden}" for regel, reden in rows.fetchall()]


def begroting_waarschuwingen(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Budget lines whose taakveld is unknown or does not fit the year's Iv3 split."""
    known = set(codelijst("taakveld"))
    split = taakveld_crosswalk()
    parents = set(split.values())
    rows = con.cursor().execute("SELECT DISTINCT jaar, taakveld FROM begroting ORDER BY 1, 2")
    messages = []
    for jaar, taakveld in rows.fetchall():
        if taakveld not in known and not str(taakveld).startswith(("0.", "1.", "2.", "3.")):
            messages.append(f"{jaar}: onbekend taakveld {taakveld!r}")
        elif jaar >= SPLIT_YEAR and taakveld in parents:
            messages.append(
                f"{jaar}: taakveld {taakveld} is sinds {SPLIT_YEAR} gesplitst"
                f" (gebruik {', '.join(k for k, v in sorted(split.items()) if v == taakveld)})"
            )
        elif jaar < SPLIT_YEAR and taakveld in split:
            messages.append(
                f"{jaar}: taakveld {taakveld} bestaat pas vanaf {SPLIT_YEAR}"
                f" (vóór: {split[taakveld]})"
            )
    return messages
