"""An event from a predicate and its actors: the final CAMEO code, modality, date, evidence span; and the
article's events deduplicated.

The coder (``coder.py``) finds predicates and their source and target; here the code is adjusted for what only
the whole clause shows (intent, refusal, a condition's threat, armed men's "criticism" that is force, a
politician's "attack" that is words), the clause is dated and its evidence cut from the sentence.
"""

from __future__ import annotations

from datetime import date

from ..model import Article, Event, Evidence, Location, event_id
from ..text.dates import DateMention
from .cameo import lookup, shifted_code
from .clause import GENERIC_HOW, UNNAMED_MARKER_KIND, PlacedActor, SentenceView
from .context import HOME_MARKER_KIND
from .cues import Cues, find_phrase, grammar, grammar_keys
from .lexicon import PredicateMatch
from .modality import (
    THREAT_ROOT,
    condition_party,
    consequence_doer,
    in_consequence,
    intent_before,
    is_negated,
    modality_of,
)

# Hindi future forms of cooperative acts ("दौरे पर जाएंगे") are coded as intent (root 03); those of
# conflict are not: "हमला करने वाले" (attackers) shares its form with "will attack".
HINDI_INTENT_QUAD_CLASSES = frozenset({1, 2})

# Quad classes of conflict, which a consequence of a condition threatens (verbal 3, material 4)
CONFLICT_QUAD_CLASSES = frozenset({3, 4})

# CAMEO 19 is conventional military force; shooting and rockets by attackers nobody names are unconventional
# violence (180), as the CAMEO manual and the BBC Hindi annotators code them. A named kind keeps its code
# ("नक्सलियों ने हमला किया" 190), as PETRARCH codes it.
FIGHT_ROOT, UNCONVENTIONAL_CODE = "19", "180"

# Hindi: parties, opposition, government and lawmakers of one country "attack" each other in words (CAMEO 111).
POLITICAL_SECTORS = ("GOV", "PTY", "OPP", "LEG")

# ... of which parties and the opposition speak only in words, whoever they target; a government (or its
# ministry) may "target" with force, a politician in person only in words.
PARTY_SECTORS = ("PTY", "OPP")

# Sectors of armed men (PETRARCH's agents): their "घेरा" and "पलटवार" are force (CAMEO 190), not criticism.
ARMED_SECTORS = ("MIL", "COP", "UAF", "REB", "INS", "SPY")

CRITICIZE_CODE = "111"

# Hindi: force (roots 18, 19) used by a crowd (a generic actor of grammar role ``rioting_actor``: protesters, rioters,
# a mob) is a violent protest, CAMEO 145.
FORCE_ROOTS = frozenset({"18", "19"})
RIOT_CODE = "145"

# English: an act announced for the future on a condition after it ("will withdraw its troops unless the
# ceasefire holds") is a threat (CAMEO 130), as the CAMEO manual reads conditional intent.
CONDITIONAL_THREAT_CODE = "130"



def irregular(source: PlacedActor) -> bool:
    """A doer nobody names: the unnamed actor, or the home country's unnamed attackers."""
    return source.marker_kind in (UNNAMED_MARKER_KIND, HOME_MARKER_KIND) and source.actor.code != (
        f"{source.actor.country}GOV")


def _rioters(source: PlacedActor) -> bool:
    """A generic crowd (grammar role ``rioting_actor``, by the English name the generic actor shows)."""
    return source.actor.how == GENERIC_HOW and source.actor.name in grammar()["rioting_actor"]


def _political_rivals(source: PlacedActor, target: PlacedActor | None) -> bool:
    """Two political actors (a party, the opposition, the government, lawmakers) of one country."""
    if target is None:
        return False
    codes = [(a.actor.country, (a.actor.code or "")[3:]) for a in (source, target)]
    return codes[0][0] is not None and codes[0][0] == codes[1][0] and all(
        sector in POLITICAL_SECTORS for _, sector in codes)


def _verbal_targeting(view: SentenceView, predicate: PredicateMatch, source: PlacedActor) -> bool:
    """A pattern of targeting (grammar_hi.tsv ``verbal_targeting``: "निशाना @बना") done by a politician (a person of
    a political sector, or a party or the opposition) in a sentence that names no weapon (``weapon_noun``)."""
    if predicate.pattern.text not in grammar()["verbal_targeting"]:
        return False
    sector = (source.actor.code or "")[3:]
    political = sector in POLITICAL_SECTORS and (source.actor.type == "person" or sector in PARTY_SECTORS)
    return political and grammar_keys("weapon_noun").isdisjoint(view.keys)


def _armed_reading(view: SentenceView, predicate: PredicateMatch, source: PlacedActor) -> bool:
    """A pattern of criticism that is force when armed men do it (grammar_hi.tsv ``armed_reading``: "को @घेर",
    "पलटवार @कर:पुं"): its doer is of an armed sector, or the sentence names a weapon or an army (``weapon_noun``)."""
    if predicate.pattern.text not in grammar()["armed_reading"]:
        return False
    return (source.actor.code or "")[3:] in ARMED_SECTORS or not grammar_keys("weapon_noun").isdisjoint(view.keys)


def event_from(
    article: Article,
    view: SentenceView,
    predicate: PredicateMatch,
    source: PlacedActor,
    target: PlacedActor | None,
    location: PlacedActor | None,
    reporters: tuple[str, ...],
    dates: list[DateMention],
    published: date | None,
    lang: str,
    sentence_cues: Cues,
    opinion: bool,
    *,
    carried_source: bool,
    confidence: float,
) -> Event:
    modality = modality_of(view, predicate, sentence_cues, opinion)
    negated = is_negated(view, predicate, lang)
    code = predicate.pattern.cameo
    if lang != "hi" and modality in ("intended", "asserted") and intent_before(view, predicate, sentence_cues):
        refused = shifted_code(code, "refused") if negated else None
        if refused:
            # "will not meet", "would not support": a refusal, which happened (CAMEO 12)
            code, negated, modality = refused, False, "asserted"
        elif not negated:
            code = shifted_code(code, "intended") or code
            if lookup(code).root != THREAT_ROOT and find_phrase(
                    view.keys, sentence_cues.phrases.get("condition", ()), predicate.last, len(view.keys)):
                code = CONDITIONAL_THREAT_CODE  # "will withdraw its troops unless ...": a threat
    elif (lang == "hi" and not negated and lookup(code).quad_class in CONFLICT_QUAD_CLASSES
          and lookup(code).root != THREAT_ROOT and in_consequence(view, predicate)):
        # "हमले जारी रहे तो कड़ा जवाब दिया जाएगा": an act of conflict on a condition is threatened (13), and the threat
        # is made
        code = shifted_code(code, "intended") or CONDITIONAL_THREAT_CODE
        code = code if lookup(code).root == THREAT_ROOT else CONDITIONAL_THREAT_CODE
        modality = "asserted"
        doer = consequence_doer(view, predicate, grammar_keys("ergative"))
        source = doer or source  # never a doer inside the condition ("कुर्द लड़ाकों ने हथियार नहीं डाले तो")
        party = condition_party(view, predicate)
        if party is not None and (target is None or target.actor.country == source.actor.country) and (
                party.actor.country != source.actor.country):
            target = party  # "इसराइल के हमले जारी रहे तो मिसाइलें दागी जाएंगी": aimed at the condition's doer
    elif (lang == "hi" and predicate.modality == "intended" and modality == "intended"
          and lookup(code).quad_class in HINDI_INTENT_QUAD_CLASSES):
        if not negated:
            # "दौरे पर जाएंगे", "मदद भेजेगा": the verb's own future is CAMEO's intent (036, 033)
            code = shifted_code(code, "intended") or code
        elif refused := shifted_code(code, "refused"):
            # "पाकिस्तान के साथ बातचीत नहीं करेगा": a future denied is a refusal, made now (125), as in English
            code, negated, modality = refused, False, "asserted"
    if lang == "hi" and code == CRITICIZE_CODE and _armed_reading(view, predicate, source):
        code = FIGHT_ROOT + "0"  # "सुरक्षा बलों ने आतंकियों को घेर लिया", "सेना ने पलटवार किया": force, not words
    if lang == "hi" and lookup(code).root == FIGHT_ROOT and irregular(source):
        code = UNCONVENTIONAL_CODE  # militants' shooting and rockets are assault (18), not war (19)
    if lang == "hi" and lookup(code).root in FORCE_ROOTS and _rioters(source):
        code = RIOT_CODE  # "प्रदर्शनकारियों ने दूतावासों पर हमला किया": a protest turned violent (145), no assault
    if lang == "hi" and code == FIGHT_ROOT + "0" and (
            _political_rivals(source, target) or _verbal_targeting(view, predicate, source)):
        # "विपक्ष ने सरकार पर हमला बोला": a party's attack on the government is in words; so is a politician's
        # "targeting" of another country ("ट्रंप ने चीन को निशाना बनाया") when no weapon is named
        code = CRITICIZE_CODE
    entry = lookup(code)
    sentence = view.sentence
    trigger_start = view.tokens[predicate.first].start
    trigger_end = view.tokens[predicate.last - 1].end
    spans = [trigger_start, trigger_end]
    if not carried_source and source.marker_kind != UNNAMED_MARKER_KIND:
        # a carried source stands in an earlier sentence or clause; an unnamed one nowhere
        spans += [source.actor.start, source.actor.end]
    if target is not None and target.actor.sentence == sentence.id:
        spans += [target.actor.start, target.actor.end]
    evidence_start, evidence_end = min(spans), max(spans)
    when, precision = date_for(dates, trigger_start, published)
    source_ref = source.actor.ref()
    target_ref = target.actor.ref() if target else None
    return Event(
        id=event_id(article.id, sentence.id, trigger_start, entry.code, source_ref, target_ref),
        **entry.event_fields(),
        source=source_ref, target=target_ref,
        date=when, date_precision=precision,
        location=Location(name=location.actor.name, country=location.actor.country,
                          entity=location.actor.entity) if location else None,
        reported_by=reporters, negated=negated, modality=modality,
        confidence=round(confidence, 2), sentence=sentence.id,
        evidence=Evidence(start=evidence_start, end=evidence_end,
                          text=sentence.text[evidence_start:evidence_end]),
        trigger=sentence.text[trigger_start:trigger_end],
    )


def date_for(dates: list[DateMention], position: int, published: date | None) -> tuple[str | None, str]:
    before = [d for d in dates if d.start < position]
    chosen = before[-1] if before else (dates[0] if dates else None)
    if chosen is not None:
        return chosen.value.isoformat(), chosen.precision
    if published is not None:
        return published.isoformat(), "published"
    return None, "published"


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (date, source, target, code) within an article; the first evidence wins."""
    seen: set[tuple] = set()
    out = []
    for event in events:
        key = (event.date, event.source.entity, event.source.code,
               event.target.entity if event.target else None, event.cameo, event.negated)
        if key in seen:
            continue
        seen.add(key)
        out.append(event)
    return out
