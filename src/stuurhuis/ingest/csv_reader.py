# SPDX-License-Identifier: EUPL-1.2
"""The canonical CSV reader: separator and encoding detected per file, kind by header.

The rows are never parsed in Python: the loader scans the file with DuckDB's ``read_csv``
(every column text) through :meth:`CsvReader.source`, which is what makes the ingest fast
and its memory flat. :meth:`CsvReader.read` gives the same rows as a :class:`RawBatch` for
the reader contract and for small files.
"""

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from stuurhuis.ingest.encoding import read_first_line, utf8_path
from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.header import match_kind, normalise
from stuurhuis.ingest.kinds import KindSpec
from stuurhuis.ingest.reader import RawBatch

DELIMITERS = (";", "\t", ",")
SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class CsvLayout:
    """What the header row tells: separator, column names (normalised) and kind."""

    delimiter: str
    columns: tuple[str, ...]
    kind: KindSpec


def detect_delimiter(line: str) -> str:
    """The separator that occurs most in the header line (``;`` wins ties)."""
    counts = {delimiter: line.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > 0 else ";"


def read_layout(path: Path) -> CsvLayout:
    """Separator, columns and kind of a canonical CSV file."""
    line = read_first_line(path)
    if not line.strip():
        raise IngestError(f"{path.name}: leeg bestand of lege kopregel")
    delimiter = detect_delimiter(line)
    header = next(csv.reader([line], delimiter=delimiter))
    kind = match_kind(header, path.name)
    return CsvLayout(delimiter, tuple(normalise(name) for name in header), kind)


def relation_sql(layout: CsvLayout) -> str:
    """SQL of the raw rows (text columns + ``regel``); parameters ``$pad``, ``$scheiding``.

    Line numbers follow row order (DuckDB preserves insertion order): ``regel`` is the
    line of the row when no value contains a line break (header = line 1).
    """
    return f"SELECT CAST(row_number() OVER () + 1 AS BIGINT) AS regel, * FROM {scan_sql(layout)}"


def scan_sql(layout: CsvLayout) -> str:
    """SQL of the file's rows as text columns, without line numbers (same parameters).

    A scan without the ``row_number`` window: DuckDB reads only the columns it needs.
    """
    columns = ", ".join(f"'{name}': 'VARCHAR'" for name in layout.columns)
    return (
        "read_csv($pad, delim = $scheiding, header = false, skip = 1, quote = '\"', "
        "escape = '\"', null_padding = true, auto_detect = false, "
        f"columns = {{{columns}}})"
    )


class CsvReader:
    """Canonical CSV/TXT files (``docs/sources.md``)."""

    name = "csv"

    def sniff(self, path: Path, head: bytes) -> bool:
        if path.suffix.lower() in SUFFIXES:
            return True
        first = head.split(b"\n", 1)[0]
        return b"\x00" not in head[:4096] and any(d.encode() in first for d in DELIMITERS)

    def rank(self, path: Path) -> int:
        return read_layout(path).kind.load_rank

    def read(self, path: Path) -> Iterator[RawBatch]:
        layout = read_layout(path)
        with utf8_path(path) as readable:
            con = duckdb.connect()
            try:
                table = con.execute(
                    relation_sql(layout), {"pad": str(readable), "scheiding": layout.delimiter}
                ).to_arrow_table()
            except duckdb.Error as exc:
                raise csv_error(path, exc) from exc
            finally:
                con.close()
        yield RawBatch(layout.kind.name, table)


def csv_error(path: Path, exc: Exception) -> IngestError:
    """A DuckDB CSV error as one line (the raw line is left out: it may hold a BSN)."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    first = first.replace("Invalid Input Error: ", "")
    return IngestError(f"{path.name}: onleesbaar bestand ({first})")
