"""Word tokens with character offsets, for Devanagari and Latin alike.

A token is a run of letters, combining marks (vowel signs, virama, nukta) and
digits, with inner apostrophes and hyphens of Latin words kept ("don't" stays one
token). Python's ``\\w`` is not enough: it stops at Devanagari vowel signs.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from dataclasses import dataclass

from .normalize import fold

_INNER = frozenset("'’")
# Sentences whose tokens are kept: the linker and the coder tokenize each sentence of an article in turn.
TOKENS_CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded form, for matching


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    """A run of word characters (Unicode letters, marks and digits, and the joiners ZWJ and ZWNJ), with inner
    apostrophes after a Latin letter. ``[^\\W_]`` is exactly the letters and digits; the marks are listed, as
    ranges, from ``unicodedata`` once per process (a regex is several times faster than a loop over characters)."""
    marks = [code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code))[0] == "M"]
    ranges: list[str] = []
    start = previous = marks[0]
    for code in [*marks[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else ""))
        start = previous = code
    # a joiner (ZWJ, ZWNJ) inside a word is part of it: "एक्\u200dसपोर्ट" is one word (normalize keeps joiners only
    # between word characters, and fold drops them from the key)
    word = f"(?:[^\\W_]|[{''.join(ranges)}]|[\u200c\u200d])"
    inner = "".join(sorted(_INNER))
    return re.compile(f"{word}+(?:(?<=[\\x00-\\x7f])[{inner}]{word}+)*")


def tokenize(text: str) -> list[Token]:
    """The word tokens of ``text`` in order; punctuation and spaces are not tokens."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=TOKENS_CACHE_SIZE)  # the linker and the event coder both tokenize each sentence
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(match.start(), match.end(), match.group(), fold(match.group()))
                 for match in _token_pattern().finditer(text))
