"""Sentence spans for Hindi and English news text.

A sentence ends after a run of ``।``, ``॥``, ``?``, ``!``, ``.`` or ``…`` (with any
closing quotes or brackets right after it) that is followed by whitespace or the
end of the text. Hindi news often ends sentences with ``.`` instead of ``।``, so
``.`` counts in both languages. A ``.`` does not end a sentence:

* inside a number (``3.5``, ``26.07.2023``: no space follows);
* after an abbreviation of ``data/abbreviations.tsv`` (``Dr.``, ``डॉ.``, ``e.g.``),
  a dotted run of initials (``U.S.``), a single capital Latin initial (``S.``) or a
  Devanagari letter name of ``data/initials.tsv`` (``एस. जयशंकर``);
* before a lower-case Latin word (``approx. five``; also after ``...``).

Closing quotes and brackets right after a terminator stay with its sentence:
``उन्होंने कहा, "हम तैयार हैं।" फिर`` ends after the quote, not before it. Quotes
do not otherwise hold sentences together: a quote of three sentences gives three.
Sloppy text often leaves out the space after the stop ("है.भारत"): a terminator
followed directly by a Devanagari letter ends a sentence too (abbreviations and
initials still do not: "डॉ.एस.जयशंकर"); so does a danda, whatever follows it.
A blank line always ends a sentence; a single line break does not. Pass
normalised text (``text.normalize``): a ``|`` typed for a danda is not a
terminator here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from ..datafiles import load_table, split_values

PACKAGE = "sambandh.text"
ALWAYS = "-"  # abbreviations.tsv: an abbreviation whatever follows it
_DANDAS = frozenset("।॥")
_TERMINATORS = frozenset(".?!…") | _DANDAS
_DOTS = frozenset(".…")
_CLOSERS = frozenset("\"'”’»›)]}")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` offsets, end exclusive, trimmed of whitespace.

    ``text[start:end]`` is the sentence. Example: ``"रूस के रक्षा मंत्री एस. जयशंकर
    से मिले. बैठक 3.5 घंटे चली।"`` gives two spans, split after ``मिले.`` only.

    Raises:
        DataFileError: when a bundled word list of ``text/data`` is malformed.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for separator in _BLANK_LINE.finditer(text):
        spans.extend(_split_block(text, start, separator.start()))
        start = separator.end()
    spans.extend(_split_block(text, start, len(text)))
    return spans


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sentence_start = index = start
    while index < end:
        if text[index] not in _TERMINATORS:
            index += 1
            continue
        run_start = index
        while index < end and text[index] in _TERMINATORS:
            index += 1
        run = text[run_start:index]
        while index < end and text[index] in _CLOSERS:
            index += 1
        if _ends_sentence(text, run_start, run, index, end):
            spans.append(_trimmed(text, sentence_start, index))
            sentence_start = index
    spans.append(_trimmed(text, sentence_start, end))
    return [span for span in spans if span[0] < span[1]]


def _ends_sentence(text: str, run_start: int, run: str, cut: int, end: int) -> bool:
    if _DANDAS & set(run):
        return True
    if cut < end and not (text[cut].isspace() or _devanagari_letter(text[cut])):
        return False
    following = _next_word(text, cut, end)
    if set(run) <= _DOTS and following[:1].isascii() and following[:1].islower():
        return False
    return not (run == "." and _abbreviation(_word_before(text, run_start), following))


def _abbreviation(word: str, following: str) -> bool:
    known = _abbreviations()
    if f"{word}." in known:
        required = known[f"{word}."]
        return required is None or following.rstrip(",;:") in required
    parts = word.split(".")
    if not word or any(not part for part in parts):
        return False
    initials = _initials()
    next_is_initial = "." in following and following.split(".")[0] in initials
    for part in parts:
        if known.get(f"{part}.", ()) is None or (len(part) == 1 and part.isascii() and part.isupper()):
            continue
        also_word = initials.get(part)
        if also_word is None or (also_word and len(parts) == 1 and not next_is_initial):
            return False
    return True


def _word_before(text: str, index: int) -> str:
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:index]
    while word and unicodedata.category(word[0])[0] not in "LN":
        word = word[1:]
    return unicodedata.normalize("NFC", word)


def _next_word(text: str, index: int, end: int) -> str:
    while index < end and text[index].isspace():
        index += 1
    stop = index
    while stop < end and not text[stop].isspace():
        stop += 1
    return unicodedata.normalize("NFC", text[index:stop])


def _devanagari_letter(char: str) -> bool:
    return "\u0900" <= char <= "\u097f" and unicodedata.category(char) == "Lo"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@functools.cache
def _abbreviations() -> Mapping[str, frozenset[str] | None]:
    """Abbreviations → the words one must precede to count, or None when it always counts."""
    return MappingProxyType({
        unicodedata.normalize("NFC", row["abbreviation"]):
            None if row["only_before"] == ALWAYS else frozenset(split_values(row["only_before"]))
        for row in load_table(PACKAGE, "abbreviations")})


@functools.cache
def _initials() -> Mapping[str, bool]:
    """Devanagari letter names → whether the name is also an everyday word."""
    return MappingProxyType({unicodedata.normalize("NFC", row["initial"]): row["also_word"] == "yes"
                             for row in load_table(PACKAGE, "initials")})
