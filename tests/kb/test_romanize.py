"""Romanising names and their phonetic keys (``sambandh/kb/romanize.py``), and its data files."""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

import pytest

from sambandh.datafiles import parse_tsv
from sambandh.kb.romanize import (
    anusvara_letters,
    is_devanagari,
    key_rules,
    letter_names,
    phonetic_key,
    romanize,
    romanize_word,
    romanize_words,
)

DATA_COLUMNS = {
    "phonetic_key": ("pattern", "replacement", "note"),
    "letter_names": ("name", "letter"),
    "anusvara": ("before", "latin"),
    "name_stopwords": ("word", "kind"),
}


@pytest.mark.parametrize(("text", "expected"), [
    ("कमला हैरिस", "kamla hairis"),
    ("सिंह", "sinh"),
    ("हंस", "hans"),
    ("संजय", "sanjay"),
    ("इमाम-उल-हक़", "imam ul haq"),
    ("एस जयशंकर", "s jayashankar"),
    ("स. रामन", "s raman"),
    ("Ségolène Royal", "segolene royal"),
])
def test_romanize_writes_hindi_as_said(text, expected):
    assert romanize(text) == expected


@pytest.mark.parametrize(("left", "right"), [
    ("zahoor", "zahur"),        # vowel length
    ("saiph", "saif"),          # फ without nukta
    ("wasim", "vasim"),         # व
    ("qadir", "kadir"),         # क़ / क
    ("zahir", "jahir"),         # ज़ / ज
    ("hassan", "hasan"),        # doubled letters
    ("mehidy", "mehidi"),       # y as a vowel
    ("singh", "sinh"),          # सिंह
    ("curtis", "kurtis"),       # hard c
    ("paul", "pol"),            # ऑ
    ("pandiarajan", "pandiyarajan"),  # the glide Hindi writes after i
])
def test_phonetic_key_joins_spelling_variants(left, right):
    assert phonetic_key(left) == phonetic_key(right)


@pytest.mark.parametrize(("left", "right"), [("zahir", "zahur"), ("imran", "irfan"), ("khan", "kan")])
def test_phonetic_key_keeps_different_names_apart(left, right):
    assert phonetic_key(left) != phonetic_key(right)


def test_romanize_words_batch_equals_one_by_one():
    many = ["मोहम्मद", "सिंह", "एस", "स", "Zahoor", "नईम"]
    batch = romanize_words(many)
    assert batch == {word: romanize_word(word) for word in many}


@pytest.mark.parametrize(("text", "expected"), [("रूस", True), ("Russia", False), ("A. रामन", True)])
def test_is_devanagari(text, expected):
    assert is_devanagari(text) is expected


@pytest.mark.parametrize("name", sorted(DATA_COLUMNS))
def test_romanize_data_files_have_their_columns_and_comments(name):
    text = resources.files("sambandh.kb").joinpath("data", f"{name}.tsv").read_text("utf-8")
    assert text.startswith("#"), "a data file opens with comments naming its source and columns"
    assert "Source:" in text and "Columns:" in text
    rows = parse_tsv(text.splitlines(), source=name)
    assert rows and tuple(rows[0]) == DATA_COLUMNS[name]


def test_romanize_letter_names_are_nfc_and_single_letters():
    names = letter_names()
    assert names["एस"] == "s" and names["डब्ल्यू"] == "w"
    for name, letter in names.items():
        assert unicodedata.is_normalized("NFC", name)
        assert re.fullmatch(r"[a-z]", letter)


def test_romanize_anusvara_table_names_consonants():
    for before, latin in anusvara_letters().items():
        assert len(before) == 1 and "\u0915" <= before <= "\u0939"
        assert latin in ("n", "m")


def test_romanize_name_stopwords_are_nfc_devanagari_and_unique():
    from sambandh.entities.romanized import name_stopwords

    rows = parse_tsv(resources.files("sambandh.kb").joinpath("data", "name_stopwords.tsv")
                     .read_text("utf-8").splitlines(), source="name_stopwords")
    words = [row["word"] for row in rows]
    assert len(words) == len(set(words)) == len(name_stopwords())
    assert all(unicodedata.is_normalized("NFC", w) and is_devanagari(w) for w in words)


def test_phonetic_key_rules_compile_and_have_notes():
    rows = parse_tsv(resources.files("sambandh.kb").joinpath("data", "phonetic_key.tsv")
                     .read_text("utf-8").splitlines(), source="phonetic_key")
    assert len(key_rules()) == len(rows)
    assert all(row["note"] for row in rows)
    assert len({row["pattern"] for row in rows}) == len(rows), "a rule is listed twice"
