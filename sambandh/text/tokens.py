"""Word tokens with character offsets, for Devanagari and Latin alike.

A token is a run of letters, combining marks (vowel signs, virama, nukta) and
digits, with inner apostrophes and hyphens of Latin words kept ("don't" stays one
token). Python's ``\\w`` is not enough: it stops at Devanagari vowel signs.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .normalize import fold

_INNER = frozenset("'’")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded form, for matching


def _word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def tokenize(text: str) -> list[Token]:
    """The word tokens of ``text`` in order; punctuation and spaces are not tokens."""
    tokens: list[Token] = []
    index, length = 0, len(text)
    while index < length:
        if not _word_char(text[index]):
            index += 1
            continue
        start = index
        while index < length and (
            _word_char(text[index])
            or (text[index] in _INNER and index + 1 < length and _word_char(text[index + 1])
                and text[index - 1].isascii())
        ):
            index += 1
        word = text[start:index]
        tokens.append(Token(start, index, word, fold(word)))
    return tokens
