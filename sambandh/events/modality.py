"""Negation, modality and intent: whether an event happened, is only intended, possible or hypothetical.

Cue words come from ``events/data/cues_hi.tsv`` and ``cues_en.tsv`` (``hypothetical``, ``possible``,
``intended``); negation words are found by ``clause.prepare`` and kept in ``SentenceView.negated_at``.
A bare verb of intent or threat before its "to"-verb gives way to it: "agreed to supply tanks" is an
intended supply, "threatened to blockade the port" a threatened blockade.
"""

from __future__ import annotations

from dataclasses import replace

from .cameo import lookup, shifted_code
from .clause import PlacedActor, SentenceView
from .cues import Cues, find_phrase, grammar_keys
from .lexicon import PredicateMatch, is_verb_element

__all__ = ["INTENT_BEFORE", "INTENT_ROOT", "MODAL_BEFORE", "MODAL_WINDOW", "THREAT_ROOT", "condition_party",
           "condition_start", "consequence_doer", "embed_intended", "in_condition", "in_consequence", "intent_before",
           "is_negated", "modality_of"]

# Cue words this many tokens after a predicate still govern it ("हमला कर सकता है").
MODAL_WINDOW = 4
# ... and this many before it ("may attack", "is expected to meet").
MODAL_BEFORE = 2
# An intent cue ends at most this many tokens before the intended verb ("agreed on Monday to send").
INTENT_BEFORE = 4
# Bare verbs of these roots before "to" + verb give way to it: intent ("agreed to") and threat.
INTENT_ROOT, THREAT_ROOT = "03", "13"


def embed_intended(keys: list[str], predicates: list[PredicateMatch]) -> list[PredicateMatch]:
    """Drop a bare verb of intent or threat before its "to"-verb, which carries the event.

    "agreed to supply tanks": the supply is intended (033 by ``events/data/code_shifts.tsv``); "threatened to
    blockade the port": the blockade is threatened (1381), and a threat to do anything else is 130.
    """
    out: list[PredicateMatch] = []
    governing: PredicateMatch | None = None
    for index, predicate in enumerate(predicates):
        if _intent_verb(keys, predicate, predicates[index + 1:index + 2]):
            governing = predicate
            continue
        if governing is not None and lookup(governing.pattern.cameo).root == THREAT_ROOT:
            code = shifted_code(predicate.pattern.cameo, "intended") or predicate.pattern.cameo
            code = code if lookup(code).root == THREAT_ROOT else governing.pattern.cameo
            predicate = replace(predicate, pattern=replace(predicate.pattern, cameo=code))
        elif governing is not None:
            predicate = replace(predicate, modality="intended")
        out.append(predicate)
        governing = None
    return out


def _intent_verb(keys: list[str], predicate: PredicateMatch, following: list[PredicateMatch]) -> bool:
    """A bare verb of intent or threat ("agreed", "threatened") whose "to"-verb is the next predicate."""
    if not following or predicate.last - predicate.first != 1:
        return False
    if lookup(predicate.pattern.cameo).root not in (INTENT_ROOT, THREAT_ROOT):
        return False
    between = keys[predicate.last:following[0].first]
    return "to" in between and len(between) <= INTENT_BEFORE


def intent_before(view: SentenceView, predicate: PredicateMatch, sentence_cues: Cues) -> bool:
    """An intent cue ("will", "agreed to", "ready to") shortly before the predicate, not inside it."""
    if predicate.modality == "intended":
        return True
    clause_start = max((a for a, b in view.clauses if a <= predicate.first), default=0)
    start = max(clause_start, predicate.first - INTENT_BEFORE - 2)
    intended = sentence_cues.phrases.get("intended", ())
    while start < predicate.first:
        found = find_phrase(view.keys, intended, start, predicate.first)
        if found is None:
            return False
        if predicate.first - found[1] <= INTENT_BEFORE:
            return True
        start = found[0] + 1
    return False


def is_negated(view: SentenceView, predicate: PredicateMatch, lang: str = "hi") -> bool:
    """A negation word inside the predicate's span ("नहीं की", "did not meet"); in Hindi also right after it
    ("किया नहीं"), while an English one after it negates what follows ("agreed to resign without returning")."""
    end = predicate.last if lang == "hi" else predicate.last - 1
    # "हमला नहीं करने को कहा": a negation before a pattern's first word negates that word only when it is the verb
    # ("नहीं मिले"); before an embedded act it belongs to that act, not to the asking
    elements = predicate.pattern.elements
    start = predicate.first + 1 if elements and not is_verb_element(elements[0]) else predicate.first
    return any(start <= i <= end for i in view.negated_at)


def modality_of(view: SentenceView, predicate: PredicateMatch, sentence_cues: Cues, opinion: bool) -> str:
    """``hypothetical`` ("अगर", "if"), ``reported_opinion``, ``possible`` ("सकता है", "may"), ``intended``
    ("-गा", "will") or ``asserted``, from cue words around the predicate within its clause."""
    keys = view.keys
    after = (predicate.first, min(len(keys), predicate.last + MODAL_WINDOW))
    clause_start = max((a for a, b in view.clauses if a <= predicate.first), default=0)
    if find_phrase(keys, sentence_cues.phrases.get("hypothetical", ()), clause_start, predicate.first):
        return "hypothetical"
    if in_condition(view, predicate):
        return "hypothetical"
    if opinion:
        return "reported_opinion"
    before = (max(clause_start, predicate.first - MODAL_BEFORE), predicate.first)
    possible = sentence_cues.phrases.get("possible", ())
    if _cue(view, possible, after) or _cue(view, possible, before):
        return "possible"
    intended = sentence_cues.phrases.get("intended", ())
    # a cue word inside the pattern is the pattern's own ("से आने वाले यात्रियों पर प्रतिबंध"): look after it
    if predicate.modality in ("intended", "nonfinite") or find_phrase(keys, intended, predicate.last, after[1]) or (
        find_phrase(keys, intended, *before)
    ):
        return "intended"
    return "asserted"


def condition_start(view: SentenceView, then: int) -> int:
    """Where the condition before a "तो" starts: after its clause's last "कि" ("फिदान ने कहा कि ... तो")."""
    start = max((a for a, b in view.clauses if a < then), default=0)
    complementizers = grammar_keys("complementizer")
    return max([start, *(i + 1 for i in range(start, then) if view.keys[i] in complementizers)])


def in_condition(view: SentenceView, predicate: PredicateMatch) -> bool:
    """The predicate ends a condition before its "तो" ("हथियार नहीं डाले तो ..."): no act asserted, with or
    without "अगर"."""
    return any(predicate.last <= then and predicate.first >= condition_start(view, then) for then in view.then_at)


def consequence_doer(view: SentenceView, predicate: PredicateMatch, ergative: frozenset[str]) -> PlacedActor | None:
    """Who does a consequence: a bare subject after the "तो" ("... तो तुर्की सैन्य कार्रवाई करेगा"), else the
    speaker before the condition ("अमेरिका ने कहा कि ... तो प्रतिबंध लगाए जाएंगे"); never a doer inside the condition."""
    thens = [then for then in view.then_at if then <= predicate.first]
    if not thens:
        return None
    then = max(thens)
    bare = [p for p in view.actors if then <= p.first < predicate.first and p.marker_kind == "none" and p.actor.country]
    if bare:
        return bare[0]
    start = condition_start(view, then)
    return next((p for p in reversed(view.actors) if p.last <= start and p.marker in ergative), None)


def condition_party(view: SentenceView, predicate: PredicateMatch) -> PlacedActor | None:
    """The first country named in the condition a consequence depends on ("इसराइल के हमले जारी रहे तो ..."):
    what the consequence threatens."""
    thens = [then for then in view.then_at if then <= predicate.first]
    if not thens:
        return None
    then = max(thens)
    start = condition_start(view, then)
    return next((p for p in view.actors if start <= p.first < then and p.actor.country), None)


def in_consequence(view: SentenceView, predicate: PredicateMatch) -> bool:
    """The predicate follows a condition's "तो" in its sentence ("... जारी रहे तो कड़ा जवाब दिया जाएगा")."""
    return any(predicate.first >= then for then in view.then_at)


def _cue(view: SentenceView, options: tuple[tuple[str, ...], ...], span: tuple[int, int]) -> bool:
    """A cue in ``span``; a Latin cue must be lower case in the text ("may", not the month "May")."""
    start, end = span
    while start < end:
        found = find_phrase(view.keys, options, start, end)
        if found is None:
            return False
        text = view.tokens[found[0]].text
        if not text.isascii() or text.islower():
            return True
        start = found[0] + 1
    return False
