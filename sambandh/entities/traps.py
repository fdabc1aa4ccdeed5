"""Traps: words that name an entity in one sense and something else in another, decided by context.

"चीनी" is Chinese, but "चीनी मिल" and "किलो चीनी" are sugar; "कांग्रेस" is the Indian National
Congress, but the US Congress near "सीनेट" or "रिपब्लिकन"; "नाम" (name) is never a name on its own.
The words and their cues are data (``entities/data/traps.tsv``); ``sense`` says what a cue does.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ..datafiles import load_table, split_values
from ..errors import DataFileError
from ..text.normalize import fold
from ..text.tokens import Token

SENSES = ("drop", "target", "common")


@dataclass(frozen=True, slots=True)
class Trap:
    """One trap word: what it becomes (``sense``) when a cue holds."""

    alias: str
    sense: str
    target: str | None
    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    near: tuple[tuple[str, ...], ...]
    unless: tuple[tuple[str, ...], ...]


@functools.cache
def traps() -> dict[str, tuple[Trap, ...]]:
    """Traps by the folded alias (``entities/data/traps.tsv``).

    Raises:
        DataFileError: for an unknown sense, or a ``target`` row without a target.
    """
    table: dict[str, list[Trap]] = {}
    for number, row in enumerate(load_table("sambandh.entities", "traps"), start=1):
        sense = row["sense"]
        if sense not in SENSES or (sense == "target") != bool(row["target"]):
            raise DataFileError(f"[E005] entities/data/traps.tsv row {number}: bad sense/target in {dict(row)}")
        trap = Trap(row["alias"], sense, row["target"] or None, _phrases(row["before"]), _phrases(row["after"]),
                    _phrases(row["near"]), _phrases(row["unless"]))
        table.setdefault(fold(row["alias"]), []).append(trap)
    return {key: tuple(value) for key, value in table.items()}


def common_words() -> frozenset[str]:
    """Folded words that are never a name on their own."""
    return _common()


@functools.cache
def _common() -> frozenset[str]:
    return frozenset(key for key, found in traps().items() if any(t.sense == "common" for t in found))


def _phrases(cell: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(word) for word in value.split()) for value in split_values(cell))


def resolve(surface: str, start: int, end: int, tokens: Sequence[Token],
            context: Sequence[Token] = ()) -> tuple[str, str | None] | None:
    """What a word at ``start``-``end`` of a sentence means here, when it is a trap and a cue holds.

    ``tokens`` are the sentence's tokens; ``context`` the previous sentence's. Returns ``("drop", None)``
    (not an entity), ``("target", id)`` (another entity), or None (the ordinary sense).
    """
    found = traps().get(fold(surface))
    if not found:
        return None
    keys = [t.key for t in tokens]
    first = next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    around = frozenset((*keys, *(t.key for t in context)))
    for trap in found:
        if trap.sense == "common":
            continue
        if any(_ends_with(keys[:first], phrase) for phrase in trap.before) or any(
                tuple(keys[last:last + len(phrase)]) == phrase for phrase in trap.after):
            return trap.sense, trap.target
        if _near(around, keys, trap.near) and not _near(around, keys, trap.unless):
            return trap.sense, trap.target
    return None


def context_matches(text: str, tokens: Sequence[Token], context: Sequence[Token],
                    taken: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, target)`` of target-trap aliases outside ``taken`` whose cue holds here.

    A phrase the KB gives no entity ("कम्युनिस्ट पार्टी") names one when the context says which
    ("चीनी प्रतिनिधिमंडल ... कम्युनिस्ट पार्टी" → the Communist Party of China).
    """
    keys = [t.key for t in tokens]
    found = []
    for phrase, start_index in _phrase_hits(keys):
        first, last = tokens[start_index], tokens[start_index + len(phrase) - 1]
        if any(a < last.end and first.start < b for a, b in taken):
            continue
        sense = resolve(text[first.start:last.end], first.start, last.end, tokens, context)
        if sense is not None and sense[0] == "target" and sense[1]:
            found.append((first.start, last.end, sense[1]))
    return found


def _phrase_hits(keys: Sequence[str]) -> list[tuple[tuple[str, ...], int]]:
    hits = []
    for phrase in _target_phrases():
        for i in range(len(keys) - len(phrase) + 1):
            if tuple(keys[i:i + len(phrase)]) == phrase:
                hits.append((phrase, i))
    return hits


@functools.cache
def _target_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(fold(w) for w in t.alias.split()) for found in traps().values() for t in found
                         if t.sense == "target"}))


def _ends_with(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    return len(words) >= len(phrase) and tuple(words[len(words) - len(phrase):]) == phrase


def _near(around: frozenset[str], keys: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        if len(phrase) == 1:
            if phrase[0] in around:
                return True
        elif any(tuple(keys[i:i + len(phrase)]) == phrase for i in range(len(keys))):
            return True
    return False
