"""English arguments: who did it and to whom, from word order and prepositions.

English marks roles by position, not by case: the subject stands before the verb ("Russia
attacked Ukraine"), the object right after it or after the pattern's own preposition ("met with
X", "accused X of"). In the passive ("the convoy was attacked by militants") the subject is the
target and the doer follows "by". Hindi arguments are read from case markers in ``hindi.py``.

Beside the arguments: which predicates are nouns ("a meeting", ``is_nominal``) or adjectives ("the
besieged town", ``adjectival``), and the country of people named only by their kind (``domestic``).
The rules and what each gained on the English gold are listed in ``events/data/README.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .clause import GENERIC_HOW, NONE_MARKER, UNKNOWN_COUNTRY, PlacedActor, SentenceView, coordinated
from .cues import Cues, find_phrase
from .lexicon import PredicateMatch

# How many tokens may stand between a verb and its object ("met the Russian minister",
# "bombarded a government-held part of Syria"). 4 → 6 raised F1 on both English gold sets (PLOVER
# records .213 → .227, PETRARCH2 .093 → .144); rerun `sambandh eval events` on both after a change.
ENGLISH_OBJECT_WINDOW = 6
# A noun's doer after "by" may stand this many tokens further ("the attack on the convoy by militants").
NOMINAL_AGENT_EXTRA = 3
# An actor ending at most this many words before a verb is that verb's subject ("EU leaders on Sunday called").
# Hand-set; no change on PLOVER dev.
SUBJECT_GAP = 2
# English passive: the auxiliary stands at most this many tokens before the verb ("was reportedly shot").
PASSIVE_BEFORE = 2

# English: a predicate with a determiner or possessive at most this many words before it is a noun ("the final
# status talks"), and takes no subject carried from the clause or its reporter. 1/2/3 gave PLOVER dev F1
# .512/.513/.515 (from .508, precision .623 → .642, recall unchanged); rerun the English evals after a change.
NOMINAL_BEFORE = 3

_ARTICLES = frozenset({"the", "a", "an"})

Arguments = tuple[list[PlacedActor], tuple[PlacedActor | None, bool], bool]


def english_arguments(
    view: SentenceView, actors: list[PlacedActor], predicate: PredicateMatch, window_start: int, clause_end: int,
    *, passive: bool, can_act: Callable[[PlacedActor], bool] = lambda actor: True,
    verb_starts: frozenset[int] = frozenset(),
) -> Arguments:
    """Source and target of an English predicate: the subject before it, the object after it.

    Returns the sources (joined by "and"), the target with whether it carries the pattern's
    first-choice marker, and whether the source was marked (a subject, or "by" in the passive).
    In the passive the subject is the target and the doer follows "by"; without one, the doer is unnamed.
    """
    before = [a for a in actors if window_start <= a.first and a.last <= predicate.first]
    after = [a for a in actors if a.first >= predicate.last and a.last <= clause_end]
    # an actor after a preposition ("talks with X during a visit") is no subject
    subjects = [a for a in before if a.marker_kind not in ("postposition", "agent", "location")]
    if passive:
        agents = [a for a in after if a.marker_kind == "agent"][:1]
        sources = coordinated(actors, agents[0]) if agents else []
        return sources, (subjects[-1] if subjects else None, True), bool(agents)
    # "Druze inhabitants of the Syrian Golan Heights threatened": a place is no doer, the country word before it is
    doers = [a for a in subjects if can_act(a)]
    # "the Turkish and Greek sides of the island of Cyprus have agreed": an actor after "of" only modifies the
    # subject; it is the doer only when no other actor heads the subject ("residents of Gaza said")
    heads = [a for a in doers if not _after_of(a)] or doers
    source = _outside_apposition(view, heads, predicate) if heads else None
    if source is None:  # a noun with its doer after it: "the attack on the convoy by militants"
        source = next((a for a in after if a.marker_kind == "agent"
                       and a.first - predicate.last <= ENGLISH_OBJECT_WINDOW + NOMINAL_AGENT_EXTRA), None)
    sources = coordinated(actors, source) if source is not None else []
    target, preferred = None, False
    for rank, marker in enumerate(predicate.pattern.targets):
        if marker == "-":
            break
        if marker == NONE_MARKER:
            # "expelled | Russian | diplomats": an actor inside a pattern's "*" is its object
            inside = [a for a in actors if predicate.first < a.first and a.last <= predicate.last]
            candidates = inside + [a for a in after if a.first - predicate.last <= ENGLISH_OBJECT_WINDOW]
        else:
            candidates = [a for a in after if marker in a.preceding]
        if candidates:
            target, preferred = candidates[0], rank == 0
            break
    if target is None and NONE_MARKER in predicate.pattern.targets:
        # "threatened to halt the talks if the United States goes ahead", "rejected calls ... for United Nations
        # reforms": an object beyond the window is still the act's target when the clause names no other.
        # Raised PLOVER dev F1 .468 → .480 (recall .370 → .391, precision .637 → .621).
        # ... unless it is the subject of a later verb ("condemned the attack, and EU leaders called for ...")
        target = next((a for a in after if a not in sources and not _subject_of_later(a, verb_starts)), None)
    return sources, (target, preferred), source is not None


def is_passive(view: SentenceView, sentence_cues: Cues, predicate: PredicateMatch) -> bool:
    """An English verb in the passive: an auxiliary just before it ("was attacked", "were reportedly shot")."""
    keys = view.keys
    first = predicate.first
    if keys[first].endswith("ing") or (first and keys[first - 1] == "to"):  # "was meeting", "is to meet"
        return False
    auxiliaries = sentence_cues.phrases.get("passive", ())
    return find_phrase(keys, auxiliaries, max(0, first - PASSIVE_BEFORE), first) is not None


def _subject_of_later(actor: PlacedActor, verb_starts: frozenset[int]) -> bool:
    """The actor is the subject of a later verb, no object: "condemned the attack, and EU leaders called for"."""
    return bool(verb_starts.intersection(range(actor.last, actor.last + SUBJECT_GAP + 1)))


def _after_of(actor: PlacedActor) -> bool:
    """The actor follows "of", an article aside: "island of Cyprus", "inhabitants of the Golan Heights"."""
    words = [w for w in actor.preceding if w not in _ARTICLES]
    return bool(words) and words[-1] == "of"


def _outside_apposition(view: SentenceView, subjects: list[PlacedActor], predicate: PredicateMatch) -> PlacedActor:
    """The subject before an apposition: "Pakistan, a key U.S. ally, has refused" is Pakistan's refusal."""
    text = view.sentence.text
    verb_at = view.tokens[predicate.first].start
    last = subjects[-1]
    if "," not in text[last.actor.end:verb_at]:
        return last
    heads = [a for a in subjects[:-1] if text[a.actor.end:a.actor.end + 1] == ","]
    return heads[-1] if heads else last


def adjectival(view: SentenceView, sentence_cues: Cues, predicate: PredicateMatch) -> bool:
    """A past participle right after a determiner is an adjective: "the besieged town", "the occupied West Bank"."""
    first = predicate.first
    if not predicate.pattern.text.startswith("@") or not first or not view.keys[first].endswith("ed"):
        return False
    markers = sentence_cues.markers
    return (view.keys[first - 1],) in (*markers.get("determiner", ()), *markers.get("possessive", ()))


def is_nominal(view: SentenceView, sentence_cues: Cues, predicate: PredicateMatch) -> bool:
    """A predicate used as a noun: a determiner or possessive stands at most NOMINAL_BEFORE words before it
    ("a meeting", "the final status talks", "its demand", "North Korea's demand")."""
    keys = view.keys
    markers = sentence_cues.markers
    determiners = {words[0] for words in (*markers.get("determiner", ()), *markers.get("possessive", ()))}
    for at in range(predicate.first - 1, max(-1, predicate.first - 1 - NOMINAL_BEFORE), -1):
        if keys[at] in determiners or view.tokens[at].text.endswith(("'s", "\u2019s")):
            return True
    return False


def domestic(target: PlacedActor | None, location: PlacedActor | None, source: PlacedActor) -> PlacedActor | None:
    """People named only by their kind ("demonstrators", "police") are of the country where it happens,
    else of the doer's: "Liberian riot police dispersed demonstrators in Monrovia" → ``LBROPP``. Raised PLOVER
    dev F1 .504 → .508 (the doer's country alone gave the gain)."""
    if target is None or target.actor.how != GENERIC_HOW or target.actor.country is not None:
        return target
    country = (location.actor.country if location is not None else None) or source.actor.country
    if not country:
        return target
    code = f"{country}{(target.actor.code or '')[len(UNKNOWN_COUNTRY):]}"
    return replace(target, actor=replace(target.actor, country=country, code=code))
