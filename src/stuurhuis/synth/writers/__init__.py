# SPDX-License-Identifier: EUPL-1.2
"""Writers turn batches of domain records into files. One writer per output format.

A writer is opened on an output folder, receives batches in order (several batches of the
same kind append to the same file) and is closed once. The CSV writer writes the canonical
files of ``docs/sources.md``; the XML writer (``xml``) writes allocations and claims as
iWmo/iJw 3.2 messages and the rest as those CSV files.
"""

from pathlib import Path
from typing import Protocol

from stuurhuis.synth.records import Batch
from stuurhuis.synth.writers.csv import CsvWriter


class Writer(Protocol):
    """What the generator needs from an output format."""

    def write(self, batch: Batch) -> None:
        """Append the batch's rows (and its dirty rows) to the file of its kind."""

    def close(self) -> list[Path]:
        """Flush and close every file; returns the files written."""


def writer_for(fmt: str, out_dir: Path) -> Writer:
    """The writer for ``fmt`` (``csv`` or ``xml``)."""
    if fmt == "csv":
        return CsvWriter(out_dir)
    if fmt == "xml":
        from stuurhuis.synth.writers.xml import XmlWriter  # noqa: PLC0415 (needs lxml)

        return XmlWriter(out_dir)
    raise ValueError(f"unknown synth format {fmt!r}")


FORMATS = ("csv", "xml")

__all__ = ["FORMATS", "Writer", "writer_for"]
