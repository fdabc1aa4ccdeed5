"""`sambandh analyze`: skipped inputs are records in JSON Lines and counted in the table summary."""

import json

from click.testing import CliRunner

from sambandh.cli import main

STORY = "<html><body><article><p>" + "The ministers met in Geneva and agreed to meet again next month. " * 4 + \
        "</p></article></body></html>"


def _corpus(tmp_path):
    (tmp_path / "good.html").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 8)
    return tmp_path


def test_analyze_jsonl_has_a_record_per_skipped_input(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path)), "--no-events", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert sorted(r.get("skipped") or "article" for r in records) == ["article", "decode-error", "empty"]
    assert all(r["detail"] for r in records if "skipped" in r)


def test_analyze_table_ends_with_a_summary_by_reason(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path)), "--no-events", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().splitlines()[-1] == \
        "3 documents: 1 articles, 2 skipped (decode-error: 1, empty: 1)"
