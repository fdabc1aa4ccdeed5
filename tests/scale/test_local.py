"""LocalPool: the pipeline over worker processes gives what the calling process gives, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from sambandh.errors import SambandhError
from sambandh.ingest import iter_documents
from sambandh.model import Article, Document, Skipped, Source
from sambandh.pipeline import Options
from sambandh.scale.local import LocalPool, default_workers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _essentials(item: Article | Skipped) -> tuple:
    """What must not depend on the process: ids, text, entities found and events coded."""
    if isinstance(item, Skipped):
        return ("skipped", item.id, item.reason)
    return (item.id, item.title, tuple(s.text for s in item.sentences),
            tuple(e.id for e in item.entities), tuple(e.to_dict()["id"] for e in item.events))


def _inputs() -> list[Document | Skipped]:
    items = list(iter_documents([EXAMPLES / "hi", EXAMPLES / "jsonl"]))
    # a record skipped before analysis, and one the extractor skips, among the documents
    items.insert(3, Skipped(id="x", source=Source(path="bad.jsonl"), reason="bad-record"))
    items.insert(7, Document(source=Source(path="blank.txt"), content="   \n "))
    return items


@pytest.fixture(scope="module")
def in_process() -> list[Article | Skipped]:
    with LocalPool(workers=1) as pool:
        return list(pool.map(_inputs()))


@pytest.mark.parametrize("workers,chunk_size", [(2, 1), (2, 8)])
def test_local_pool_matches_in_process_order_and_results(in_process, workers, chunk_size):
    with LocalPool(workers=workers, chunk_size=chunk_size) as pool:
        parallel = list(pool.map(_inputs()))
    assert [_essentials(i) for i in parallel] == [_essentials(i) for i in in_process]


def test_local_pool_passes_skipped_through_in_place(in_process):
    assert isinstance(in_process[3], Skipped) and in_process[3].reason == "bad-record"
    assert isinstance(in_process[7], Skipped) and in_process[7].reason == "empty"
    assert sum(isinstance(i, Article) for i in in_process) == len(in_process) - 2


def test_local_pool_one_worker_starts_no_process():
    pool = LocalPool(Options(events=False), workers=1)
    assert [type(i) for i in pool.map(_inputs()[:2])] == [Article, Article]
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
