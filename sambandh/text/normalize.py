"""Canonical text and matching keys for Hindi and English news.

``normalize`` gives the one form every stage works on:

* Unicode NFC. For nukta letters this is the canonical choice of the standard:
  क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ are *composition exclusions*, so NFC writes them as the base
  letter + nukta (U+0915 U+093C), whether the input had the precomposed
  U+0958 or the two characters; ऩ ऱ ऴ stay precomposed. Either input spelling
  gives the same output.
* Whitespace: tabs, NBSP and every other space separator become a plain space;
  zero-width spaces (U+200B, U+2060, U+FEFF) are dropped; ZWJ/ZWNJ are kept only
  between two word characters; runs of spaces collapse to one; line breaks
  become ``\\n`` (``\\r\\n``, and the ``\\r\\r\\n`` of files saved twice in text
  mode, are one break), spaces around them go, more than one blank line
  collapses to one, and the ends are stripped.
* A ``|`` typed as a danda right after a Devanagari character, before a space
  or the end, becomes ``।`` (``||`` becomes ``॥``). Other characters (quotes,
  dashes) are left as they are.

``fold`` turns normalised text into a matching key: nukta dropped (but ड़ ढ़
kept), chandrabindu → anusvara, a class nasal + virama before a stop →
anusvara (हिन्दी → हिंदी, सम्बन्ध → संबंध), Latin lower-cased. The rules are in
``data/folding.tsv`` and ``data/nasals.tsv``. ``fold_with_map`` also says where
each folded character came from in the *original* input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from ..datafiles import load_table, split_values
from ..errors import E005, DataFileError

PACKAGE = "sambandh.text"
VIRAMA = "\u094d"
ANUSVARA = "\u0902"
DANDA = "\u0964"
DOUBLE_DANDA = "\u0965"
# fold() runs once per token and alias, and words repeat a lot: short inputs are cached, long ones are not,
# so folding whole articles cannot fill memory.
FOLD_CACHE_SIZE = 65536
FOLD_CACHE_MAX_CHARS = 64
# Sentences folded with their offsets, kept from the name matcher to the date finder of the same article
# (small: only the article at hand repeats them).
FOLD_MAP_CACHE_SIZE = 256

_ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\u180e")
_JOINERS = frozenset("\u200c\u200d")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
# Text free of these needs only NFC: every rule of the character stream below starts at one of them
# (any space but a single inner U+0020, line breaks, zero-width marks, joiners, "|").
_NEEDS_WORK = re.compile("^ | $|  |[\t\n\r\x0b\x0c\x85\u2028\u2029\u200b\u2060\ufeff\u180e\u200c\u200d|"
                         "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MAX_BLANK_LINES = 1

# A text as parallel lists: characters, and for each the offset of its source in the input.
_Stream = tuple[list[str], list[int]]


def normalize(text: str) -> str:
    """The canonical form of ``text``: NFC, clean whitespace, dandas.

    Example: ``normalize("हिन्दी\\u00a0 समाचार|")`` → ``"हिन्दी समाचार।"``.
    """
    if not _NEEDS_WORK.search(text):
        # single inner spaces only, no line breaks, invisible marks or pipes: NFC is all there is to do
        return unicodedata.normalize("NFC", text)
    return "".join(_normalize_stream(text)[0])


def fold(text: str) -> str:
    """The matching key of ``text``: normalised, then folded.

    Spellings news uses interchangeably get the same key:
    ``fold("क़तर") == fold("कतर")``, ``fold("हिन्दी") == fold("हिंदी")``,
    ``fold("सम्बन्ध") == fold("संबंध")``, ``fold("हँसी") == fold("हंसी")``,
    ``fold("Russia") == "russia"``; ड़ and ढ़ stay distinct from ड and ढ.

    Raises:
        DataFileError: when a bundled word list of ``text/data`` is malformed.
    """
    if len(text) <= FOLD_CACHE_MAX_CHARS:
        return _fold_cached(text)
    return _fold_uncached(text)


@functools.lru_cache(maxsize=FOLD_MAP_CACHE_SIZE)
def fold_with_map(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded key of ``text`` and, for each of its characters, an offset into ``text``.

    A match ``folded[i:j]`` covers ``text[index[i]:index[j - 1] + 1]``, extended
    over any marks that folding dropped (a final nukta). Where one character
    came from several (anusvara from न्), it points at the first of them.
    Cached: the name matcher and the date finder both fold each sentence.

    Raises:
        DataFileError: when a bundled word list of ``text/data`` is malformed.
    """
    chars, offsets = _fold_stream(_normalize_stream(text))
    return "".join(chars), tuple(offsets)


def _fold_uncached(text: str) -> str:
    return "".join(_fold_stream(_normalize_stream(text))[0])


_fold_cached = functools.lru_cache(maxsize=FOLD_CACHE_SIZE)(_fold_uncached)


# ---------------------------------------------------------------------------- normalising


def _normalize_stream(text: str) -> _Stream:
    if not _NEEDS_WORK.search(text):
        return _nfc(text)  # what ``normalize`` does too: no rule of the stream below starts anywhere in it
    return _dandas(_whitespace(_nfc(text)))


def _nfc(text: str) -> _Stream:
    if unicodedata.is_normalized("NFC", text):
        return list(text), list(range(len(text)))
    chars: list[str] = []
    offsets: list[int] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index < len(text) and not _chunk_boundary(text, start, index):
            continue
        chunk = text[start:index]
        composed = unicodedata.normalize("NFC", chunk)
        chars.extend(composed)
        if len(composed) == len(chunk):
            offsets.extend(range(start, index))
        else:
            offsets.extend(start + min(k, len(chunk) - 1) for k in range(len(composed)))
        start = index
    return chars, offsets


def _chunk_boundary(text: str, start: int, index: int) -> bool:
    """Whether NFC of ``text[start:index]`` cannot interact with what follows."""
    char = text[index]
    if unicodedata.combining(char) or unicodedata.combining(unicodedata.normalize("NFD", char)[0]):
        return False
    before = text[start:index]
    nfc = unicodedata.normalize
    return nfc("NFC", before + char) == nfc("NFC", before) + nfc("NFC", char)


def _whitespace(stream: _Stream) -> _Stream:
    source, where = stream
    chars: list[str] = []
    offsets: list[int] = []
    newlines = 0
    for i, char in enumerate(source):
        if char == "\r" and _crlf(source, i):
            continue
        if char in _ZERO_WIDTH:
            continue
        if char in _JOINERS and not (0 < i < len(source) - 1
                                     and _word_char(source[i - 1]) and _word_char(source[i + 1])):
            continue
        if char in _LINE_BREAKS:
            while chars and chars[-1] == " ":
                chars.pop()
                offsets.pop()
            newlines += 1
            if chars and newlines <= _MAX_BLANK_LINES + 1:
                chars.append("\n")
                offsets.append(where[i])
            continue
        if char == "\t" or unicodedata.category(char) == "Zs":
            if chars and chars[-1] not in " \n":
                chars.append(" ")
                offsets.append(where[i])
            continue
        newlines = 0
        chars.append(char)
        offsets.append(where[i])
    while chars and chars[-1] in " \n":
        chars.pop()
        offsets.pop()
    return chars, offsets


def _crlf(source: list[str], index: int) -> bool:
    """Whether a ``\\r`` starts a run of them ended by ``\\n``: "\\r\\n" and "\\r\\r\\n" are one line break."""
    while index < len(source) and source[index] == "\r":
        index += 1
    return index < len(source) and source[index] == "\n"


def _dandas(stream: _Stream) -> _Stream:
    source, where = stream
    chars: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(source):
        if source[i] == "|" and i > 0 and _devanagari(source[i - 1]):
            double = i + 1 < len(source) and source[i + 1] == "|"
            after = i + (2 if double else 1)
            if after == len(source) or source[after] in " \n":
                chars.append(DOUBLE_DANDA if double else DANDA)
                offsets.append(where[i])
                i = after
                continue
        chars.append(source[i])
        offsets.append(where[i])
        i += 1
    return chars, offsets


def _word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def _devanagari(char: str) -> bool:
    return "\u0900" <= char <= "\u097f" and char not in (DANDA, DOUBLE_DANDA) and _word_char(char)


# ---------------------------------------------------------------------------- folding


def _fold_stream(stream: _Stream) -> _Stream:
    source, where = stream
    rules, longest = _fold_rules()
    starts = _rule_starts()
    nasals = _nasal_classes()
    special = _fold_special()
    text = "".join(source)
    chars: list[str] = []
    offsets: list[int] = []
    i, length = 0, len(source)
    while i < length:
        found = special.search(text, i)
        stop = found.start() if found else length
        if stop > i:  # a run that no rule touches: lowered as one string, one character for one
            chars.extend(text[i:stop].lower())
            offsets.extend(where[i:stop])
            i = stop
            continue
        char = source[i]
        if (char in nasals and i + 2 < length and source[i + 1] == VIRAMA
                and source[i + 2] in nasals[char]):
            chars.append(ANUSVARA)
            offsets.append(where[i])
            i += 2
            continue
        if char in starts:  # most characters start no rule: skip the lookups
            size, replacement = _rule_at(source, i, rules, longest)
            if replacement is not None:
                chars.extend(replacement)
                if len(replacement) == size:
                    offsets.extend(where[i:i + size])
                else:
                    offsets.extend([where[i]] * len(replacement))
                i += size
                continue
        lowered = char.lower()
        if len(lowered) == 1:
            chars.append(lowered)
            offsets.append(where[i])
        else:
            chars.extend(lowered)
            offsets.extend([where[i]] * len(lowered))
        i += 1
    return chars, offsets


def _rule_at(source: list[str], i: int, rules: Mapping[str, str], longest: int) -> tuple[int, str | None]:
    """The longest folding rule that matches at ``source[i]``: its length and replacement."""
    for size in range(min(longest, len(source) - i), 0, -1):
        replacement = rules.get("".join(source[i:i + size]))
        if replacement is not None:
            return size, replacement
    return 0, None


@functools.cache
def _fold_rules() -> tuple[Mapping[str, str], int]:
    rules: dict[str, str] = {}
    for number, row in enumerate(load_table(PACKAGE, "folding"), start=1):
        source = _code_points(row["from"], number)
        if not source or source in rules:
            raise DataFileError(E005.format(path="sambandh/text/data/folding.tsv", line=f"row {number}",
                                            reason=f"empty or repeated 'from' {row['from']!r}"))
        rules[source] = _code_points(row["to"], number)
    return MappingProxyType(rules), max(len(key) for key in rules)


@functools.cache
def _rule_starts() -> frozenset[str]:
    return frozenset(key[0] for key in _fold_rules()[0])


@functools.cache
def _fold_special() -> re.Pattern[str]:
    """The characters ``_fold_stream`` looks at one by one: those that start a rule or a nasal cluster, and those
    whose lowering is not one character of its own ("İ" → "i̇"; "Σ" becomes "ς" at a word's end)."""
    special = _rule_starts() | frozenset(_nasal_classes()) | {"\u0130", "\u03a3"}
    return re.compile("[" + "".join(re.escape(char) for char in sorted(special)) + "]")


@functools.cache
def _nasal_classes() -> Mapping[str, frozenset[str]]:
    return MappingProxyType({row["nasal"]: frozenset(split_values(row["before"]))
                             for row in load_table(PACKAGE, "nasals")})


def _code_points(cell: str, number: int) -> str:
    try:
        return "".join(chr(int(part.removeprefix("U+"), 16)) for part in cell.split())
    except ValueError as err:
        raise DataFileError(E005.format(path="sambandh/text/data/folding.tsv", line=f"row {number}",
                                        reason=f"{cell!r} is not a list of U+XXXX code points")) from err
