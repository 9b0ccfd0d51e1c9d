# SPDX-License-Identifier: EUPL-1.2
"""XLSX workbooks: every sheet whose header row matches a kind, read as text.

Cells are turned into the text a CSV export would hold (dates ISO, whole floats without
``.0``) and handed to the same loader as the CSV route, so an XLSX and a CSV with the same
content load the same rows. Line numbers are the Excel row numbers.
"""

import io
import zipfile
from collections.abc import Iterator
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
from openpyxl import load_workbook

from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.header import match_kind, normalise
from stuurhuis.ingest.reader import LINE_COLUMN, RawBatch, Rejection


def cell_text(value: Any) -> str | None:
    """The text of one cell as a CSV export would write it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


class XlsxReader:
    """Excel workbooks (.xlsx) with canonical sheets."""

    name = "xlsx"

    def sniff(self, path: Path, head: bytes) -> bool:
        if not head.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(path) as archive:
                return "xl/workbook.xml" in archive.namelist()
        except zipfile.BadZipFile:
            return False

    def rank(self, path: Path) -> int:
        ranks = list(self._ranks(path))
        return min(ranks) if ranks else 45

    def _ranks(self, path: Path) -> Iterator[int]:
        workbook = self._open(path)
        try:
            for sheet in workbook.worksheets:
                for row in sheet.iter_rows(values_only=True, max_row=1):
                    with suppress(IngestError):
                        yield match_kind([cell_text(c) or "" for c in row], path.name).load_rank
        finally:
            workbook.close()

    def _open(self, path: Path) -> Any:
        # From memory: a read-only workbook leaves the file handle of a sheet that was not
        # read to the end (the header sniff) open until garbage collection.
        try:
            return load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
        except Exception as exc:
            raise IngestError(f"{path.name}: onleesbaar Excel-bestand") from exc

    def read(self, path: Path) -> Iterator[RawBatch]:
        workbook = self._open(path)
        try:
            found = False
            first_error: IngestError | None = None
            for sheet in workbook.worksheets:
                try:
                    batch = _read_sheet(sheet, f"{path.name} [{sheet.title}]")
                except IngestError as exc:
                    first_error = first_error or exc
                    continue
                if batch is not None:
                    found = True
                    yield batch
            if not found:
                raise first_error or IngestError(f"{path.name}: geen blad met een bekende kopregel")
        finally:
            workbook.close()


def _read_sheet(sheet: Any, label: str) -> RawBatch | None:
    rows = sheet.iter_rows(values_only=True)
    header_row = next(rows, None)
    if header_row is None:
        return None
    header = [cell_text(value) or "" for value in header_row]
    while header and not header[-1]:
        header.pop()
    if not header:
        return None
    kind = match_kind(header, label)
    names = [normalise(name) for name in header]
    columns: list[list[str | None]] = [[] for _ in names]
    lines: list[int] = []
    rejections: list[Rejection] = []
    for number, row in enumerate(rows, start=2):
        texts = [cell_text(value) for value in row]
        if all(text is None or not text.strip() for text in texts):
            continue
        extra = [text for text in texts[len(names) :] if text is not None and text.strip()]
        if extra:
            rejections.append(Rejection(number, "meer waarden dan kolommen in de kopregel", ""))
            continue
        texts += [None] * (len(names) - len(texts))
        lines.append(number)
        for index, text in enumerate(texts[: len(names)]):
            columns[index].append(text)
    arrays = [pa.array(lines, pa.int64())] + [pa.array(c, pa.string()) for c in columns]
    return RawBatch(kind.name, pa.table(arrays, names=[LINE_COLUMN, *names]), rejections)
