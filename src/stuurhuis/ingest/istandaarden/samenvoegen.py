# SPDX-License-Identifier: EUPL-1.2
"""Merge the rows of the accepted messages of one file into few, large batches.

A zip batch holds thousands of small messages; the loader has a fixed cost per batch, so
handing it one batch per kind per message is slow. The merger collects the tables of the
messages that passed, in their load order, and yields one table per kind once
``max_rows`` rows are pending (and at the end), kinds in the order they first appeared.
Within a merged table a key given by several messages (a correction, a client in many
messages) keeps the last row, as loading the messages one by one would. Line numbers are
made unique across the members: each message's lines follow those of the one before.
"""

from collections.abc import Iterator

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from stuurhuis.ingest.istandaarden.kinds import KEYS
from stuurhuis.ingest.reader import LINE_COLUMN, RawBatch


class BatchMerger:
    """Collects the batches of accepted messages; rejections pass straight through."""

    def __init__(self, max_rows: int) -> None:
        self._max_rows = max_rows
        self._pending: dict[str, list[pa.Table]] = {}
        self._rows = 0
        self._offset = 0

    def add(self, batches: list[RawBatch]) -> Iterator[RawBatch]:
        """Take one message's batches; yields merged batches when enough are pending."""
        last_line = 0
        for batch in batches:
            if batch.rejections:
                yield batch
                continue
            table = batch.table
            if table.num_rows == 0:
                continue
            lines = table.column(LINE_COLUMN)
            last_line = max(last_line, int(pc.max(lines).as_py() or 0))
            if self._offset:
                position = table.schema.get_field_index(LINE_COLUMN)
                shifted = pc.add(lines, pa.scalar(self._offset, pa.int64()))
                table = table.set_column(position, LINE_COLUMN, shifted)
            self._pending.setdefault(batch.kind, []).append(table)
            self._rows += table.num_rows
        self._offset += last_line
        if self._rows >= self._max_rows:
            yield from self.flush()

    def flush(self) -> Iterator[RawBatch]:
        """Everything pending, one batch per kind."""
        for kind, tables in self._pending.items():
            yield RawBatch(kind, _last_per_key(kind, pa.concat_tables(tables)))
        self._pending = {}
        self._rows = 0


def _last_per_key(kind: str, table: pa.Table) -> pa.Table:
    keys = list(KEYS.get(kind, ()))
    if not keys or table.num_rows < 2:
        return table
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)  # noqa: S101 - a table gives a frame
    if frame.select(keys).is_unique().all():
        return table
    deduplicated = frame.unique(subset=keys, keep="last", maintain_order=True)
    return deduplicated.to_arrow().cast(table.schema)
