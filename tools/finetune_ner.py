"""Fine-tune multilingual-e5 layers for the contextual name tagger (``sambandh/entities/contextual.py``).

The encoder runs frozen up to layer ``contextual.FIRST_LAYER``; the next ``contextual.TUNED_LAYERS`` layers
and a word head (layernorm, a ReLU layer, seven BIO tags; a word is the mean of its pieces' states) are
trained on IL-NER Hindi train with AdamW. The tuned layers and the head are written, the matrices as int8
with one scale per output channel, to ``sambandh/entities/data/ner_context.npz``, which the package runs in
numpy. For the contextual CRF (``tools/train_ner.py``) a training sentence's probabilities come from the
model trained on the other folds (sentence i is in fold i % FOLDS); the shipped model sees all of train.

Needs torch (CPU) at training time only; the package never imports it. ``make train-ner`` installs it
from the local wheel in /opt/wheels when there is one, else says how to get it (``pip install torch
--index-url https://download.pytorch.org/whl/cpu``). About 35 minutes on two busy cores (six models of
three epochs), under 3 GB of memory. Seeds are fixed; torch on another machine may differ in the last bits.

Run: ``.venv/bin/python tools/finetune_ner.py [--oof FILE] [--dev FILE]`` (``--dev`` only reports the
tagger's own entity F1 on IL-NER dev after each epoch; it is never trained on), or through
``tools/train_ner.py``, which calls ``finetune`` here and trains the contextual CRF on the result.
"""

from __future__ import annotations

import argparse
import logging
import math
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

from sambandh.entities import contextual
from sambandh.entities.encoder import PREFIX, Encoder
from sambandh.eval.ner import Sentence, read_conll, score

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "eval" / "ner-hi" / "il-ner" / "Hindi-train.txt"
OUT = ROOT / "sambandh" / "entities" / "data" / contextual.WEIGHTS
FOLDS = 5  # as tools/train_ner.py

# Chosen on IL-NER Hindi-dev (the head's own entity F1; the shipped small network on layers 6+8 scored 0.615):
# layers 7-8 tuned, 3 epochs 0.670; layers 7-12 0.688, but three times the training time and model size.
EPOCHS = 3
# Members of the shipped seed ensemble (their probabilities are averaged, contextual.ContextModel), and the step
# between two members' seeds.
MEMBERS = 1
SEED_STRIDE = 100
LR_LAYERS = 5e-5
LR_HEAD = 1e-3
WEIGHT_DECAY = 0.01
WARMUP = 0.1  # share of the steps over which the learning rate rises; it then falls linearly to zero
DROPOUT = 0.1
TOKENS_PER_BATCH = 3000  # padded pieces per training batch
THREADS = 2

log = logging.getLogger("train_ner")


class _Layer(torch.nn.Module):
    """One post-layernorm BERT layer, as ``Encoder._forward`` runs it, started from the encoder's weights."""

    def __init__(self, weights: dict, heads: int, eps: float) -> None:
        super().__init__()

        def param(value: np.ndarray) -> torch.nn.Parameter:
            return torch.nn.Parameter(torch.tensor(np.asarray(value, np.float32)))

        for name in contextual.MATRICES:
            setattr(self, name, param(weights[name]))
            setattr(self, f"{name}_b", param(weights[f"{name}_b"]))
        self.aln_w, self.aln_b = param(weights["aln"][0]), param(weights["aln"][1])
        self.oln_w, self.oln_b = param(weights["oln"][0]), param(weights["oln"][1])
        self.heads, self.eps = heads, eps
        self.drop = torch.nn.Dropout(DROPOUT)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = x.shape
        size = hidden // self.heads
        qkv = (x @ self.qkv + self.qkv_b).view(batch, length, 3, self.heads, size).permute(2, 0, 3, 1, 4)
        att = (qkv[0] @ qkv[1].transpose(-1, -2)) / math.sqrt(size) + mask
        ctx = (self.drop(att.softmax(-1)) @ qkv[2]).transpose(1, 2).reshape(batch, length, hidden)
        x = torch.nn.functional.layer_norm(self.drop(ctx @ self.ao + self.ao_b) + x, (hidden,),
                                           self.aln_w, self.aln_b, self.eps)
        mid = torch.nn.functional.gelu(x @ self.fi + self.fi_b)
        return torch.nn.functional.layer_norm(self.drop(mid @ self.fo + self.fo_b) + x, (hidden,),
                                              self.oln_w, self.oln_b, self.eps)


class _Tagger(torch.nn.Module):
    """The tuned layers over frozen states, then the word head."""

    def __init__(self, encoder: Encoder) -> None:
        super().__init__()
        first = contextual.FIRST_LAYER
        self.layers = torch.nn.ModuleList(
            _Layer(encoder._layers[index], encoder.n_heads, encoder.eps)
            for index in range(first, first + contextual.TUNED_LAYERS))
        self.head = torch.nn.Sequential(
            torch.nn.LayerNorm(encoder.hidden, eps=contextual.HEAD_EPS),
            torch.nn.Linear(encoder.hidden, contextual.HEAD_HIDDEN), torch.nn.ReLU(),
            torch.nn.Linear(contextual.HEAD_HIDDEN, len(contextual.TAGS)))
        self.drop = torch.nn.Dropout(DROPOUT)

    def forward(self, x: torch.Tensor, mask: torch.Tensor, pool: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x, mask)
        return self.head(self.drop(pool @ x))


class _Data:
    """Frozen piece states of each sentence (float16), its words' piece spans and its tag indices."""

    def __init__(self, encoder: Encoder, sentences: Sequence[Sentence]) -> None:
        began = time.perf_counter()
        prefix = encoder.tokenize(PREFIX)
        limit = encoder.max_positions
        seqs, self.spans, self.labels = [], [], []
        for sentence in sentences:
            ids, spans = [encoder.bos, *prefix], []
            for word in sentence.tokens:
                pieces = encoder.pieces_of_word(word)[:limit]
                start = len(ids)
                ids.extend(pieces)
                spans.append((start, len(ids)) if pieces else (start - 1, start))
            ids = [*ids[:limit - 1], encoder.eos]  # longer sentences are cut (none in IL-NER train)
            self.spans.append([(min(a, limit - 2), min(max(b, a + 1), limit - 1)) for a, b in spans])
            seqs.append(ids)
            self.labels.append([contextual.TAGS.index(tag) for tag in sentence.tags])
        self.states: list[np.ndarray] = [np.empty(0)] * len(seqs)
        for chunk, ids, lengths in encoder.padded_batches(seqs):
            [states] = encoder._forward(ids, lengths, [contextual.FIRST_LAYER])
            for row, i in enumerate(chunk):
                self.states[i] = states[row, :lengths[row]].astype(np.float16)
        log.info("encoded %d sentences to layer %d in %.0f s", len(seqs), contextual.FIRST_LAYER,
                 time.perf_counter() - began)

    def batches(self, indices: Sequence[int]) -> list[list[int]]:
        """Sentences sorted by length into batches of at most TOKENS_PER_BATCH padded pieces."""
        out: list[list[int]] = []
        current: list[int] = []
        for i in sorted(indices, key=lambda i: (len(self.states[i]), i)):
            if current and (len(current) + 1) * len(self.states[i]) > TOKENS_PER_BATCH:
                out.append(current)
                current = []
            current.append(i)
        return [*out, current] if current else out

    def tensors(self, chunk: Sequence[int]) -> tuple[torch.Tensor, ...]:
        length = max(len(self.states[i]) for i in chunk)
        words = max(len(self.labels[i]) for i in chunk)
        hidden = self.states[chunk[0]].shape[1]
        x = torch.zeros(len(chunk), length, hidden)
        mask = torch.full((len(chunk), 1, 1, length), -1e9)
        pool = torch.zeros(len(chunk), words, length)
        y = torch.full((len(chunk), words), -100, dtype=torch.long)
        for row, i in enumerate(chunk):
            n = len(self.states[i])
            x[row, :n] = torch.from_numpy(self.states[i].astype(np.float32))
            mask[row, ..., :n] = 0
            for w, (a, b) in enumerate(self.spans[i]):
                pool[row, w, a:b] = 1.0 / (b - a)
            y[row, :len(self.labels[i])] = torch.tensor(self.labels[i])
        return x, mask, pool, y


def fit(encoder: Encoder, data: _Data, indices: Sequence[int], *, seed: int,
        dev: _Data | None = None) -> _Tagger:
    """A tagger trained on the sentences ``indices`` of ``data``."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = _Tagger(encoder)
    optimizer = torch.optim.AdamW([{"params": model.layers.parameters(), "lr": LR_LAYERS},
                                   {"params": model.head.parameters(), "lr": LR_HEAD}], weight_decay=WEIGHT_DECAY)
    batches = data.batches(indices)
    total = EPOCHS * len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / (WARMUP * total)) * max(0.0, (total - step) / ((1 - WARMUP) * total)))
    model.train()
    for epoch in range(EPOCHS):
        began, loss_sum = time.perf_counter(), 0.0
        for b in rng.permutation(len(batches)):
            x, mask, pool, y = data.tensors(batches[b])
            loss = torch.nn.functional.cross_entropy(model(x, mask, pool).reshape(-1, len(contextual.TAGS)),
                                                     y.reshape(-1), ignore_index=-100)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            loss_sum += loss.item()
        note = ""
        if dev is not None:
            predicted = predict(model, dev, range(len(dev.labels)))
            found = score([[contextual.TAGS[t] for t in tags] for tags in dev.labels],
                          [[contextual.TAGS[t] for t in p.argmax(axis=1)] for p in predicted])
            kinds = " ".join(f"{kind} {value.f1:.3f}" for kind, value in found.items() if kind != "all")
            note = f" dev F1 {found['all'].f1:.4f} ({kinds})"
        log.info("  epoch %d: loss %.4f, %.0f s%s", epoch + 1, loss_sum / len(batches),
                 time.perf_counter() - began, note)
    model.eval()
    return model


def predict(model: _Tagger, data: _Data, indices: Sequence[int]) -> list[np.ndarray]:
    """Tag probabilities [n_words, len(TAGS)] of the sentences ``indices``, in that order."""
    found: dict[int, np.ndarray] = {}
    training = model.training
    model.eval()
    with torch.no_grad():
        for chunk in data.batches(indices):
            x, mask, pool, _ = data.tensors(chunk)
            probs = model(x, mask, pool).softmax(-1).numpy()
            for row, i in enumerate(chunk):
                found[i] = probs[row, :len(data.labels[i])].astype(np.float32)
    model.train(training)
    return [found[i] for i in indices]


def export(models: Sequence[_Tagger], path: Path) -> None:
    """The members' tuned layers (matrices int8 with per-output-channel scales) and heads, as ``contextual`` reads
    them: one member's arrays as they are, several each under the prefix ``m<k>.`` with their count in ``members``."""
    arrays: dict[str, np.ndarray] = {"first_layer": np.int64(contextual.FIRST_LAYER),
                                     "tuned_layers": np.int64(contextual.TUNED_LAYERS)}
    if len(models) > 1:
        arrays["members"] = np.int64(len(models))
    for k, model in enumerate(models):
        arrays.update(_member_arrays(model, f"m{k}." if len(models) > 1 else ""))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **arrays)


def _member_arrays(model: _Tagger, prefix: str) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    for j, layer in enumerate(model.layers):
        for name in contextual.MATRICES:
            matrix = getattr(layer, name).detach().numpy()  # [n_in, n_out]
            scale = np.maximum(np.abs(matrix).max(axis=0), 1e-12) / 127.0
            arrays[f"{prefix}l{j}.{name}"] = np.clip(np.rint(matrix / scale), -127, 127).astype(np.int8)
            arrays[f"{prefix}l{j}.{name}.scale"] = scale.astype(np.float32)
        for name in (*(f"{m}_b" for m in contextual.MATRICES), "aln_w", "aln_b", "oln_w", "oln_b"):
            arrays[f"{prefix}l{j}.{name}"] = getattr(layer, name).detach().numpy().astype(np.float32)
    norm, hidden, _, out = model.head
    head = {
        "ln_w": norm.weight.detach().numpy(), "ln_b": norm.bias.detach().numpy(),
        "W1": hidden.weight.detach().numpy().T.astype(np.float16), "b1": hidden.bias.detach().numpy(),
        "W2": out.weight.detach().numpy().T.astype(np.float16), "b2": out.bias.detach().numpy(),
    }
    arrays.update({prefix + name: value for name, value in head.items()})
    return arrays


def finetune(sentences: Sequence[Sentence], out: Path = OUT, *, dev: Sequence[Sentence] | None = None,
             folds: int = FOLDS, members: int = MEMBERS) -> list[np.ndarray]:
    """Train, for each member, the fold models and the shipped one; write the shipped members to ``out``; return
    each training sentence's out-of-fold probabilities [n_words, len(TAGS)], the mean over the members, as the
    shipped ensemble gives its mean. Member ``m`` trains with the seeds ``SEED_STRIDE * m`` + fold (the shipped
    model's fold number is ``folds``), so member 0 is the single model of earlier versions."""
    torch.set_num_threads(THREADS)
    encoder = Encoder.load()
    data = _Data(encoder, sentences)
    dev_data = _Data(encoder, dev) if dev else None
    held_out: list[np.ndarray] = [np.zeros((len(s.tokens), len(contextual.TAGS)), np.float32) for s in sentences]
    shipped = []
    for member in range(members):
        for part in range(folds):
            began = time.perf_counter()
            inside = [i for i in range(len(sentences)) if i % folds != part]
            outside = [i for i in range(len(sentences)) if i % folds == part]
            model = fit(encoder, data, inside, seed=SEED_STRIDE * member + part)
            for i, probs in zip(outside, predict(model, data, outside), strict=True):
                held_out[i] += probs / members
            log.info("member %d, fold %d: %.0f s", member, part, time.perf_counter() - began)
        shipped.append(fit(encoder, data, range(len(sentences)), seed=SEED_STRIDE * member + folds, dev=dev_data))
    export(shipped, out)
    log.info("fine-tuned layers and heads of %d members: %s (%d bytes)", members, out, out.stat().st_size)
    if dev:
        _check(shipped, out, encoder, dev, dev_data)
    return held_out


def _check(models: Sequence[_Tagger], path: Path, encoder: Encoder, dev: Sequence[Sentence], dev_data: _Data) -> None:
    """Log how far the package's numpy run of the exported (int8) members is from torch's on ``dev``."""
    with np.load(path) as data:
        numpy_model = contextual.ContextModel.from_arrays(encoder, {name: data[name] for name in data.files})
    ours = numpy_model.probabilities([sentence.tokens for sentence in dev])
    each = [predict(model, dev_data, range(len(dev))) for model in models]
    theirs = [np.mean(probs, axis=0) for probs in zip(*each, strict=True)]
    gold = [sentence.tags for sentence in dev]
    figures = [score(gold, [[contextual.TAGS[t] for t in p.argmax(axis=1)] for p in probs])["all"].f1
               for probs in (theirs, ours)]
    agree = float(np.mean(np.concatenate([a.argmax(1) == b.argmax(1) for a, b in zip(theirs, ours, strict=True)])))
    log.info("dev: torch F1 %.4f, numpy int8 F1 %.4f; same argmax for %.4f of words, largest difference %.4f",
             *figures, agree, max(float(np.abs(a - b).max()) for a, b in zip(theirs, ours, strict=True)))


def save_probabilities(path: Path, probabilities: Sequence[np.ndarray]) -> None:
    np.savez(path, probs=np.concatenate(probabilities), lengths=np.array([len(p) for p in probabilities]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN, help="IL-NER train file (CoNLL)")
    parser.add_argument("--dev", type=Path, help="IL-NER dev file: report the shipped model's F1 on it")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the tuned layers and head")
    parser.add_argument("--oof", type=Path, help="where to write the out-of-fold probabilities (.npz), which "
                        "tools/train_ner.py --probabilities reads")
    parser.add_argument("--folds", type=int, default=FOLDS, help="0: only the shipped model")
    parser.add_argument("--members", type=int, default=MEMBERS, help="members of the seed ensemble")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with args.train.open(encoding="utf-8") as handle:
        sentences = read_conll(handle, scheme="ilner", source=str(args.train))
    dev = None
    if args.dev:
        with args.dev.open(encoding="utf-8") as handle:
            dev = read_conll(handle, scheme="ilner", source=str(args.dev))
    held_out = finetune(sentences, args.out, dev=dev, folds=args.folds, members=args.members)
    if args.oof and args.folds:
        save_probabilities(args.oof, held_out)


if __name__ == "__main__":
    main()
