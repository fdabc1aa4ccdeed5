"""The event coder: sentences with actors → CAMEO events with evidence.

For each clause: set aside reporting frames ("KCNA के मुताबिक", "X ने बताया कि",
"according to X") as ``reported_by`` (``attribution.py``); find predicates from the lexicon;
take the source and target from case marking in Hindi ("X ने", "Y से/को/की/पर") and from
position in English (subject before the verb, object or prepositional phrase after;
``hindi.py`` and ``english.py`` hold the argument rules, ``context.py`` the article's home
country); read negation and modality from cue words (``modality.py``); date the clause from
the nearest date expression, anchored on the publication date; score it (``confidence.py``); build
the event and deduplicate the article's (``assemble.py``). English "Y must act" is ``obligations.py``.

Violence is often reported without a doer: "धमाके में 12 लोग मारे गए", "हिंसा भड़की",
"सेना के काफिले पर हमला किया गया". Such events are coded all the same, with a source that
says so: a generic actor when the text names the kind ("आतंकियों ने", "नक्सली हमले में" →
``---UAF``, ``---REB``), else the unnamed actor (name ``unknown``, code ``---``, no entity,
no country). This holds for occurrences (``occurrences_<lang>.tsv``) and for predicates of
material conflict (``UNNAMED_SOURCE_QUAD_CLASSES``); other events still need a named source.
"""

from __future__ import annotations

import functools
from datetime import date

from ..kb.base import frontier_states
from ..model import Actor, Article, Event, replace
from ..text.dates import DateMention, find_dates, iso_day
from ..text.normalize import fold
from .anaphora import (
    ACCUSE_ROOT,
    THIRD_PARTY_CODES,
    accused_after,
    accuser_target,
    agreement_parties,
    antecedent_target,
    claimed_accusations,
    joined_doers,
    listed_doers,
    recipient_target,
    third_party_sides,
    warned_after,
)
from .assemble import date_for, dedupe, event_from, irregular
from .attribution import Frame, reporting_frames
from .both import Pairs, both_actors, is_both, join_both, last_pairs
from .cameo import lookup
from .capitals import SOURCELESS_TYPES, as_government, is_capital
from .clause import (
    GENERIC_HOW,
    HEADLINE_PARAGRAPH,
    LOCATION_TYPES,
    NONE_MARKER,
    PERSON_TYPES,
    UNKNOWN_COUNTRY,
    UNNAMED_MARKER_KIND,
    PlacedActor,
    SentenceView,
    actor_identity,
    coordinated,
    placed_in,
    prepare,
    same_actor,
)
from .confidence import confidence_of
from .context import (
    HOME_STATE_CODES,
    MEDIA_SECTOR,
    PEOPLE_SECTORS,
    aided_nationals,
    arrivals_from,
    coerced_at_home,
    home_aimed,
    home_attackers,
    home_country,
    home_government,
    home_protesters,
    home_target,
    joined_countries,
    own_people,
    passive_doer,
    place_generic,
    placed_by_sentence,
    provisional_actors,
    state_doer,
    unnamed_home,
)
from .cues import Cues, cues, find_phrase, grammar, grammar_keys, marker_words, phrase_at
from .english import ENGLISH_OBJECT_WINDOW, adjectival, demanded, domestic, english_arguments, is_nominal, is_passive
from .hindi import (
    background_occurrence,
    between,
    concurrent_participles,
    decided_acts,
    embedded_acts,
    future_passives,
    headline_doers,
    hindi_arguments,
    hindi_predicates,
    in_relative_clause,
    named_referent,
    named_subject,
    object_pronoun,
    passive_between,
    purpose_acts,
    ready_acts,
    relative_antecedent,
    requesters,
    unlinked_subject,
    weapon_owner,
)
from .lexicon import NO_EVENT, Pattern, PredicateMatch, lexicon
from .lists import Membership, article_memberships, group_members
from .mediation import mediated_events, mediators
from .modality import (
    INTENT_BEFORE,
    THREAT_ROOT,
    embed_intended,
)
from .nominal import last_organization, organization_anaphors
from .obligations import obligations

# "talks between X and Y": a pattern ending in this word takes the joined actors after it, each way.
RECIPROCAL_WORD = "between"
# Protest (CAMEO 14) with no named target is aimed at the protesters' own government, as the PLOVER
# records code it ("Egyptian demonstrators rioted" → EGY → EGY).
PROTEST_ROOT = "14"
DEMONSTRATE_CODE = "141"
# "rebels in the Ivory Coast": at most this many tokens ("in the") between a kind of actor and its country.
GENERIC_PLACE_GAP = 2
# English "like" stands this many tokens before the predicate it compares ("like an explosion").
SIMILE_BEFORE = 2
# "पेशावर की एक मस्जिद में": at most this many words between a place's genitive and "में".
LOCATION_GENITIVE_WINDOW = 3
# Whom an occurrence of violence hit (``_victims``): another country's people, bare or before a genitive ("की मौत"),
# and besides its civilians (context.PEOPLE_SECTORS) its soldiers, police and officials.
VICTIM_MARKER_KINDS = frozenset({"none", "genitive"})
VICTIM_SECTORS = ("MIL", "COP", "GOV")
# Material conflict (quad class 4) in a place with no named target is aimed at that place's country.
LOCATED_TARGET_QUAD_CLASSES = frozenset({4})
# English: any act with no named target, done in another country after the verb ("agreed to open a
# centre in Tokyo", "lifted the curfew in Montenegro"), is aimed at that country, as the PLOVER records
# code it. Raised PLOVER dev F1 .456 → .468; rerun `sambandh eval events` on the English gold after a change.
ENGLISH_LOCATED_TARGET_QUAD_CLASSES = frozenset({1, 2, 3, 4})
# ... and coercion (curfews, arrests, bans: CAMEO 17) in the doer's own country is aimed at that country
# (PLOVER dev F1 .543 → .547; adding roots 15, 18 or 19 gained nothing).
ENGLISH_DOMESTIC_ROOTS = frozenset({"17"})
# Hindi: material cooperation in another country ("श्रीलंका में पर्यवेक्षक भेजे", "तुर्की में राहत दल भेजे")
# is aimed at it as well.
HINDI_LOCATED_TARGET_QUAD_CLASSES = frozenset({2})
# Material conflict is coded even when nobody is named as its doer ("हमला किया गया"); other
# predicates need a named source.
UNNAMED_SOURCE_QUAD_CLASSES = frozenset({4})
# ... except reducing relations (CAMEO 16: bans, recalls, expulsions), which only a state does: with no doer named
# and no home government to stand for one (a passive, ``context.HOME_STATE_CODES``), "X से आने वाली उड़ानों पर रोक
# लगाने वाले" or "दूरी बनाने वाले" names nobody who acted.
STATE_ONLY_ROOTS = frozenset({"16"})
CONSULT_ROOT = "04"
# Hindi: reactions (approval, criticism, rejection) whose object may be an agreement between two others
REACTION_ROOTS = frozenset({"05", "11", "12"})
# Hindi: appeals and demands whose target is the subject of the clause after their "कि" ("मांग की कि यूक्रेन ...")
ASKING_ROOTS = frozenset({"02", "10"})
# Hindi: the consultations mutual by nature (consult, by phone, at a third place, negotiate); a visit (042)
# or hosting (043) by two doers is not one to the other. So are joining hands, allying and signing (050, 057):
# "भारत और फ्रांस ने हाथ मिलाया" (BBC Hindi dev unchanged, F1 .531). So is a ceasefire two sides agree on
# (0871): "थाईलैंड और कंबोडिया ने मलेशिया में युद्धविराम पर सहमति जताई" is no act on Malaysia.
MUTUAL_CODES = ("040", "041", "044", "046", "050", "057", "0871")
# English: talks and calls with a named other side are coded both ways (PLOVER dev F1 .651 → .654, PETRARCH2
# .449 → .460; adding meetings, 040, lowered both).
ENGLISH_MUTUAL_CODES = ("041", "046")
# Hindi: an agreement signed with someone is signed by both, as our Hindi gold codes it (English: PETRARCH2 F1
# .460 → .457 when applied there too); so are a meeting and talks held with someone (2020 world dev +1 tp; BBC
# Hindi dev +1 fp, "talks going on with African countries", which its gold leaves out).
HINDI_SIGNED_CODES = ("057", "040", "041", "046")
# Hindi: joined doers with no target act on each other only when there are this many or fewer.
RECIPROCAL_MOST = 2
# Hindi "उन्हें" stands for the last person named at most this many sentences before.
REFERENT_REACH = 2
# Hindi: an act done "X के अनुरोध पर" (at X's request) is X's appeal (020) to the doer, and a cooperative act with no
# other target is aimed at X.
REQUEST_CODE = "020"
PRESSURE_CODE = "100"  # "X के दबाव में": X demanded it
REQUESTED_QUAD_CLASSES = frozenset({1, 2})


def code_events(article: Article) -> Article:
    """The article with ``events`` coded from its sentences and actors."""
    lang = "hi" if article.language == "hi" else "en"
    sentence_cues = cues(lang)
    published = iso_day(article.published)
    # Hindi: people and kinds of actor the text leaves without a country are the article's country's
    home = home_country(article) if lang == "hi" else None
    extra = provisional_actors(article, home) if lang == "hi" else ()
    by_sentence: dict[int, list[Actor]] = {}
    for actor in sorted((*article.actors, *extra), key=lambda a: (a.sentence, a.start)):
        by_sentence.setdefault(actor.sentence, []).append(actor)
    events: list[Event] = []
    carried: tuple[PlacedActor, ...] = ()  # the last doers, for a subject the next clause leaves out
    referent: PlacedActor | None = None  # Hindi: whom "उन्हें" in the next sentence stands for
    pairs = Pairs()  # Hindi: whom "दोनों देशों" stands for
    doer: PlacedActor | None = None  # Hindi: the state named last as a doer, for passives that name none
    organization: Actor | None = None  # Hindi: the organisation named last, for "संगठन ने"
    memberships = article_memberships(article, by_sentence, sentence_cues, home) if lang == "hi" else ()
    for sentence in article.sentences:
        actors = by_sentence.get(sentence.id, [])
        actors = [*actors, *both_actors(sentence.text, sentence.id, pairs, lang, actors)]
        if lang == "hi":  # "संगठन ने": the organisation named last
            actors += organization_anaphors(sentence, actors, organization)
            organization = last_organization(actors, organization)
        actors = sorted(actors, key=lambda a: a.start)
        view = prepare(sentence, actors, sentence_cues)
        placed = place_generic(view.actors, home, view.keys) if lang == "hi" else view.actors
        view = replace(view, actors=join_both(placed))
        dates = find_dates(sentence.text, published=published)
        found, carried = _code_sentence(article, view, lang, sentence_cues, dates, published, carried, home=home,
                                        referent=referent, earlier=events, doer=doer, memberships=memberships)
        events.extend(found)
        pairs = last_pairs(found, view, pairs, lang)
        if lang == "hi" and unlinked_subject(view, sentence_cues):
            carried = ()  # "हेडली ने ...": a new subject the KB does not know; "उसने" after it is not the old one
        elif lang == "hi" and not found and (subject := named_subject(view)) is not None:
            carried = (subject,)  # "मिलर ने कहा कि ... । उन्होंने चेतावनी दी": a new subject, though its act coded nothing
        if lang == "hi":
            doer = state_doer(view) or doer
            named = named_referent(view)
            if named is not None or (referent is not None and sentence.id - referent.actor.sentence >= REFERENT_REACH):
                referent = named
    return replace(article, events=tuple(dedupe(events)))


def _code_sentence(
    article: Article,
    view: SentenceView,
    lang: str,
    sentence_cues: Cues,
    dates: list[DateMention],
    published: date | None,
    carried: tuple[PlacedActor, ...],
    *,
    home: str | None = None,
    referent: PlacedActor | None = None,
    earlier: list[Event] | None = None,
    doer: PlacedActor | None = None,
    memberships: tuple[Membership, ...] = (),
) -> tuple[list[Event], PlacedActor | None]:
    keys = view.keys
    events: list[Event] = []
    opinion = find_phrase(keys, sentence_cues.phrases.get("opinion", ()), 0, len(keys)) is not None
    last_target: PlacedActor | None = None  # the target of the sentence's last event, for "उस पर", "उसे", "उनसे"
    last_source: PlacedActor | None = None  # and its doer, for the target's answer ("जिसके बाद इसराइल ने उन्हें")
    sentence_mediators = mediators(view) if lang == "hi" else []  # "X की मध्यस्थता से": no party to the act
    for first, last in view.clauses:
        frames = reporting_frames(view, sentence_cues, first, last, lang)
        reporters = tuple(dict.fromkeys(name for frame in frames for name in frame.reporters))
        framed = {i for frame in frames for i in range(frame.first, frame.last)}
        actors = [a for a in view.actors if first <= a.first and a.last <= last and a.first not in framed]
        if lang != "hi":
            actors = _generic_in_country(actors)
        headline = lang == "hi" and view.sentence.paragraph == HEADLINE_PARAGRAPH
        find = lexicon(lang).find_headline if headline else lexicon(lang).find
        predicates = [p for p in find(view.tokens, first=first, last=last)
                      if not framed.intersection(range(p.first, p.last)) and p.pattern.cameo != NO_EVENT]
        # "in Israeli shelling", "in a Russian air strike": the word before the noun is its doer, no place;
        # a verb after "in X" keeps X a place ("authorities in Croatia cracked down")
        if lang != "hi":
            starts = {p.first for p in predicates if not p.pattern.named_source or not p.pattern.text.startswith("@")
                      or keys[p.first].endswith("ing")}
            actors = [replace(a, marker=NONE_MARKER, marker_kind="none")
                      if a.marker_kind == "location" and a.last in starts and _modifier(view, a) else a
                      for a in actors]
        locations = [a for a in actors if a.actor.type in LOCATION_TYPES and (
            a.marker_kind == "location" or _genitive_location(view, sentence_cues, a, last)
            or a.actor.entity in frontier_states())]  # "नियंत्रण रेखा पर": at a line, not on it
        location = locations[0] if locations else None
        # "arrived in Amman", "opened an embassy in Tehran": a place the predicate's own "in" governs
        # is its target, not where it happened
        actors = [a for a in actors if a.marker_kind != "location" or (
            lang != "hi" and any(_governs(keys, p, a) for p in predicates))]
        if lang == "hi":  # "निंदा करते हुए कहा": an act done while speaking happened; so did one decided
            predicates = ready_acts(keys, decided_acts(keys, concurrent_participles(keys, predicates)))
            predicates = purpose_acts(keys, predicates, last)  # "निकालने के लिए विमान भेजे": carried out
            predicates = embedded_acts(keys, predicates)  # "हमला करने की धमकी दी": a threat of attack
            predicates = future_passives(keys, predicates)  # "टीके भेजे जाएंगे": will be sent
        # a non-finite verb with a finite one after it is embedded ("उल्लंघन करने का आरोप लगाया",
        # "मुलाकात करने पहुंचे"): the finite verb carries the event
        predicates = [p for index, p in enumerate(predicates)
                      if p.modality != "nonfinite" or index == len(predicates) - 1]
        predicates = [p for p in predicates if not _simile(keys, sentence_cues, p, lang)]
        if lang == "hi":
            predicates = hindi_predicates(view, sentence_cues, predicates, actors, first)
        if lang != "hi":
            # "Israeli-occupied", "Syrian-backed", "long-threatened": adjectives, not events
            predicates = [p for p in predicates if not _hyphenated(view, p) and not adjectival(view, sentence_cues, p)]
            # "agreed to lift sanctions": the intended verb carries the event
            predicates = embed_intended(keys, predicates)
            # "Y must withdraw" is demanded of Y (``obligations``), not done by anyone
            obliged = sentence_cues.phrases.get("obligation", ())
            predicates = [p for p in predicates if find_phrase(
                keys, obliged, max(first, p.first - INTENT_BEFORE), p.first) is None]
        window_start = first
        clause_subject: list[PlacedActor] = []  # the subject of the clause's first verb with one
        for predicate in predicates:
            named = predicate.pattern.named_source
            entry = lookup(predicate.pattern.cameo)  # its root and quad class, asked for below
            passive = relative = carried_doer = False
            if lang == "hi":
                sources, targets, marked = hindi_arguments(actors, predicate, window_start, keys)
                if sources and not marked and _ergative_pronoun(view, sentence_cues, window_start, sources[0].first):
                    sources = []  # "उन्होंने ईरान और यमन के नागरिकों के आने पर रोक लगाई": the pronoun is the doer
                if sources and in_relative_clause(keys, max(s.last for s in sources), predicate.first):
                    sources = []  # "उन पर्यटकों से पूछताछ जो नेपाल से भारत आए थे": the relative pronoun is the doer
                auxiliaries = sentence_cues.phrases.get("passive", ())
                passive = named and (phrase_at(keys, auxiliaries, predicate.last) is not None
                                     or predicate.pattern.text.endswith(grammar()["stative_verb"]))
                if passive:  # "X को गिरफ़्तार किया गया": the bare phrase is no doer; only "X द्वारा" is
                    sources = [a for a in sources if a.marker_kind == "agent"] or (
                        passive_between(actors, predicate, window_start, keys))  # "X और Y के बीच ... किए गए"
                    armed = weapon_owner(keys, actors, predicate) if not sources else None
                    sources = [armed] if armed is not None else sources  # "रूसी ड्रोन से हमला किया गया"
                    placed = next((p.actor.country for p in locations if p.actor.country), None)
                    if not sources and placed and predicate.pattern.cameo.startswith(HOME_STATE_CODES):
                        # "जापानी नागरिक को बीजिंग में हिरासत में लिया गया": the authorities of the place
                        sources = [home_government(view, predicate.first, placed)]
                    earlier_doer = None if sources else passive_doer(
                        predicate.pattern.cameo, state_doer(view, predicate.first) or doer, view.sentence.id)
                    if earlier_doer is not None and _held_elsewhere(view, predicate, earlier_doer):
                        earlier_doer = None  # "मेक्सिको ने शरण दी ... । कास्तियो को ... गिरफ्तार कर लिया गया": Peru's act
                    if earlier_doer is not None:
                        # "इन देशों को टीके भेजे गए हैं": the state named as the doer sentences before
                        sources, carried_doer = [earlier_doer], True
                    if not sources and home and predicate.pattern.cameo.startswith(HOME_STATE_CODES):
                        sources = [home_government(view, predicate.first, home)]
                if headline and not sources and named and not passive:
                    sources = headline_doers(actors, predicate, targets[0], last)
                relative, antecedent = relative_antecedent(view, window_start, predicate.first, "relative_agent")
                if relative and named and not passive:  # "X, जिन्होंने ...": X did it, not the last subject
                    sources, marked = ([antecedent] if antecedent else []), antecedent is not None
                if targets[0] is None:  # "X, जिन्हें ... गिरफ्तार किया गया": X suffered it
                    found, object_of = relative_antecedent(view, window_start, predicate.first, "relative_object")
                    if not found:  # "रिफ़ाइनरी, जिस पर अमेरिका ने प्रतिबंध लगाए": in the pattern's own target case
                        found, object_of = relative_antecedent(
                            view, window_start, predicate.first, "relative_oblique",
                            tuple(m for m in predicate.pattern.targets if m not in ("-", "0")) or ("-",))
                    genitive = not marker_words(lang, "genitive").isdisjoint(map(fold, predicate.pattern.targets))
                    if not found and genitive:  # "अभ्यास किया, जिसकी वेनेजुएला ने आलोचना की": the act's doer
                        found, object_of = relative_antecedent(view, window_start, predicate.first,
                                                               "relative_genitive", doer_first=True)
                    if found and object_of is not None and object_of not in sources:
                        targets = (object_of, False)
            else:
                if demanded(view, predicate, window_start):
                    continue  # "Greece demanded that its partners refuse to recognise Macedonia": asked, not done
                passive = named and is_passive(view, sentence_cues, predicate)
                finite = frozenset(p.first for p in predicates if not p.first or keys[p.first - 1] != "to")
                sources, targets, marked = english_arguments(view, actors, predicate, window_start, last,
                                                             passive=passive, can_act=_may_act, verb_starts=finite)
            if not named:  # an occurrence: only a marked doer is its source
                if lang == "hi" and background_occurrence(keys, predicate):
                    continue  # "भारत ने पहलगाम आतंकी हमले के जवाब में ...": the attack answered is told elsewhere
                sources = _occurrence_sources(actors, predicate, window_start, lang, keys)
                marked = bool(sources)
            if lang != "hi" and keys[predicate.last - 1] == RECIPROCAL_WORD:
                # "talks between Russia and Ukraine": the joined actors after it act on each other
                between = [a for a in actors if 0 <= a.first - predicate.last <= 1][:1]
                if between:
                    sources, targets, marked = coordinated(actors, between[0]), (None, False), True
            from_earlier = carried_doer
            reporter = _reporting_subject(view, sentence_cues, frames, window_start, predicate, lang)
            # "agreed to a meeting with X", "rejected a demand from Y": a noun after a determiner names what the
            # verb before it is about; its doer is not the clause's subject
            nominal = lang != "hi" and is_nominal(view, sentence_cues, predicate)
            if named and not passive and not sources and reporter is not None and not nominal:
                sources = [reporter]  # "Japan said it had halted aid": the reporter did it
            elif (named and not passive and not sources and lang != "hi" and clause_subject
                  and predicate.first and keys[predicate.first - 1] == "to"):
                # "police used tear gas to disperse demonstrators": the purpose verb shares the clause's subject
                sources = clause_subject
            elif (named and not passive and not sources and carried and not nominal and not relative
                  and _pronoun_or_dropped(view, sentence_cues, window_start, predicate.first, actors)):
                sources, from_earlier = list(carried), True
            elif (lang == "hi" and named and not passive and not sources and not carried and referent is not None
                  and not relative and find_phrase(keys, sentence_cues.markers.get("pronoun", ()), window_start,
                                                   predicate.first) is not None):
                # "जयशंकर मॉस्को गए। उन्होंने लावरोव से मुलाकात की": "उन्होंने" is the last person named when no
                # event of the sentences before gave a subject
                sources, from_earlier = [referent], True
            span_start, window_start = window_start, predicate.last
            if sources and not from_earlier and not passive:
                # only an act shares its doer with its purpose: "refused to lift" and "agreed to send" are no acts
                clause_subject = sources if entry.quad_class in (2, 4) else []
            # English "Berlin rejected"; Hindi "कीव ने इसे खारिज कर दिया", "बीजिंग विरोध करता है" (not "कीव में")
            sources = [as_government(a) if _metonymy(a, lang) else a for a in sources
                       if a.actor.type not in SOURCELESS_TYPES or _metonymy(a, lang)]
            if lang == "hi":  # the outlet reporting ("बीबीसी संवाददाता का कहना", "बीबीसी को बताया") does nothing
                sources = [a for a in sources if not (a.actor.code or "").endswith(MEDIA_SECTOR)]
            if not sources and _may_go_unnamed(predicate):
                sources = [_inner_generic(view, predicate) or _unnamed(view, predicate)]
            if not sources:
                continue
            unnamed = sources[0].marker_kind == UNNAMED_MARKER_KIND
            own = {s.actor.country for s in sources}  # the doers' countries
            target, preferred = targets
            so_far = [*(earlier or ()), *events] if lang == "hi" else []  # the article's events before this act
            if target is None and lang == "hi" and not named:
                # "इसराइली हमलों में 26 हजार फलस्तीनी मारे गए"
                target = _victims(actors, predicate, last, sources, view.keys)
            members: tuple[PlacedActor, ...] = ()
            if lang == "hi" and (target is None or target.actor.how == GENERIC_HOW):
                # "इन देशों को टीके भेजे गए" after "इन देशों में A, B और C शामिल हैं": each member (events/lists.py);
                # "इन सातों देशों के राजनयिकों को" after seven countries acted together: each of them
                members = group_members(view, span_start, predicate.last, predicate.pattern.targets, memberships) or (
                    tuple(listed_doers(view, span_start, predicate.first, so_far)))
                target = members[-1] if members else target
            if target is None and (last_target or referent) is not None and lang == "hi" and object_pronoun(
                    view, sentence_cues, actors, predicate):
                # "भारत ने पाकिस्तान की निंदा की और उस पर प्रतिबंध लगाए": the target of the sentence's last event;
                # "उन्हें हिरासत में लिया गया": else the person the last sentence named
                target = last_target or referent
                if target is not None and target.actor.country in own and last_source is not None and (
                        last_source.actor.country not in own and last_source.actor.type in PERSON_TYPES):
                    # "लूला ने इसराइल की आलोचना की, जिसके बाद इसराइल ने उन्हें ...": the target answers the person who
                    # acted ("उस पर" after a state's act stays with the state named)
                    target = last_source
            if target is None and lang == "hi" and named and not passive and not members and (
                    entry.root in REACTION_ROOTS):
                # "अमेरिका ने समझौते का स्वागत किया": both parties of the agreement welcomed
                members = tuple(agreement_parties(view, span_start, predicate.last, sources, so_far))
                target = members[-1] if members else None
            if target is None and lang == "hi" and named and not passive and not members and (
                    predicate.pattern.cameo in THIRD_PARTY_CODES):
                # "जिसमें तुर्की ने मध्यस्थता की": the two sides it stood between
                members = tuple(third_party_sides(view, sources, so_far))
                target = members[-1] if members else None
            if target is None and lang == "hi" and named and not passive:
                after = max([span_start, *(s.last for s in sources if s.first < predicate.first)])  # the doer's end
                # "थाईलैंड ने आरोप लगाया कि कंबोडिया ने ...": the accused is the doer after "कि"; "ईरान ने इन
                # प्रतिबंधों की निंदा की": the doer of the act answered, reported before (events/anaphora.py)
                if entry.root == ACCUSE_ROOT:
                    target = accused_after(view, predicate.last)
                elif entry.root == THREAT_ROOT:
                    # "चेतावनी दी कि इसराइल को कीमत चुकानी होगी"
                    target = warned_after(view, predicate.last, frozenset(own))
                elif entry.root in ASKING_ROOTS:
                    # "मांग रखी कि यूक्रेन सेना हटाए": of Ukraine; "एयरलाइनों से कहा कि इटली से आने वाले विमानों ...":
                    # of the airlines named, not of Italy (only a subject after "कि" is asked)
                    addressed = not grammar_keys("addressee_marker").isdisjoint(view.keys[after:predicate.first])
                    target = accused_after(view, predicate.last, any_role=not addressed)
                if target is None:
                    # the pointing words stand after the doer: "इसका मतलब है कि अमरीका ..." points at no act
                    target = antecedent_target(view, after, predicate.first, predicate.pattern.targets,
                                               sources, so_far, entry.root)
                    if (target is None and span_start < len(view.keys) and sources
                            and span_start < sources[0].first
                            and view.keys[span_start] in grammar_keys("demonstrative_pronoun")):
                        # ", जिसकी तुर्की ने निंदा की": a pointing pronoun opening the clause, before its doer
                        target = antecedent_target(view, span_start, span_start + 1, predicate.pattern.targets,
                                                   sources, so_far, entry.root)
                    if target is not None and not members:  # "इन हमलों की निंदा": each doer of the act answered
                        members = joined_doers(view, target, so_far)
                if target is None and entry.quad_class == 4:
                    target = accuser_target(view, sources, events)
                if target is None and entry.quad_class in (1, 2) and predicate.pattern.targets != (NONE_MARKER,):
                    # a bare verb of coming names where it comes itself ("भारत आए"); "रिपोर्ट पॉजिटिव आयी" is no visit
                    target = recipient_target(view, predicate.pattern.cameo, sources, so_far)
            # travellers named by where they came from: the act is aimed at that country ("चीन से आए यात्रियों की")
            origins = (arrivals_from(view, actors, target, predicate.pattern.cameo, predicate.first)
                       if lang == "hi" else None)
            target = target or (origins[-1] if origins else None)
            asked = [(REQUEST_CODE, requesters(actors, predicate, span_start)),
                     (PRESSURE_CODE, requesters(actors, predicate, span_start, "pressure_marker"))
                     ] if lang == "hi" and named else []
            requested = [a for _, found in asked for a in found]
            if target is None and requested and entry.quad_class in REQUESTED_QUAD_CLASSES:
                # "भारत ने श्रीलंका के अनुरोध पर ईंधन भेजा", "अमेरिका के दबाव के बाद भारत ने निर्यात में छूट दी": done
                # for whoever asked or pressed
                target = requested[-1]
            between = lang == "hi" and not named and predicate.pattern.text.startswith(grammar()["between_phrase"])
            joined_mutual = predicate.pattern.cameo.startswith(MUTUAL_CODES) and len(
                {actor_identity(a) for a in sources}) == RECIPROCAL_MOST  # two doers meet each other, not the place
            if lang == "hi" and (target is None or target.actor.country in own):
                # "भारत ने सूडान से अपने नागरिकों को निकाला", "भारतीयों को एयरलिफ्ट किया": help to its own nationals
                target = aided_nationals(view, predicate.first, predicate.last, predicate.pattern.cameo, actors,
                                         sources) or target
            if target is None and not between and not joined_mutual:
                # "भारत ने पाकिस्तान में ठिकानों पर हमले किए": force used in a country
                target = _located_target(predicate, sources, locations, lang)
            own_ground = coerced_at_home(predicate.pattern.cameo, sources) if lang == "hi" else None
            if target is None and own_ground and not between and "-" in predicate.pattern.targets:
                # "इटली ने आवाजाही पर रोक लगाई"; "श्रीलंका ने कर्फ्यू में ढील दी" in an article about the US
                target = home_target(view, predicate.first, own_ground)
            if (target is None and home and not between and not joined_mutual and "-" in predicate.pattern.targets
                    and home_aimed(predicate.pattern.cameo, sources, home)):
                # Hindi: "स्पेन और इटली ने वहां से राजनयिक हटा लिए" in an article about North Korea;
                # "सरकार ने कर्फ्यू लगाया" in one about Myanmar
                target = home_target(view, predicate.first, home)
            if target is None and lang != "hi" and entry.root == THREAT_ROOT:
                target = _conditioned(view, sentence_cues, predicate)
            if target is None and lang != "hi" and entry.root == PROTEST_ROOT:
                target = _protested(actors, predicate, last) or _own_government(view, predicate, sources[0])
            if target is not None and target.actor.type == "place":
                # "पाकिस्तान ने नियंत्रण रेखा पर गोलीबारी की": fire at a frontier is aimed at the state across it
                target = _across_frontier(target, own)
            if lang == "hi" and target is not None and any(same_actor(target, m) for m in sentence_mediators):
                target = None  # "सऊदी अरब और अमेरिका की मध्यस्थता से ... समझौते पर हस्ताक्षर किए": no party to it
            # "Greece and Turkey agreed to share information": joined doers of a cooperative act with no target
            # act on each other, whatever targets the pattern allows (PLOVER dev F1 .525 → .532; limiting it
            # to quad classes 1-2 .558 → .560: "India and Pakistan condemned" is no mutual condemnation)
            # Hindi: only meeting is mutual by nature ("ट्रंप और पुतिन अलास्का में मिले"), and between two doers
            doers = len({actor_identity(a, by_role=lang != "hi") for a in sources})
            mutual = target is None and doers > 1 and (
                entry.quad_class in (1, 2) if lang != "hi"
                else (predicate.pattern.cameo.startswith(MUTUAL_CODES) or all(map(is_both, sources)))
                and doers <= RECIPROCAL_MOST)
            if target is None and ("-" not in predicate.pattern.targets or from_earlier) and not mutual:
                continue  # a carried subject with no target is too weak to code
            if lang == "hi" and target is not None and (target.actor.code or "").endswith(MEDIA_SECTOR) and (
                    entry.root == CONSULT_ROOT):
                continue  # "X ने एएनआई से बात की": an interview, no consultation (English: PLOVER dev .654 → .651)
            if home and unnamed and target is not None and unnamed_home(predicate.pattern.cameo, target, home):
                sources = [home_attackers(view, predicate.first, home)]  # "जवानों पर गोलीबारी की गई"
            protested_in = (location.actor.country if location else None) or home
            if lang == "hi" and unnamed and predicate.pattern.cameo == DEMONSTRATE_CODE and protested_in:
                # "कई शहरों में विरोध प्रदर्शन भड़क उठे": the country's people against its government
                sources = [home_protesters(view, predicate.first, protested_in)]
                target = target or home_government(view, predicate.first, protested_in)
            if not unnamed:
                carried = _carried(sources)
            confidence = confidence_of(predicate, sources[0], target, marked=marked, preferred=preferred,
                                     from_earlier=from_earlier, dated=bool(dates))
            # "defended Iraq and Libya", "एस्टोनिया और इटली की यात्रा": each of the joined targets
            aimed_at = list(members) if members else coordinated(actors, target) if target in actors else [target]
            if lang == "hi" and len(aimed_at) == 1:
                aimed_at = _owners_joined(actors, target)  # "ईरान, इराक़ और यमन के नागरिकों": each country's
            if lang == "hi" and len(aimed_at) == 1 and target is not None and not unnamed:
                aimed_at = [own_people(target, sources[0])]  # "लोगों से अपील की": the doer's own people
            if origins:
                aimed_at = list(origins)  # "चीन से आए यात्रियों को क्वारंटाइन किया": aimed at China
            if lang != "hi":
                aimed_at = [domestic(a, location, sources[0]) for a in aimed_at]
            pairs = [pair for each in aimed_at for pair in _pairs(
                sources, each, by_role=lang != "hi", most=RECIPROCAL_MOST if lang == "hi" else None,
                reciprocal=mutual or between or lang != "hi" or (
                    entry.quad_class in (1, 2) and not _listed_in_group(view.keys, sources)))]
            if predicate.pattern.cameo.startswith(HINDI_SIGNED_CODES if lang == "hi" else ENGLISH_MUTUAL_CODES) and (
                    predicate.modality == "asserted"):  # one side's readiness is its own
                # "X held talks with Y", "X telephoned Y", "X ने Y के साथ समझौते पर हस्ताक्षर किए": both sides did
                pairs += [(b, a) for a, b in pairs if b is not None and (b, a) not in pairs]
            if target is not None and target.marker_kind != UNNAMED_MARKER_KIND:
                last_target, last_source = target, sources[0] if sources else None
            if lang == "hi" and entry.root == CONSULT_ROOT:
                # "स्वास्थ्य मंत्री ने दिल्ली सरकार के अधिकारियों के साथ बैठक की": INDGOV meeting INDGOV is an internal
                # consultation, a loop in the relations graph that our annotators never code (1 of 20 gold meetings)
                pairs = [(a, b) for a, b in pairs if b is None or a.actor.code != b.actor.code]
            for source, aimed in pairs:
                events.append(event_from(article, view, predicate, source, aimed, location, reporters,
                                         dates, published, lang, sentence_cues, opinion, carried_source=from_earlier,
                                         confidence=confidence))
            for code, found in asked:  # "श्रीलंका के अनुरोध पर": Sri Lanka asked for it; "अमेरिका के दबाव में": demanded
                request = replace(predicate, pattern=_asking_pattern(code), modality="asserted")
                events += [event_from(article, view, request, requester, source, None, reporters, dates, published,
                                      lang, sentence_cues, opinion, carried_source=False, confidence=confidence)
                           for requester in found for source in sources
                           if not same_actor(requester, source) and not irregular(source)]
    if lang != "hi":
        events += obligations(article, view, sentence_cues, dates, published, opinion)
    else:
        # "X का कहना है कि Y ने हमला किया", "X का आरोप है कि Y ..."
        events += claimed_accusations(view, events, article.id, date_for(dates, 0, published))
        events += mediated_events(view, events, article.id)  # "कतर की मध्यस्थता से A और B के बीच युद्धविराम"
    return events, carried


@functools.cache
def _asking_pattern(code: str) -> Pattern:
    """The act of asking (020) or pressing (100) for an act, which the text states only by its marker."""
    return Pattern(text="", lang="hi", cameo=code, targets=("-",), elements=())


def _carried(sources: list[PlacedActor]) -> tuple[PlacedActor, ...]:
    """Whom a left-out subject after this act stands for: its doer, or all its doers when they were joined ("ब्रिटेन,
    फ्रांस और जर्मनी के नेताओं ने ... । बाद में उन्होंने चेतावनी दी")."""
    joined = [s for s in sources if s.joined or s is sources[-1]]
    return tuple(joined) if len(joined) == len(sources) and len(sources) > 1 else (sources[0],)


def _metonymy(actor: PlacedActor, lang: str) -> bool:
    """A capital as a doer stands for its government: as any English subject, as a Hindi one marked "ने" or bare
    ("बीजिंग इस कदम का विरोध करता है"; "बीजिंग में" is a place)."""
    return is_capital(actor) and (lang != "hi" or actor.marker_kind in ("agent", "none"))


def _may_act(actor: PlacedActor) -> bool:
    """Whether an English subject can be a doer: anyone but a place, save a capital (its government)."""
    return actor.actor.type not in SOURCELESS_TYPES or is_capital(actor)


def _generic_in_country(actors: list[PlacedActor]) -> list[PlacedActor]:
    """"security forces in Guinea", "rebels in the Ivory Coast": a kind of actor placed in a country is
    that country's (``GINMIL``, ``CIVREB``); the place stays where it happened."""
    out = list(actors)
    for index, actor in enumerate(actors[:-1]):
        place = actors[index + 1]
        if (actor.actor.how == GENERIC_HOW and actor.actor.country is None and place.marker_kind == "location"
                and place.actor.country and place.first - actor.last <= GENERIC_PLACE_GAP):
            out[index] = placed_in(actor, place.actor.country)
    return out


def _conditioned(view: SentenceView, sentence_cues: Cues, predicate: PredicateMatch) -> PlacedActor | None:
    """The one a threat is aimed at: the first actor after its condition ("threatened to launch an offensive
    unless Baghdad accepted its terms" → Iraq's government)."""
    found = find_phrase(view.keys, sentence_cues.phrases.get("condition", ()), predicate.last, len(view.keys))
    if found is None:
        return None
    actor = next((a for a in view.actors if a.first >= found[1] and a.actor.country), None)
    if actor is None or (actor.actor.type in SOURCELESS_TYPES and not is_capital(actor)):
        return None
    return as_government(actor) if is_capital(actor) else actor


def _governs(keys: list[str], predicate: PredicateMatch, actor: PlacedActor) -> bool:
    """The predicate ends in the preposition right before the actor ("arrived in | Amman")."""
    return predicate.last == actor.first and keys[predicate.last - 1] == actor.marker


def _genitive_location(view: SentenceView, sentence_cues: Cues, actor: PlacedActor, clause_end: int) -> bool:
    """"पेशावर की एक मस्जिद में": a place in the genitive of a "में" phrase is where it happened."""
    if actor.marker_kind != "genitive":
        return False
    start = actor.last + 1  # after the genitive marker
    end = min(clause_end, start + LOCATION_GENITIVE_WINDOW + 1)
    if any(start <= other.first < end for other in view.actors):
        return False
    return find_phrase(view.keys, sentence_cues.markers.get("location", ()), start, end) is not None


def _simile(keys: list[str], sentence_cues: Cues, predicate: PredicateMatch, lang: str) -> bool:
    """A comparison touches the predicate: "बम धमाके जैसी आवाज", "sounded like an explosion"."""
    similes = sentence_cues.phrases.get("simile", ())
    if lang == "hi":
        return phrase_at(keys, similes, predicate.last) is not None
    start = max(0, predicate.first - SIMILE_BEFORE)
    return find_phrase(keys, similes, start, predicate.first) is not None


def _pairs(
    sources: list[PlacedActor], target: PlacedActor | None, *, by_role: bool = False, most: int | None = None,
    reciprocal: bool = True,
) -> list[tuple[PlacedActor, PlacedActor | None]]:
    """(source, target) pairs; "भारत और पाकिस्तान ने ... बातचीत की" with no target is reciprocal when the act is
    (``reciprocal``), for at most ``most`` doers: "स्पेन, कुवैत और पेरू ने राजनयिक हटाए" is not Spain acting on
    Kuwait, nor "कांग्रेस और कार्यकर्ता मांग कर रहे हैं" one demanding of the other."""
    doers = len({actor_identity(s, by_role=by_role) for s in sources})
    if target is None and doers > 1 and reciprocal and (most is None or doers <= most):
        return [(a, b) for a in sources for b in sources if not same_actor(a, b, by_role=by_role)]
    return [(s, target) for s in sources if target is None or not same_actor(s, target, by_role=by_role)]


def _may_go_unnamed(predicate: PredicateMatch) -> bool:
    if not predicate.pattern.named_source:
        return True
    entry = lookup(predicate.pattern.cameo)
    return entry.quad_class in UNNAMED_SOURCE_QUAD_CLASSES and entry.root not in STATE_ONLY_ROOTS


def _occurrence_sources(
    actors: list[PlacedActor], predicate: PredicateMatch, window_start: int, lang: str, keys: list[str]
) -> list[PlacedActor]:
    """The doer of an occurrence when the text marks one: "X ने" / a subject, or "X के हमले में"."""
    before = [a for a in actors if window_start <= a.first and a.last <= predicate.first]
    if lang != "hi":  # "an air strike by government forces", else "Israeli shelling", "US air strikes"
        after = [a for a in actors if a.marker_kind == "agent" and 0 <= a.first - predicate.last <= 2]
        adjacent = [a for a in before if predicate.first - a.last <= 1 and a.marker_kind == "none"]
        return (after or adjacent)[:1]
    if predicate.pattern.text.startswith(grammar()["between_phrase"]):
        return between(before, predicate)
    agents = [a for a in before if a.marker_kind == "agent"]
    if agents:
        return coordinated(actors, agents[-1])
    # the genitive right before the noun is its doer: "आतंकियों के हमले में", or before its weapon: "कंबोडियाई सेना के
    # रॉकेट हमलों में"; so is a country's adjective right before it: "इसराइली हमलों में", "रूसी ड्रोन हमले में"
    weapons = grammar_keys("weapon_noun")
    return [a for a in before if (a.marker_kind == "genitive" and (a.last + 1 == predicate.first or (
        a.last + 2 == predicate.first and keys[a.last + 1] in weapons))) or (
        a.marker_kind == "none" and a.actor.type == "country" and _demonym(a) and a.last == predicate.first)][-1:]


def _held_elsewhere(view: SentenceView, predicate: PredicateMatch, doer: PlacedActor) -> bool:
    """An act of state done to a person of another country than the earlier doer's, named before it in the sentence:
    arrests and detentions are the person's own authorities' unless the text says otherwise."""
    return predicate.pattern.cameo.startswith(HOME_STATE_CODES) and any(
        a.actor.type in PERSON_TYPES and a.actor.country and a.actor.country != doer.actor.country
        and a.last <= predicate.first for a in view.actors)


def _listed_in_group(keys: list[str], sources: list[PlacedActor]) -> bool:
    """Doers named as members of a larger group of doers ("जमैका और बहामास समेत कई देशों ने"): they act together, not on
    each other."""
    including = grammar_keys("including")
    return any(source.last < len(keys) and keys[source.last] in including for source in sources)


def _victims(
    actors: list[PlacedActor], predicate: PredicateMatch, clause_end: int, sources: list[PlacedActor],
    keys: list[str],
) -> PlacedActor | None:
    """Whom an occurrence of violence hit: the first people of another country named after it in its clause, bare or
    before the genitive of their death ("हमलों में 26 हजार से ज्यादा फलस्तीनी मारे गए", "यूक्रेन के 12 नागरिकों की मौत",
    "दो भारतीय जवान शहीद हो गए")."""
    own = {s.actor.country for s in sources}
    casualties = grammar_keys("casualty")
    for index, a in enumerate(actors):
        if not (predicate.last <= a.first < clause_end and a.actor.country and a.actor.country not in own):
            continue
        if a.marker_kind == "none" and _people_of_a_country(a):
            return a
        # soldiers, officials, or people before a genitive, only when the clause says they were killed or hurt, and
        # only when the text names their country ("यूक्रेन के 12 नागरिकों"; "लोगों" of the article's country is none)
        if (a.marker_kind in VICTIM_MARKER_KINDS
                and (_people_of_a_country(a) or (a.actor.code or "").endswith(VICTIM_SECTORS))
                and (a.actor.how != GENERIC_HOW or placed_by_sentence(actors, index, keys) == a.actor.country)
                and any(key in casualties for key in keys[a.last:clause_end])):
            return a
    return None


def _people_of_a_country(actor: PlacedActor) -> bool:
    """A country's people: its adjective used as a noun ("फलस्तीनी") or its civilians ("थाई नागरिक")."""
    return _demonym(actor) or (actor.actor.code or "").endswith(PEOPLE_SECTORS)


def _demonym(actor: PlacedActor) -> bool:
    """A country named by its adjective ("इसराइली", "रूसी", "भारतीय"; grammar_hi.tsv ``demonym_ending``)."""
    return actor.actor.type == "country" and actor.actor.text.endswith(grammar()["demonym_ending"])


def _inner_generic(view: SentenceView, predicate: PredicateMatch) -> PlacedActor | None:
    """A generic actor inside the trigger names the doer's kind: "नक्सली हमले में", "militant attack"."""
    inside = [a for a in view.actors if a.actor.how == GENERIC_HOW
              and predicate.first <= a.first and a.last <= predicate.last]
    return inside[0] if inside else None


def _protested(actors: list[PlacedActor], predicate: PredicateMatch, clause_end: int) -> PlacedActor | None:
    """What a protest is against: "riots against Israeli military policies" → Israel."""
    return next((a for a in actors if predicate.last <= a.first < clause_end
                 and a.first - predicate.last <= ENGLISH_OBJECT_WINDOW and "against" in a.preceding), None)


def _modifier(view: SentenceView, actor: PlacedActor) -> bool:
    """A country word used as an adjective ("Israeli", not "Israel") and joined to what follows."""
    text = view.sentence.text
    following = view.tokens[actor.last].start if actor.last < len(view.tokens) else actor.actor.end
    return actor.actor.text.lower() != actor.actor.name.lower() and not text[actor.actor.end:following].strip()


def _hyphenated(view: SentenceView, predicate: PredicateMatch) -> bool:
    """A verb form joined by a hyphen to the word before it: "Israeli-occupied" is an adjective."""
    start = view.tokens[predicate.first].start
    return predicate.pattern.text.startswith("@") and start > 0 and view.sentence.text[start - 1] == "-"


def _own_government(view: SentenceView, predicate: PredicateMatch, source: PlacedActor) -> PlacedActor | None:
    """The government of the protesters' country: dissent with no named target is aimed at it."""
    country = source.actor.country
    if not country or source.actor.code == f"{country}GOV":
        return None
    at = view.tokens[predicate.first].start
    actor = Actor(sentence=view.sentence.id, start=at, end=at, text="", entity=None, name=country,
                  type="country", country=country, code=f"{country}GOV", how=GENERIC_HOW)
    return PlacedActor(actor, predicate.first, predicate.first, "", UNNAMED_MARKER_KIND)


def _unnamed(view: SentenceView, predicate: PredicateMatch) -> PlacedActor:
    """The stand-in for a doer the text does not name."""
    at = view.tokens[predicate.first].start
    actor = Actor(sentence=view.sentence.id, start=at, end=at, text="", entity=None, name="unknown",
                  type="unknown", country=None, code=UNKNOWN_COUNTRY)
    return PlacedActor(actor, predicate.first, predicate.first, "", UNNAMED_MARKER_KIND)


def _located_target(
    predicate: PredicateMatch, sources: list[PlacedActor], locations: list[PlacedActor], lang: str
) -> PlacedActor | None:
    """Where a targetless act took place stands for its target, when that is another country's ground."""
    quad_class = lookup(predicate.pattern.cameo).quad_class
    if quad_class not in LOCATED_TARGET_QUAD_CLASSES:
        if lang == "hi":
            # "श्रीलंका में पर्यवेक्षक भेजे": material help sent to another country's ground
            if quad_class not in HINDI_LOCATED_TARGET_QUAD_CLASSES:
                return None
        elif quad_class not in ENGLISH_LOCATED_TARGET_QUAD_CLASSES:
            return None
        else:
            # "agreed to set up a research centre in Tokyo": only a place after the verb is the act's own
            locations = [place for place in locations if place.first >= predicate.last]
    countries = {s.actor.country for s in sources}
    if lang != "hi" and lookup(predicate.pattern.cameo).root in ENGLISH_DOMESTIC_ROOTS:
        countries = set()  # "imposed a curfew in southeastern Turkey": coercion at home is aimed at home
    return next((place for place in locations if place.actor.country not in countries), None)


def _across_frontier(place: PlacedActor, countries: set[str | None]) -> PlacedActor:
    """A frontier's other state, when the doer is one of its two: "पाकिस्तान ने नियंत्रण रेखा पर गोलीबारी की" is aimed
    at India (``kb/data/frontiers.tsv``); any other place stands for itself."""
    states = frontier_states().get(place.actor.entity or "", ())
    others = [state for state in states if state not in countries]
    return placed_in(place, others[0]) if len(states) - len(others) == 1 and len(others) == 1 else place


def _reporting_subject(
    view: SentenceView, sentence_cues: Cues, frames: list[Frame], start: int, predicate: PredicateMatch, lang: str
) -> PlacedActor | None:
    """"Japan said it had halted aid", "भारत ने कहा कि वह ... करेगा": the pronoun after a reporting frame is the
    reporter."""
    earlier = [f for f in frames if f.actors and f.last <= predicate.first]
    if not earlier:
        return None
    begin = max(start, earlier[-1].last)
    if find_phrase(view.keys, sentence_cues.markers.get("pronoun", ()), begin, predicate.first) is None:
        return None
    actor = earlier[-1].actors[-1]
    if actor.actor.type in SOURCELESS_TYPES and not is_capital(actor):
        return None
    if lang == "hi" and actor.marker_kind == "genitive" and actor.marker not in grammar()["doer_genitive"]:
        return None  # "पुलिस के अनुसार ... उसने दुबई की यात्रा की": a source of news is no speaker of "वह"
    return as_government(actor) if is_capital(actor) else actor


def _owners_joined(actors: list[PlacedActor], target: PlacedActor | None) -> list[PlacedActor | None]:
    """A country's kind of actor ("यमन के नागरिकों", one actor) after countries joined to it by commas and "और" ("ईरान,
    इराक़ और यमन के नागरिकों"): those countries' people too, since the joined names share no case marker of their own."""
    if target is None or target not in actors or not target.actor.country or target.actor.code == target.actor.country:
        return [target]
    return list(joined_countries(actors, target))


def _ergative_pronoun(view: SentenceView, sentence_cues: Cues, start: int, end: int) -> bool:
    """A subject pronoun in the ergative ("उन्होंने", "उसने") in ``keys[start:end]``: a bare phrase after it is no
    subject."""
    ergative = tuple(grammar()["ergative"])
    pronouns = [p for p in sentence_cues.markers.get("pronoun", ()) if p[-1].endswith(ergative)]
    return find_phrase(view.keys, pronouns, start, end) is not None


def _pronoun_or_dropped(
    view: SentenceView, sentence_cues: Cues, start: int, end: int, actors: list[PlacedActor]
) -> bool:
    """Whether the subject is a pronoun ("उन्होंने") or missing altogether before the predicate; a relative clause's
    subject is its relative pronoun ("लोग जो ईरान की यात्रा करके लौटे"), none carried."""
    if sentence_cues.lang == "hi" and in_relative_clause(view.keys, start, end):
        return False
    pronouns = sentence_cues.markers.get("pronoun", ())
    if (found := find_phrase(view.keys, pronouns, start, end)) is not None:
        # "जिस व्यक्ति में संक्रमण की पुष्टि हुई, उसने इटली की यात्रा की": the correlative's pronoun is that person
        return sentence_cues.lang != "hi" or grammar_keys("correlative").isdisjoint(view.keys[:found[0]])
    agent_markers = sentence_cues.markers.get("agent", ())
    if find_phrase(view.keys, agent_markers, start, end) is not None:
        return False  # an agent the KB does not know ("दोनों देशों के राजनेताओं ने") is still a subject
    return not any(a.marker_kind in ("agent", "none") for a in actors if start <= a.first < end)


