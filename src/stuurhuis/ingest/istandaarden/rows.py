# SPDX-License-Identifier: EUPL-1.2
"""Collect canonical text rows column-wise and hand them over as compact Arrow tables."""

from collections.abc import Iterator, Sequence

import pyarrow as pa

from stuurhuis.ingest.reader import LINE_COLUMN

CHUNK_ROWS = 65_536  # rows kept as Python strings before they are packed into Arrow


class RowBuffer:
    """Rows of one kind: Python lists up to :data:`CHUNK_ROWS`, Arrow record batches after.

    A 323 with a million lines is held as Arrow (tens of bytes per line) until the whole
    message has passed validation, never as a DOM or as Python objects.
    """

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = tuple(columns)
        self._schema = pa.schema(
            [pa.field(name, pa.string()) for name in self.columns]
            + [pa.field(LINE_COLUMN, pa.int64())]
        )
        self._values: list[list[str | None]] = [[] for _ in self.columns]
        self._lines: list[int] = []
        self._batches: list[pa.RecordBatch] = []
        self.count = 0

    def append(self, regel: int, row: Sequence[str | None]) -> None:
        """Add one row, values in the order of :attr:`columns` (empty text becomes null)."""
        for values, value in zip(self._values, row, strict=True):
            values.append(value or None)
        self._lines.append(regel)
        self.count += 1
        if len(self._lines) >= CHUNK_ROWS:
            self._pack()

    def _pack(self) -> None:
        if not self._lines:
            return
        arrays = [pa.array(values, pa.string()) for values in self._values]
        arrays.append(pa.array(self._lines, pa.int64()))
        self._batches.append(pa.RecordBatch.from_arrays(arrays, schema=self._schema))
        self._values = [[] for _ in self.columns]
        self._lines = []

    def append_table(self, table: pa.Table) -> None:
        """Add rows that are already columns (:attr:`columns` + ``regel``, all text)."""
        self._pack()
        self._batches.extend(table.select(self._schema.names).cast(self._schema).to_batches())
        self.count += table.num_rows

    def tables(self, max_rows: int) -> Iterator[pa.Table]:
        """The rows as tables of at most ``max_rows`` rows each."""
        self._pack()
        table = pa.Table.from_batches(self._batches, schema=self._schema)
        for start in range(0, table.num_rows, max_rows):
            yield table.slice(start, max_rows)

    def empty_table(self) -> pa.Table:
        return self._schema.empty_table()
