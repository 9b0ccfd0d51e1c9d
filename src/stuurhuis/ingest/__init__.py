# SPDX-License-Identifier: EUPL-1.2
"""Ingest: recognise source files, read, validate, pseudonymise, quarantine, load.

Public surface: :func:`ingest_paths` (files and folders), :func:`load_file` (one file, one
transaction), the kind registry (:func:`register_kind`, :func:`get_kind`) and the reader
registry (:func:`register_reader`). See ``docs/ingest.md``.
"""

from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.kinds import ColumnSpec, KindSpec, all_kinds, get_kind, register_kind
from stuurhuis.ingest.loader import FileResult, load_file
from stuurhuis.ingest.registry import register_reader
from stuurhuis.ingest.service import IngestReport, ingest_paths

__all__ = [
    "ColumnSpec",
    "FileResult",
    "IngestError",
    "IngestReport",
    "KindSpec",
    "all_kinds",
    "get_kind",
    "ingest_paths",
    "load_file",
    "register_kind",
    "register_reader",
]
