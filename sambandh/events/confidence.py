"""How sure the coder is of an event: how its actors were found and linked, how its predicate matched."""

from __future__ import annotations

from .both import BOTH_HOW
from .clause import GENERIC_HOW, UNNAMED_MARKER_KIND, PlacedActor
from .lexicon import PredicateMatch

__all__ = ["confidence_of"]

# Confidence parts: how the actors were linked and how the predicate matched. Hand-set; checked
# against the events eval (sambandh eval events) only for their order, not fitted to it.
BASE_CONFIDENCE = 0.4
MARKED_SOURCE_BONUS = 0.25  # "X ने" in Hindi, a subject right before the verb in English
PREFERRED_TARGET_BONUS = 0.2  # the target carries the pattern's first-choice marker
OTHER_TARGET_BONUS = 0.1
DATED_BONUS = 0.05
CARRIED_SOURCE_PENALTY = 0.15  # the source came from an earlier clause ("उन्होंने", dropped subject)
UNNAMED_SOURCE_PENALTY = 0.15  # nobody named as the doer ("धमाके में", "हमला किया गया")
GENERIC_ACTOR_PENALTY = 0.05  # per actor known only by its kind ("आतंकियों", "police"), country unknown
LOOSE_LINK_PENALTY = 0.05  # per actor linked by a surname alone (coreference)
PHRASE_PREDICATE_BONUS = 0.05  # a predicate of several words ("हमला किया", "held talks") is less ambiguous
MIN_CONFIDENCE = 0.1
MAX_CONFIDENCE = 0.95


def confidence_of(
    predicate: PredicateMatch,
    source: PlacedActor,
    target: PlacedActor | None,
    *,
    marked: bool,
    preferred: bool,
    from_earlier: bool,
    dated: bool,
) -> float:
    """How sure the coder is: how the actors were found and linked, and how the predicate matched."""
    score = BASE_CONFIDENCE
    if source.marker_kind == UNNAMED_MARKER_KIND:
        score -= UNNAMED_SOURCE_PENALTY
    elif marked:
        score += MARKED_SOURCE_BONUS
    if target is not None:
        score += PREFERRED_TARGET_BONUS if preferred else OTHER_TARGET_BONUS
    for actor in (source, target):
        if actor is None:
            continue
        if actor.actor.how == GENERIC_HOW:
            score -= GENERIC_ACTOR_PENALTY
        elif actor.actor.how in ("coref", BOTH_HOW):
            score -= LOOSE_LINK_PENALTY
    if predicate.last - predicate.first > 1:
        score += PHRASE_PREDICATE_BONUS
    if dated:
        score += DATED_BONUS
    if from_earlier:
        score -= CARRIED_SOURCE_PENALTY
    return max(MIN_CONFIDENCE, min(score, MAX_CONFIDENCE))
