"""The command line end to end, on the bundled examples and on files we make."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sambandh.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "examples.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db, result.output


def test_cli_ingest_summary_counts(store):
    _, output = store
    assert "36 articles added" in output
    assert "0 skipped" in output


def test_cli_ingest_again_adds_nothing(store):
    db, _ = store
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "0 articles added, 36 already stored" in result.output


def test_cli_report_shows_real_dyads_with_cooperation_and_conflict(store):
    db, _ = store
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--format", "json", "--dyads", "20"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    pairs = {frozenset((d["a"], d["b"])): d for d in report["dyads"]}
    wanted = [{"IND", "PAK"}, {"RUS", "UKR"}, {"PRK", "RUS"}, {"CHN", "PRK"}, {"CHN", "USA"}, {"CHN", "IND"},
              {"IRN", "ISR"}]
    present = [w for w in wanted if frozenset(w) in pairs]
    assert len(present) >= 5, sorted(map(sorted, pairs))
    quads = [p["quad_classes"] for p in pairs.values()]
    mixed = [q for q in quads if (q["verbal_cooperation"] + q["material_cooperation"])
             and (q["verbal_conflict"] + q["material_conflict"])]
    assert len(mixed) >= 2
    assert all(e["evidence"] for e in report["latest"])


def test_cli_report_table_prints(store):
    db, _ = store
    result = CliRunner().invoke(main, ["report", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "—" in result.output


def test_cli_analyze_jsonl_has_contract_fields(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("भारत ने पाकिस्तान की निंदा की\n![चित्र](https://x.in/img/2025/04/23/a.jpg)\n"
                    "भारत ने बुधवार को पाकिस्तान की कड़ी निंदा की. विदेश मंत्रालय ने बयान जारी किया.\n", "utf-8")
    result = CliRunner().invoke(main, ["analyze", str(page), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    for field in ("id", "source", "language", "title", "summary", "published", "authors", "section", "image",
                  "headings", "paragraphs", "removed", "related", "sentences", "entities", "events"):
        assert field in record
    assert record["published"] == "2025-04-23"
    assert record["events"][0]["root"] == "11"


def test_cli_analyze_reports_skipped_inputs_and_goes_on(tmp_path):
    (tmp_path / "empty.md").write_text("", "utf-8")
    (tmp_path / "good.txt").write_text("भारत ने पाकिस्तान की निंदा की।", "utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl", "--no-events"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r.get("skipped") for r in records] == ["empty", None]
    assert records[1]["events"] == []


def test_cli_missing_path_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "nope.md")])
    assert result.exit_code != 0
    assert "E010" in result.output
