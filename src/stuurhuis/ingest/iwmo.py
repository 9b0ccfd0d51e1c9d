# SPDX-License-Identifier: EUPL-1.2
"""Plug the iWmo/iJw message route into the ingest: its kinds and its reader.

Imported by :mod:`stuurhuis.ingest.registry` (``READER_MODULES``). The reader validates
against ``STUURHUIS_XSD_DIR`` (or ``stuurhuis ingest --xsd-dir``, see :func:`set_xsd_dir`).
"""

from collections.abc import Iterator
from pathlib import Path

import duckdb

from stuurhuis.ingest.istandaarden import IstandaardenReader, specs
from stuurhuis.ingest.reader import RawBatch
from stuurhuis.ingest.registry import register_reader
from stuurhuis.settings import get_settings

specs.register()


class _ConfiguredReader(IstandaardenReader):
    """The registered reader: takes its XSD folder from the settings when it is bound."""

    def __init__(self) -> None:
        super().__init__()
        self.override: Path | None = None

    def configured(self) -> IstandaardenReader:
        return IstandaardenReader(self.override or get_settings().xsd_dir)

    def for_warehouse(self, con: duckdb.DuckDBPyConnection) -> IstandaardenReader:
        return self.configured().for_warehouse(con)

    def read(self, path: Path) -> Iterator[RawBatch]:
        return self.configured().read(path)


READER = _ConfiguredReader()
register_reader(READER)


def set_xsd_dir(xsd_dir: Path | None) -> None:
    """Validate against ``xsd_dir`` from now on (None: back to the setting)."""
    READER.override = xsd_dir
