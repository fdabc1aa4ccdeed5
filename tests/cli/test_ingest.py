"""`sambandh ingest`: the summary line, plain progress lines without a terminal, idempotence, workers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sambandh.cli import main
from sambandh.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SUMMARY = re.compile(
    r"read (?P<read>\d+) documents in [\d.]+s \([\d.]+ documents/s\): (?P<added>\d+) articles added, "
    r"(?P<already>\d+) already stored, (?P<skipped>\d+) skipped(?: \((?P<reasons>[^)]*)\))?\n"
    r"new: (?P<entities>\d+) entities, (?P<events>\d+) events; store now holds (?P<articles>\d+) articles, "
    r"\d+ entities, (?P<stored_events>\d+) events \(.*\)\n")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "empty.md").write_text("\n", encoding="utf-8")
    wire = (EXAMPLES / "jsonl" / "wire.jsonl").read_text("utf-8").splitlines()
    (folder / "wire.jsonl").write_text("\n".join([*wire[:4], "{broken", *wire[4:]]) + "\n", encoding="utf-8")
    for page in sorted((EXAMPLES / "hi").glob("*.md"))[:6]:
        (folder / page.name).write_text(page.read_text("utf-8"), encoding="utf-8")
    return folder


def _ingest(*args: str) -> tuple[re.Match, str]:
    result = CliRunner().invoke(main, ["ingest", *args])
    assert result.exit_code == 0, result.output
    summary = SUMMARY.search(result.stdout)
    assert summary, result.stdout
    return summary, result.stderr


@pytest.fixture(scope="module")
def first(inputs, tmp_path_factory) -> tuple[Path, re.Match, str]:
    db = tmp_path_factory.mktemp("db") / "news.duckdb"
    summary, progress = _ingest(str(inputs), "--db", str(db), "--workers", "2", "--batch-size", "5")
    return db, summary, progress


def test_cli_ingest_summary_has_every_count(first):
    db, summary, _ = first
    assert int(summary["read"]) == 6 + 1 + 17
    assert (int(summary["added"]), int(summary["already"])) == (22, 0)
    assert summary["skipped"] == "2" and summary["reasons"] == "bad-record: 1, empty: 1"
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
    assert int(summary["articles"]) == counts["articles"] == 22
    assert int(summary["events"]) == int(summary["stored_events"]) == counts["events"] > 0
    assert int(summary["entities"]) == counts["entities"] > 0


def test_cli_ingest_without_terminal_prints_a_line_per_batch(first):
    _, _, progress = first
    lines = progress.splitlines()
    batches = [line for line in lines if line.startswith("committed batch ")]
    assert len(batches) == 5  # 24 inputs, 5 per batch
    assert batches[-1].startswith("committed batch 5: 24 documents read, 22 articles added")
    assert "\x1b[" not in progress  # no terminal codes


def test_cli_ingest_again_adds_nothing(first, inputs):
    db, _, _ = first
    summary, _ = _ingest(str(inputs), "--db", str(db), "--workers", "2")
    assert (summary["added"], summary["already"], summary["skipped"]) == ("0", "22", "2")
    assert (summary["entities"], summary["events"]) == ("0", "0")


def test_cli_ingest_one_worker_stores_the_same(first, inputs, tmp_path):
    db, _, _ = first
    other = tmp_path / "serial.duckdb"
    _ingest(str(inputs), "--db", str(other), "--workers", "1")
    query = "SELECT id FROM events ORDER BY id"
    with Store.open(db, read_only=True) as a, Store.open(other, read_only=True) as b:
        assert a.counts() == b.counts()
        assert a.sql(query) == b.sql(query)


def test_cli_ingest_missing_path_fails_cleanly(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code != 0
    assert "[E010]" in result.output


def test_cli_ingest_rejects_zero_workers(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.duckdb"),
                                       "--workers", "0"])
    assert result.exit_code == 2
