"""Scoring a name against candidate names written in another script or spelling.

A name is read as tokens (``parse_name``): romanised words with their phonetic key
(``kb/romanize.py``), initials marked as such, list forms turned round ("Rossouw,
RR" and "Stirling.PR" are the initials first, then the surname) and qualifiers in
brackets ("(Punjab)") left out. Two names are compared token by token
(``NameIndex.score``): tokens pair up in order, each pair scored on its phonetic
keys and on its consonants; a token weighs by how rare it is among the candidates
(IDF), so "Arish" counts for more than "Khan", and a surname
counts for more than a given name; tokens left unpaired, on either side,
count against the score. An initial pairs with a word starting with its letter, and
weighs little.

Example:
    >>> index = NameIndex(["Zahir Khan", "Zahoor Khan", "Khan, Z"])
    >>> index.best("ज़हूर ख़ान")[0].name
    'Zahoor Khan'
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .romanize import is_devanagari, phonetic_key, romanize_word, romanize_words, words

# Token similarity at or below this counts as nothing; above it, it is stretched to [0, 1], so that a
# weak likeness ("asvin"/"hasan", 0.63) adds little and a near spelling ("kaimfar"/"kamfer", 0.86) most.
# These constants were chosen on a development split of affidavits.csv.gz (Hindi → English names of
# election candidates; sambandh/kb/names.py's own tests pin the behaviour) and checked on the
# players_with_hindi_names.json task (`sambandh eval names`); rerun both after changing any of them.
SIMILARITY_FLOOR = 0.4
# How much an initial agreeing with a word counts, against 1.0 for the same word written out.
INITIAL_SIMILARITY = 0.85
# The weight of an initial, as a share of the weight of a word no candidate has (the most a word weighs):
# about 1 against 6 among 400 candidates.
INITIAL_SHARE = 1 / 6
# A name matches only if one written-out word pairs with one of the candidate's this well (initials alone,
# or a faint likeness of one word, are not a match).
SHARED_WORD_MIN = 0.5
# The surname (the last written-out word of a name of several tokens) weighs this many times its IDF:
# "Curtis Campher" is "Campher, C" more than "Karthik, KD".
SURNAME_WEIGHT = 1.5
# A candidate read with its words in reverse order ("Jong Un Kim") scores this much of the in-order score.
REORDER_FACTOR = 0.9
# Whole names compared with spaces removed ("Abdulrahman" against "Abdul Rahman") score this much of that.
JOINED_FACTOR = 0.9
# Share of a token pair's score taken from the consonants alone (vowels vary most between the scripts).
CONSONANT_SHARE = 0.4
# Candidate tokens considered per query token when looking for candidates (before full scoring).
BLOCK_LIMIT = 50
BLOCK_CUTOFF = 60

_VOWELS = re.compile(r"[aeiou]")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
# "Rossouw, RR", "Campher. C", "Stirling.PR", "Kumar, B.": a surname, then initials in capitals.
_SURNAME_INITIALS = re.compile(r"^(?P<surname>[^,.]+?)\s*[,.]\s*(?P<initials>(?:[A-Z]\.?\s*){1,4})$")
# "Khan, Imran": a surname, a comma, then given names.
_SURNAME_COMMA = re.compile(r"^(?P<surname>[^,]+),\s*(?P<given>[^,]+)$")
_CAPITALS = re.compile(r"^[A-Z]{2,3}$")


@dataclass(frozen=True, slots=True)
class NameToken:
    """One word of a name: romanised, its phonetic key, and whether it is an initial."""

    text: str
    key: str
    initial: bool
    consonants: str = ""

    @classmethod
    def of(cls, text: str, key: str, *, initial: bool) -> NameToken:
        return cls(text, key, initial, _VOWELS.sub("", key) or key)


@dataclass(frozen=True, slots=True)
class ParsedName:
    name: str
    tokens: tuple[NameToken, ...]

    @property
    def joined(self) -> str:
        return "".join(t.key for t in self.tokens if not t.initial)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The best candidate for a name, and its score in [0, 1]."""

    query: str
    name: str | None
    score: float


def parse_name(text: str, *, latin: Mapping[str, str] | None = None) -> ParsedName:
    """The tokens of a name in any script, given names first.

    Args:
        text: the name.
        latin: words already romanised (``romanize_words``), to skip romanising them again.

    Example: ``parse_name("Rossouw, RR")`` has the tokens r, r (initials) and rossouw.
    """
    plain = _BRACKETED.sub(" ", text).strip() or text
    parts: list[tuple[str, bool]] = []
    listed = _SURNAME_INITIALS.match(plain)
    commaed = _SURNAME_COMMA.match(plain)
    if listed:
        parts.extend((letter, True) for letter in re.findall(r"[A-Z]", listed["initials"]))
        parts.extend((w, False) for w in words(listed["surname"]))
    elif commaed:
        parts.extend((w, False) for w in words(commaed["given"]))
        parts.extend((w, False) for w in words(commaed["surname"]))
    else:
        shouting = plain.isupper()
        for word in words(plain):
            if not shouting and _CAPITALS.match(word):  # "MS Dhoni": initials run together
                parts.extend((letter, True) for letter in word)
            else:
                parts.append((word, False))
    tokens = []
    for word, initial in parts:
        roman = latin[word] if latin is not None and word in latin else romanize_word(word)
        if not roman:
            continue
        key = phonetic_key(roman) or roman
        tokens.append(NameToken.of(roman, key, initial=initial or len(roman) == 1))
    return ParsedName(text, tuple(tokens))


def token_similarity(a: NameToken, b: NameToken) -> float:
    """How alike two name tokens are, in [0, 1]; 0 when they are not a plausible pair."""
    if a.initial or b.initial:
        same = a.key[:1] == b.key[:1] or a.text[:1] == b.text[:1]
        if not same:
            return 0.0
        return 1.0 if a.initial and b.initial else INITIAL_SIMILARITY
    if a.key == b.key:
        return 1.0
    return _key_similarity(a.key, a.consonants, b.key, b.consonants)


@functools.lru_cache(maxsize=262144)
def _key_similarity(a_key: str, a_consonants: str, b_key: str, b_consonants: str) -> float:
    whole = fuzz.ratio(a_key, b_key) / 100
    consonants = fuzz.ratio(a_consonants, b_consonants) / 100
    score = (1 - CONSONANT_SHARE) * whole + CONSONANT_SHARE * consonants
    return max(0.0, (score - SIMILARITY_FLOOR) / (1 - SIMILARITY_FLOOR))


class NameIndex:
    """Candidate names, parsed once, with the statistics scoring needs.

    Args:
        names: the candidates, in any script; duplicates are kept once, in first-seen order.
    """

    def __init__(self, names: Iterable[str]) -> None:
        unique = list(dict.fromkeys(n for n in names if n and n.strip()))
        self.names: tuple[str, ...] = tuple(unique)
        latin = romanize_words(w for n in unique if is_devanagari(n) for w in words(n))
        self.parsed: tuple[ParsedName, ...] = tuple(parse_name(n, latin=latin) for n in unique)
        frequency: Counter[str] = Counter()
        postings: dict[str, list[int]] = {}
        for number, parsed in enumerate(self.parsed):
            keys = {t.key for t in parsed.tokens if not t.initial}
            frequency.update(keys)
            for key in keys:
                postings.setdefault(key, []).append(number)
        self._frequency = frequency
        self._postings = {k: tuple(v) for k, v in postings.items()}
        self._keys = tuple(sorted(postings))

    def postings(self, key: str) -> tuple[int, ...]:
        """Numbers of the candidates with a written-out word of this phonetic key."""
        return self._postings.get(key, ())

    def weight(self, token: NameToken) -> float:
        """A token's weight: the log inverse of how many candidates use it (unseen tokens weigh most)."""
        if token.initial:
            return INITIAL_SHARE * math.log(1 + len(self.names))
        return math.log(1 + len(self.names) / (1 + self._frequency.get(token.key, 0)))

    def weights(self, name: ParsedName) -> list[float]:
        """The weight of each token of a name; the surname (last written-out word of several) weighs more."""
        weights = [self.weight(t) for t in name.tokens]
        full = [i for i, t in enumerate(name.tokens) if not t.initial]
        if len(name.tokens) > 1 and full:
            weights[full[-1]] *= SURNAME_WEIGHT
        return weights

    def score(self, query: ParsedName, candidate: ParsedName) -> float:
        """How well ``candidate`` names the same person as ``query``, in [0, 1]."""
        if not _shares_a_word(query, candidate):
            return 0.0
        q_weights = self.weights(query)
        c_weights = self.weights(candidate)
        best = _aligned(query.tokens, candidate.tokens, q_weights, c_weights)
        if len(candidate.tokens) > 1:
            reverse = _aligned(query.tokens, candidate.tokens[::-1], q_weights, c_weights[::-1])
            best = max(best, reverse * REORDER_FACTOR)
        q_joined, c_joined = query.joined, candidate.joined
        if q_joined and c_joined and len(query.tokens) != len(candidate.tokens):
            best = max(best, fuzz.ratio(q_joined, c_joined) / 100 * JOINED_FACTOR)
        return best

    def candidates_for(self, query: ParsedName) -> list[int]:
        """Numbers of the candidates sharing a written-out token, or a near spelling of one, with ``query``."""
        found: set[int] = set()
        for token in query.tokens:
            if token.initial:
                continue
            found.update(self._postings.get(token.key, ()))
            for key, _score, _ in process.extract(token.key, self._keys, scorer=fuzz.ratio,
                                                  limit=BLOCK_LIMIT, score_cutoff=BLOCK_CUTOFF):
                found.update(self._postings[key])
        return sorted(found)

    def best(self, name: str, *, limit: int = 1, exhaustive: bool = False) -> list[Resolution]:
        """The ``limit`` best candidates for ``name``, best first (ties in candidate order).

        Args:
            name: the name to resolve, in any script.
            limit: how many candidates to return.
            exhaustive: score every candidate instead of only those sharing a near token.
        """
        query = parse_name(name)
        numbers: Sequence[int] = range(len(self.names)) if exhaustive else self.candidates_for(query)
        scored = [(self.score(query, self.parsed[n]), n) for n in numbers]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        results = [Resolution(name, self.names[n], round(s, 4)) for s, n in scored[:limit] if s > 0]
        return results or [Resolution(name, None, 0.0)]


def resolve_names(names: Iterable[str], candidates: Iterable[str]) -> list[Resolution]:
    """The best candidate for each name, in input order.

    Example:
        >>> [r.name for r in resolve_names(["सोहेल तनवीर"], ["Sohail Khan", "Sohail Tanvir"])]
        ['Sohail Tanvir']
    """
    index = NameIndex(candidates)
    return [index.best(name)[0] for name in names]


def _shares_a_word(a: ParsedName, b: ParsedName) -> bool:
    """Whether some written-out word of one pairs with one of the other: initials alone never match."""
    return any(token_similarity(x, y) >= SHARED_WORD_MIN
               for x in a.tokens if not x.initial for y in b.tokens if not y.initial)


def _aligned(q: Sequence[NameToken], c: Sequence[NameToken], qw: Sequence[float], cw: Sequence[float]) -> float:
    """Best in-order pairing of the tokens, as the weighted share of both names it covers."""
    rows, cols = len(q), len(c)
    table = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            a, b = q[i - 1], c[j - 1]
            similarity = token_similarity(a, b)
            # an initial vouches only for itself: the word it pairs with counts at the initial's weight
            weight = 2 * min(qw[i - 1], cw[j - 1]) if a.initial or b.initial else qw[i - 1] + cw[j - 1]
            paired = table[i - 1][j - 1] + similarity * weight if similarity else 0.0
            table[i][j] = max(table[i - 1][j], table[i][j - 1], paired)
    return table[rows][cols] / (sum(qw) + sum(cw))
