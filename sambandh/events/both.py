""""दोनों देशों ने", "दोनों नेताओं ने": "both" stands for the two parties of the last event between two countries.

Hindi news names a dyad once and then goes on with "दोनों देशों" (both countries), "दोनों नेताओं" (both
leaders) or "दोनों पक्षों" (both sides). The phrase becomes two actors, the source and the target of the
article's last event whose two actors are of different countries, if that event is at most ``BOTH_REACH``
sentences back; joined as "X और Y" are, they act on each other when the predicate names no target.
The words are data (``grammar_hi.tsv``: ``both``, ``both_noun``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..model import Actor, Event
from .clause import PlacedActor, SentenceView
from .cues import grammar

BOTH_HOW = "both"  # Actor.how of one of the two actors "दोनों देशों" stands for
# The pair's event is at most this many sentences before the phrase.
BOTH_REACH = 3

Pair = tuple[Actor, Actor]


def last_pair(events: list[Event], view: SentenceView, previous: Pair | None) -> Pair | None:
    """The source and target actors of the sentence's last event between two countries, else ``previous``
    while it is within reach."""
    for event in reversed(events):
        source, target = event.source, event.target
        if target is None or not source.country or not target.country or source.country == target.country:
            continue
        found = [_actor_of(view, ref.entity, ref.code) for ref in (source, target)]
        if found[0] is not None and found[1] is not None:
            return found[0], found[1]
    if previous is not None and view.sentence.id - previous[0].sentence <= BOTH_REACH:
        return previous
    return None


def both_actors(view_text: str, sentence: int, pair: Pair | None) -> list[Actor]:
    """The two actors of each "दोनों <noun>" phrase of a sentence, standing for ``pair``."""
    if pair is None:
        return []
    out = []
    for match in _phrase().finditer(view_text):
        for actor in pair:
            out.append(replace(actor, sentence=sentence, start=match.start(), end=match.end(), text=match.group(0),
                               how=BOTH_HOW))
    return out


def join_both(actors: tuple[PlacedActor, ...]) -> tuple[PlacedActor, ...]:
    """The first actor of each "both" pair is joined to the second, as X is in "X और Y"."""
    out = list(actors)
    for index in range(len(out) - 1):
        left, right = out[index], out[index + 1]
        if left.actor.how == BOTH_HOW and right.actor.how == BOTH_HOW and (left.first, left.last) == (
                right.first, right.last):
            out[index] = replace(left, joined=True)
    return tuple(out)


def is_both(actor: PlacedActor) -> bool:
    return actor.actor.how == BOTH_HOW


def _actor_of(view: SentenceView, entity: str | None, code: str | None) -> Actor | None:
    return next((a.actor for a in view.actors if a.actor.entity == entity and a.actor.code == code), None)


@functools.cache
def _phrase() -> re.Pattern[str]:
    words = grammar()
    both = "|".join(re.escape(w) for w in words["both"])
    nouns = "|".join(re.escape(w) for w in sorted(words["both_noun"], key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{both})\s+(?:{nouns})(?![\w\u0900-\u097f])")
