"""`sambandh events|actors|dyad|connect|trending|search` over a small store, in each output format."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from query.newsroom import ARTICLES

from sambandh.cli import main
from sambandh.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("query") / "news.duckdb"
    with Store.open(path) as store:
        store.add_articles(ARTICLES)
    return str(path)


def _run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("args", [
    ("events", "--actor", "China"),
    ("actors",),
    ("actors", "शोइगु"),
    ("dyad", "Russia", "North Korea", "--by", "week"),
    ("connect", "North Korea", "China"),
    ("trending", "--kind", "dyads"),
    ("search", "उत्तर", "कोरिया"),
])
@pytest.mark.parametrize("output_format", ["table", "json", "csv"])
def test_query_commands_run_in_every_format(db, args, output_format):
    output = _run(*args, "--db", db, "--format", output_format)
    if output_format == "json":
        json.loads(output)
    elif output_format == "csv" and output:
        rows = list(csv.DictReader(io.StringIO(output)))
        assert rows


def test_query_connect_table_explains_the_link(db):
    output = _run("connect", "North Korea", "चीन", "--db", db)
    assert "1. North Korea ↔ China  [direct" in output
    assert "चीन का प्रतिनिधिमंडल भी उत्तर कोरिया पहुंचा।" in output


def test_query_dyad_json_keys(db):
    data = json.loads(_run("dyad", "IND", "PAK", "--db", db, "--format", "json", "--since", "2025-01-01"))
    assert data["a"]["key"] == "IND"
    assert data["since"] == "2025-01-01"
    assert data["periods"][0]["events"] == 2


def test_query_events_csv_has_counts(db):
    rows = list(csv.DictReader(io.StringIO(_run("events", "--db", db, "--format", "csv", "--cameo", "190"))))
    assert [(r["mentions"], r["articles"]) for r in rows] == [("2", "2")]


@pytest.mark.parametrize("args,message", [
    (("connect", "Atlantis", "China"), "E071"),
    (("dyad", "", "China"), "E070"),
    (("events", "--with", "China"), "--with needs --actor"),
])
def test_query_errors_are_reported(db, args, message):
    result = CliRunner().invoke(main, [*args, "--db", db])
    assert result.exit_code != 0
    assert message in result.output
