"""Cue words of the coder: reporting frames, negation, modality and clause breaks, from data.

``cues_hi.tsv`` and ``cues_en.tsv`` hold them; ``case_markers.tsv`` the postpositions;
``generic_actors.tsv`` the nouns that name a kind of actor without a country ("आतंकियों",
"उपद्रवियों", "gunmen", "police"), which the coder may take as source or target.
Everything is folded to token keys so matching works on ``text.tokens`` output.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..datafiles import load_table
from ..text.normalize import fold
from ..text.tokens import Token

PACKAGE = "sambandh.events"
PLACEHOLDER = "x"  # the folded form of the X that stands for the reporter in attribution cues


@dataclass(frozen=True, slots=True)
class Frame:
    """A reporting frame: words before and after the reporter's place (X)."""

    before: tuple[str, ...]
    after: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    lang: str
    frames: tuple[Frame, ...]
    phrases: Mapping[str, tuple[tuple[str, ...], ...]]  # kind → word sequences, longest first
    markers: Mapping[str, tuple[tuple[str, ...], ...]]  # kind → marker word sequences, longest first
    generic: Mapping[tuple[str, ...], GenericActor]  # phrase words → the kind of actor it names
    generic_phrases: tuple[tuple[str, ...], ...]  # the keys of ``generic``, longest first


@dataclass(frozen=True, slots=True)
class GenericActor:
    """A kind of actor named without a country: CAMEO sector and an English name ("militants")."""

    sector: str
    name: str


@functools.cache
def cues(lang: str) -> Cues:
    """The cues of a language, read once."""
    frames: list[Frame] = []
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for row in load_table(PACKAGE, f"cues_{lang}"):
        words = tuple(fold(w) for w in row["phrase"].split())
        if row["kind"] == "attribution":
            if PLACEHOLDER in words:
                at = words.index(PLACEHOLDER)
                frames.append(Frame(words[:at], words[at + 1:]))
            continue
        phrases.setdefault(row["kind"], []).append(words)
    markers: dict[str, list[tuple[str, ...]]] = {}
    for row in load_table(PACKAGE, "case_markers"):
        if row["lang"] == lang:
            markers.setdefault(row["kind"], []).append(tuple(fold(w) for w in row["marker"].split()))
    generic = {tuple(fold(w) for w in row["phrase"].split()): GenericActor(row["sector"], row["name"])
               for row in load_table(PACKAGE, "generic_actors") if row["lang"] == lang}
    frames.sort(key=lambda f: -(len(f.before) + len(f.after)))
    return Cues(
        lang=lang,
        frames=tuple(frames),
        phrases=MappingProxyType({k: _longest_first(v) for k, v in phrases.items()}),
        markers=MappingProxyType({k: _longest_first(v) for k, v in markers.items()}),
        generic=MappingProxyType(generic),
        generic_phrases=_longest_first(list(generic)),
    )


class Phrases(tuple[tuple[str, ...], ...]):
    """Phrases, longest first, with an index by first word: ``find_phrase`` and ``phrase_at`` run for every token
    of every clause, and a list of a hundred phrases is then tried one by one."""

    by_first: Mapping[str, tuple[tuple[str, ...], ...]]

    def __new__(cls, phrases: Iterable[tuple[str, ...]]) -> Phrases:
        made = super().__new__(cls, phrases)
        index: dict[str, list[tuple[str, ...]]] = {}
        for words in made:
            if words:
                index.setdefault(words[0], []).append(words)
        made.by_first = {word: tuple(group) for word, group in index.items()}
        return made


def _longest_first(items: list[tuple[str, ...]]) -> Phrases:
    return Phrases(sorted(set(items), key=lambda words: (-len(words), words)))


def _starting_with(options: Sequence[tuple[str, ...]], key: str) -> Sequence[tuple[str, ...]]:
    """The options that may start at a word ``key``: all of a plain sequence, the indexed few of ``Phrases``."""
    return options.by_first.get(key, ()) if isinstance(options, Phrases) else options


def find_phrase(
    keys: Sequence[str], options: Sequence[tuple[str, ...]], start: int, end: int
) -> tuple[int, int] | None:
    """The first ``[i, j)`` in ``keys[start:end]`` equal to one of ``options`` (longest at a place)."""
    indexed = options.by_first if isinstance(options, Phrases) else None
    for index in range(start, min(end, len(keys))):
        key = keys[index]
        # the first word is compared before any slice is made: this runs for every token
        for words in (indexed.get(key, ()) if indexed is not None else options):
            if words and words[0] == key and tuple(keys[index:index + len(words)]) == words and (
                    index + len(words) <= end):
                return index, index + len(words)
    return None


def phrase_at(keys: Sequence[str], options: Sequence[tuple[str, ...]], index: int) -> tuple[str, ...] | None:
    """The longest option that starts exactly at ``index``."""
    if index >= len(keys):
        return None
    key = keys[index]
    for words in _starting_with(options, key):
        if words and words[0] == key and tuple(keys[index:index + len(words)]) == words:
            return words
    return None


def phrase_ending(keys: Sequence[str], options: Sequence[tuple[str, ...]], index: int) -> tuple[str, ...] | None:
    """The first option (the longest, as options are kept) that ends exactly before ``index``."""
    for words in options:
        if words and len(words) <= index and tuple(keys[index - len(words):index]) == words:
            return words
    return None


def token_keys(tokens: Sequence[Token]) -> list[str]:
    return [t.key for t in tokens]


@functools.cache
def grammar(lang: str = "hi") -> Mapping[str, tuple[str, ...]]:
    """The function words the argument rules name by role (``events/data/grammar_<lang>.tsv``).

    Example: ``grammar()["ergative"]`` → ``("ने",)``.
    """
    roles: dict[str, list[str]] = {}
    for row in load_table(PACKAGE, f"grammar_{lang}"):
        roles.setdefault(row["role"], []).append(row["word"])
    return MappingProxyType({role: tuple(words) for role, words in roles.items()})


@functools.cache
def marker_words(lang: str, *kinds: str) -> frozenset[str]:
    """The one-word case markers of ``kinds`` as token keys (``case_markers.tsv``): ``marker_words("hi", "genitive")``
    → की, का, के."""
    markers = cues(lang).markers
    return frozenset(words[0] for kind in kinds for words in markers.get(kind, ()) if len(words) == 1)


@functools.cache
def grammar_keys(role: str, lang: str = "hi") -> frozenset[str]:
    """The words of a grammar role folded as token keys are, for comparing with ``SentenceView.keys``."""
    return frozenset(fold(word) for word in grammar(lang).get(role, ()))


@functools.cache
def grammar_phrases(role: str, lang: str = "hi") -> Phrases:
    """The words of a grammar role as folded phrases, longest first, for ``phrase_at`` and ``find_phrase``."""
    return _longest_first([tuple(fold(word).split()) for word in grammar(lang).get(role, ())])
