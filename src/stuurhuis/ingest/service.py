# SPDX-License-Identifier: EUPL-1.2
"""Ingest a set of paths: select files, order them, load each, collect the results."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.files import select_files
from stuurhuis.ingest.loader import FileResult, load_file
from stuurhuis.ingest.reader import Reader
from stuurhuis.ingest.registry import load_rank, pick_reader
from stuurhuis.privacy.pseudonym import Pseudonymiser

Progress = Callable[[str, int, int], None]  # (file name, done, total)


@dataclass
class IngestReport:
    """Per file what happened, plus the files a folder walk skipped."""

    results: list[FileResult] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def has_rejections(self) -> bool:
        return any(result.status == "geweigerd" for result in self.results)

    def table(self) -> pl.DataFrame:
        """One row per file: bestand, soort, status, counts, melding."""
        rows = [
            {
                "bestand": r.bestand,
                "soort": r.soort,
                "status": r.status,
                "aantal_gelezen": r.gelezen,
                "aantal_geladen": r.geladen,
                "aantal_quarantaine": r.quarantaine,
                "aantal_gemarkeerd": r.gemarkeerd,
                "melding": r.melding,
            }
            for r in self.results
        ]
        schema = {
            "bestand": pl.String,
            "soort": pl.String,
            "status": pl.String,
            "aantal_gelezen": pl.Int64,
            "aantal_geladen": pl.Int64,
            "aantal_quarantaine": pl.Int64,
            "aantal_gemarkeerd": pl.Int64,
            "melding": pl.String,
        }
        return pl.DataFrame(rows, schema=schema)


def ingest_paths(
    con: duckdb.DuckDBPyConnection,
    paths: list[Path],
    pseudonymiser: Pseudonymiser,
    *,
    progress: Progress | None = None,
) -> IngestReport:
    """Load every file under ``paths``; a rejected file does not stop the others."""
    selection = select_files(paths)
    report = IngestReport(skipped=selection.skipped)
    planned: list[tuple[int, int, Path, Reader]] = []
    for order, path in enumerate(selection.files):
        try:
            reader = pick_reader(path)
            rank = load_rank(reader, path)
        except IngestError as exc:
            report.results.append(_rejected(path, exc))
            continue
        planned.append((rank, order, path, reader))
    planned.sort(key=lambda item: (item[0], item[1]))
    for done, (_, _, path, reader) in enumerate(planned):
        if progress:
            progress(path.name, done, len(planned))
        try:
            report.results.append(load_file(con, path, pseudonymiser, reader=reader))
        except IngestError as exc:
            report.results.append(_rejected(path, exc))
    if progress:
        progress("", len(planned), len(planned))
    return report


def _rejected(path: Path, exc: IngestError) -> FileResult:
    return FileResult(bestand=path.name, status="geweigerd", melding=str(exc))
