# SPDX-License-Identifier: EUPL-1.2
"""Read the 323s of a batch ahead, in threads or worker processes, while the loader works.

With xmllint installed, the text pass (:func:`.kolommen.ontleed_tekst`, xmllint in its
own process, Arrow and polars outside the GIL) of the next :data:`THREAD_AHEAD` messages
runs in threads of this process; a message it cannot read goes to the tree route here,
when its turn comes. Without xmllint, large batches use worker processes:

Each 323 is independent until its rules meet earlier data: the XSD, the extraction and
the rules within the message (:func:`.kolommen.ontleed`) run in a pool of processes;
the reader takes the results in the batch's order and checks the rest in its own process
(:func:`.kolommen.bind`). At most :attr:`Voorlezer.window` messages are read ahead, so a
1 GB batch still needs memory for a few messages only. Workers are started with
``spawn`` (the loader's process holds a DuckDB connection and its threads: no fork).

A small batch is read in the reader's process: starting a worker costs about a second.
If a worker dies, the rest of the batch is read in the reader's process. (``spawn``
imports the main module again in each worker: a script that ingests must guard its work
with ``if __name__ == "__main__":``, as the ``stuurhuis`` command does.)
"""

import multiprocessing
import os
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType

from stuurhuis.ingest.istandaarden.berichttype import BerichtType
from stuurhuis.ingest.istandaarden.kolommen import Ontleed, ontleed, ontleed_boom, ontleed_tekst
from stuurhuis.ingest.istandaarden.safexml import Opener
from stuurhuis.ingest.istandaarden.tekst323 import xmllint

THREAD_AHEAD = 2  # messages read ahead by the text pass, each in its own thread

POOL_MIN_BYTES = 256 * 2**20  # 323 text (uncompressed) of a file before workers pay off


def default_workers() -> int:
    """One worker per core (the loader's own work overlaps theirs)."""
    return max(1, os.cpu_count() or 1)


class Voorlezer:
    """The :func:`.kolommen.ontleed` results of ``bronnen`` (opener, type), by position.

    ``workers`` <= 1, a single message or less than ``min_bytes`` of text (``sizes``):
    every message is read when asked, in this process.
    """

    def __init__(
        self,
        bronnen: Sequence[tuple[Opener, BerichtType]],
        sizes: Sequence[int],
        xsd_dir: Path,
        *,
        workers: int,
        min_bytes: int = POOL_MIN_BYTES,
    ) -> None:
        self._bronnen = list(bronnen)
        self._xsd_dir = xsd_dir
        self._todo: deque[int] = deque(range(len(self._bronnen)))
        self._futures: dict[int, Future[Ontleed | None]] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._tekst: dict[int, Future[tuple[bool, Ontleed | None]]] = {}
        self.window = 0
        if len(self._bronnen) > 1 and xmllint() is not None:
            # The text pass is C, Rust and xmllint: threads overlap it with the loader at
            # no start-up cost (two: one message's xmllint runs while the other's rows are
            # extracted), and the fallback to the tree stays in this thread.
            self._thread = ThreadPoolExecutor(THREAD_AHEAD, thread_name_prefix="voorlezer")
        elif workers > 1 and len(self._bronnen) > 1 and sum(sizes) >= min_bytes:
            self._pool = ProcessPoolExecutor(
                max_workers=min(workers, len(self._bronnen)),
                mp_context=multiprocessing.get_context("spawn"),
            )
            self.window = 2 * workers
            self._fill()

    def _fill(self) -> None:
        assert self._pool is not None  # noqa: S101 - only called with a pool
        while self._todo and len(self._futures) < self.window:
            positie = self._todo.popleft()
            opener, berichttype = self._bronnen[positie]
            self._futures[positie] = self._pool.submit(ontleed, opener, berichttype, self._xsd_dir)

    def ontleed(self, positie: int) -> Ontleed | None:
        """The result of message ``positie`` (ask in increasing order for read-ahead)."""
        opener, berichttype = self._bronnen[positie]
        if self._thread is not None:
            return self._ontleed_in_thread(positie)
        future = self._futures.pop(positie, None)
        if self._pool is None or future is None:  # no pool, or asked out of order
            return ontleed(opener, berichttype, self._xsd_dir)
        try:
            result = future.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): go on here
            self.close()
            return ontleed(opener, berichttype, self._xsd_dir)
        self._fill()
        return result

    def _ontleed_in_thread(self, positie: int) -> Ontleed | None:
        assert self._thread is not None  # noqa: S101 - only called with a thread
        opener, berichttype = self._bronnen[positie]
        future = self._tekst.pop(positie, None)
        if future is None:
            future = self._thread.submit(ontleed_tekst, opener, berichttype, self._xsd_dir)
        for volgende in range(positie + 1, min(positie + 1 + THREAD_AHEAD, len(self._bronnen))):
            if volgende not in self._tekst:
                bron, typ = self._bronnen[volgende]
                self._tekst[volgende] = self._thread.submit(ontleed_tekst, bron, typ, self._xsd_dir)
        beslist, gelezen = future.result()
        return gelezen if beslist else ontleed_boom(opener, berichttype, self._xsd_dir)

    def close(self) -> None:
        """Stop the workers; what was not read ahead is read in this process."""
        if self._thread is not None:
            for future in self._tekst.values():
                future.cancel()
            self._thread.shutdown(wait=True, cancel_futures=True)
            self._thread = None
            self._tekst.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            self._futures.clear()
            self._todo.clear()

    def __enter__(self) -> "Voorlezer":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
