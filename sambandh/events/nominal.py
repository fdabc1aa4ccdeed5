"""Hindi organisations named again by a common noun: "इकोवास ने ... आदेश दिया। ... संगठन ने नाइजर पर प्रतिबंध लगाए".

News names an international body once and then goes on with "संगठन" (organisation), "गठबंधन" (alliance) or
"परिषद" (council) as the subject of its next acts. Such a noun right before the ergative "ने" (grammar_hi.tsv roles
``organization_noun``, ``ergative``) becomes an actor standing for the last organisation the article named, at most
``ORGANIZATION_REACH`` sentences back, when no actor of the sentence covers it already.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from ..model import Actor, Sentence
from ..text.tokens import tokenize
from .cues import grammar, grammar_keys

ORGANIZATION_HOW = "nominal"  # Actor.how of a common noun standing for an organisation named before
ORGANIZATION_TYPES = frozenset({"organization"})
# The organisation was named at most this many sentences before its noun.
ORGANIZATION_REACH = 3


def last_organization(actors: list[Actor], previous: Actor | None) -> Actor | None:
    """The last organisation with a code a sentence's actors name, else ``previous``."""
    named = [a for a in actors if a.type in ORGANIZATION_TYPES and a.code and a.how != ORGANIZATION_HOW]
    return named[-1] if named else previous


def organization_anaphors(sentence: Sentence, actors: list[Actor], last: Actor | None) -> list[Actor]:
    """Actors for the organisation nouns of a sentence that stand for ``last`` ("संगठन ने")."""
    if last is None or sentence.id - last.sentence > ORGANIZATION_REACH or not any(
            noun in sentence.text for noun in grammar("hi")["organization_noun"]):
        return []  # tokenized only when a noun may be there
    nouns, ergative = grammar_keys("organization_noun"), grammar_keys("ergative")
    tokens = tokenize(sentence.text)
    out = []
    for token, after in itertools.pairwise(tokens):
        if token.key not in nouns or after.key not in ergative:
            continue
        if any(a.start <= token.start < a.end for a in actors):
            continue  # "पश्चिम अफ्रीकी देशों के संगठन इकोवास ने": the name is there
        out.append(replace(last, sentence=sentence.id, start=token.start, end=token.end, text=token.text,
                           how=ORGANIZATION_HOW))
    return out
