"""RayPool: the pipeline on Ray actors gives what the calling process gives, in order."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from scale.pool_inputs import essentials, inputs

from sambandh.errors import SambandhError
from sambandh.model import Document, Source
from sambandh.scale.local import LocalPool
from sambandh.scale.ray import RayPool
from sambandh.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.slow
def test_ray_pool_matches_in_process_order_and_results():
    pytest.importorskip("ray")
    with LocalPool(workers=1) as pool:
        expected = [essentials(item) for item in pool.map(inputs(("hi",), limit=6))]
    with RayPool(address="local", workers=2, chunk_size=2) as pool:
        got = [essentials(item) for item in pool.map(inputs(("hi",), limit=6))]
    assert got == expected
    assert sum(1 for item in expected if item[0] != "skipped") == 6


@pytest.mark.slow
def test_ray_ingest_stores_what_a_local_ingest_stores(tmp_path):
    pytest.importorskip("ray")
    from sambandh.scale.ingest import ingest

    paths = [EXAMPLES / "hi" / "shoigu-kim-pyongyang-2023.md", EXAMPLES / "hi" / "li-hongzhong-pyongyang-2023.md"]
    local = ingest(paths, tmp_path / "local.duckdb", workers=1)
    on_ray = ingest(paths, tmp_path / "ray.duckdb", cluster="local", workers=2)
    assert on_ray.stored == local.stored and local.stored["events"] > 0
    with Store.open(tmp_path / "local.duckdb", read_only=True) as a, \
            Store.open(tmp_path / "ray.duckdb", read_only=True) as b:
        query = "SELECT id FROM events ORDER BY id"
        assert a.sql(query) == b.sql(query)


def test_ray_pool_without_ray_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed
    with pytest.raises(SambandhError, match=r"E051.*sambandh\[ray\]"):
        list(RayPool(address="local").map([Document(source=Source(path="a.txt"), content="text")]))


def test_ray_pool_refuses_bad_sizes():
    with pytest.raises(SambandhError, match="at least 1"):
        RayPool(workers=0)
