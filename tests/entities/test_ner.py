"""The statistical name tagger: features, the KB merge, document carry-over, and its data files."""

import pytest

from sambandh.datafiles import load_table
from sambandh.entities import ner
from sambandh.entities.features import (
    CUE_KINDS,
    NAME_KINDS,
    VOCAB_LABELS,
    cue_words,
    gazetteer_labels,
    gazetteer_spans,
    kb_labels,
    sentence_features,
)
from sambandh.entities.ner import NameSpan, merge_kb, spans_to_tags, tag, tag_document, tag_sentences
from sambandh.kb.base import builtin

VALID = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}


def _bio_ok(tags):
    return all(not t.startswith("I-") or (i and tags[i - 1][2:] == t[2:]) for i, t in enumerate(tags))


@pytest.mark.parametrize("tokens", [
    ["रूस", "के", "राष्ट्रपति", "व्लादिमीर", "पुतिन", "ने", "मंगलवार", "को", "बयान", "दिया", "।"],
    ["श्री", "रमेश", "वर्मा", "ने", "नागपुर", "नगर", "निगम", "की", "बैठक", "में", "भाग", "लिया", "।"],
    ["यह", "एक", "साधारण", "वाक्य", "है"],
    ["।"],
])
def test_ner_tag_gives_one_valid_bio_tag_per_token(tokens):
    tags = tag(tokens)
    assert len(tags) == len(tokens)
    assert set(tags) <= VALID
    assert _bio_ok(tags)


def test_ner_tag_of_no_tokens_is_empty():
    assert tag([]) == []


def test_ner_tags_a_kb_country_and_a_kb_person():
    tags = tag(["रूस", "के", "राष्ट्रपति", "व्लादिमीर", "पुतिन", "ने", "बयान", "दिया", "।"])
    assert tags[0] == "B-LOC"
    assert tags[3:5] == ["B-PER", "I-PER"]


def test_ner_merge_kb_adds_only_kb_names_the_model_left_untagged():
    found = [NameSpan(0, 2, "PER", "ner")]
    merged = merge_kb(found, [(1, 2, "LOC"), (4, 5, "LOC")])
    assert merged == [NameSpan(0, 2, "PER", "ner"), NameSpan(4, 5, "LOC", "kb")]


def test_ner_spans_to_tags():
    assert spans_to_tags([NameSpan(1, 3, "ORG", "ner")], 4) == ["O", "B-ORG", "I-ORG", "O"]


def test_ner_document_carries_a_name_to_where_it_recurs(monkeypatch):
    first = ["कल", "सुधाकर", "पालीवाल", "ने", "भाषण", "दिया", "।"]
    second = ["सुधाकर", "पालीवाल", "आज", "लौटे", "।"]
    model = {tuple(first): [NameSpan(1, 3, "PER", "ner")], tuple(second): []}
    monkeypatch.setattr(ner, "names", lambda tokens, kb=None, context=None: list(model[tuple(tokens)]))
    tags = tag_document([first, second])
    assert tags[0][1:3] == ["B-PER", "I-PER"]
    assert tags[1] == ["B-PER", "I-PER", "O", "O", "O"]


def test_ner_document_does_not_carry_a_single_word(monkeypatch):
    first = ["नदी", "पार", "गया"]
    second = ["नदी", "सूखी", "है"]
    model = {tuple(first): [NameSpan(0, 1, "LOC", "ner")], tuple(second): []}
    monkeypatch.setattr(ner, "names", lambda tokens, kb=None, context=None: list(model[tuple(tokens)]))
    assert tag_document([first, second])[1] == ["O", "O", "O"]


def test_ner_tag_sentences_carries_only_when_asked(monkeypatch):
    first = ["कल", "सुधाकर", "पालीवाल", "आए"]
    second = ["सुधाकर", "पालीवाल", "गए"]
    model = {tuple(first): [NameSpan(1, 3, "PER", "ner")], tuple(second): []}
    monkeypatch.setattr(ner, "names", lambda tokens, kb=None, context=None: list(model[tuple(tokens)]))
    assert tag_sentences([first, second])[1] == ["O", "O", "O"]
    assert tag_sentences([first, second], document=True)[1] == ["B-PER", "I-PER", "O"]


def test_ner_features_carry_kb_gazetteer_and_cue_knowledge():
    tokens = ["श्री", "मोदी", "ने", "दिल्ली", "में", "कहा"]
    rows = sentence_features(tokens)
    assert len(rows) == len(tokens)
    assert "cue=title" in rows[0]
    assert "-1:cue=title" in rows[1]
    assert "kb=B-LOC" in rows[3]
    assert "gz:B-LOC" in " ".join(rows[3])
    assert "+1:cue=postposition" in rows[3]


def test_ner_kb_labels_cover_multiword_names():
    labels = kb_labels(["उत्तर", "कोरिया", "ने", "कहा"], builtin())
    assert "B-LOC" in labels[0] and "I-LOC" in labels[1]
    assert labels[2] == ()


def test_ner_gazetteer_labels_follow_token_boundaries():
    labels = gazetteer_labels(["वह", "मध्य", "प्रदेश", "गया"])
    assert labels[1] == ("B-LOC",) and labels[2] == ("I-LOC",)


@pytest.mark.parametrize("name,kinds", [("ner_cues", CUE_KINDS), ("ner_names", NAME_KINDS)])
def test_ner_cue_files_have_known_kinds_and_no_duplicates(name, kinds):
    rows = load_table("sambandh.entities", name)
    assert rows
    assert {row["kind"] for row in rows} <= set(kinds)
    pairs = [(row["kind"], row["word"]) for row in rows]
    assert len(pairs) == len(set(pairs))
    assert all(row["word"] for row in rows)


def test_ner_gazetteer_file_has_types_and_no_duplicates():
    rows = load_table("sambandh.entities", "ner_gazetteer")
    assert {row["type"] for row in rows} == {"PER", "LOC", "ORG"}
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names))


PLACE_KINDS = {"state", "city", "river", "mountain", "region", "world"}


def test_ner_places_file_has_kinds_and_no_duplicates_here_or_in_the_gazetteer():
    from sambandh.text.normalize import fold

    rows = load_table("sambandh.entities", "ner_places")
    assert len(rows) > 500
    assert {row["kind"] for row in rows} == PLACE_KINDS
    names = [fold(row["name"]) for row in rows]
    assert all(names)
    assert len(names) == len(set(names))
    assert not set(names) & {fold(row["name"]) for row in load_table("sambandh.entities", "ner_gazetteer")}


def test_ner_gazetteer_spans_include_district_towns_of_the_places_file():
    tokens = ["वह", "लखीमपुर", "खीरी", "से", "बाड़मेर", "आया"]
    assert gazetteer_spans(tokens) == [(1, 3, "LOC"), (4, 5, "LOC")]
    assert gazetteer_labels(tokens)[4] == ("B-LOC",)


def test_ner_adds_a_gazetteer_place_but_not_a_common_word_of_the_same_spelling():
    # गया is a town and the past of जाना; training saw it mostly as the verb, so only the KB/model may tag it
    tags = tag(["वे", "कल", "झुंझुनू", "गया", "था", "।"])
    assert tags[2] == "B-LOC"
    assert tags[3] == "O"


def test_ner_vocabulary_file_holds_counts():
    rows = load_table("sambandh.entities", "ner_vocab")
    assert len(rows) > 1000
    assert all(row[label].isdigit() for row in rows[:500] for label in VOCAB_LABELS)


def test_ner_cue_words_are_folded_sets():
    cues = cue_words()
    assert set(cues) == {*CUE_KINDS, *NAME_KINDS}
    assert all(isinstance(words, frozenset) for words in cues.values())


# The limit on the shipped model file.
MODEL_MAX_BYTES = 25 * 1024 * 1024


def test_ner_model_ships_in_the_package_and_stays_small():
    from importlib import resources

    model = resources.files("sambandh.entities").joinpath("data", "ner.crfsuite")
    assert model.is_file()
    assert len(model.read_bytes()) <= MODEL_MAX_BYTES


def test_ner_split_cuts_a_name_at_an_unclosed_bracket_or_a_colon():
    tokens = ["विश्व", "स्वास्थ्य", "संगठन", "(", "डब्लूएचओ", ")", "ने", "नासिक", ":", "अहमदनगर"]
    assert ner._split(tokens, 0, 5, "ORG") == [(0, 3, "ORG"), (4, 5, "ORG")]
    assert ner._split(tokens, 0, 6, "ORG") == [(0, 6, "ORG")]
    assert ner._split(tokens, 7, 10, "LOC") == [(7, 8, "LOC"), (9, 10, "LOC")]


def test_ner_features_mark_a_devanagari_acronym():
    rows = sentence_features(["बीजेपी", "और", "सेबी"])
    assert "cue=acronym" in rows[0]
    assert "cue=acronym" not in rows[2]
