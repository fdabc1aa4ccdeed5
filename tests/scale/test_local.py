"""LocalPool: the pipeline over worker processes gives what the calling process gives, in order."""

from __future__ import annotations

import pytest
from scale.pool_inputs import essentials, inputs

from sambandh.errors import SambandhError
from sambandh.model import Article, Skipped, Source
from sambandh.pipeline import Options
from sambandh.scale.local import LocalPool, default_workers


@pytest.fixture(scope="module")
def in_process() -> list[Article | Skipped]:
    with LocalPool(workers=1) as pool:
        return list(pool.map(inputs()))


@pytest.mark.parametrize("workers,chunk_size", [(2, 1), (2, 8)])
def test_local_pool_matches_in_process_order_and_results(in_process, workers, chunk_size):
    with LocalPool(workers=workers, chunk_size=chunk_size) as pool:
        parallel = list(pool.map(inputs()))
    assert [essentials(i) for i in parallel] == [essentials(i) for i in in_process]


def test_local_pool_passes_skipped_through_in_place(in_process):
    assert isinstance(in_process[3], Skipped) and in_process[3].reason == "bad-record"
    assert isinstance(in_process[7], Skipped) and in_process[7].reason == "empty"
    assert sum(isinstance(i, Article) for i in in_process) == len(in_process) - 2


def test_local_pool_one_worker_starts_no_process():
    pool = LocalPool(Options(events=False), workers=1)
    assert [type(i) for i in pool.map(inputs()[:2])] == [Article, Article]
    assert pool._executor is None


@pytest.mark.parametrize("workers,chunk_size", [(0, 8), (2, 0)])
def test_local_pool_rejects_bad_sizes(workers, chunk_size):
    with pytest.raises(SambandhError):
        LocalPool(workers=workers, chunk_size=chunk_size)


def test_local_pool_default_workers_is_cpu_count():
    assert LocalPool().workers == default_workers() >= 1


def test_local_pool_starts_no_worker_when_nothing_needs_analysis():
    skipped = [Skipped(id=str(n), source=Source(path="bad.jsonl"), reason="bad-record") for n in range(20)]
    with LocalPool(workers=2, chunk_size=3) as pool:
        assert list(pool.map(skipped)) == skipped
        assert pool._executor is None
