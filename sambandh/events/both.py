""""दोनों देशों ने", "दोनों नेताओं ने": "both" stands for the two parties of the last event between two countries.

Hindi news names a dyad once and then goes on with "दोनों देशों" (both countries), "दोनों नेताओं" (both
leaders) or "दोनों पक्षों" (both sides). The phrase becomes two actors, the source and the target of the
article's last event whose two actors are of different countries, if that event is at most ``BOTH_REACH``
sentences back; "both sides" and "both countries" after fighting stand for the two that last fought, up to
``CONFLICT_REACH`` sentences back; "both leaders" for the last two people who dealt with each other, up to
``LEADERS_REACH`` back; an event of a third party with one of "both" ("मलेशिया ने दोनों देशों के
नेताओं की मेज़बानी की") keeps the pair. Joined as "X और Y" are, they act on each other when the predicate names no
target. The words are data (``grammar_<lang>.tsv``: ``both``, ``both_noun``, ``both_conflict_noun``,
``both_country_noun``, ``both_person_noun``); English reads "both sides", "the two leaders" the same way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Actor, ActorRef, Event
from ..text.normalize import fold
from .cameo import lookup
from .clause import PlacedActor, SentenceView
from .cues import grammar, grammar_keys

BOTH_HOW = "both"  # Actor.how of one of the two actors "दोनों देशों" stands for
# The pair's event is at most this many sentences before the phrase ...
BOTH_REACH = 3
# ... or, for "both sides/countries" after fighting, the belligerents' event this many.
CONFLICT_REACH = 8
CONFLICT_QUAD_CLASS = 4
# "both leaders" stand for the last two people who dealt with each other this many sentences back.
LEADERS_REACH = 8
PERSON_TYPE = "person"


@dataclass(frozen=True, slots=True)
class Pairs:
    """Whom "दोनों" may stand for: the last pair of countries that dealt with each other, and the last that
    fought ("दोनों पक्षों से संयम की अपील" after an Israeli strike and Iran's reply means Israel and Iran)."""

    last: tuple[Actor, Actor] | None = None
    conflict: tuple[Actor, Actor] | None = None
    # the last pair of two people ("दोनों नेता" after a summit, not the countries that reacted to it since)
    leaders: tuple[Actor, Actor] | None = None
    # the last two countries named together ("थाईलैंड और कंबोडिया की सीमा पर"), for "दोनों देशों" before any
    # event between them
    named: tuple[Actor, Actor] | None = None


def last_pairs(events: list[Event], view: SentenceView, previous: Pairs, lang: str = "hi") -> Pairs:
    """The pairs after a sentence: its own last events between two countries, else ``previous`` within reach."""
    found = {}
    both = {(a.actor.entity, a.actor.code) for a in view.actors if is_both(a)}
    for event in reversed(events):
        source, target = event.source, event.target
        if target is None or not source.country or not target.country or source.country == target.country:
            continue
        if len(both.intersection({(source.entity, source.code), (target.entity, target.code)})) == 1:
            # "मलेशिया ने दोनों देशों के नेताओं की मेज़बानी की": the pair stays the pair it stood for, named anew here
            pair = tuple(a.actor for a in view.actors if is_both(a))[:2]
            if len(pair) == 2:
                found.setdefault("last", pair)
            continue
        actors = (_actor_of(view, source), _actor_of(view, target))
        found.setdefault("last", actors)
        if lookup(event.cameo).quad_class == CONFLICT_QUAD_CLASS:
            found.setdefault("conflict", actors)
        if all(actor.type == PERSON_TYPE for actor in actors):
            found.setdefault("leaders", actors)
    sentence = view.sentence.id
    last = found.get("last") or _within(previous.last, sentence, BOTH_REACH)
    conflict = found.get("conflict") or _within(previous.conflict, sentence, CONFLICT_REACH)
    leaders = found.get("leaders") or _within(previous.leaders, sentence, LEADERS_REACH)
    named = _named_pair([p.actor for p in view.actors], view.sentence.text, len(view.sentence.text), lang)
    return Pairs(last, conflict, leaders, named or _within(previous.named, sentence, BOTH_REACH))


def both_actors(
    view_text: str, sentence: int, pairs: Pairs, lang: str = "hi", named: Sequence[Actor] = ()
) -> list[Actor]:
    """The two actors of each "दोनों <noun>" phrase of a sentence: for "sides" and "countries" the last pair that
    fought, if any within reach, else the last pair; with no event between two countries yet, "both countries" are
    the two last named together, before the phrase in this sentence (of ``named``, its actors) or shortly before."""
    out = []
    for match in _phrase(lang).finditer(view_text):
        noun = fold(match.group(0).split()[-1])
        if noun in grammar_keys("both_conflict_noun", lang):
            pair = pairs.conflict or pairs.last
        elif noun in grammar_keys("both_person_noun", lang):
            pair = pairs.leaders or pairs.last
        else:
            pair = pairs.last
        if pair is None and noun in grammar_keys("both_country_noun", lang):
            pair = _named_pair(named, view_text, match.start(), lang) or pairs.named
        for actor in pair or ():
            # "दोनों देशों": the countries themselves, whatever sector the pair's actors had
            code = actor.country if noun in grammar_keys("both_country_noun", lang) and actor.country else actor.code
            out.append(replace(actor, sentence=sentence, start=match.start(), end=match.end(), text=match.group(0),
                               code=code, how=BOTH_HOW))
    return out


def _named_pair(actors: Sequence[Actor], text: str, end: int, lang: str) -> tuple[Actor, Actor] | None:
    """The last two countries named together before ``end``: "X और Y", "X व Y", "X-Y" (a shared border)."""
    countries = [a for a in actors if a.type == "country" and a.country and a.end <= end]
    joiners = {fold(w) for w in grammar(lang).get("coordinator", ())}
    for left, right in zip(reversed(countries[:-1]), reversed(countries[1:]), strict=True):
        between = text[left.end:right.start].strip()
        if left.country != right.country and (between == "-" or fold(between) in joiners):
            return left, right
    return None


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


def _within(pair: tuple[Actor, Actor] | None, sentence: int, reach: int) -> tuple[Actor, Actor] | None:
    return pair if pair is not None and sentence - pair[0].sentence <= reach else None


def _actor_of(view: SentenceView, ref: ActorRef) -> Actor:
    """The sentence's actor an event's source or target refers to; one made from the reference when the coder
    placed it anew (a generic actor given a country, a home-country stand-in)."""
    found = next((a.actor for a in view.actors if a.actor.entity == ref.entity and a.actor.code == ref.code), None)
    return found or Actor(sentence=view.sentence.id, start=0, end=0, text=ref.name, entity=ref.entity,
                          name=ref.name, type="country", country=ref.country, code=ref.code)


@functools.cache
def _phrase(lang: str) -> re.Pattern[str]:
    words = grammar(lang)
    both = "|".join(re.escape(w) for w in words["both"])
    nouns = "|".join(re.escape(w) for w in sorted(words["both_noun"], key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{both})\s+(?:{nouns})(?![\w\u0900-\u097f])", re.IGNORECASE)
