"""Ingest: read inputs, analyse them on local workers, write them to the store in batches.

One writer, many analysers. Documents are read in the calling process, analysed by a
:class:`~sambandh.scale.local.LocalPool`, and come back in input order; the calling process
alone writes the store, one transaction per batch of consecutive inputs (articles and skipped
documents together, :meth:`Store.add_batch`).

Crash safety follows from three facts: every row is keyed by content (an article's id is the
sha1 of its document's content, an event's id a hash of its article id and evidence), a batch
is committed wholly or not at all, and batches are committed in input order. So a run killed
at any moment leaves a prefix of the input stored, and running it again adds exactly the rest:
the same rows and the same event ids as a run that was never interrupted. Documents whose
article is already stored are not analysed again, so the second run is quick.

Readers while an ingest runs: DuckDB lets one process open a file for writing, and no other
process open it at all meanwhile. Given a path, the writer therefore holds the file only while
it looks ids up or commits a batch (tens of milliseconds per batch; the analysis, which takes
the time, runs with the file released). Between those moments other processes can open the
store read-only; a reader that holds the file makes the writer wait (up to ``lock_wait``
seconds per session) rather than fail. Given an open :class:`Store`, the writer keeps it, and
readers in the same process use cursors of that connection.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..ingest import iter_documents
from ..model import Article, Document, Skipped
from ..pipeline import Options
from ..store import Store
from ..store.database import DEFAULT_BATCH_SIZE, LOCK_WAIT_SECONDS
from .local import LocalPool

if TYPE_CHECKING:
    from .ray import RayPool

__all__ = ["LOCK_WAIT_SECONDS", "IngestSummary", "ingest"]

log = logging.getLogger(__name__)

_LOOKUP_CHUNK = 500
"""Documents whose ids are looked up in the store at once, to skip those already stored."""


@dataclass(slots=True, kw_only=True)
class IngestSummary:
    """A running tally of one ingest; complete once :func:`ingest` returns it."""

    documents: int = 0
    """Inputs read: documents, and records skipped before analysis (bad lines, empty files)."""
    articles: int = 0
    """Articles added to the store."""
    duplicates: int = 0
    """Articles already stored, by an earlier run or earlier in this one."""
    skipped: Counter[str] = field(default_factory=Counter)
    """Inputs that gave no article, by reason."""
    entities: int = 0
    """Entities new to the store."""
    events: int = 0
    """Events added to the store."""
    batches: int = 0
    """Transactions committed."""
    seconds: float = 0.0
    stored: dict[str, int] = field(default_factory=dict)
    """What the store holds at the end (:meth:`Store.counts`)."""

    @property
    def documents_per_second(self) -> float:
        """Documents read (articles, duplicates and skips) per second of the run."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    @property
    def articles_per_second(self) -> float:
        """Articles (added or already stored) per second of the run."""
        return (self.articles + self.duplicates) / self.seconds if self.seconds > 0 else 0.0


Callback = Callable[[IngestSummary], None]


def ingest(
    paths: Iterable[str | Path],
    store: Store | str | Path,
    *,
    options: Options | None = None,
    workers: int | None = None,
    cluster: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    lock_wait: float = LOCK_WAIT_SECONDS,
    on_item: Callback | None = None,
    on_commit: Callback | None = None,
) -> IngestSummary:
    """Returns the summary of reading, analysing and storing files and folders.

    Args:
        paths: files or folders, read as by :func:`sambandh.ingest.iter_documents`.
        store: an open store, kept for the whole run; or a database path, opened (and created and
            migrated as needed) only to look ids up and to commit, so other processes can read it
            in between.
        options: the run options (input format, size limit, stages).
        workers: analysing processes; ``None`` uses every CPU, 1 analyses in this process. With
            ``cluster``, Ray actors; ``None`` uses every CPU of the cluster.
        cluster: a Ray address (``"auto"``, ``"ray://host:10001"``, or ``"local"`` to start Ray
            here) to analyse on instead of local processes (:class:`~sambandh.scale.ray.RayPool`).
        batch_size: inputs (articles and skipped documents) per transaction.
        lock_wait: with a path, seconds to wait for readers to release the file, per session.
        on_item: called with the running tally after each input is analysed (a progress bar).
        on_commit: called with the running tally after each batch is committed.

    Raises:
        InputError: ``options.format`` names no reader.
        StoreError: the store could not be opened, or locked within ``lock_wait`` ([E012]); a batch
            could not be written ([E040]). Batches committed before stay stored.
        SambandhError: a worker process died.
    """
    options = options or Options()
    writer = _Writer(store, lock_wait=lock_wait)
    started = time.perf_counter()
    summary = IngestSummary()
    batch: list[Article | Skipped] = []

    def commit() -> None:
        with writer.session() as db:
            written = db.add_batch(batch)
        summary.articles += written.articles
        summary.duplicates += written.duplicates
        summary.entities += written.entities
        summary.events += written.events
        summary.batches += 1
        summary.seconds = time.perf_counter() - started
        batch.clear()
        log.info("committed batch %d: %d inputs so far", summary.batches, summary.documents)
        if on_commit is not None:
            on_commit(summary)

    def stored(count: int) -> None:
        summary.documents += count
        summary.duplicates += count
        if on_item is not None and count:
            summary.seconds = time.perf_counter() - started
            on_item(summary)

    with writer.session():  # fail early on a bad path; create and migrate a new store
        pass
    documents = iter_documents(paths, fmt=options.format, max_bytes=options.max_bytes)
    with _pool(options, workers=workers, cluster=cluster) as pool:
        for item in pool.map(_unless_stored(documents, writer, on_stored=stored)):
            summary.documents += 1
            if isinstance(item, Skipped):
                summary.skipped[item.reason] += 1
            batch.append(item)
            if len(batch) >= batch_size:
                commit()
            if on_item is not None:
                summary.seconds = time.perf_counter() - started
                on_item(summary)
        if batch:
            commit()
    with writer.session() as db:
        summary.stored = db.counts()
    summary.seconds = time.perf_counter() - started
    return summary


def _pool(options: Options, *, workers: int | None, cluster: str | None) -> LocalPool | RayPool:
    if cluster is None:
        return LocalPool(options, workers=workers)
    from .ray import RayPool  # Ray is an optional extra

    return RayPool(options, address=cluster, workers=workers)


class _Writer:
    """The store for one short session at a time: kept open when given open, else opened per session."""

    def __init__(self, store: Store | str | Path, *, lock_wait: float) -> None:
        self._store = store if isinstance(store, Store) else None
        self._path = None if isinstance(store, Store) else str(store)
        self._lock_wait = lock_wait

    @contextmanager
    def session(self) -> Iterator[Store]:
        if self._store is not None:
            yield self._store
            return
        store = self._open()
        try:
            yield store
        finally:
            store.close()

    def _open(self) -> Store:
        return Store.open(self._path, wait=self._lock_wait)


def _unless_stored(items: Iterable[Document | Skipped], writer: _Writer, *,
                   on_stored: Callable[[int], None]) -> Iterator[Document | Skipped]:
    """The items, less documents whose article is already stored (an article's id is its document's)."""
    it = iter(items)
    while chunk := list(islice(it, _LOOKUP_CHUNK)):
        ids = [item.id for item in chunk if isinstance(item, Document)]
        with writer.session() as db:
            known = db.stored_articles(ids)
        if known:
            log.info("%d documents already stored, not analysed again", len(known))
        dropped = 0
        for item in chunk:
            if isinstance(item, Document) and item.id in known:
                dropped += 1
                continue
            yield item
        on_stored(dropped)
