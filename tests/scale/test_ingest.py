"""The ingest driver: batches in input order, idempotent, and a run stopped after any batch resumes
to the same contents as a run that never stopped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sambandh.scale.ingest import ingest
from sambandh.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class _Stop(Exception):
    pass


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "empty.md").write_text("  \n", encoding="utf-8")
    wire = (EXAMPLES / "jsonl" / "wire.jsonl").read_text("utf-8").splitlines()
    (folder / "wire.jsonl").write_text("\n".join([*wire[:5], "{broken", wire[0], *wire[5:]]) + "\n",
                                       encoding="utf-8")
    return [EXAMPLES / "hi", folder]


def _contents(store: Store) -> dict:
    return {"counts": store.counts(),
            "events": store.sql("SELECT id FROM events ORDER BY id"),
            "documents": store.sql("SELECT id, status, skip_reason FROM documents ORDER BY id"),
            "entities": store.sql("SELECT id, name, type, country, code FROM entities ORDER BY id")}


@pytest.fixture(scope="module")
def whole(inputs) -> tuple[dict, object]:
    with Store.open(":memory:") as store:
        summary = ingest(inputs, store, workers=1, batch_size=5)
        return _contents(store), summary


def test_ingest_summary_counts_everything(whole):
    contents, summary = whole
    assert summary.documents == 16 + 1 + 18  # Markdown files, the empty file, wire lines with a repeat and a bad one
    assert summary.skipped == {"empty": 1, "bad-record": 1}
    assert summary.duplicates == 1  # the repeated wire record
    assert summary.articles == contents["counts"]["articles"] == 32
    assert summary.events == contents["counts"]["events"] > 0
    assert summary.entities == contents["counts"]["entities"] > 0
    assert summary.batches == 7 and summary.seconds > 0 and summary.articles_per_second > 0


def test_ingest_again_adds_nothing_and_analyses_nothing(inputs, whole, monkeypatch):
    with Store.open(":memory:") as store:
        ingest(inputs, store, workers=1)
        analysed = []
        monkeypatch.setattr("sambandh.scale.local._analyze", lambda p, d: analysed.append(d) or 1 / 0)
        again = ingest(inputs, store, workers=1)
        assert (again.articles, again.duplicates, again.events, again.entities) == (0, 33, 0, 0)
        assert again.skipped == {"empty": 1, "bad-record": 1}
        assert analysed == []


@pytest.mark.parametrize("stop_after", [1, 3, 6])
def test_ingest_stopped_after_a_batch_resumes_to_the_same_contents(inputs, whole, stop_after):
    expected, _ = whole

    def stop(summary):
        if summary.batches == stop_after:
            raise _Stop

    with Store.open(":memory:") as store:
        with pytest.raises(_Stop):
            ingest(inputs, store, workers=1, batch_size=5, on_commit=stop)
        assert store.counts()["documents"] == 5 * stop_after - (stop_after >= 6)  # the repeat is one document
        ingest(inputs, store, workers=1, batch_size=5)
        assert _contents(store) == expected


def test_ingest_batches_hold_consecutive_inputs(inputs):
    seen = []
    with Store.open(":memory:") as store:
        ingest(inputs, store, workers=1, batch_size=10, on_commit=lambda s: seen.append(s.documents))
    assert seen == [10, 20, 30, 35]


def test_ingest_parallel_equals_in_process(inputs, whole):
    expected, _ = whole
    with Store.open(":memory:") as store:
        ingest(inputs, store, workers=2, batch_size=5)
        assert _contents(store) == expected


def test_ingest_wire_fixture_is_what_the_counts_assume():
    lines = (EXAMPLES / "jsonl" / "wire.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 16 and all(json.loads(line).get("text") for line in lines)


def test_ingest_into_a_path_lets_other_processes_read_between_batches(inputs, whole, tmp_path):
    expected, _ = whole
    db = tmp_path / "shared.duckdb"
    seen = []

    def read_while_running(summary):
        with Store.open(db, read_only=True) as reader:  # the writer holds the file only while committing
            seen.append(reader.counts()["documents"])

    ingest(inputs, db, workers=1, batch_size=10, on_commit=read_while_running)
    assert seen == [10, 20, 29, 34]  # 35 inputs, one of them a repeat
    with Store.open(db, read_only=True) as store:
        assert _contents(store) == expected


def test_ingest_waits_for_a_reader_to_release_the_file(inputs, whole, tmp_path):
    expected, _ = whole
    db = tmp_path / "busy.duckdb"
    hold = ("import sys, time, duckdb\n"
            "conn = duckdb.connect(sys.argv[1], read_only=True)\n"
            "print('open', flush=True)\n"
            "time.sleep(1.5)\n")
    readers = []

    def start_reader(summary):
        if summary.batches == 1:
            reader = subprocess.Popen([sys.executable, "-c", hold, str(db)], stdout=subprocess.PIPE, text=True)
            assert reader.stdout.readline() == "open\n"
            readers.append(reader)

    ingest(inputs, db, workers=1, batch_size=10, on_commit=start_reader)
    assert readers[0].wait(timeout=30) == 0
    with Store.open(db, read_only=True) as store:
        assert _contents(store) == expected
