"""tokenize on text we wrote ourselves: Devanagari with its vowel signs, Latin with inner apostrophes."""

import random
import unicodedata

import pytest

from sambandh.text.tokens import tokenize


def _by_definition(text: str) -> list[tuple[int, int]]:
    """Token spans from the definition, character by character: runs of letters, marks, digits and joiners (ZWJ,
    ZWNJ), with an apostrophe inside when a Latin character stands before it and a word character after it."""
    def word(char: str) -> bool:
        return unicodedata.category(char)[0] in "LMN" or char in "\u200c\u200d"

    spans, index = [], 0
    while index < len(text):
        if not word(text[index]):
            index += 1
            continue
        start = index
        while index < len(text) and (word(text[index]) or (
                text[index] in "'’" and index + 1 < len(text) and word(text[index + 1]) and text[index - 1].isascii())):
            index += 1
        spans.append((start, index))
    return spans


@pytest.mark.parametrize(("text", "words"), [
    ("रूस के रक्षा मंत्री ने प्योंगयांग का दौरा किया।", ["रूस", "के", "रक्षा", "मंत्री", "ने", "प्योंगयांग", "का", "दौरा", "किया"]),
    ("Kim's visit didn't happen", ["Kim's", "visit", "didn't", "happen"]),
    ("'quoted' — dash-joined 2024", ["quoted", "dash", "joined", "2024"]),
    ("भारत'स and रूस’ end'", ["भारत", "स", "and", "रूस", "end"]),
    ("क़ानून ज़रूरी ١٢٣ ०७", ["क़ानून", "ज़रूरी", "١٢٣", "०७"]),
    # a joiner inside a word, as some papers write conjuncts ("एक्‍सपोर्ट"), does not split it
    ("दवा के एक्\u200dसपोर्ट में छूट", ["दवा", "के", "एक्\u200dसपोर्ट", "में", "छूट"]),
    ("", []),
])
def test_tokens(text, words):
    assert [token.text for token in tokenize(text)] == words


def test_spans_follow_the_definition_on_mixed_text():
    pool = "रूसकेमंत्रीनेक़ाँः्ािीुूेैोौं abcXYZ019'’-_ .,।\u200d\u200c\ufe0f\u0301éü١٢"
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert [(t.start, t.end) for t in tokenize(text)] == _by_definition(text), text


def test_keys_are_folded_and_offsets_point_into_the_text():
    text = "पुतिन ने ज़ोर दिया"
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
    assert tokenize("ज़ोर")[0].key == tokenize("जोर")[0].key
