"""In-document coreference: short names and pronouns that stand for a person named earlier.

``Article`` sentences are read in order by the linker, which tells ``Coreference`` each person it links.
A person named with several words ("झाओ लिजियान") is then found by the first or the last word alone
("झाओ"), as long as no other person of the article shares that word and the word is not an ordinary
one. A pronoun ("उन्होंने", "उनके", "he") stands for the person when exactly one person was named
earlier in its sentence, or, failing that, in the sentence before. Both are mentions with ``how``
= ``coref``; they make no actors (the event coder carries a dropped or pronoun subject itself).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.tokens import Token
from .provisional import cues, is_common

# Words this short (code points, folded) are not looked for alone: "ली", "उन".
MIN_SHORT_NAME = 3


class Coreference:
    """What one article has named so far: people's short names and who was named in which sentence."""

    def __init__(self) -> None:
        self._short: dict[str, set[str]] = {}
        # sentence → (start, person id, marked as subject by "ने"), in order
        self._people: dict[int, list[tuple[int, str, bool]]] = {}

    def named(self, person: str, sentence: int, start: int, tokens: Sequence[Token], *,
              subject: bool = False) -> None:
        """``person`` is named at ``start`` of ``sentence`` by ``tokens`` (the words of the mention);
        ``subject`` when "ने" follows the mention."""
        self._people.setdefault(sentence, []).append((start, person, subject))
        if len(tokens) >= 2:
            for token in (tokens[0], tokens[-1]):
                if len(token.key) >= MIN_SHORT_NAME and not is_common(token.key):
                    self._short.setdefault(token.key, set()).add(person)

    def short_names(self, tokens: Sequence[Token], taken: Sequence[tuple[int, int]],
                    names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
        """``(start, end, person)`` of words outside ``taken`` that are the first or last word of exactly one
        person named before; adjacent words of one person ("ग़ुलाम रसूल" again) are one mention.

        A word inside one of ``names`` (other names the tagger found, "अक्षय कुमार") that the run does not
        cover whole is part of another name, and is left alone.
        """
        runs: list[tuple[int, int, str]] = []
        previous = None
        for index, token in enumerate(tokens):
            people = self._short.get(token.key)
            if not people or len(people) != 1 or any(a < token.end and token.start < b for a, b in taken):
                continue
            person = next(iter(people))
            if runs and previous == index - 1 and runs[-1][2] == person:
                runs[-1] = (runs[-1][0], token.end, person)
            else:
                runs.append((token.start, token.end, person))
            previous = index
        return [(start, end, person) for start, end, person in runs
                if not any(a < end and start < b and (a < start or b > end) for a, b in names)]

    def pronouns(self, sentence: int, tokens: Sequence[Token]) -> list[tuple[Token, str]]:
        """Pronouns of ``sentence`` with the one person they can stand for.

        An object or possessive pronoun never stands for a subject marked "ने" earlier in its clause
        (Hindi says "अपना" for that): "X ने उन्हें हराया" is someone else, "X ने कहा कि उनके ..." is X.
        """
        cue = cues()
        subjects, oblique = cue.get("pronoun", frozenset()), cue.get("pronoun_oblique", frozenset())
        found = []
        for token in tokens:
            if token.key not in subjects and token.key not in oblique:
                continue
            earlier = [(p, marked) for start, p, marked in self._people.get(sentence, ()) if start < token.start]
            if token.key in oblique and any(
                    marked and not _clause_between(tokens, start, token.start, cue.get("clause", frozenset()))
                    for start, p, marked in self._people.get(sentence, ()) if start < token.start):
                continue
            here = {p for p, _ in earlier}
            candidates = here or {p for _, p, _ in self._people.get(sentence - 1, ())}
            if len(candidates) == 1:
                found.append((token, next(iter(candidates))))
        return found


def _clause_between(tokens: Sequence[Token], start: int, end: int, openers: frozenset[str]) -> bool:
    return any(start < t.start < end and t.key in openers for t in tokens)
