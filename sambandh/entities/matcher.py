"""Dictionary matching: every KB alias found in a text, on word boundaries.

Aliases are folded (``text.normalize.fold``: nukta, chandrabindu, nasal spellings,
Latin case) and put in one Aho-Corasick automaton. A hit counts only on word
boundaries of the original text, judged by Unicode category, so रूस does not
match inside रूसी (the next character is a vowel sign) while रूसी, a separate
alias, does. Short all-capital Latin aliases ("US", "UN") must match case exactly.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from ..kb.base import Alias, KnowledgeBase
from ..text.normalize import fold, fold_with_map

# Latin aliases this short and all in capitals, or with a capital inside ("LeT", "JeM"), are acronyms: "US" must
# not match "us", nor "LeT" "let".
ACRONYM_MAX_LEN = 6


@dataclass(frozen=True, slots=True)
class Match:
    """A span of the text and every alias with that surface form."""

    start: int
    end: int
    text: str
    aliases: tuple[Alias, ...]

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(a.kind for a in self.aliases)


def is_word_char(char: str) -> bool:
    """Letters, combining marks (Devanagari vowel signs, virama, nukta) and digits."""
    return unicodedata.category(char)[0] in "LMN"


class AliasMatcher:
    """Finds the aliases of a knowledge base in text."""

    def __init__(self, aliases: Iterable[Alias]) -> None:
        table: dict[str, list[Alias]] = {}
        for alias in aliases:
            key = fold(alias.text)
            if key:
                table.setdefault(key, []).append(alias)
        self._automaton = ahocorasick.Automaton()
        for key, group in table.items():
            self._automaton.add_word(key, (key, tuple(sorted(set(group), key=_alias_order))))
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping alias matches in ``text``, in order."""
        if self._empty or not text:
            return []
        folded, index = fold_with_map(text)
        candidates: list[Match] = []
        for last, (key, aliases) in self._automaton.iter(folded):
            first = last - len(key) + 1
            start = index[first]
            end = index[last] + 1
            # extend over marks that folding dropped (a nukta after the last letter)
            while end < len(text) and _folds_away(text[end]):
                end += 1
            if not _bounded(text, start, end):
                continue
            surface = text[start:end]
            kept = tuple(a for a in aliases if _case_ok(a.text, surface))
            if kept:
                candidates.append(Match(start, end, surface, kept))
        return _leftmost_longest(candidates)


def _folds_away(char: str) -> bool:
    return unicodedata.category(char) == "Mn" and not fold(char)


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not is_word_char(before) and not is_word_char(after)


def _case_ok(alias: str, surface: str) -> bool:
    if alias.isascii() and len(alias) <= ACRONYM_MAX_LEN and (alias.isupper() or _inner_capital(alias)):
        return surface == alias or (surface.isupper() and surface == alias.upper())  # "LET" in a capitals headline
    return True


def _inner_capital(alias: str) -> bool:
    """One word with a capital after its first letter: "LeT", "PoK" (not "the UN": sentences start "The UN")."""
    return " " not in alias and any(char.isupper() for char in alias[1:]) and any(char.islower() for char in alias)


def _leftmost_longest(candidates: list[Match]) -> list[Match]:
    chosen: list[Match] = []
    for match in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and match.start < chosen[-1].end:
            continue
        chosen.append(match)
    return chosen


def _alias_order(alias: Alias) -> tuple[int, str, str, str]:
    """Aliases sharing a key, best kind first; the text breaks ties so every process picks the same one."""
    return (_KIND_RANK.get(alias.kind, 9), alias.target, alias.lang, alias.text)


_KIND_RANK = {"name": 0, "office": 1, "agent": 2, "demonym": 3, "surname": 4}


@functools.cache
def matcher_for(kb: KnowledgeBase) -> AliasMatcher:
    """One matcher per knowledge base, built on first use."""
    return AliasMatcher(kb.aliases)
