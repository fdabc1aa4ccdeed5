"""Alias matching on word boundaries, with a small knowledge base built by hand."""

import pytest

from sambandh.entities.matcher import AliasMatcher
from sambandh.kb.base import Alias

ALIASES = [
    Alias("रूस", "hi", "name", "sb:country-rus"),
    Alias("रूसी", "hi", "demonym", "sb:country-rus"),
    Alias("नॉर्थ कोरिया", "hi", "name", "sb:country-prk"),
    Alias("नॉर्थ कोरियाई", "hi", "demonym", "sb:country-prk"),
    Alias("US", "en", "name", "sb:country-usa"),
    Alias("LeT", "en", "name", "sb:org-lashkar-e-taiba"),
    Alias("the UN", "en", "name", "sb:org-un"),
    Alias("रक्षा मंत्री", "hi", "office", "defence_minister"),
    Alias("क़तर", "hi", "name", "sb:country-qat"),
]


@pytest.fixture(scope="module")
def matcher():
    return AliasMatcher(ALIASES)


def _found(matcher, text):
    return [(m.text, m.aliases[0].kind) for m in matcher.find(text)]


@pytest.mark.parametrize("text,expected", [
    ("रूस ने कहा", [("रूस", "name")]),
    ("रूसी सेना", [("रूसी", "demonym")]),
    ("रूसियों ने", []),
    ("नॉर्थ कोरियाई नेता", [("नॉर्थ कोरियाई", "demonym")]),
    ("नॉर्थ कोरिया-रूस संबंध", [("नॉर्थ कोरिया", "name"), ("रूस", "name")]),
    ("रूस के रक्षा मंत्री", [("रूस", "name"), ("रक्षा मंत्री", "office")]),
])
def test_matcher_respects_devanagari_word_boundaries(matcher, text, expected):
    assert _found(matcher, text) == expected


@pytest.mark.parametrize("text,count", [("the US said", 1), ("let us go", 0), ("USA", 0),
                                        ("LeT claimed it", 1), ("to let aid trucks in", 0), ("Let them", 0),
                                        ("The UN said", 1)])
def test_matcher_acronyms_match_case_exactly(matcher, text, count):
    assert len(matcher.find(text)) == count


@pytest.mark.parametrize("text", ["कतर ने", "क़तर ने"])
def test_matcher_folds_nukta_spellings(matcher, text):
    match = matcher.find(text)[0]
    assert match.aliases[0].target == "sb:country-qat"
    assert text[match.start:match.end] == match.text


def test_matcher_offsets_point_into_original_text(matcher):
    text = "कल रूसी प्रतिनिधिमंडल पहुंचा"
    match = matcher.find(text)[0]
    assert text[match.start:match.end] == "रूसी"
