"""Hindi arguments: who did it and to whom, from the case markers after the noun phrases.

Hindi marks roles with postpositions after the phrase, not by position: the doer of a perfective verb
takes "ने" ("भारत ने"), or "द्वारा"/"की ओर से" in the passive; the target takes the marker the
predicate's pattern names ("पाकिस्तान पर हमला", "चीन से बातचीत", "अमेरिका की आलोचना"). A subject
without a marker is the first bare phrase of the clause window. An intransitive predicate ("मुलाकात हुई")
takes its doers from the genitive ("X की Y से", "X और Y के बीच"); with no actor on the target's marker, the
owner of the marked phrase is the target ("जापान के बयान की आलोचना").

Beside the arguments: which predicates are no verbs in context (``hindi_predicates``: a genitive "की", a
verbal noun, "मिलना" as getting) and which participles are acts (``concurrent_participles``: "निंदा करते हुए
कहा"), the doers of "X और Y के बीच संघर्ष" (``between``), and whom an object pronoun ("उन्हें") stands for
(``named_referent``, ``object_pronoun``). English arguments are in ``english.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..text.normalize import fold
from .cameo import lookup, shifted_code
from .clause import GENERIC_HOW, LOCATION_TYPES, NONE_MARKER, PERSON_TYPES, PlacedActor, SentenceView, coordinated
from .context import MEDIA_SECTOR, is_count_word
from .cues import Cues, find_phrase, grammar, grammar_keys, grammar_phrases, phrase_at, phrase_ending
from .lexicon import FRONTED_ADVERBIAL_WORDS, FRONTED_SUBJECT_WORDS, GAP, PredicateMatch, is_verb_element

# A demand's noun stands at most this many words before its "कि" ("मांग की है कि", "अपील की थी कि").
DEMAND_WINDOW = 4
# A verbless predicate ending in a marker ("दौरे पर") is the object of a predicate at most this many words after it
# that takes that marker ("ताइवान दौरे पर कड़ी आपत्ति जताई"). Hand-set on our own sentences.
OBJECT_MARKER_GAP = 2
# The function words these rules name (ergative "ने", genitives, "बीच", "हुए", intransitive and getting verbs)
# are data: events/data/grammar_hi.tsv, read by cues.grammar().
# "मोदी की पुतिन से मुलाकात हुई", "भारत और ब्रिटेन के बीच समझौता हुआ": a predicate ending in an intransitive verb
# ("happened", "came about") has no "ने"; its doers stand in the genitive, before a target ("X की Y से") or before
# "बीच" ("X और Y के बीच"), each then acting on the other.
BETWEEN_NOUN_WORDS = 2  # "रूस और यूक्रेन के प्रतिनिधिमंडलों के बीच": the group's noun and its "के"
# "ईरान के परमाणु ठिकानों पर": at most this many words of a noun phrase between its owner's genitive and its marker.
POSSESSED_WORDS = 3
POSSESSED_COORDINATED_WORDS = 6
# "ईरान के तेल कारोबार से जुड़ी कई कंपनियों और जहाज़ों पर": a phrase linked to the owner's noun ("से जुड़ी", role
# ``possessed_link``) may be this long.
POSSESSED_LINKED_WORDS = 8
# "पाकिस्तान के आतंकी ठिकानों पर", "पाकिस्तान सीमा पर": at most this many words after a bare phrase.
BARE_OWNED_WORDS = 2
# "रूस की संघीय एकाधिकार रोधी सर्विस ने": at most this many words of an unknown body's name after its country.
OWNED_BODY_WORDS = 7
# "पुतिन और ट्रंप की अलास्का में मुलाकात हुई": at most this many words of a place between the doers and the predicate.
PLACE_WORDS = 3
DOER_ADVERBIALS = 2  # "... की जून 2018 में सिंगापुर में मुलाकात हुई": a time and a place
BODIES_WITHOUT_COUNTRY = ("IGO", "NGO")  # organisations "उन्हें" does not stand for

Arguments = tuple[list[PlacedActor], tuple[PlacedActor | None, bool], bool]


def hindi_arguments(
    actors: list[PlacedActor], predicate: PredicateMatch, window_start: int, keys: list[str] | None = None
) -> Arguments:
    """Source and target of a Hindi predicate from the case markers of the actors before it.

    Returns the sources (joined by "और"), the target with whether it carries the pattern's first-choice
    marker, and whether the source was marked ("X ने").
    """
    # "अमेरिकी राजदूत को तलब किया": an actor may end inside the pattern that names its office
    before = [a for a in actors if a.last <= predicate.first or a.first < predicate.first < a.last < predicate.last]
    in_window = [a for a in before if a.first >= window_start]
    agents = [a for a in before if a.marker_kind == "agent"]
    # "भारत ने अमेरिका द्वारा लगाए गए टैरिफ का विरोध किया": beside a doer's "ने", an "X द्वारा" is the agent of a
    # participle inside a noun phrase: no doer, but whom the act answers when the pattern's own target is no actor
    modifier_agents = [a for a in in_window if a.marker in grammar()["modifier_agent"]] if any(
        a.marker in grammar()["ergative"] for a in agents) else []
    agents = [a for a in agents if a not in modifier_agents]
    if keys is not None and any(a.marker_kind == "none" for a in in_window):
        # "उमेरोव ने बताया कि दोनों पक्ष ... राजी हो गए": a subject of its own after a "कि" outranks the doer before it
        agents = [a for a in agents if grammar_keys("complementizer").isdisjoint(keys[a.last:predicate.first])]
    # "उड़ानों पर भारत ने रोक लगाई": a fronted match (``Lexicon._fronted``) holds its doer; no "*" skips a "ने"
    agents += [a for a in actors if predicate.first < a.first and a.last < predicate.last and a.marker_kind == "agent"]
    owner = None if agents or keys is None else _owner_of_unknown_doer(keys, in_window, predicate.first)
    marked = bool(agents) or owner is not None
    if agents:
        source = agents[-1]
    elif owner is not None:
        source = owner
    else:
        bare = [a for a in in_window if a.marker_kind == "none"]
        source = bare[0] if bare else None
    sources = coordinated(actors, source) if source else []
    getting = grammar()["getting_verb"]
    received = keys is not None and predicate.pattern.text.endswith(getting) and predicate.pattern.text not in getting
    if received:
        sources = []  # "X को Y का समर्थन मिला": only a genitive gives; a bare phrase is no giver
    if not sources and keys is not None:
        sources = _genitive_doers(actors, in_window, predicate, keys)
        marked = bool(sources)
    if received and not sources:  # "यूक्रेन को अमेरिका से मदद मिली": or the "से" phrase
        givers = [a for a in in_window if a.marker in grammar()["giver_postposition"]]
        sources, marked = coordinated(actors, givers[-1]) if givers else [], bool(givers)
    nominal = keys is not None and predicate.pattern.text.endswith(grammar()["nominal_end"])
    if nominal:
        sources = []  # "मोदी की अमेरिका यात्रा के दौरान": the bare phrase is where, the doer comes below
    target, preferred = None, False
    for rank, marker in enumerate(predicate.pattern.targets):
        if marker == "-":
            break
        candidates = [a for a in in_window if a not in sources and _has_marker(a, marker)]
        if marker == NONE_MARKER:
            # a bare verb ("आए", "पहुंचे") takes only the phrase right before it ("भारत आए", not "X से फोन आया")
            bare_verb = len(predicate.pattern.elements) == 1
            candidates = [a for a in candidates if a.last == predicate.first or (a is in_window[-1] and not bare_verb)]
        elif not candidates:
            # an earlier predicate of the clause may stand between ("X पर उल्लंघन करने का आरोप लगाया")
            candidates = [a for a in before if a not in sources and a.first >= _source_end(sources)
                          and _has_marker(a, marker)]
        if candidates:
            target, preferred = candidates[-1], rank == 0
            break
    if target is None:
        target = _in_gap(actors, sources, predicate)
    if target is None and keys is not None:
        target = _possessor(in_window, sources, predicate, keys)
    if target is None and "-" not in predicate.pattern.targets:
        countries = {a.actor.country for a in sources}
        answered = [a for a in modifier_agents if a.actor.country not in countries]
        target = answered[-1] if answered else None
    if nominal and target is not None:
        # "मोदी की अमेरिका यात्रा के दौरान": a named event's doer is the genitive before its target
        owners = [a for a in in_window if a.last < target.first and a.marker in grammar()["nominal_doer_genitive"]]
        sources, marked = (coordinated(actors, owners[-1]), True) if owners else ([], False)
    return sources, (target, preferred), marked


def _in_gap(actors: list[PlacedActor], sources: list[PlacedActor], predicate: PredicateMatch) -> PlacedActor | None:
    """"अपने नागरिकों को ईरान से निकाला" ("नागरिकों को * से @निकाल"): an actor in the words a pattern's "*" skipped, with
    one of the pattern's target markers, is the target."""
    if GAP not in predicate.pattern.text.split():
        return None
    markers = [m for m in predicate.pattern.targets if m not in (NONE_MARKER, "-")]
    inside = [a for a in actors if predicate.first < a.first and a.last < predicate.last and a not in sources
              and any(_has_marker(a, m) for m in markers)]
    return inside[0] if inside else None


def _owner_of_unknown_doer(keys: list[str], in_window: list[PlacedActor], verb: int) -> PlacedActor | None:
    """"रूस की संघीय एकाधिकार रोधी सर्विस ने": a body the KB does not know, marked "ने", acts for the country
    whose genitive stands right before its name (at most ``OWNED_BODY_WORDS`` words, none a news medium's)."""
    words = grammar()
    ergative = [i for i in range(verb) if keys[i] in words["ergative"]]
    if not ergative:
        return None
    at = ergative[-1]
    if not grammar_keys("complementizer").isdisjoint(keys[at:verb]):
        return None  # "X के प्रमुख ने बताया कि ...": the "ने" is the teller's, before the told clause
    owners = [a for a in in_window if a.last < at and a.marker_kind == "genitive" and a.actor.type == "country"]
    if not owners:
        return None
    owner = owners[-1]
    between = keys[owner.last + 1:at]
    if not between or len(between) > OWNED_BODY_WORDS or any(a.first > owner.last and a.first < at for a in in_window):
        return None
    return None if not grammar_keys("media_word").isdisjoint(between) else owner


def _possessor(
    in_window: list[PlacedActor], sources: list[PlacedActor], predicate: PredicateMatch, keys: list[str]
) -> PlacedActor | None:
    """"जापान के बयान की आलोचना", "भारत के रुख़ का समर्थन": the owner of the marked noun phrase is the target."""
    markers = tuple(tuple(m.split()) for m in predicate.pattern.targets if m not in (NONE_MARKER, "-"))
    starts = {a.first for a in in_window}
    for actor in reversed(in_window):
        if actor in sources or actor.marker_kind not in ("genitive", "none"):
            continue
        # "जापान के बयान की": after the genitive; "पाकिस्तान के आतंकी ठिकानों पर": a bare phrase's noun follows it
        after = actor.last + 1 if actor.marker_kind == "genitive" else actor.last
        if actor.marker_kind == "genitive" and after < len(keys) and keys[after] in grammar_keys("mediation_noun"):
            continue  # "ब्राजील की मध्यस्थता से ... सहमति जताई": the mediator (events/mediation.py) is no target
        most = POSSESSED_LINKED_WORDS if actor.marker_kind == "genitive" else BARE_OWNED_WORDS
        for words in range(1, most + 1):
            end = after + words
            if end >= predicate.first + 1 or starts.intersection(range(after, end)):
                break
            # "ईरान के परमाणु ठिकानों और सैन्य अड्डों पर": two owned nouns joined by "और" make a longer phrase
            if words > POSSESSED_WORDS and grammar_keys("coordinator").isdisjoint(keys[after:end]):
                continue
            if words > POSSESSED_COORDINATED_WORDS and grammar_keys("possessed_link").isdisjoint(keys[after:end]):
                continue
            if phrase_at(keys, markers, end) is not None and end < predicate.first:
                return actor
    return None


def _genitive_doers(
    actors: list[PlacedActor], in_window: list[PlacedActor], predicate: PredicateMatch, keys: list[str]
) -> list[PlacedActor]:
    """The doers of an intransitive predicate: "X की Y से मुलाकात हुई" (or "Y से X की मुलाकात हुई"), "X और Y के बीच
    बातचीत हुई"."""
    if not predicate.pattern.text.endswith(grammar()["intransitive_verb"]):
        return []
    markers = {m for m in predicate.pattern.targets if m not in (NONE_MARKER, "-")}
    words = grammar()
    for actor in reversed([a for a in in_window if a.marker_kind == "genitive"]):
        # "X और Y के बीच", "मोदी और ट्रंप की मुलाकात हुई": the joined genitives act on each other (X keeps its
        # coordinator, since roles are not shared across a genitive)
        joined = _joined_before(actors, actor)
        doers = actor.marker in words["doer_genitive"] and _right_before(keys, actor.last + 1, predicate.first)
        if len(joined) > 1 and (_names_between(actor, actors, keys) or doers):
            return joined
        if actor.marker in words["doer_genitive"] and any(
                (a.first > actor.last or actor.last + 1 == predicate.first)
                and a.marker in markers and a.marker_kind == "postposition" for a in in_window):
            return coordinated(actors, actor)
    return []


def _right_before(keys: list[str], end: int, predicate_first: int) -> bool:
    """Nothing but adverbials of time or place ("जून 2018 में सिंगापुर में", at most ``DOER_ADVERBIALS``) and
    adjectives of the event (grammar role ``event_adjective``: "ऐतिहासिक मुलाकात") between a genitive doer and the
    predicate."""
    gap = keys[end:predicate_first]
    adjectives, locatives = grammar_keys("event_adjective"), grammar_keys("location")
    while gap and gap[-1] in adjectives:
        gap = gap[:-1]
    for _ in range(DOER_ADVERBIALS):
        if not gap:
            break
        ends = [i for i, key in enumerate(gap[:-1]) if key in locatives]
        start = ends[-1] + 1 if ends else 0
        if gap[-1] not in locatives or len(gap) - start > PLACE_WORDS + 1:
            return False
        gap = gap[:start]
    return not gap


def passive_between(actors: list[PlacedActor], predicate: PredicateMatch, start: int,
                    keys: list[str]) -> list[PlacedActor]:
    """The doers of a passive act "X और Y के बीच" names, each acting on the other ("भारत और अमेरिका के बीच समझौते पर
    हस्ताक्षर किए गए"), as for an intransitive one ("... के बीच समझौता हुआ")."""
    for actor in reversed([a for a in actors if start <= a.first and a.last <= predicate.first
                           and a.marker_kind == "genitive"]):
        joined = _joined_before(actors, actor)
        if len(joined) > 1 and _names_between(actor, actors, keys):
            return joined
    return []


def _names_between(actor: PlacedActor, actors: list[PlacedActor], keys: list[str]) -> bool:
    """The genitive ``actor`` is the last of "X और Y के बीच"."""
    return actor.marker in grammar()["between_genitive"] and _between_follows(keys, actor.last, actors)


def _joined_before(actors: list[PlacedActor], actor: PlacedActor) -> list[PlacedActor]:
    """The actor with those joined to it by "और" before it."""
    index = actors.index(actor)
    first = index
    while first > 0 and (actors[first - 1].joined or actors[first - 1].marker_kind == "coordination"):
        first -= 1
    return actors[first:index + 1]


def _between_follows(keys: list[str], at: int, actors: list[PlacedActor]) -> bool:
    """"के बीच" follows the genitive at ``at``, at once or after the group's noun ("के प्रतिनिधिमंडलों के बीच")."""
    for gap in range(BETWEEN_NOUN_WORDS + 1):
        end = at + 1 + gap
        words = grammar()
        if end < len(keys) and keys[end] in words["between"] and (
                gap == 0 or keys[end - 1] in words["between_genitive"]):
            return not any(at < a.first < end for a in actors)
    return False


def relative_antecedent(
    view: SentenceView, start: int, end: int, role: str, markers: tuple[str, ...] = (), *, doer_first: bool = False
) -> tuple[bool, PlacedActor | None]:
    """"अमेरिका ने हूतियों पर हमला किया, जिन्होंने जहाजों को निशाना बनाया": whether a relative pronoun of
    ``role`` (grammar_hi.tsv: ``relative_agent`` "जिन्होंने", ``relative_object`` "जिन्हें", ``relative_oblique``
    "जिस", "जिन" followed by one of ``markers``: "रिफ़ाइनरी, जिस पर प्रतिबंध लगाए") stands in ``keys[start:end]``,
    and the actor it stands for: the last one before it that is no place. With ``doer_first`` (role
    ``relative_genitive``: "अमेरिका ने अभ्यास किया, जिसकी वेनेजुएला ने आलोचना की"), the pronoun stands for an act,
    laid against its doer ("ने") when the clause before names one."""
    keys, words = view.keys, grammar_keys(role)
    folded = {fold(m.split()[0]) for m in markers}
    at = next((i for i in range(start, end) if keys[i] in words
               and (not markers or (i + 1 < end and keys[i + 1] in folded))), None)
    if at is None:
        return False, None
    before = [a for a in view.actors if a.last <= at]
    doers = [a for a in before if a.marker_kind == "agent"] if doer_first else []
    others = [a for a in before if a.actor.type not in LOCATION_TYPES]
    return True, (doers[-1] if doers else others[-1] if others else None)


def in_relative_clause(keys: list[str], start: int, end: int) -> bool:
    """"पुलिस उन पर्यटकों से पूछताछ कर रही है जो फरवरी में नेपाल से भारत आए थे": a relative pronoun that is its clause's subject
    (grammar role ``relative_subject``) stands in ``keys[start:end]`` (``end``: the predicate's first word) with no
    auxiliary after it (role ``membership_auxiliary``: "है", "थे") that would close the relative clause before it."""
    relatives, auxiliaries = grammar_keys("relative_subject"), grammar_keys("membership_auxiliary")
    at = next((i for i in range(end - 1, start - 1, -1) if keys[i] in relatives), None)
    return at is not None and auxiliaries.isdisjoint(keys[at + 1:end])


def requesters(actors: list[PlacedActor], predicate: PredicateMatch, start: int,
               role: str = "request_marker") -> list[PlacedActor]:
    """"भारत ने श्रीलंका और मालदीव के अनुरोध पर ईंधन भेजा": those at whose request the act was done (an actor marked by
    a postposition of grammar role ``role``: ``request_marker``, or ``pressure_marker`` for "under X's pressure"), in
    ``[start, predicate.first)``."""
    markers = {" ".join(words) for words in grammar_phrases(role)}
    found = [a for a in actors if start <= a.first and a.last <= predicate.first and a.marker in markers]
    return coordinated(actors, found[-1]) if found else []


def weapon_owner(keys: list[str], actors: list[PlacedActor], predicate: PredicateMatch) -> PlacedActor | None:
    """"कीव पर रूसी ड्रोन और मिसाइलों से हमला किया गया": a passive attack's doer is the country whose adjective
    stands before its weapons."""
    weapons = grammar_keys("weapon_noun")
    owners = [a for a in actors if a.last < predicate.first and a.actor.type == "country" and a.last < len(keys)
              and keys[a.last] in weapons]
    return owners[-1] if owners else None


def headline_doers(
    actors: list[PlacedActor], predicate: PredicateMatch, target: PlacedActor | None, clause_end: int
) -> list[PlacedActor]:
    """A headline's doer where the body's grammar finds none: the genitive before the target ("इसराइल का ईरान पर
    हमला", "ट्रंप की पुतिन से मुलाकात"), else the bare phrase right after the predicate ("पुतिन से मिले मोदी",
    "किम जोंग से मुलाकात करने पहुंचे रूस के रक्षा मंत्री")."""
    words = grammar()
    owners = [a for a in actors if a.last <= predicate.first and a is not target and a.marker in words["doer_genitive"]
              and (target is None or a.last <= target.first)]
    if owners:
        return coordinated(actors, owners[0])
    after = [a for a in actors if a.first >= predicate.last and a.last <= clause_end and a.marker_kind == "none"]
    return coordinated(actors, after[0]) if after else []


def concurrent_participles(keys: list[str], predicates: list[PredicateMatch]) -> list[PredicateMatch]:
    """"X ने Y की निंदा करते हुए कहा", "आरोप लगाते हुए कहा": a participle in "-ते हुए" is an act done alongside
    the finite verb, not embedded in it; it happened (asserted), unlike "निंदा करने" or "मिलने". So does a
    conjunctive participle ("राजदूत को तलब कर विरोध दर्ज कराया") before another predicate of its clause; without one
    its "कर" is part of a compound verb, as before a vector verb ("हमला कर बैठे", "हमला कर पाए")."""
    participles = grammar()["concurrent_participle"]
    conjunctive, vectors = grammar()["conjunctive_participle"], grammar_keys("compound_vector")
    # "पुतिन से मिलकर अपील की": a one-word conjunctive form counts only after its target's marker ("मिलकर" alone
    # is as often "together": "दोनों देश मिलकर काम करेंगे")
    phrases = grammar_phrases("conjunctive_phrase")
    return [replace(p, modality="asserted") if p.modality == "nonfinite" and (
        keys[p.last - 1] in participles or ((keys[p.last - 1] in conjunctive or phrase_ending(
            keys, phrases, p.last) is not None) and index + 1 < len(predicates)
                                            and (p.last == len(keys) or keys[p.last] not in vectors)))
        else p for index, p in enumerate(predicates)]


def hindi_predicates(
    view: SentenceView, sentence_cues: Cues, predicates: list[PredicateMatch], actors: list[PlacedActor], first: int
) -> list[PredicateMatch]:
    """The predicates of a clause that are verbs in context."""
    keys = view.keys
    # "हमले की जांच की मांग की": a "की" right before another predicate is a genitive, not the verb
    genitives = sentence_cues.markers.get("genitive", ())
    starts = {p.first for p in predicates}
    predicates = [p for p in predicates if not ((keys[p.last - 1],) in genitives and p.last in starts)]
    # "बातचीत की मेज पर लौटने को कहा": a "की" before a noun is a genitive; as the verb it ends its clause or
    # comes before an auxiliary or a conjunction ("निंदा की और", "मुलाकात की थी")
    predicates = [p for p in predicates if not ((keys[p.last - 1],) in genitives and _noun_follows(view, p.last))]
    # "हमें एक घर मिला", "पार्टी को सीटें मिलीं": with a dative subject मिलना is getting, not meeting
    datives = sentence_cues.markers.get("dative", ())
    # "चरमपंथियों से बातचीत के मुद्दे को जगह मिल रही है": a "को" phrase after the "से" one is who gets
    predicates = [p for p in predicates if p.pattern.text not in grammar()["getting_verb"] or not (
        find_phrase(keys, datives, first, p.first) is not None
        or any(a.marker == "को" and a.last <= p.first for a in actors)
        or _dative_after_source(keys, actors, first, p.first))]
    # "इटली आने-जाने वाले विमानों पर रोक": a bare verb's non-finite form ("आने", "पहुंचने") is no act by itself
    predicates = [p for p in predicates if p.modality != "nonfinite" or len(p.pattern.elements) > 1]
    # "हथियार डालने की इसराइली माँग": a non-finite verb before a genitive is a verbal noun, no event
    predicates = [p for p in predicates if p.modality != "nonfinite" or phrase_at(keys, genitives, p.last) is None]
    # "मांग रखी कि यूक्रेन सेना हटा ले": the act asked for after a demand's or an appeal's "कि" has not happened
    predicates = [p for p in predicates if not demanded_after(keys, first, p.first)]
    # "देश में अब तक मिले 34 मरीजों": a bare verb before a count is a participle of the counted noun, no act
    predicates = [p for p in predicates if not (len(p.pattern.elements) == 1 and p.last < len(keys)
                                                and is_count_word(keys[p.last]) and _adjacent(view, p.last))]
    # "ताइवान दौरे पर कड़ी आपत्ति जताई": a verbless "दौरे पर" whose "पर" a predicate right after it takes is its object
    predicates = [p for p in predicates if not _object_of_next(keys, p, predicates)]
    # "चीन की यात्रा करने वाले लोगों": "V-ने वाले" before a noun names who does it, no act ("मिलने वाले हैं" is one)
    return [p for p in predicates if not _agent_participle(view, p)]


def _adjacent(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` follows the one before it with no punctuation between ("मिले 34", not "कहा, 29")."""
    tokens = view.tokens
    return not view.sentence.text[tokens[index - 1].end:tokens[index].start].strip()


def _object_of_next(keys: list[str], predicate: PredicateMatch, predicates: list[PredicateMatch]) -> bool:
    """Whether a predicate with no verb ends in a marker that a predicate starting at most ``OBJECT_MARKER_GAP`` words
    after it takes for its target: then it names what the later act is about, not an act of its own."""
    if any(map(is_verb_element, predicate.pattern.elements)):
        return False
    marker = keys[predicate.last - 1]
    return any(0 <= later.first - predicate.last <= OBJECT_MARKER_GAP and marker in later.pattern.targets
               for later in predicates if later is not predicate)


def demanded_after(keys: list[str], start: int, at: int) -> bool:
    """Whether ``keys[at]`` stands after a demand's or an appeal's "कि" in its clause (from ``start``): a word of
    grammar role ``demand_noun`` at most ``DEMAND_WINDOW`` words before the last "कि" before it ("मांग की है कि
    इसराइल हमले रोके"); "..., लेकिन कीव ने इसे खारिज कर दिया" is a clause of its own."""
    complementizers = grammar_keys("complementizer")
    that = next((i for i in range(at - 1, start - 1, -1) if keys[i] in complementizers), None)
    return that is not None and not grammar_keys("demand_noun").isdisjoint(keys[max(0, that - DEMAND_WINDOW):that])


def _agent_participle(view: SentenceView, predicate: PredicateMatch) -> bool:
    """The predicate ends in "वाला/वाली/वाले" (grammar role ``agent_participle``) and a word other than an auxiliary
    (role ``membership_auxiliary``) follows it in the clause, with no punctuation between."""
    keys, at = view.keys, predicate.last
    if at < len(keys) and keys[at] in grammar_keys("agent_participle") and predicate.modality == "nonfinite":
        at += 1  # "इन पर हमला करने | वालों को सजा": the match stops at the infinitive, the participle follows
    if keys[at - 1] not in grammar_keys("agent_participle") or at >= len(keys):
        return False
    gap = view.sentence.text[view.tokens[at - 1].end:view.tokens[at].start]
    return not gap.strip() and keys[at] not in grammar_keys("membership_auxiliary")


def _dative_after_source(keys: list[str], actors: list[PlacedActor], first: int, verb: int) -> bool:
    """A "को" between the last "X से" before the verb and the verb ("X से ... Y को ... मिला")."""
    start = max((a.last for a in actors if a.marker == "से" and first <= a.last <= verb), default=first)
    return not grammar_keys("getting_dative").isdisjoint(keys[start:verb])


def _noun_follows(view: SentenceView, at: int) -> bool:
    """The token at ``at`` follows without punctuation and is none of the words that follow a finite verb."""
    if at >= len(view.tokens):
        return False
    gap = view.sentence.text[view.tokens[at - 1].end:view.tokens[at].start]
    return not gap.strip() and view.keys[at] not in grammar_keys("after_verb")


def decided_acts(keys: list[str], predicates: list[PredicateMatch]) -> list[PredicateMatch]:
    """"गोलीबारी रोकने का फैसला किया", "प्रतिबंध लगाने की घोषणा की": an act decided or announced is done, not
    embedded in the decision (asserted, so the verbal-noun and embedding rules keep it). Talks or a meeting decided
    ("बातचीत शुरू करने का फैसला किया", role ``decided_intent_root``) are only intended: CAMEO's intent (036)."""
    links = grammar_keys("decision_link")
    intent_roots = grammar_keys("decided_intent_root")
    out: list[PredicateMatch] = []
    for p in predicates:
        if not (p.modality == "nonfinite" and p.last < len(keys) and keys[p.last] in links
                and _decided(keys, p.last + 1)):
            out.append(p)
            continue
        code = shifted_code(p.pattern.cameo, "intended") if lookup(p.pattern.cameo).root in intent_roots else None
        out.append(replace(p, modality="asserted", pattern=replace(p.pattern, cameo=code)) if code
                   else replace(p, modality="asserted"))
    return out


def embedded_acts(keys: list[str], predicates: list[PredicateMatch]) -> list[PredicateMatch]:
    """"इसराइल पर हमला करने की धमकी दी", "प्रतिबंध हटाने का वादा किया", "वीजा देने से इनकार किया": a verb of
    threat, promise or refusal after "V-ने का/की/से" gives way to the act it governs, coded as its threat,
    intent or refusal (``events/data/code_shifts.tsv``; a threat of anything else is the governing verb's own).
    """
    words = grammar()
    out: list[PredicateMatch] = []
    skip = -1
    for index, predicate in enumerate(predicates):
        if index == skip:
            continue
        governing = predicates[index + 1] if index + 1 < len(predicates) else None
        shift = _governing_shift(keys, predicate, governing, words)
        if governing is None or shift is None:
            out.append(predicate)
            continue
        root = lookup(governing.pattern.cameo).root
        code = shifted_code(predicate.pattern.cameo, shift)
        code = code if code and lookup(code).root == root else governing.pattern.cameo
        # whom the governing verb names comes first ("ट्रंप को मॉस्को आने का न्योता दिया": Trump is invited), then
        # the act's own target ("इसराइल पर हमला करने की धमकी दी")
        named = [t for t in governing.pattern.targets if t != "-"]
        targets = tuple(dict.fromkeys([*named, *predicate.pattern.targets]))
        out.append(replace(predicate, last=governing.last, modality="asserted",
                           pattern=replace(predicate.pattern, cameo=code, targets=targets,
                                           text=f"{predicate.pattern.text} {keys[predicate.last]} "
                                                f"{governing.pattern.text}")))
        skip = index + 1
    return out


def _governing_shift(keys: list[str], act: PredicateMatch, governing: PredicateMatch | None,
                     words: Mapping[str, tuple[str, ...]]) -> str | None:
    """"intended" or "refused" when ``governing`` is a bare verb of threat, promise or refusal right after the
    non-finite ``act`` and its linking word ("करने की धमकी", "देने से इनकार"), or after the doer's "X ने" that
    follows them ("निकालने से सरकार ने इनकार किया"); else None."""
    if governing is None or act.modality != "nonfinite" or governing.first <= act.last:
        return None
    between = keys[act.last + 1:governing.first]
    # "छात्रों को निकालने से | सरकार ने | इनकार किया": the doer's "X ने" may stand between, as in a fronted match
    if between and (len(between) > FRONTED_SUBJECT_WORDS + FRONTED_ADVERBIAL_WORDS + 1
                    or grammar_keys("ergative").isdisjoint(between)):
        return None
    link = keys[act.last]
    root = lookup(governing.pattern.cameo).root
    if root in words["governing_intent_root"] and link in words["governing_genitive"]:
        return "intended"
    if root in words["governing_refusal_root"] and link in words["governing_ablative"]:
        return "refused"
    return None


def ready_acts(keys: list[str], predicates: list[PredicateMatch]) -> list[PredicateMatch]:
    """"X से मिलने को तैयार", "समझौता करने के लिए तैयार": an act someone is ready for is intended."""
    out = []
    for p in predicates:
        link = phrase_at(keys, grammar_phrases("ready_link"), p.last) if p.modality == "nonfinite" else None
        at = p.last + len(link) if link else None
        out.append(replace(p, modality="intended") if at is not None and at < len(keys)
                   and keys[at] in grammar_keys("ready_word") else p)
    return out


def purpose_acts(keys: list[str], predicates: list[PredicateMatch], end: int) -> list[PredicateMatch]:
    """"भारत ने छात्रों को यूक्रेन से निकालने के लिए विमान भेजे": the last predicate of a clause, a purpose whose
    means were then sent or launched (grammar roles ``purpose_link``, ``purpose_means``), was carried out
    (asserted). With an event after it ("हमला करने के लिए सैनिक भेजे") it stays embedded in that event."""
    if not predicates or predicates[-1].modality != "nonfinite":
        return predicates
    act = predicates[-1]
    link = phrase_at(keys, grammar_phrases("purpose_link"), act.last)
    if link is None or find_phrase(keys, grammar_phrases("purpose_means"), act.last + len(link), end) is None:
        return predicates
    return [*predicates[:-1], replace(act, modality="asserted")]


def future_passives(keys: list[str], predicates: list[PredicateMatch]) -> list[PredicateMatch]:
    """"नेपाल को टीके भेजे जाएंगे": a perfective verb before a future auxiliary of the passive (grammar role
    ``future_passive``) is the act's own future, as "भेजेगा" is (intended)."""
    futures = grammar_phrases("future_passive")
    return [replace(p, modality="intended") if p.modality == "asserted" and phrase_at(keys, futures, p.last)
            else p for p in predicates]


def _decided(keys: list[str], at: int) -> bool:
    """A decision noun and its perfective verb at ``at``: "फैसला किया", "निर्णय लिया", "घोषणा की", or a decision
    signed ("आदेश पर दस्तखत किए", role ``decision_signature``)."""
    if not (at < len(keys) and keys[at] in grammar_keys("decision")):
        return False
    signed = phrase_at(keys, grammar_phrases("decision_signature"), at + 1)
    verb = at + 1 + (len(signed) if signed else 0)
    return verb < len(keys) and keys[verb] in grammar_keys("decision_verb")


def background_occurrence(keys: list[str], predicate: PredicateMatch) -> bool:
    """An occurrence named as what something answers: "हमले के जवाब में", "हमले के बदले"."""
    at = predicate.last
    return (at + 1 < len(keys) and keys[at] in grammar_keys("background_genitive")
            and keys[at + 1] in grammar_keys("background_noun"))


def between(before: list[PlacedActor], predicate: PredicateMatch) -> list[PlacedActor]:
    """"इसराइल और हमास के बीच संघर्ष": the actors joined by "और" before "के बीच", each acting on the other.

    A kind of actor with its owner before it ("हमास के चरमपंथियों") stands for that owner."""
    if not before or before[-1].last != predicate.first:
        return []
    last = len(before) - 1
    unit = before[last]
    owner = before[last - 1] if last > 0 else None
    if owner is not None and owner.marker_kind == "genitive" and not owner.joined and owner.last + 1 == unit.first:
        last -= 1
        if unit.actor.how == GENERIC_HOW:
            unit = before[last]
    first = last
    while first > 0 and (before[first - 1].joined or before[first - 1].marker_kind == "coordination"):
        first -= 1
    return [*before[first:last], unit] if first < last else []


def _last_ergative(keys: list[str]) -> int | None:
    """Where the sentence's last "ने" stands, if it has one."""
    ergative = grammar()["ergative"]
    return next((i for i in range(len(keys) - 1, -1, -1) if keys[i] in ergative), None)


def unlinked_subject(view: SentenceView, sentence_cues: Cues) -> bool:
    """The sentence's last "ने" follows no actor and no pronoun: its subject is someone the KB does not know."""
    keys = view.keys
    at = _last_ergative(keys)
    if not at:
        return False
    pronouns = {words[-1] for words in sentence_cues.markers.get("pronoun", ())}
    return keys[at - 1] not in pronouns and not any(a.last == at for a in view.actors)


def named_subject(view: SentenceView) -> PlacedActor | None:
    """The person right before a sentence's last "ने" (its subject), when the KB or the text gives them a country and a
    sector ("अमेरिकी विदेश विभाग के प्रवक्ता मैथ्यू मिलर": USAGOV; not a name only guessed to be of the article's country)."""
    at = _last_ergative(view.keys)
    if at is None:
        return None
    return next((a for a in view.actors if a.last == at and a.actor.type in PERSON_TYPES
                 and a.actor.country and len(a.actor.code or "") > len(a.actor.country)), None)


def named_referent(view: SentenceView) -> PlacedActor | None:
    """The last person or group a sentence names, whom an object pronoun ("उन्हें") after it stands for."""
    people = [a for a in view.actors if a.actor.type not in LOCATION_TYPES and a.actor.how != GENERIC_HOW
              and not (a.actor.code or "").endswith(MEDIA_SECTOR)
              and not (a.actor.code or "").startswith(BODIES_WITHOUT_COUNTRY)]
    return people[-1] if people else None


def object_pronoun(
    view: SentenceView, sentence_cues: Cues, actors: list[PlacedActor], predicate: PredicateMatch
) -> bool:
    """An object pronoun ("उन्हें", "उसे") before a predicate whose target is marked "को", or a pronoun in the
    target's own case ("उनसे मुलाकात की", "उनकी तारीफ की", "उनके साथ बातचीत की"), after the last actor before it
    other than the doer ("उनसे मोदी ने मुलाकात की")."""
    # the doer's "X ने" may follow a fronted pronoun ("उनसे मोदी ने मुलाकात की")
    start = max((a.last for a in actors if a.last <= predicate.first and a.marker_kind != "agent"), default=0)
    pronouns = list(sentence_cues.markers.get("object_pronoun", ())) if "को" in predicate.pattern.targets else []
    for marker in predicate.pattern.targets:
        pronouns += grammar_phrases(f"pronoun {marker}")
    # "उनके वीजा रद्द कर दिए": a pattern may start with the pronoun itself
    end = predicate.first + (1 if (view.keys[predicate.first],) in pronouns else 0)
    return bool(pronouns) and find_phrase(view.keys, pronouns, start, end) is not None


def _has_marker(actor: PlacedActor, marker: str) -> bool:
    if marker == NONE_MARKER:
        return actor.marker_kind == "none"
    return actor.marker == marker


def _source_end(sources: list[PlacedActor]) -> int:
    return max((a.last for a in sources), default=0)
