# SPDX-License-Identifier: EUPL-1.2
"""The one interface every source reader implements, and what it hands to the loader.

A reader knows a file format and nothing about indicators. It recognises its files by
content (:meth:`Reader.sniff`) and turns a file into raw batches: rows of one canonical
kind (see ``docs/sources.md``) with every value still text, plus the rows or messages it
had to reject whole. Typing, validation, pseudonymisation and loading happen once, in the
loader, for every reader alike — so the CSV route and the XML route cannot drift apart.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyarrow as pa

from stuurhuis.ingest.errors import IngestError

__all__ = ["LINE_COLUMN", "IngestError", "RawBatch", "Reader", "Rejection"]

LINE_COLUMN = "regel"  # 1-based line (CSV: header is line 1) or message line number (XML)


@dataclass(frozen=True)
class Rejection:
    """A row or message rejected before typing: quarantined with file, line and reason."""

    regel: int
    reden: str
    ruwe_regel: str  # raw text with every BSN already masked
    bedrag_cent: int | None = None


@dataclass
class RawBatch:
    """Rows of one canonical kind, all columns text, plus rejections.

    ``table`` has the canonical column names of ``kind`` (a subset when optional columns
    are absent) and the int64 column ``regel``. Amounts are euro text, as in the canonical
    files (readers of cent-based sources write ``"12.34"``).
    """

    kind: str
    table: pa.Table
    rejections: list[Rejection] = field(default_factory=list)


class Reader(Protocol):
    """Recognises and reads one source format."""

    name: str

    def sniff(self, path: Path, head: bytes) -> bool:
        """True when this reader reads ``path``; ``head`` is its first 64 KiB."""
        ...

    def read(self, path: Path) -> Iterator[RawBatch]:
        """The batches of ``path``; raise ``IngestError`` for a file-level rejection."""
        ...
