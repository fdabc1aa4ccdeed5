"""Romanised matching: Devanagari names that no alias spells, found through their sound.

A KB entry may have no Hindi name (an actor imported from a PETRARCH dictionary:
"Deng Alor Kuol"), or Hindi news may spell a name in a way the KB does not list
("ब्लादिमीर पुतीन"). Both are found here: every name of two or more words in the
KB (English and Hindi) is indexed by the phonetic keys of its words
(``kb/romanize.py``); runs of two to four Devanagari words of a sentence that no
exact match covers are romanised and keyed, looked up exactly, and otherwise
scored against the names sharing their first or last word's key
(``kb/names.py``). A run is a mention when it scores at least
``ROMANISED_MIN_SCORE`` and each of its words pairs with a word of the name (no
word left over on either side). Runs never hold a Hindi function word
(``kb/data/name_stopwords.tsv``: "कर दिया" is not "Bacar Dia"); only people and
places are looked for. Overlapping runs keep the best, then the longest. Once a
person is found so, their surname alone ("कुओल") is a mention too (``find_surnames``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..datafiles import load_table
from ..kb.base import Alias, KnowledgeBase
from ..kb.names import NameIndex, NameToken, ParsedName, parse_name, token_similarity
from ..kb.romanize import is_devanagari, romanize_words
from ..text.normalize import normalize
from ..text.tokens import Token, tokenize
from .matcher import Match

# A run of words is read as a KB name when it scores at least this (names.NameIndex.score) and every word
# pairs (WORD_MIN). Checked by hand on 300 BBC Hindi articles with Phoenix.Countries imported (20 romanised
# mentions, all right); rerun tests/entities and that check after changing it or WORD_MIN.
ROMANISED_MIN_SCORE = 0.75
# Names this many words long at most are looked for; runs are as long.
MAX_WORDS = 4
MIN_WORDS = 2
# A word's key shared by more names than this (common given names) does not by itself make candidates.
MAX_POSTINGS = 200
# Entity types found by romanised matching: names of people and places. Organisation names are often
# ordinary words ("राष्ट्रीय सुरक्षा"), and countries all have Hindi names in the built-in KB.
TYPES = frozenset({"person", "place"})
# A fuzzy match must pair every word of the run with a word of the name this well (token_similarity):
# "हसन रहानी" pairs with "Hassan Rouhani" (0.8), "सुनील दत्त" with "Sunil Dutt" (0.67), "फ़ैज़ अहमद" not with
# "Faiz Hameed" (0.6); checked by hand on 300 BBC Hindi articles with Phoenix.Countries imported.
WORD_MIN = 0.65
# Surnames with shorter keys are not looked for alone ("li", "ko").
MIN_SURNAME_LENGTH = 3
# Names whose words' keys together are shorter than this match only exactly ("ne in" is no "Ne Win").
MIN_FUZZY_LENGTH = 8

_GAP = re.compile(r"^[\s\-‐]+$")


@dataclass(frozen=True, slots=True)
class _Name:
    text: str
    lang: str
    target: str


class RomanizedMatcher:
    """Finds KB names of two to four words in Devanagari text through romanised keys."""

    def __init__(self, kb: KnowledgeBase) -> None:
        names: dict[str, list[_Name]] = {}
        for entity in kb.entities.values():
            if entity.type not in TYPES:
                continue
            for lang, values in (("en", entity.names_en), ("hi", entity.names_hi)):
                for value in values:
                    names.setdefault(value, []).append(_Name(value, lang, entity.id))
        self._index = NameIndex(names)
        self._targets = tuple(tuple(names[n]) for n in self._index.names)
        exact: dict[str, list[int]] = {}
        for number, parsed in enumerate(self._index.parsed):
            full = [t for t in parsed.tokens if not t.initial]
            if MIN_WORDS <= len(full) <= MAX_WORDS:
                exact.setdefault(" ".join(t.key for t in full), []).append(number)
        self._exact = exact
        surnames: dict[str, set[str]] = {}
        for number, parsed in enumerate(self._index.parsed):
            full = [t for t in parsed.tokens if not t.initial]
            if len(full) >= MIN_WORDS and len(full[-1].key) >= MIN_SURNAME_LENGTH:
                for name in self._targets[number]:
                    surnames.setdefault(name.target, set()).add(full[-1].key)
        self._surnames = {k: frozenset(v) for k, v in surnames.items()}

    def find(self, text: str, *, taken: Iterable[tuple[int, int]] = ()) -> list[Match]:
        """Romanised matches in ``text`` outside the ``taken`` spans, leftmost first, not overlapping."""
        if not self._exact or not is_devanagari(text):
            return []
        blocked = sorted(taken)
        stop = name_stopwords()
        tokens = [t for t in tokenize(text)
                  if is_devanagari(t.text) and not _inside(t, blocked) and normalize(t.text) not in stop]
        romanize_words(t.text for t in tokens)  # the sentence's new words in one transliterator call
        keyed = [_keyed(t.text) for t in tokens]
        found: list[tuple[float, int, Match]] = []
        for first in range(len(tokens)):
            for size in range(MIN_WORDS, MAX_WORDS + 1):
                run = tokens[first:first + size]
                if len(run) < size or not _adjacent(text, run):
                    break
                found.extend(self._match(text, run, keyed[first:first + size]))
        chosen: list[Match] = []
        for _score, _length, match in sorted(found, key=lambda f: (-f[0], -f[1], f[2].start)):
            if all(match.end <= m.start or match.start >= m.end for m in chosen):
                chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)

    def surname_keys(self, entity_id: str) -> frozenset[str]:
        """Phonetic keys of the last word of each name of several words the entity has."""
        return self._surnames.get(entity_id, frozenset())

    def find_surnames(self, text: str, keys: Mapping[str, str], *, taken: Iterable[tuple[int, int]] = ()
                      ) -> list[tuple[Match, str]]:
        """Single Devanagari words whose key is a surname key of ``keys`` (key → entity id), with the entity.

        The linker passes the surnames of people the article has already named through their sound, so
        that "कुओल" after "डेंग अलोर कुओल" is a mention of the same person.
        """
        if not keys or not is_devanagari(text):
            return []
        blocked = sorted(taken)
        stop = name_stopwords()
        found = []
        for token in tokenize(text):
            if not is_devanagari(token.text) or _inside(token, blocked) or normalize(token.text) in stop:
                continue
            keyed = _keyed(token.text)
            if keyed is None or keyed.initial or keyed.key not in keys:
                continue
            entity_id = keys[keyed.key]
            alias = Alias(token.text, "hi", "surname", entity_id)
            found.append((Match(token.start, token.end, token.text, (alias,)), entity_id))
        return found

    def _match(self, text: str, run: list[Token], keyed: list[NameToken | None]) -> list[tuple[float, int, Match]]:
        start, end = run[0].start, run[-1].end
        surface = text[start:end]
        if any(k is None for k in keyed):
            return []
        query = ParsedName(surface, tuple(k for k in keyed if k is not None))
        full = [t for t in query.tokens if not t.initial]
        if len(full) < MIN_WORDS:
            return []
        numbers = self._exact.get(" ".join(t.key for t in full))
        if numbers:
            best, score = numbers[0], 1.0
        else:
            parsed = self._index.parsed
            scored = [(self._index.score(query, parsed[n]), -n) for n in self._candidates(query)
                      if _covers(full, parsed[n])]
            if not scored:
                return []
            score, negative = max(scored)
            best = -negative
            if score < ROMANISED_MIN_SCORE:
                return []
        aliases = tuple(Alias(n.text, n.lang, "name", n.target) for n in self._targets[best])
        return [(score, end - start, Match(start, end, surface, aliases))]

    def _candidates(self, query: ParsedName) -> list[int]:
        full = [t for t in query.tokens if not t.initial]
        lists = [self._index.postings(t.key) for t in (full[0], full[-1])]
        small = [set(p) for p in lists if 0 < len(p) <= MAX_POSTINGS]
        if small:
            return sorted(set().union(*small))
        if all(lists):
            return sorted(set(lists[0]) & set(lists[1]))
        return []


@functools.lru_cache(maxsize=65536)
def _keyed(word: str) -> NameToken | None:
    parsed = parse_name(word)
    return parsed.tokens[0] if len(parsed.tokens) == 1 else None


def _covers(run: list[NameToken], name: ParsedName) -> bool:
    """Whether each word of the run pairs, in order, with each written-out word of the name."""
    words = [t for t in name.tokens if not t.initial]
    if len(words) != len(run) or sum(len(t.key) for t in run) < MIN_FUZZY_LENGTH:
        return False
    return all(token_similarity(a, b) >= WORD_MIN for a, b in zip(run, words, strict=True))


@functools.cache
def name_stopwords() -> frozenset[str]:
    """Hindi words never read as part of a name (``kb/data/name_stopwords.tsv``)."""
    return frozenset(normalize(row["word"]) for row in load_table("sambandh.kb", "name_stopwords"))


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start < token.end and token.start < end for start, end in spans)


def _adjacent(text: str, run: list[Token]) -> bool:
    return all(_GAP.match(text[a.end:b.start]) for a, b in itertools.pairwise(run))


@functools.cache
def romanized_matcher_for(kb: KnowledgeBase) -> RomanizedMatcher:
    """One romanised matcher per knowledge base, built on first use."""
    return RomanizedMatcher(kb)
