"""The word lists of sambandh/text/data: columns, completeness, no duplicates."""

import unicodedata
from collections import Counter
from importlib import resources

import pytest

from sambandh.datafiles import load_table, split_values
from sambandh.errors import DataFileError
from sambandh.text import dates, sentences
from sambandh.text.normalize import fold

PACKAGE = "sambandh.text"
COLUMNS = {
    "months": ["lang", "name", "month"],
    "weekdays": ["lang", "name", "weekday"],
    "relative_dates": ["lang", "phrase", "unit", "offset"],
    "year_cues": ["lang", "phrase"],
    "abbreviations": ["lang", "abbreviation", "only_before"],
    "initials": ["lang", "initial", "also_word"],
    "folding": ["from", "to", "note"],
    "nasals": ["nasal", "before"],
    "time_zones": ["zone", "offset"],
}
LANGUAGES = {"hi", "en"}


def _header_comment(name):
    text = resources.files(PACKAGE).joinpath("data", f"{name}.tsv").read_text("utf-8")
    return [line for line in text.splitlines() if line.startswith("#")]


def test_text_data_files_all_have_tests():
    names = {p.name[:-4] for p in resources.files(PACKAGE).joinpath("data").iterdir() if p.name.endswith(".tsv")}
    assert names == set(COLUMNS)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_text_data_files_columns_and_header(name):
    rows = load_table(PACKAGE, name)
    assert rows
    assert all(list(row) == COLUMNS[name] for row in rows)
    optional = {"to"}  # folding.tsv: an empty replacement drops the sequence
    assert all(value or column in optional for row in rows for column, value in row.items())
    comment = " ".join(_header_comment(name))
    assert "sambandh authors" in comment and "MIT" in comment and "Columns" in comment


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_text_data_files_have_no_duplicate_rows(name):
    rows = [tuple(row.values()) for row in load_table(PACKAGE, name)]
    assert [row for row, count in Counter(rows).items() if count > 1] == []


@pytest.mark.parametrize("name", sorted(set(COLUMNS) - {"folding", "nasals", "time_zones"}))
def test_text_data_files_are_nfc_and_tagged_with_a_language(name):
    for row in load_table(PACKAGE, name):
        assert row["lang"] in LANGUAGES
        assert all(unicodedata.is_normalized("NFC", value) for value in row.values())


@pytest.mark.parametrize("name,column,values", [
    ("months", "month", set(range(1, 13))),
    ("weekdays", "weekday", set(range(7))),
])
@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_text_data_files_name_every_month_and_weekday(name, column, values, lang):
    found = {int(row[column]) for row in load_table(PACKAGE, name) if row["lang"] == lang}
    assert found == values


@pytest.mark.parametrize("name,column,value_column", [
    ("months", "name", "month"),
    ("weekdays", "name", "weekday"),
    ("relative_dates", "phrase", "unit"),
    ("year_cues", "phrase", "lang"),
])
def test_text_data_files_folded_names_do_not_clash(name, column, value_column):
    meaning = {}
    for row in load_table(PACKAGE, name):
        key = fold(row[column])
        value = (row[value_column], row.get("offset"))
        assert meaning.setdefault(key, value) == value, row[column]


def test_text_data_files_relative_dates_have_units_and_offsets():
    for row in load_table(PACKAGE, "relative_dates"):
        assert row["unit"] in dates.PRECISIONS
        assert int(row["offset"]) in range(-2, 3)
        assert row["phrase"] == " ".join(row["phrase"].split())


def test_text_data_files_abbreviations_end_with_a_stop():
    for row in load_table(PACKAGE, "abbreviations"):
        assert row["abbreviation"].endswith(".") and " " not in row["abbreviation"]
        assert row["only_before"] == sentences.ALWAYS or split_values(row["only_before"])


def test_text_data_files_initials_are_devanagari_words():
    for row in load_table(PACKAGE, "initials"):
        assert row["also_word"] in ("yes", "no")
        assert all("\u0900" <= char <= "\u097f" for char in row["initial"])


def test_text_data_files_folding_rows_are_code_points():
    for row in load_table(PACKAGE, "folding"):
        for cell in (row["from"], row["to"]):
            assert all(part.startswith("U+") and int(part[2:], 16) for part in cell.split())
        assert row["from"]


def test_text_data_files_nasals_are_devanagari_consonants():
    for row in load_table(PACKAGE, "nasals"):
        for char in (row["nasal"], *split_values(row["before"])):
            assert len(char) == 1 and unicodedata.name(char).startswith("DEVANAGARI LETTER")


def test_text_data_files_load_into_the_modules():
    dates.find_dates("बुधवार", published=None)
    sentences.split_sentences("डॉ. एस. जयशंकर आए.")
    assert fold("हिन्दी") == "हिंदी"


@pytest.fixture
def fresh_caches():
    caches = (dates._vocabulary, dates._patterns)
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


@pytest.mark.parametrize("table,row,message", [
    ("months", {"lang": "hi", "name": "जुलाई", "month": "13"}, "months.tsv"),
    ("weekdays", {"lang": "xx", "name": "बुधवार", "weekday": "2"}, "weekdays.tsv"),
    ("relative_dates", {"lang": "hi", "phrase": "आज", "unit": "hour", "offset": "0"}, "relative_dates.tsv"),
])
def test_text_data_files_bad_row_fails_naming_the_file(monkeypatch, fresh_caches, table, row, message):
    real = dates.load_table

    def fake(package, name):
        return (row,) if name == table else real(package, name)

    monkeypatch.setattr(dates, "load_table", fake)
    with pytest.raises(DataFileError, match=message):
        dates.find_dates("आज", published=None)


def test_text_data_files_time_zone_offsets_are_well_formed():
    import re

    for row in load_table(PACKAGE, "time_zones"):
        assert re.fullmatch(r"[+-](?:0\d|1[0-4]):[0-5]\d", row["offset"]), row
        assert unicodedata.is_normalized("NFC", row["zone"])
