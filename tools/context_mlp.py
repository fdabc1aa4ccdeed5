"""Train the small network of ``sambandh/entities/contextual.py``: encoder word states -> BIO tag probabilities.

One hidden ReLU layer and a softmax, trained with Adam on minibatches, dropout on the inputs and a little
L2, in numpy alone (the package has no training framework, and needs none for a network this size). The
weight names (W1, b1, W2, b2) are what ``ContextModel.load`` reads. Seeds are fixed; results may differ in
the last bits between machines whose BLAS sums in another order.
"""

from __future__ import annotations

import logging

import numpy as np

from sambandh.entities.contextual import forward

log = logging.getLogger("train_ner")

# Chosen on IL-NER Hindi-dev (tools/train_ner.py notes the figures).
HIDDEN = 256
EPOCHS = 6
LEARNING_RATE = 1e-3
BATCH = 256
L2 = 1e-5
DROPOUT = 0.2
_BETA1, _BETA2, _EPS = 0.9, 0.999, 1e-8


def fit(features: np.ndarray, labels: np.ndarray, n_labels: int, *, seed: int = 0) -> dict[str, np.ndarray]:
    """Weights of a network trained on standardized ``features`` [n, d] and integer ``labels`` [n]."""
    rng = np.random.default_rng(seed)
    d_in = features.shape[1]
    weights = {
        "W1": (rng.standard_normal((d_in, HIDDEN)) * np.sqrt(2.0 / d_in)).astype(np.float32),
        "b1": np.zeros(HIDDEN, np.float32),
        "W2": (rng.standard_normal((HIDDEN, n_labels)) * np.sqrt(1.0 / HIDDEN)).astype(np.float32),
        "b2": np.zeros(n_labels, np.float32),
    }
    first = {name: np.zeros_like(value) for name, value in weights.items()}
    second = {name: np.zeros_like(value) for name, value in weights.items()}
    step = 0
    for epoch in range(EPOCHS):
        order = rng.permutation(len(features))
        loss = 0.0
        for start in range(0, len(features), BATCH):
            rows = order[start:start + BATCH]
            x = features[rows]
            y = labels[rows]
            if DROPOUT:
                x = x * (rng.random(x.shape, dtype=np.float32) >= DROPOUT) / np.float32(1 - DROPOUT)
            hidden, probs = forward(weights, x)
            picked = np.arange(len(y))
            loss -= float(np.log(probs[picked, y] + 1e-9).sum())
            grad_out = probs
            grad_out[picked, y] -= 1
            grad_out /= len(y)
            grad_hidden = (grad_out @ weights["W2"].T) * (hidden > 0)
            grads = {"W2": hidden.T @ grad_out + L2 * weights["W2"], "b2": grad_out.sum(0),
                     "W1": x.T @ grad_hidden + L2 * weights["W1"], "b1": grad_hidden.sum(0)}
            step += 1
            for name, grad in grads.items():
                first[name] = _BETA1 * first[name] + (1 - _BETA1) * grad
                second[name] = _BETA2 * second[name] + (1 - _BETA2) * grad ** 2
                corrected = first[name] / (1 - _BETA1 ** step)
                scale = np.sqrt(second[name] / (1 - _BETA2 ** step)) + _EPS
                weights[name] -= (LEARNING_RATE * corrected / scale).astype(np.float32)
        log.info("  network epoch %d: loss %.4f", epoch + 1, loss / len(features))
    return weights


def predict(weights: dict[str, np.ndarray], features: np.ndarray, *, batch: int = 8192) -> np.ndarray:
    """Label probabilities [n, n_labels] of standardized ``features``."""
    parts = [forward(weights, features[start:start + batch])[1] for start in range(0, len(features), batch)]
    return np.concatenate(parts) if parts else np.zeros((0, len(weights["b2"])), np.float32)
