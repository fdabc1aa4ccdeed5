"""English obligations: "Russia said Sudan must return the helicopter" is a demand (CAMEO 100) of the
subject's on the one who must."""

from __future__ import annotations

import functools
from datetime import date

from ..model import Article, Event
from ..text.dates import DateMention
from .assemble import event_from
from .capitals import SOURCELESS_TYPES, as_government, is_capital
from .clause import NONE_MARKER, SentenceView, coordinated, same_actor
from .confidence import confidence_of
from .cues import Cues, find_phrase
from .lexicon import Pattern, PredicateMatch

# "X said Y must act" is a demand (CAMEO 100) of X's on Y.
OBLIGATION_CODE = "100"

# The target ends at most this many tokens before "must" ("US and British forces must").
OBLIGATION_GAP = 2



def obligations(
    article: Article,
    view: SentenceView,
    sentence_cues: Cues,
    dates: list[DateMention],
    published: date | None,
    opinion: bool,
) -> list[Event]:
    """"Russia said Sudan must return the helicopter": a demand (100) of the subject's on the one who must."""
    keys = view.keys
    words = sentence_cues.phrases.get("obligation", ())
    actors = list(view.actors)
    events: list[Event] = []
    start = 0
    while (found := find_phrase(keys, words, start, len(keys))) is not None:
        at, start = found[0], found[1]
        pronouns = sentence_cues.markers.get("pronoun", ())
        # "Sudan must return", and "a reminder to Iraq that it must cooperate": the pronoun stands for the actor
        near = [a for a in actors if a.last <= at and at - a.last <= OBLIGATION_GAP
                and (a.marker_kind in ("none", "coordination")
                     or (a.marker_kind == "postposition" and (keys[at - 1],) in pronouns))]
        if not near:
            continue
        chain = coordinated(actors, near[-1])
        subjects = [a for a in actors if a.last < chain[0].first and a.marker_kind == "none"
                    and (a.actor.type not in SOURCELESS_TYPES or is_capital(a))]
        if not subjects:
            continue
        source = as_government(subjects[0]) if is_capital(subjects[0]) else subjects[0]
        predicate = PredicateMatch(at, found[1], _obligation_pattern(keys[at]), "asserted")
        confidence = confidence_of(predicate, source, chain[-1], marked=True, preferred=True,
                                 from_earlier=False, dated=bool(dates))
        events += [event_from(article, view, predicate, source, target, None, (), dates, published, "en",
                              sentence_cues, opinion, carried_source=False, confidence=confidence)
                   for target in chain if not same_actor(source, target, by_role=True)]
    return events


@functools.cache
def _obligation_pattern(word: str) -> Pattern:
    return Pattern(text=word, lang="en", cameo=OBLIGATION_CODE, targets=(NONE_MARKER,), elements=())
