"""normalize, fold and fold_with_map on text we wrote ourselves."""

import unicodedata

import pytest

from sambandh.text.normalize import fold, fold_with_map, normalize

QA_PRECOMPOSED = "\u0958"  # क़ as one code point (a composition exclusion)
QA_DECOMPOSED = "\u0915\u093c"  # क + nukta


@pytest.mark.parametrize("text", [
    f"{QA_PRECOMPOSED}तर ने बयान दिया",
    f"{QA_DECOMPOSED}तर ने बयान दिया",
])
def test_normalize_gives_one_form_for_nukta_letters(text):
    result = normalize(text)
    assert result == f"{QA_DECOMPOSED}तर ने बयान दिया"
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize("text", ["\u0928\u093c", "\u0929"])
def test_normalize_composes_what_nfc_composes(text):
    assert normalize(text) == "\u0929"


@pytest.mark.parametrize("text,expected", [
    ("  दिल्ली\u00a0में   बैठक\tहुई  ", "दिल्ली में बैठक हुई"),
    ("मोदी\u200b ने\ufeff कहा", "मोदी ने कहा"),
    ("पहली पंक्ति  \r\n  दूसरी पंक्ति", "पहली पंक्ति\nदूसरी पंक्ति"),
    ("पहला पैरा\r\r\n\r\r\nदूसरा पैरा", "पहला पैरा\n\nदूसरा पैरा"),
    ("पहला पैरा\n\n\n\n\nदूसरा पैरा", "पहला पैरा\n\nदूसरा पैरा"),
    ("Prime\u2009Minister\u202fModi", "Prime Minister Modi"),
    ("", ""),
    (" \t\u00a0 ", ""),
])
def test_normalize_cleans_whitespace(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("क्\u200dष", "क्\u200dष"),
    ("श्री\u200c", "श्री"),
    ("\u200dराम", "राम"),
    ("राम \u200c श्याम", "राम श्याम"),
])
def test_normalize_keeps_joiners_only_inside_words(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("बैठक खत्म हुई| अगले दिन", "बैठक खत्म हुई। अगले दिन"),
    ("बैठक खत्म हुई|", "बैठक खत्म हुई।"),
    ("कविता पूरी हुई||", "कविता पूरी हुई॥"),
    ("हिंदी | अंग्रेज़ी", "हिंदी | अंग्रेज़ी"),
    ("हिंदी|अंग्रेज़ी", "हिंदी|अंग्रेज़ी"),
    ("score 3|4 done", "score 3|4 done"),
    ("yes| no", "yes| no"),
])
def test_normalize_turns_pipe_after_devanagari_into_danda(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text", [
    "उन्होंने कहा, “हम तैयार हैं” — और चले गए…",
    "'quoted' \"text\" – dash",
])
def test_normalize_keeps_other_characters(text):
    assert normalize(text) == text


@pytest.mark.parametrize("text", [
    f"  {QA_PRECOMPOSED}तर\u00a0और\tईरान|  ",
    "a\r\n\r\n\r\nb  c\u200b",
    "हिन्दी समाचार||",
])
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@pytest.mark.parametrize("first,second", [
    ("क़तर", "कतर"),
    (f"{QA_PRECOMPOSED}तर", "कतर"),
    ("ज़रूरी", "जरूरी"),
    ("फ़रवरी", "फरवरी"),
    ("ग़ज़ा", "गजा"),
    ("हिन्दी", "हिंदी"),
    ("सम्बन्ध", "संबंध"),
    ("कम्पनी", "कंपनी"),
    ("इन्टरनेट", "इंटरनेट"),
    ("घण्टा", "घंटा"),
    ("हँसी", "हंसी"),
    ("Russia", "RUSSIA"),
    ("  रूस\u00a0यूक्रेन ", "रूस यूक्रेन"),
])
def test_fold_merges_spelling_variants(first, second):
    assert fold(first) == fold(second)


@pytest.mark.parametrize("first,second", [
    ("सड़क", "सडक"),
    ("पढ़ाई", "पढाई"),
    ("अन्य", "अंय"),
])
def test_fold_keeps_distinct_letters_apart(first, second):
    assert fold(first) != fold(second)


@pytest.mark.parametrize("text,expected", [
    ("सड़क", "सड़क"),
    ("अन्य", "अन्य"),
    ("सम्मान", "सम्मान"),
    ("जन्म", "जन्म"),
    ("हिन्दी", "हिंदी"),
    ("Sergei Shoigu", "sergei shoigu"),
    ("", ""),
])
def test_fold_gives_expected_key(text, expected):
    assert fold(text) == unicodedata.normalize("NFC", expected)


@pytest.mark.parametrize("text", ["क़तर", "हिन्दी सम्बन्ध", "Delhi", "हँसी  में"])
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize("text", [
    "  हिन्दी\u00a0समाचार",
    f"{QA_DECOMPOSED}तर और {QA_PRECOMPOSED}तर",
    "सम्बन्ध\u200b बने | ठीक",
    "Russia\tऔर",
    "",
])
def test_fold_with_map_agrees_with_fold(text):
    folded, index = fold_with_map(text)
    assert folded == fold(text)
    assert len(index) == len(folded)
    assert list(index) == sorted(index)
    assert all(0 <= offset < len(text) for offset in index)


@pytest.mark.parametrize("text,key,original", [
    ("  हिन्दी\u00a0समाचार पढ़ें", "समाचार", "समाचार"),
    ("भारत-सम्बन्ध पर चर्चा", "संबंध", "सम्बन्ध"),
    (f"दोहा, {QA_DECOMPOSED}तर में", "कतर", f"{QA_DECOMPOSED}तर"),
    (f"दोहा, {QA_PRECOMPOSED}तर में", "कतर", f"{QA_PRECOMPOSED}तर"),
    ("the  Russian\u00a0Army", "russian army", "Russian\u00a0Army"),
])
def test_fold_with_map_maps_matches_back(text, key, original):
    folded, index = fold_with_map(text)
    first = folded.index(key)
    start, end = index[first], index[first + len(key) - 1] + 1
    assert text[start:end] == original


def test_normalize_fast_path_agrees_with_the_character_stream():
    import importlib
    import random

    module = importlib.import_module("sambandh.text.normalize")

    rng = random.Random(7)
    alphabet = [*"ab कि।|  \u00a0\t\n\r\u200c\u200d", "\u093c", "\u0901", "\u0915\u093c", "e\u0301", "\u2003"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert module.normalize(text) == "".join(module._normalize_stream(text)[0]), repr(text)
