# SPDX-License-Identifier: EUPL-1.2
"""The registry of readers: the first reader whose ``sniff`` accepts a file reads it.

Readers are tried in order; the canonical CSV reader comes last because it accepts any
delimited text. Other packages add readers with :func:`register_reader` (the iWmo/iJw XML
reader does so when ``stuurhuis.ingest`` is imported, see ``READER_MODULES``).
"""

import importlib
from pathlib import Path

from stuurhuis.ingest.cbs_reader import CbsReader
from stuurhuis.ingest.csv_reader import CsvReader
from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.reader import Reader
from stuurhuis.ingest.xlsx_reader import XlsxReader

HEAD_BYTES = 64 * 1024
DEFAULT_RANK = 45  # readers without ``rank``: after allocations and claims of the CSV route

# Modules that register further readers on import (optional: skipped when absent).
READER_MODULES: tuple[str, ...] = ("stuurhuis.ingest.iwmo",)

_EXTRA: list[Reader] = []
_loaded = False


def register_reader(reader: Reader) -> None:
    """Add ``reader`` before the built-in fallbacks (XLSX, CSV)."""
    if all(existing.name != reader.name for existing in _EXTRA):
        _EXTRA.append(reader)


def readers() -> list[Reader]:
    """All readers in sniffing order."""
    _load_modules()
    return [CbsReader(), *_EXTRA, XlsxReader(), CsvReader()]


def pick_reader(path: Path) -> Reader:
    """The reader for ``path``, or a one-line rejection."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise IngestError(f"{path.name}: onleesbaar bestand ({exc.strerror})") from exc
    if not head:
        raise IngestError(f"{path.name}: leeg bestand")
    for reader in readers():
        if reader.sniff(path, head):
            return reader
    raise IngestError(f"{path.name}: onbekende bestandssoort")


def load_rank(reader: Reader, path: Path) -> int:
    """Where ``path`` goes in the load order (reference data first)."""
    rank = getattr(reader, "rank", None)
    if rank is None:
        return DEFAULT_RANK
    return int(rank(path))


def _load_modules() -> None:
    global _loaded  # noqa: PLW0603 - one-time import of optional reader modules
    if _loaded:
        return
    _loaded = True
    for module in READER_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
