"""English arguments: who did it and to whom, from word order and prepositions.

English marks roles by position, not by case: the subject stands before the verb ("Russia
attacked Ukraine"), the object right after it or after the pattern's own preposition ("met with
X", "accused X of"). In the passive ("the convoy was attacked by militants") the subject is the
target and the doer follows "by". Hindi arguments are read from case markers in ``hindi.py``.

Beside the arguments: which predicates are nouns ("a meeting", ``is_nominal``) or adjectives ("the
besieged town", ``adjectival``), and the country of people named only by their kind (``domestic``).

Some predicates are only what another one is about, and take no subject of their own: a "to"-verb after an
earlier verb's object ("urged Russia to withdraw"), a noun or gerund that is a verb's object or follows a
preposition ("rejected North Korea's demand", "blamed Israel for the bombing", "accused Russia of violating"),
and whatever a demand asks for ("demanded that its partners refuse ..."). Material conflict so left without a
doer is still coded, with the doer unnamed.
The rules and what each gained on the English gold are listed in ``events/data/README.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .clause import GENERIC_HOW, NONE_MARKER, PlacedActor, SentenceView, coordinated, placed_in
from .cues import Cues, find_phrase, marker_words
from .lexicon import PredicateMatch, lexicon

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
# Gains on PLOVER dev (F1, in the order added, 2026-11-27): a "to"-verb after an object takes no subject .556 → .562;
# nouns and gerunds that are what a verb is about take none .562 → .569 (.607 → .608 for gerunds), save the subject's
# own noun ("reiterated its demand", .604 → .607); what a demand asks for takes none .609 → .613; a joined actor
# after a preposition is no subject .608 → .609; a capital after a preposition is no doer .635 → .636 (PETRARCH2
# .283 → .288); an "-ing" verb after a comma shares its clause's subject .636 → .637. Rerun `sambandh eval events`
# on both English gold files after a change.
# "demanded that ...", "urged on Friday that ...": what an appeal (02) or demand (10) asks for is not done.
ASKING_ROOTS, THAT, DEMAND_BEFORE_THAT = frozenset({"02", "10"}), "that", 3
# "ethnic Albanians in south Serbia" are Serbia's, as the PLOVER records code minorities (PLOVER dev .569 → .581).
ETHNIC_WORD = "ethnic"
PLACE_TYPE = "place"  # cities and capitals (``places.tsv``)
# Prepositions beside the case markers' (with, to, on, against, from, for, at, in, by) after which a noun phrase is
# what a verb is about, not its doer: "killed 46 civilians during an attack", "accused Russia of violating".
OTHER_PREPOSITIONS = frozenset({"of", "after", "during", "over", "about", "into", "following", "amid", "despite"})
GERUND_AFTER = frozenset({"of", "for"})
# A gerund right after a verb phrase that ends at most this many words after its verb is that verb's object: "ruled out
# ceding territory", "discussed lifting sanctions" (the longest English verb phrases without a "*" have 4 words).
# Hand-set; no change on PLOVER dev or PETRARCH2 (2026-11-27).
GERUND_OBJECT_BEFORE = 4

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
    actors = [_resident(view, a) for a in actors]
    before = [a for a in actors if window_start <= a.first and a.last <= predicate.first]
    after = [a for a in actors if a.first >= predicate.last and a.last <= clause_end]
    # an actor after a preposition ("talks with X during a visit") is no subject
    subjects = [a for a in before if a.marker_kind not in ("postposition", "agent", "location")
                and not _after_preposition(a)]
    if _infinitive_after_object(view, predicate, window_start):
        subjects = []
    shared = _participle_subject(view, actors, predicate, verb_starts)
    if shared is not None:  # "Russian forces shelled Kyiv, killing five civilians": the forces killed, not Kyiv
        subjects = shared
    if not subjects and _own_noun(view, predicate, verb_starts):
        # "the ILO reiterated its demand that Israel ...": the verb's subject is the noun's doer
        clause_start = max((a for a, _ in view.clauses if a <= predicate.first), default=0)
        subjects = [a for a in actors if clause_start <= a.first and a.last <= window_start
                    and a.marker_kind not in ("postposition", "agent", "location")]
    embedded = _embedded_noun(view, predicate, verb_starts)
    if embedded is not None:  # "blamed Israel for the bombing": Israel is what the blame is about, no bomber
        subjects = []
    if passive:
        agents = [a for a in after if a.marker_kind == "agent"][:1]
        sources = coordinated(actors, agents[0]) if agents else []
        target = subjects[-1] if subjects else None
        if target is None:  # "weapons were provided to Ukraine by Germany": the pattern's own preposition names it
            # (PETRARCH2 fp 30 → 29, PLOVER dev unchanged)
            markers = [m for m in predicate.pattern.targets if m not in (NONE_MARKER, "-")]
            target = next((a for a in after if a.marker_kind != "agent" and any(m in a.preceding for m in markers)),
                          None)
        return sources, (target, True), bool(agents)
    # "Druze inhabitants of the Syrian Golan Heights threatened": a place is no doer, the country word before it is
    # ... nor is a capital after a preposition ("supporters of Ben Bella blocked roads in the capital city of Algiers")
    doers = [a for a in subjects if can_act(a) and not (a.actor.type == PLACE_TYPE and _governed(a))]
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


def _prepositions() -> frozenset[str]:
    return marker_words("en", "postposition", "location", "agent") | OTHER_PREPOSITIONS


def _infinitive_after_object(view: SentenceView, predicate: PredicateMatch, window_start: int) -> bool:
    """A "to"-verb after an earlier verb of its clause: the actors between them are that verb's object, not this
    one's subject ("visited Mauritania to mediate", "urged Russia to withdraw": neither has Mauritania mediate,
    and Russia's withdrawal has not happened)."""
    first = predicate.first
    return bool(first) and view.keys[first - 1] == "to" and window_start not in {a for a, _ in view.clauses}


def _participle_subject(
    view: SentenceView, actors: list[PlacedActor], predicate: PredicateMatch, verb_starts: frozenset[int],
) -> list[PlacedActor] | None:
    """The subject an "-ing" verb after a comma shares with its clause's first verb, or None when it is no such
    participle: "Israel bombed Gaza, killing 20 Palestinians"."""
    first = predicate.first
    if not first or not view.keys[first].endswith("ing"):
        return None
    text = view.sentence.text
    if "," not in text[view.tokens[first - 1].end:view.tokens[first].start]:
        return None
    clause_start = max((a for a, _ in view.clauses if a <= first), default=0)
    verb = min((v for v in verb_starts if clause_start <= v < first), default=None)
    if verb is None:
        return None
    return [a for a in actors if clause_start <= a.first and a.last <= verb
            and a.marker_kind not in ("postposition", "agent", "location")]


def _own_noun(view: SentenceView, predicate: PredicateMatch, verb_starts: frozenset[int]) -> bool:
    """The predicate is a noun right after a verb and the subject's own possessive: "reiterated its demand"."""
    first = predicate.first
    return first >= 2 and view.keys[first - 1] in marker_words("en", "possessive") and (
        first - 2) in verb_starts


def _embedded_noun(view: SentenceView, predicate: PredicateMatch, verb_starts: frozenset[int]) -> int | None:
    """Where the noun phrase of a predicate used as a noun starts, when that phrase is the object of another verb or
    of a preposition ("rejected North Korea's demand", "killed 46 civilians in an attack"); else None."""
    keys = view.keys
    first = predicate.first
    if first and keys[first].endswith("ing") and keys[first - 1] in GERUND_AFTER:
        return first  # "accused Russia of violating the ceasefire": what the accusation is about
    if first and keys[first].endswith("ing") and _after_verb_phrase(view, first):
        return first  # "ruled out ceding territory": what is ruled out, not done
    verb = predicate.pattern.text.split()[0]
    if first and verb.startswith("@") and keys[first] == verb[1:] and keys[first - 1] in _prepositions() - {"to"}:
        return first  # "advised against travel to Tunisia", "bans on travel to Canada": a bare verb form is a noun
    if keys[first].endswith("ed"):  # "Washington along with its allies demanded": a verb, no noun
        return None
    start = None
    for at in range(predicate.first - 1, max(-1, predicate.first - 1 - NOMINAL_BEFORE), -1):
        possessive = view.tokens[at].text.endswith(("'s", "\u2019s"))
        if keys[at] in marker_words("en", "determiner", "possessive") or possessive:
            start = at
            break
    if start is None:
        return None
    owner = next((a for a in view.actors if a.first <= start < a.last), None)
    if owner is not None:
        start = owner.first
    if not start:
        return None
    if keys[start - 1] in _prepositions():
        return start
    # "rejected North Korea's demand", but "reiterated its demand" is the subject's own
    return start if (start - 1) in verb_starts and keys[start] not in marker_words("en", "possessive") else None


def _after_verb_phrase(view: SentenceView, first: int) -> bool:
    """A verb phrase ends right before ``first``, no comma between: "ruled out | ceding", but not "opened fire, |
    killing one", where the participle shares the verb's subject (``_participle_subject``)."""
    if "," in view.sentence.text[view.tokens[first - 1].end:view.tokens[first].start]:
        return False
    before = lexicon("en").find(view.tokens, first=max(0, first - GERUND_OBJECT_BEFORE), last=first)
    return any(p.last == first and p.pattern.text.startswith("@") for p in before)


def _resident(view: SentenceView, actor: PlacedActor) -> PlacedActor:
    """"ethnic Albanians in south Serbia": a people named as an ethnic group belong to the country they live in,
    the sentence's first place after "in", as the CAMEO coders code minorities."""
    if ETHNIC_WORD not in actor.preceding[-1:] or not actor.actor.country:
        return actor
    home = next((a.actor.country for a in view.actors if a.marker_kind == "location" and a.actor.country
                 and a.actor.type in ("country", "place")), None)
    if not home or home == actor.actor.country:
        return actor
    code = f"{home}{(actor.actor.code or '')[len(actor.actor.country):]}"
    return replace(actor, actor=replace(actor.actor, country=home, code=code))


def _subject_of_later(actor: PlacedActor, verb_starts: frozenset[int]) -> bool:
    """The actor is the subject of a later verb, no object: "condemned the attack, and EU leaders called for"."""
    return bool(verb_starts.intersection(range(actor.last, actor.last + SUBJECT_GAP + 1)))


def demanded(view: SentenceView, predicate: PredicateMatch, window_start: int) -> bool:
    """The predicate stands in what a demand or appeal asks for: "Greece demanded that its partners refuse to
    recognise ...", "urged that the council support ..." is asked of them, not done: the coder codes no event
    for it, whoever it names."""
    keys = view.keys
    that = next((i for i in range(predicate.first - 1, window_start - 1, -1) if keys[i] == THAT), None)
    if that is None:
        return False
    asking = lexicon("en").find(view.tokens, first=max(0, that - DEMAND_BEFORE_THAT), last=that)
    return any(p.pattern.cameo[:2] in ASKING_ROOTS for p in asking)


def _after_preposition(actor: PlacedActor) -> bool:
    """A joined actor after a preposition, an article aside: "the fight against Serb forces and ..." is no subject."""
    words = [w for w in actor.preceding if w not in _ARTICLES]
    return actor.marker_kind == "coordination" and bool(words) and words[-1] in _prepositions() - {"of"}


def _governed(actor: PlacedActor) -> bool:
    """The actor follows a preposition, articles and place words aside: "in the capital city of Algiers"."""
    words = [w for w in actor.preceding if w not in _ARTICLES]
    return bool(words) and words[-1] in _prepositions()


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
    """A past participle right after a determiner is an adjective: "the besieged town", "the occupied West Bank";
    so is a present participle between a determiner or possessive and its actor: "Jordan's visiting King Abdullah"
    (PLOVER dev .581 → .582)."""
    first = predicate.first
    if not predicate.pattern.text.startswith("@") or not first:
        return False
    markers = sentence_cues.markers
    after_determiner = (view.keys[first - 1],) in (*markers.get("determiner", ()), *markers.get("possessive", ()))
    if view.keys[first].endswith("ed"):
        return after_determiner
    # "Jordan's visiting King Abdullah", "the visiting Chinese premier": a present participle before its actor
    return (view.keys[first].endswith("ing") and predicate.last - first == 1
            and (after_determiner or view.tokens[first - 1].text.endswith(("'s", "\u2019s")))
            and any(a.first == predicate.last for a in view.actors))


def is_nominal(view: SentenceView, sentence_cues: Cues, predicate: PredicateMatch) -> bool:
    """A predicate used as a noun: a determiner or possessive stands at most NOMINAL_BEFORE words before it
    ("a meeting", "the final status talks", "its demand", "North Korea's demand"), or a gerund that is a verb's object
    ("ruled out ceding territory")."""
    keys = view.keys
    if predicate.first and keys[predicate.first].endswith("ing") and _after_verb_phrase(view, predicate.first):
        return True
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
    return placed_in(target, country)
