"""The pipeline over a Ray cluster, results in input order: the same interface as ``LocalPool``.

When a crawl outgrows one machine, :class:`RayPool` sends documents in chunks to Ray actors, each
holding one :class:`~sambandh.pipeline.Pipeline` (the knowledge base and models load once per
actor), and yields their articles in the order the documents came in. Reading the input and
writing the store stay in the calling process: DuckDB has one writer, and a batch is committed
only after every result before it has come back, so a run on a cluster stores exactly what a
local run stores, and a killed run resumes the same way.

Every node needs sambandh installed (the same version); documents travel to the actors, so the
input files need only be readable where the run is started.

Example::

    with RayPool(Options(), address="auto") as pool:      # a running cluster (`ray start --head`)
        for item in pool.map(iter_documents(["crawl/"])):
            ...

``address="local"`` starts a Ray instance on this machine for the run, which is how the tests
exercise it.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Self

from ..errors import E051, SambandhError
from ..model import Article, Document, Skipped
from ..pipeline import Options
from .local import CHUNK_SIZE, _analyze_chunk, default_workers, in_order

__all__ = ["LOCAL", "RayPool"]

log = logging.getLogger(__name__)

LOCAL = "local"
"""The address that starts a Ray instance on this machine instead of joining a cluster."""

_CHUNKS_IN_FLIGHT_PER_ACTOR = 4
"""As for local workers: enough queued that actors keep busy while the writer commits, and memory
stays bounded however long the input is."""


def _ray() -> Any:
    try:
        import ray
    except ImportError as err:
        raise SambandhError(E051) from err
    return ray


class RayPool:
    """Analyses documents on ``workers`` Ray actors and yields results in input order.

    Args:
        options: the run options; every actor builds its pipeline from them.
        address: a Ray cluster address (``"auto"`` for the one ``ray start`` made on this node,
            ``"ray://host:10001"`` for a remote one), or ``"local"`` to start Ray here for the run.
        workers: actors, one CPU each; ``None`` uses every CPU of the cluster.
        chunk_size: documents per task sent to an actor.

    Raises:
        SambandhError: Ray is not installed ([E051]); ``workers`` or ``chunk_size`` is below 1; an
            actor died (from :meth:`map`).
    """

    def __init__(self, options: Options | None = None, *, address: str = LOCAL, workers: int | None = None,
                 chunk_size: int = CHUNK_SIZE) -> None:
        if (workers is not None and workers < 1) or chunk_size < 1:
            raise SambandhError(f"workers and chunk_size must be at least 1, got {workers} and {chunk_size}.")
        self.options = options or Options()
        self.address = address
        self.workers = workers
        self.chunk_size = chunk_size
        self._actors: list[Any] = []
        self._started_ray = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stops the actors, and Ray itself when this pool started it. Closing twice is harmless."""
        if not self._actors and not self._started_ray:
            return
        ray = _ray()
        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started_ray:
            ray.shutdown()
            self._started_ray = False

    def map(self, items: Iterable[Document | Skipped]) -> Iterator[Article | Skipped]:
        """Results of ``items`` in their order: a ``Skipped`` passes through, a document is analysed.

        Raises:
            SambandhError: an actor died (its node lost, or out of memory).
        """
        ray = _ray()
        pending: deque[Any] = deque()
        turns = itertools.count()

        def submit(chunk: list[Document | Skipped]) -> Any:
            actors = self._start()
            return actors[next(turns) % len(actors)].analyze.remote(chunk)

        try:
            yield from in_order(items, pending, chunk_size=self.chunk_size, submit=submit, resolve=ray.get,
                                ahead=lambda: max(1, len(self._actors)) * _CHUNKS_IN_FLIGHT_PER_ACTOR)
        except ray.exceptions.RayActorError as err:
            raise SambandhError(f"A Ray actor died ({err}); documents already handed back are not affected. "
                                "Run again to finish: stored articles are not analysed twice.") from err
        finally:
            for ref in pending:
                if not isinstance(ref, list):
                    ray.cancel(ref, force=True)

    def _start(self) -> list[Any]:
        """The actors, started on first use: a run with nothing to analyse starts no cluster work."""
        if self._actors:
            return self._actors
        ray = _ray()
        if not ray.is_initialized():
            if self.address == LOCAL:
                ray.init(num_cpus=self.workers or default_workers(), include_dashboard=False,
                         log_to_driver=False, configure_logging=False)
            else:
                ray.init(address=self.address, log_to_driver=False, configure_logging=False)
            self._started_ray = True
        count = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        analyser = ray.remote(num_cpus=1)(_Analyser)
        self._actors = [analyser.remote(self.options) for _ in range(count)]
        log.info("started %d Ray actors (%s)", count, self.address)
        return self._actors


class _Analyser:
    """A Ray actor: one pipeline, loaded once, analysing chunk after chunk."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def analyze(self, chunk: list[Document | Skipped]) -> list[Article | Skipped]:
        return _analyze_chunk(self.options, chunk)
