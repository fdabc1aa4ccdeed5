"""`sambandh export`: each format to a file or standard output, the summary on standard error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sambandh.cli import main
from sambandh.model import ActorRef, Article, Event, Evidence, Sentence, Source, content_id
from sambandh.store import Store


def _article(key: str, cameo: str, root: str, plover: str | None) -> Article:
    text = f"Russia and North Korea, {key}."
    return Article(
        id=content_id(key), source=Source(path=f"{key}.md", url=f"https://example.org/{key}", format="markdown"),
        language="en", title=key, published="2024-06-19", paragraphs=(text,),
        sentences=(Sentence(id=0, text=text, paragraph=0, start=0, end=len(text)),),
        events=(Event(id=content_id(key)[:16], cameo=cameo, root=root, label="label", plover=plover,
                      quad_class=1, goldstein=1.0,
                      source=ActorRef(entity="sb:country-rus", name="Russia", country="RUS", code="RUSGOV"),
                      target=ActorRef(entity="sb:country-prk", name="North Korea", country="PRK", code="PRK"),
                      date="2024-06-19", date_precision="day", sentence=0,
                      evidence=Evidence(start=0, end=len(text), text=text)),),
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "store.duckdb"
    with Store.open(path) as store:
        # Stored as AGREE on purpose: the export maps 057 by the pinned table (SUPPORT); 010 has no type.
        store.add_articles([_article("treaty", "057", "05", "AGREE"), _article("statement", "010", "01", None)])
    return path


def _export(db: Path, *args: str):
    result = CliRunner().invoke(main, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


def test_cli_export_gdelt_to_stdout(db):
    result = _export(db, "--format", "gdelt")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert {len(line.split("\t")) for line in lines} == {61}
    assert "exported 2 gdelt records" in result.stderr


def test_cli_export_plover_maps_codes_with_the_pinned_table(db, tmp_path):
    out = tmp_path / "events.jsonl"
    result = _export(db, "--format", "plover", "--output", str(out))
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["sambandh"]["cameo"] for r in records] == ["057"]
    assert records[0]["event"] == "SUPPORT"  # the table's type for 057, not the stored one
    assert "left out: no-plover-type: 1" in result.stderr


def test_cli_export_jsonl_to_file(db, tmp_path):
    out = tmp_path / "articles.jsonl"
    _export(db, "--format", "jsonl", "-o", str(out))
    assert sorted(json.loads(line)["title"] for line in out.read_text("utf-8").splitlines()) == [
        "statement", "treaty"]


@pytest.mark.parametrize("since,expected", [("2024-06-19", 2), ("2024-06-20", 0)])
def test_cli_export_since(db, since, expected):
    assert len(_export(db, "--format", "gdelt", "--since", since).stdout.splitlines()) == expected


def test_cli_export_parquet_needs_a_file(db):
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 2
    assert "--output FILE" in result.output


def test_cli_export_parquet(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    _export(db, "--format", "parquet", "--output", str(out))
    assert pq.read_table(out).num_rows == 2


@pytest.mark.parametrize("args", [["--format", "csv"], ["--format", "gdelt", "--since", "2024-02-30"],
                                  ["--format", "gdelt", "--since", "'; DROP TABLE events; --"]])
def test_cli_export_bad_options_are_usage_errors(db, args):
    result = CliRunner().invoke(main, ["export", "--db", str(db), *args])
    assert result.exit_code == 2, result.output


def test_cli_export_missing_db_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "gdelt"])
    assert result.exit_code == 2
    assert "does not exist" in result.output
