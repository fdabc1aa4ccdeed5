"""detect_language: the script of the majority of letters decides."""

import pytest

from sambandh.text.language import detect_language


@pytest.mark.parametrize("text,expected", [
    ("रूस और भारत के बीच व्यापार पर बातचीत हुई।", "hi"),
    ("मोदी ने 3 देशों का दौरा किया, देखें bbc.com/hindi", "hi"),
    ("भारत ने G20 सम्मेलन में हिस्सा लिया", "hi"),
    ("India and Russia discussed trade on Monday.", "en"),
    ("The PM met Putin in मॉस्को", "en"),
    ("Café résumé naïve", "en"),
    ("", "und"),
    ("123 456 !!", "und"),
    ("Путин встретился с Моди", "und"),
    ("مودی نے پوتن سے ملاقات کی", "und"),
])
def test_language_detects_by_script(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text,expected", [("abcd अबकड", "und"), ("abcde अबकड", "en"), ("abc अबकड", "hi")])
def test_language_needs_a_strict_majority(text, expected):
    assert detect_language(text) == expected
