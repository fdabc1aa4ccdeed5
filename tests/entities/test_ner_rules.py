"""The name tagger's list rule, loose (skeleton) matching, the KB place filter and their data files."""

import pytest

from sambandh.datafiles import load_table
from sambandh.entities import ner
from sambandh.entities.features import (
    FUZZY_MIN_CHARS,
    NAME_KINDS,
    fuzzy_labels,
    gazetteer_spans,
    sentence_features,
    skeleton,
)
from sambandh.entities.ner import NameSpan
from sambandh.kb.base import builtin
from sambandh.text.normalize import fold


def _vocab(monkeypatch, counts):
    """Training counts (O, PER, LOC, ORG) for a few words; every other word unseen."""
    table = {fold(word): row for word, row in counts.items()}
    monkeypatch.setattr(ner, "vocabulary", lambda: table)


def test_ner_list_rule_adds_the_untagged_items_of_a_list_of_places(monkeypatch):
    _vocab(monkeypatch, {})
    tokens = ["अंडोरा", ",", "अर्जेटाइना", ",", "आस्ट्रेलिया", ",", "आस्ट्रिया", "और", "बेलजियम", "।"]
    found = [NameSpan(2, 3, "LOC", "ner"), NameSpan(4, 5, "LOC", "ner"), NameSpan(6, 7, "LOC", "ner")]
    assert ner._coordinated(tokens, found) == [
        NameSpan(0, 1, "LOC", "list"), *found, NameSpan(8, 9, "LOC", "list")]


def test_ner_list_rule_needs_most_items_to_be_names_of_one_type(monkeypatch):
    _vocab(monkeypatch, {})
    tokens = ["किसान", ",", "मजदूर", ",", "व्यापारी", "और", "दिल्ली", "के", "लोग"]
    found = [NameSpan(6, 7, "LOC", "ner")]
    assert ner._coordinated(tokens, found) == found


def test_ner_list_rule_skips_words_training_saw_mostly_outside_names(monkeypatch):
    _vocab(monkeypatch, {"किसान": (40, 0, 0, 0)})
    tokens = ["भारत", ",", "चीन", ",", "किसान", ",", "नेपाल"]
    found = [NameSpan(0, 1, "LOC", "ner"), NameSpan(2, 3, "LOC", "ner"), NameSpan(6, 7, "LOC", "ner")]
    assert ner._coordinated(tokens, found) == found


def test_ner_coordinators_file_holds_the_comma_and_conjunctions():
    words = {row["word"] for row in load_table("sambandh.entities", "ner_coordinators")}
    assert {",", "और", "तथा"} <= words


def test_ner_kb_place_training_saw_mostly_outside_names_is_not_added(monkeypatch):
    # रोम of "रोम संविधि": training saw the word mostly outside names, so the KB does not overrule the model
    _vocab(monkeypatch, {"रोम": (7, 0, 2, 0)})
    tokens = ["रोम", "संविधि", "लागू", "हुई"]
    assert (0, 1, "LOC") in ner.kb_spans(tokens, builtin())
    assert (0, 1, "LOC") not in ner._known_spans(tokens, builtin())


def test_ner_kb_place_seen_once_is_still_added(monkeypatch):
    # one use outside a name is no evidence (SHARE_MIN_COUNT)
    _vocab(monkeypatch, {"नासिक": (1, 0, 0, 0)})
    assert (1, 2, "LOC") in ner._known_spans(["और", "नासिक", "।"], builtin())


def test_ner_kb_organisation_is_added_whatever_training_saw(monkeypatch):
    # IL-NER leaves many organisations untagged; the place filter does not apply to them (HiNER ORG recall)
    tokens = ["सेबी", "ने", "कहा"]
    _vocab(monkeypatch, {"सेबी": (50, 0, 0, 0)})
    known = ner.kb_spans(tokens, builtin())
    assert all(span in ner._known_spans(tokens, builtin()) for span in known if span[2] == "ORG")


@pytest.mark.parametrize("spelling,canonical", [
    ("बेलजियम", "बेल्जियम"), ("नॉरवे", "नॉर्वे"), ("फिलिपिन्स", "फिलीपींस"), ("लिबिया", "लीबिया"),
])
def test_ner_skeleton_sets_vowel_length_nasals_and_conjuncts_aside(spelling, canonical):
    assert skeleton(fold(spelling)) == skeleton(fold(canonical))


def test_ner_fuzzy_labels_mark_a_misspelt_country_but_not_short_words():
    labels = fuzzy_labels([fold(w) for w in ["बेलजियम", "और", "नॉरवे", "के", "में"]], builtin())
    assert labels[0] == ("B-LOC",)
    assert labels[2] == ("B-LOC",)
    assert labels[1] == labels[3] == labels[4] == ()
    assert FUZZY_MIN_CHARS >= 3


def test_ner_features_carry_fuzzy_tags():
    rows = sentence_features(["बेलजियम", "में"])
    assert "kb=fz:B-LOC" in rows[0]
    assert "+1:kb=fz:B-LOC" in rows[1] or "-1:kb=fz:B-LOC" in rows[1]


def test_ner_world_file_is_places_not_in_the_other_gazetteers():
    rows = load_table("sambandh.entities", "ner_world")
    assert len(rows) > 50
    assert {row["type"] for row in rows} == {"LOC"}
    names = [fold(row["name"]) for row in rows]
    assert len(names) == len(set(names))
    others = {fold(row["name"]) for name in ("ner_gazetteer", "ner_places") for row in load_table("sambandh.entities",
                                                                                                   name)}
    assert not set(names) & others


def test_ner_gazetteer_spans_include_long_country_names():
    tokens = ["सेंट्रल", "अफ्रीकी", "रिपब्लिक", "की", "सरकार"]
    assert gazetteer_spans(tokens) == [(0, 3, "LOC")]


def test_ner_person_names_file_has_known_kinds_and_no_duplicates():
    rows = load_table("sambandh.entities", "ner_person_names")
    assert len(rows) > 500
    assert {row["kind"] for row in rows} <= set(NAME_KINDS)
    pairs = [(row["kind"], row["word"]) for row in rows]
    assert len(pairs) == len(set(pairs))
    assert all(row["word"] and " " not in row["word"] for row in rows)


def test_ner_features_read_the_person_names_file():
    assert "cue=given" in sentence_features(["दीनदयाल", "ने"])[0]
