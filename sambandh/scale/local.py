"""The pipeline over local worker processes, results in input order.

:class:`LocalPool` sends documents to a pool of worker processes in small chunks and yields
their articles (or the reasons they have none) in the order the documents came in, so a
parallel run produces the same output, in the same order, as ``Pipeline.run``. With one
worker nothing is started: documents are analysed in the calling process.

Workers are started with ``spawn``: a worker begins from a fresh interpreter, so it inherits
no open database file, lock or thread from the process that writes the store. As with any
``spawn`` pool, a script that uses more than one worker must start it under
``if __name__ == "__main__":`` (workers import the main module).

Example::

    with LocalPool(Options(), workers=4) as pool:
        for item in pool.map(iter_documents(["news/"])):
            ...
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from types import TracebackType
from typing import Any, Self

from ..errors import SambandhError
from ..model import Article, Document, Skipped
from ..pipeline import Options, Pipeline

__all__ = ["CHUNK_SIZE", "LocalPool", "default_workers", "in_order"]

log = logging.getLogger(__name__)

CHUNK_SIZE = 8
"""Documents per task sent to a worker. Chosen, not tuned: on the hindi-news-2020 corpus an article
takes ~11 ms to analyse and ~0.15 ms to pickle there and back, so queueing costs little at any size
above a few, and small chunks share the tail of a run evenly. Time ``sambandh ingest`` on that corpus
after changing it."""

_CHUNKS_IN_FLIGHT_PER_WORKER = 4
"""Chunks submitted ahead per worker: ~0.35 s of work each, more than the writer needs to commit a
batch of 200 (~0.25 s), so workers keep busy while it writes; memory stays bounded however long the
input is."""


def default_workers() -> int:
    """The number of CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@functools.cache
def _pipeline(options: Options) -> Pipeline:
    """One pipeline per process and options: the knowledge base is loaded once per worker."""
    return Pipeline(options=options)


def _analyze(pipeline: Pipeline, document: Document) -> Article | Skipped:
    """The article of one document; a ``SambandhError`` becomes a ``Skipped`` record, as in ``Pipeline.run``."""
    try:
        return pipeline.article(document)
    except SambandhError as err:
        log.warning("skipped %s: %s", document.source.path, err)
        return Skipped(id=document.id, source=document.source, reason="error", detail=str(err))


def _init_worker() -> None:
    """Runs first in each worker: Ctrl-C is the parent's to handle (it stops the workers in order),
    and a worker whose parent dies (killed, out of memory) exits instead of waiting for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, name="exit-with-parent", daemon=True).start()


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()  # returns when the parent process has ended
        os._exit(1)


def _analyze_chunk(options: Options, items: list[Document | Skipped]) -> list[Article | Skipped]:
    """Runs in a worker: the results of one chunk, in order."""
    pipeline = _pipeline(options)
    return [item if isinstance(item, Skipped) else _analyze(pipeline, item) for item in items]


class LocalPool:
    """Analyses documents on ``workers`` local processes and yields results in input order.

    Args:
        options: the run options; every worker builds its pipeline from them.
        workers: worker processes; ``None`` uses every CPU (:func:`default_workers`), 1 runs in the
            calling process.
        chunk_size: documents per task sent to a worker.

    Raises:
        SambandhError: ``workers`` or ``chunk_size`` is below 1; a worker process died (from
            :meth:`map`).
    """

    def __init__(self, options: Options | None = None, *, workers: int | None = None,
                 chunk_size: int = CHUNK_SIZE) -> None:
        self.options = options or Options()
        self.workers = default_workers() if workers is None else workers
        if self.workers < 1 or chunk_size < 1:
            raise SambandhError(f"workers and chunk_size must be at least 1, got {self.workers} and {chunk_size}.")
        self.chunk_size = chunk_size
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stops the workers; work not yet handed back is dropped. Closing twice is harmless."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def map(self, items: Iterable[Document | Skipped]) -> Iterator[Article | Skipped]:
        """Results of ``items`` in their order: a ``Skipped`` passes through, a document is analysed.

        Raises:
            SambandhError: a worker process died (killed, or out of memory).
        """
        if self.workers == 1:
            for item in items:
                yield item if isinstance(item, Skipped) else _analyze(_pipeline(self.options), item)
            return
        pending: deque[Future[list[Article | Skipped]] | list[Article | Skipped]] = deque()
        try:
            yield from in_order(items, pending, chunk_size=self.chunk_size,
                                submit=lambda chunk: self._start().submit(_analyze_chunk, self.options, chunk),
                                resolve=Future.result, ahead=lambda: self.workers * _CHUNKS_IN_FLIGHT_PER_WORKER)
        except BrokenProcessPool as err:
            raise SambandhError(f"A worker process died ({err}); documents already handed back are not "
                                "affected. Run again with fewer --workers if memory is short.") from err
        finally:
            for future in pending:
                if isinstance(future, Future):
                    future.cancel()

    def _start(self) -> ProcessPoolExecutor:
        """The executor, started on first use: a run with nothing to analyse starts no process."""
        if self._executor is None:
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                                 initializer=_init_worker)
            log.info("started %d worker processes", self.workers)
        return self._executor


def in_order(items: Iterable[Document | Skipped], pending: deque, *, chunk_size: int,
             submit: Callable[[list[Document | Skipped]], Any], resolve: Callable[[Any], list[Article | Skipped]],
             ahead: Callable[[], int]) -> Iterator[Article | Skipped]:
    """The loop every pool runs: chunks submitted in input order, results yielded in the same order.

    A chunk with a document goes to ``submit`` (a future, an object ref); a chunk of skips only is
    kept as it is, without a round trip. At most ``ahead()`` chunks are in flight; ``resolve`` waits
    for one. ``pending`` belongs to the caller, which cancels what is left in it when the run stops.
    """
    for chunk in _chunks(items, chunk_size):
        pending.append(submit(chunk) if any(isinstance(item, Document) for item in chunk) else chunk)
        if len(pending) >= ahead():
            yield from _resolved(pending.popleft(), resolve)
    while pending:
        yield from _resolved(pending.popleft(), resolve)


def _resolved(work: Any, resolve: Callable[[Any], list[Article | Skipped]]) -> list[Article | Skipped]:
    return work if isinstance(work, list) else resolve(work)


def _chunks(items: Iterable[Document | Skipped], size: int) -> Iterator[list[Document | Skipped]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
