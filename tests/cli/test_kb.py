"""`sambandh kb import|show|resolve-names` and `sambandh eval names`.

The actor dictionary, officeholder list and names are written by us; nothing touches the real home.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests_support import shared_path

from sambandh.cli import main

DICTIONARY = """\
# A made-up actor dictionary in the PETRARCH format.
TAVO_RINNEKARI_  # CountryInfo.txt
\t[FINGOV 080101-121231]
\t[SWEGOV >130101]
BAD_ENTRY_
\t[FINGOV 99999999999-1]
"""

OFFICEHOLDERS = """\
countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q33,Finland,Q1,President of Finland,Q900001,Liisa Varjonen,2012,2018
"""


@pytest.fixture(autouse=True)
def _no_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SAMBANDH_KB_DIR", str(tmp_path / "kb"))


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def test_cli_kb_import_petrarch_reports_counts_and_problems(tmp_path):
    source = tmp_path / "sample.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    result = _run("kb", "import", str(source))
    assert result.exit_code == 0, result.output
    assert "imported sample.actors.txt (petrarch)" in result.output
    assert "1 line(s) not used" in result.output and "sample.actors.txt:6" in result.output
    assert (tmp_path / "kb" / "codes.tsv").is_file()
    assert not (tmp_path / "home").exists()


def test_cli_kb_import_wikidata_csv_into_kb_dir(tmp_path):
    source = tmp_path / "leaders.csv"
    source.write_text(OFFICEHOLDERS, encoding="utf-8")
    result = _run("kb", "import", str(source), "--kb-dir", str(tmp_path / "elsewhere"))
    assert result.exit_code == 0, result.output
    assert "(wikidata-csv)" in result.output and "1 person" in result.output and "1 roles" in result.output
    assert (tmp_path / "elsewhere" / "roles.tsv").is_file()


def test_cli_kb_import_unknown_content_fails_with_a_hint(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("just some words\n", encoding="utf-8")
    result = _run("kb", "import", str(source))
    assert result.exit_code != 0
    assert "--format" in result.output


def test_cli_kb_show_gives_the_code_for_a_day(tmp_path):
    source = tmp_path / "sample.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    assert _run("kb", "import", str(source)).exit_code == 0
    result = _run("kb", "show", "तावो रिन्नेकारी", "--date", "2015-01-01", "--limit", "1")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown[0]["id"] == "sb:user-tavo-rinnekari" and shown[0]["code_on_date"] == "SWEGOV"


def test_cli_kb_resolve_names_prints_name_score_candidate(tmp_path):
    candidates = tmp_path / "candidates.txt"
    candidates.write_text("Zahir Khan\nZahoor Khan\nKhan, Z\nReeta Sharma\n", encoding="utf-8")
    result = _run("kb", "resolve-names", "--candidates", str(candidates), stdin="ज़हूर ख़ान\nरीता शर्मा\n\n")
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert [(r[0], r[2]) for r in rows] == [("ज़हूर ख़ान", "Zahoor Khan"), ("रीता शर्मा", "Reeta Sharma")]
    assert all(0 <= float(r[1]) <= 1 for r in rows)


def test_cli_eval_names_on_players():
    path = shared_path("reference/names-hi-en/players_with_hindi_names.json")
    result = _run("eval", "names", "--gold", str(path))
    assert result.exit_code == 0, result.output
    assert "queries 118  candidates 401" in result.output
    top1 = float(result.output.split("top-1 ")[1].split()[0])
    assert top1 >= 0.98
