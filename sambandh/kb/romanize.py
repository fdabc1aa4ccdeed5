"""Names in any script → Latin letters → a phonetic key that spelling variants share.

``romanize`` writes Devanagari in Latin letters the way Hindi is said: the inherent
vowel is dropped where Hindi drops it (schwa deletion: "कमला" → "kamla", not
"kamala"), by aksharamukha's ``RomanColloquial`` scheme. A Devanagari token that is
the name of a Latin letter ("एस" in "एस जयशंकर") becomes that letter
(``kb/data/letter_names.tsv``), as does a consonant standing alone ("स." in
"स. रामन"). Latin text loses its accents and case.

``phonetic_key`` then folds what Hindi and English spellings of one name do
differently: vowel length, nukta, aspiration, v/w, c/k/s, sh/s, doubled letters
(rules in ``kb/data/phonetic_key.tsv``; the anusvara the scheme writes m before
a sibilant, h or semivowel is written as English does, n: "सिंह" → "sinh",
``kb/data/anusvara.tsv``). "ज़हूर" and "Zahoor" both key to "jahur".
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from ..datafiles import load_table
from ..errors import E005, DataFileError
from ..text.normalize import normalize

log = logging.getLogger(__name__)

PACKAGE = "sambandh.kb"
ANUSVARA = "\u0902"
# Words are cached after romanising: names repeat across a corpus, and aksharamukha takes ~0.5 ms a word.
WORD_CACHE_SIZE = 131072

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# Word separators inside names: spaces, hyphens, dots, commas, apostrophes, brackets.
_SEPARATORS = re.compile(r"[\s\-‐–—.,;:'’`\"“”()\[\]/_]+")
_BARE_CONSONANT = re.compile(r"^[\u0915-\u0939\u0958-\u095f]\u093c?$")
_DOUBLED = re.compile(r"([a-z])\1+")
_NOT_LETTER = re.compile(r"[^a-z]")


def is_devanagari(text: str) -> bool:
    """Whether ``text`` holds any Devanagari letter."""
    return bool(_DEVANAGARI.search(text))


def words(text: str) -> list[str]:
    """The words of a name, split at spaces, hyphens, dots and other punctuation."""
    return [w for w in _SEPARATORS.split(normalize(text)) if w]


def romanize(text: str) -> str:
    """``text`` in lower-case Latin letters, word by word, joined by single spaces.

    Example: ``romanize("कमला हैरिस")`` → ``"kamla hairis"``; ``romanize("Ségolène Royal")`` →
    ``"segolene royal"``; ``romanize("एस जयशंकर")`` → ``"s jayshankar"``.
    """
    return " ".join(filter(None, (romanize_word(w) for w in words(text))))


def romanize_word(word: str) -> str:
    """One word in lower-case Latin letters (a letter name such as "एस" becomes its letter)."""
    return romanize_words([word])[word]


# Words already romanised; emptied when it reaches WORD_CACHE_SIZE.
_ROMANISED: dict[str, str] = {}


def romanize_words(many: Iterable[str]) -> dict[str, str]:
    """Each distinct word in lower-case Latin letters, as ``romanize_word`` gives it.

    Words not seen before go to the transliterator in one batch, which is many times faster
    than one call a word: callers with many words (a sentence, an index of names) pass them
    together, and later single-word calls find them remembered.
    """
    out: dict[str, str] = {}
    pending: list[str] = []
    for word in dict.fromkeys(many):
        if word in _ROMANISED:
            out[word] = _ROMANISED[word]
        elif not is_devanagari(word):
            out[word] = _ascii(word)
        elif word in letter_names():
            out[word] = letter_names()[word]
        else:
            pending.append(word)
    for word, latin in zip(pending, _devanagari_to_latin(pending), strict=True):
        # "स." in "स. रामन": a consonant standing alone is an initial
        out[word] = _ascii(latin)[:1] if _BARE_CONSONANT.match(word) else _ascii(latin)
    if len(_ROMANISED) + len(out) > WORD_CACHE_SIZE:
        _ROMANISED.clear()
    _ROMANISED.update(out)
    return out


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def phonetic_key(word: str) -> str:
    """The phonetic key of one romanised word: what its spelling variants have in common.

    Example: ``phonetic_key("zahoor") == phonetic_key("zahur") == "jahur"``.

    Raises:
        DataFileError: when ``kb/data/phonetic_key.tsv`` is malformed.
    """
    key = _NOT_LETTER.sub("", word.lower())
    for pattern, replacement in key_rules():
        key = pattern.sub(replacement, key)
    return _DOUBLED.sub(r"\1", key)


@functools.cache
def letter_names() -> Mapping[str, str]:
    """Devanagari letter names ("एस") → the Latin letter they name ("s")."""
    table: dict[str, str] = {}
    for row in load_table(PACKAGE, "letter_names"):
        name, letter = normalize(row["name"]), row["letter"]
        if len(letter) != 1 or not letter.isascii() or not letter.islower() or name in table:
            raise DataFileError(E005.format(path="sambandh/kb/data/letter_names.tsv", line=f"row {name!r}",
                                            reason="a letter must be one lower-case Latin letter, once per name"))
        table[name] = letter
    return MappingProxyType(table)


def key_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rewrite rules of ``kb/data/phonetic_key.tsv``, compiled, in file order."""
    return rewrite_rules("phonetic_key")


@functools.cache
def rewrite_rules(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rules of a ``pattern``/``replacement`` table in ``kb/data/``, compiled, in file order.

    Raises:
        DataFileError: naming the rule when a pattern does not compile or a replacement is invalid.
    """
    rules = []
    for number, row in enumerate(load_table(PACKAGE, name), start=1):
        try:
            pattern = re.compile(row["pattern"])
            pattern.sub(row["replacement"], "test")
        except (re.error, IndexError) as err:
            raise DataFileError(E005.format(path=f"sambandh/kb/data/{name}.tsv", line=f"rule {number}",
                                            reason=f"bad pattern or replacement: {err}")) from err
        rules.append((pattern, row["replacement"]))
    return tuple(rules)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum())).lower()


def _devanagari_to_latin(many: list[str]) -> list[str]:
    if not many:
        return []
    convert = _aksharamukha()
    batch = convert("\n".join(many)).split("\n")
    if len(batch) != len(many):  # the scheme joined or split a line: convert one at a time
        batch = [convert(word) for word in many]
    return [_spell_anusvara(word, latin, convert) for word, latin in zip(many, batch, strict=True)]


def _spell_anusvara(word: str, latin: str, convert: Callable[[str], str]) -> str:
    nasals = anusvara_letters()
    for index, char in enumerate(word[:-1]):
        if char != ANUSVARA or word[index + 1] not in nasals:
            continue
        # the scheme writes this anusvara as the last letter of the word's romanised prefix up to it
        end = len(convert(word[:index + 1]))
        if 0 < end <= len(latin) and latin[end - 1] == "m":
            latin = latin[:end - 1] + nasals[word[index + 1]] + latin[end:]
    return latin


@functools.cache
def anusvara_letters() -> Mapping[str, str]:
    """Consonants before which an anusvara is written as another letter than the scheme's: "ह" → "n"."""
    return MappingProxyType({row["before"]: row["latin"] for row in load_table(PACKAGE, "anusvara")})


@functools.cache
def _aksharamukha():
    from aksharamukha import transliterate  # imported on first use: loading it takes a while

    def convert(word: str) -> str:
        return transliterate.process("Devanagari", "RomanColloquial", word, pre_options=["RemoveSchwaHindi"])

    return convert
