"""The article's home country, for actors the text names only by their kind.

Hindi news about another country's affairs says "सेना ने", "पुलिस ने", "सरकार ने", "अदालत ने" and
names its local people with names the KB does not know: the country is given once, by the article,
not in each sentence. So a generic actor (``---COP``) or a provisional person (a name the tagger found,
``how`` = ``ner``) with no country of its own takes the article's **home country**: the country its
actors and places name, when one clearly leads (``home_country``).

An actor the sentence places elsewhere keeps that place: a genitive right before it ("इसराइल के
सैनिकों", where the linker did not join them) or a place "X में" right before it.

Media (``…MED``: "बीबीसी", the outlet reporting) and bodies without a country (IGOs, NGOs) do not count.

The coder (``coder.py``) also uses the home country where a Hindi sentence names no one: as the target of
a targetless act others do there, or of a material act or act of state done at home (``home_aimed``); as
the doer of a passive act of state with no doer named (``home_government``: "उन्हें हिरासत में लिया गया");
and as the country of unnamed attackers of its people (``home_attackers``). Each stands in as an actor with
no entity and ``marker_kind`` ``home``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Actor, Article
from .cameo import lookup
from .clause import GENERIC_HOW, UNKNOWN_COUNTRY, PlacedActor, SentenceView, placed_in
from .cues import grammar, grammar_keys

# The home country must be named at least this often and hold at least this share of all
# country-bearing mentions (actors and places). Tuned on the BBC Hindi international dev split
# (`sambandh eval events --gold /work/gold/bbc-hindi-international.jsonl --split dev`); rerun it and
# the EDNIL rates after changing.
HOME_MIN_MENTIONS = 2
HOME_MIN_SHARE = 0.4
# ... and lead the runner-up by this factor. A country named far more than any other leads even when lists of
# countries ("अर्जेंटीना, चिली, पेरू, पनामा ... ने") leave it a smaller share: this many mentions, this lead.
HOME_LEAD = 1.5
HOME_CLEAR_MENTIONS, HOME_CLEAR_LEAD = 4, 2.5
# A material act (cooperation 2, conflict 4) with no named target done by the home country's own actors is
# aimed at the home country ("सरकार ने कर्फ्यू लगाया" → MMR → MMR). Raised BBC Hindi dev F1; rerun
# `sambandh eval events --gold /work/gold/bbc-hindi-international.jsonl --split dev` after a change.
HOME_QUAD_CLASSES = frozenset({2, 4})
# Acts of state: codes starting so are the home country's authorities' when a passive names no doer
# ("उन्हें हिरासत में लिया गया", "राजदूत को तलब किया गया"), and aimed at home when done at home with no target:
# investigate (09), reduce relations (16), coerce (17), summon (114), ease restrictions (081).
HOME_STATE_CODES = ("09", "16", "17", "114", "081")
# A refusal (12) by the home country's own actors with no one named refuses what was asked or offered at home
# ("जज ने सुरक्षा का प्रस्ताव ठुकरा दिया" in an article on Italy → ITA → ITA); not used for passives.
HOME_REFUSAL_CODES = ("12",)
# An appeal (02) by the home country's own leaders with no one named is made to its own people ("शी जिनपिंग ने
# सतर्कता में कमी न करने की अपील की" in an article on China → CHN → CHN).
HOME_APPEAL_CODES = ("02",)
# Coercion (17: curfews, bans on movement and gatherings, quarantines) by a state with no one named is done on its own
# people, in any article (English reads it so too: coder.ENGLISH_DOMESTIC_ROOTS); so is easing such restrictions
# (081: "श्रीलंका ने कर्फ्यू में ढील दी" → LKA → LKA), or preparing to (0351: "स्पेन ने ढील की तैयारी शुरू की").
DOMESTIC_CODES = ("17", "081", "0351")
# Reducing relations (16: bans on exports, suspended visas) is always with another party: done by the home country's
# own actors with no one named ("भारत ने गेहूं के निर्यात पर प्रतिबंध लगा दिया"), it is aimed at no one, not at home.
OTHERS_ONLY_ROOTS = ("16",)
# Aid (07) to people named by a noun of a state's own people ("नागरिकों", "भारतीयों", grammar role own_people_noun)
# with no one else named goes to the doer's own country: an evacuation of one's nationals (``aided_nationals``).
AID_ROOT = "07"
OBJECT_REACH = 2  # "भारतीयों को | एयरलिफ्ट किया": the noun and its "को" before the pattern
# Coercion (17) of travellers named by where they came from is aimed at that country ("इटली से आए यात्रियों को क्वारंटाइन
# में रखा" → IND → ITA), as our annotators code the quarantine and screening of arrivals (``arrivals_from``).
ARRIVAL_ROOTS = ("17",)
# the people's "को"/"की" at most this many words before the predicate, a place or a time between ("यात्रियों को कम से कम
# 14 दिनों तक | अलग-थलग रखा जाएगा")
ARRIVAL_MARKER_REACH = 7
ARRIVAL_REACH = 15  # the "से" of where they came from at most this many words before the verb of coming (a route
# with a date between: "X से सीधे या इन देशों की 15 फरवरी के बाद यात्रा कर भारत आने वाले")
# Violence (18, 19) on the home country's people with no doer named is its unnamed attackers'
# (``ATTACKER_SECTOR``), as the BBC Hindi annotators code militants' attacks (PAK → PAK).
UNNAMED_HOME_ROOTS = frozenset({"18", "19"})
ATTACKER_SECTOR = "UAF"
# "रखाइन प्रांत में सेना ने": a place at most this many tokens before a generic actor places it.
PLACE_GAP = 3
# "शिकागो की एक अदालत": a genitive at most this many tokens before (its marker and one word) places it.
GENITIVE_GAP = 2
MEDIA_SECTOR = "MED"
# A passive with no doer named, of cooperation (quad classes 1, 2) or of an act of state (``HOME_STATE_CODES``), was
# done by the state the article last named as a doer ("भारत ने", "गृह मंत्रालय द्वारा") at most this many sentences
# before: "भारत ने जनवरी 2021 में टीका मैत्री शुरू की। ... भूटान को टीके भेजे गए". Hand-set on our own articles
# (tests/events/test_hindi_lists_passives.py); rerun the 2020 and BBC Hindi evaluations after a change.
PASSIVE_DOER_REACH = 3
PASSIVE_DOER_QUAD_CLASSES = frozenset({1, 2})
# Hindi news is written for readers in India: a government, ministry or officials named without a country, in a
# sentence that names no one country and an article where no other country leads ("सरकार ने सार्क वीजा छूट के तहत जारी
# वीजा रद्द कर दिए", "विदेश मंत्रालय ने नागरिकों से ईरान न जाने को कहा"), are India's.
READERSHIP_COUNTRY = "IND"
# The sectors of a state's own doers: a country itself ("भारत ने", code = country) or its government.
STATE_SECTORS = ("GOV",)
# Unplaced generic doers that, in Hindi news with no clear home country, are India's: "सरकार ने", "नौसेना ने".
READERSHIP_SECTORS = ("GOV", "MIL")
NER_HOW = "ner"
CONTEXT_HOW = "context"  # Actor.how of a provisional person placed in the home country
PROTESTER_SECTOR = "OPP"  # protesters, as generic_actors.tsv codes them
HOME_MARKER_KIND = "home"  # the PlacedActor that stands for the home country as an unnamed target


def home_country(article: Article) -> str | None:
    """The country the article is about, or None when no country clearly leads."""
    counts: Counter[str] = Counter()
    for actor in article.actors:
        country = actor.country
        if not country or len(country) != 3 or country == UNKNOWN_COUNTRY:
            continue
        if (actor.code or "").endswith(MEDIA_SECTOR) or actor.type == "media":
            continue
        counts[country] += 1
    if not counts:
        return None
    ranked = counts.most_common()
    country, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    total = sum(counts.values())
    if top >= HOME_CLEAR_MENTIONS and top >= HOME_CLEAR_LEAD * runner_up:
        return country
    if top < HOME_MIN_MENTIONS or top / total < HOME_MIN_SHARE or top < HOME_LEAD * runner_up:
        return None
    return country


def provisional_actors(article: Article, home: str | None) -> tuple[Actor, ...]:
    """Actors for the mentions of provisional people: with their own country, else the home country."""
    taken = [(a.sentence, a.start, a.end) for a in article.actors]
    text = {sentence.id: sentence.text for sentence in article.sentences}
    out: list[Actor] = []
    for entity in article.entities:
        if entity.type != "person":
            continue
        for mention in entity.mentions:
            if mention.how != NER_HOW:
                continue
            if any(s == mention.sentence and start < mention.end and mention.start < end for s, start, end in taken):
                continue
            office = _office_before(article.actors, text.get(mention.sentence, ""), mention.sentence, mention.start)
            country = office.country if office else entity.country or home
            if not office and not entity.country and _faces_home(article.actors, text, mention.sentence, home):
                continue  # "टॉम टुगनढट ने चीन के खिलाफ जांच की मांग की": not China's own man, whoever he is
            if not country:
                continue
            code = office.code if office else entity.code or country
            out.append(Actor(sentence=mention.sentence, start=mention.start, end=mention.end, text=mention.text,
                             entity=entity.id, name=entity.name, type="person", country=country,
                             code=code, how=CONTEXT_HOW))
    return tuple(out)


def _faces_home(actors: tuple[Actor, ...], text: dict[int, str], sentence: int, home: str | None) -> bool:
    """Whether the sentence names the home country itself as a counterpart ("चीन के खिलाफ", "चीन पर"): an unknown
    person there is more likely facing that country than one of its own."""
    counterparts = grammar("hi")["counterpart_postposition"]
    for actor in actors:
        if actor.sentence != sentence or actor.country != home or actor.code != home or actor.type != "country":
            continue
        after = text.get(sentence, "")[actor.end:].split()
        if any(after[:len(words.split())] == words.split() for words in counterparts):
            return True
    return False


def _office_before(actors: tuple[Actor, ...], text: str, sentence: int, start: int) -> Actor | None:
    """"अमरीका के राजदूत माइकल मैकफॉल": a name right after an office is its holder, of the office's country."""
    for actor in actors:
        if (actor.sentence == sentence and actor.end <= start and not text[actor.end:start].strip()
                and actor.country and actor.code and actor.code != actor.country and actor.type != "place"):
            return actor
    return None


def place_generic(
    actors: tuple[PlacedActor, ...], home: str | None, keys: Sequence[str] = ()
) -> tuple[PlacedActor, ...]:
    """Generic actors of a sentence with the country their sentence gives (a genitive or place before them, or
    the one country it names) or, failing that, the article's; a party (``OWNED_SECTORS``) only by what is right
    before it, and with nothing there it is dropped."""
    out: list[PlacedActor | None] = list(actors)
    for index, placed in enumerate(actors):
        actor = placed.actor
        if actor.how != GENERIC_HOW or actor.country:
            continue
        # people are often the doer's own ("अमेरिका ने अपने नागरिकों को सलाह दी"); officials and forces as a target
        # are another country's ("अमेरिका ने अधिकारियों पर प्रतिबंध लगाए")
        side = "" if placed.marker_kind == "postposition" and (actor.code or "").endswith(PEOPLE_SECTORS) else (
            placed.marker_kind)
        sole = None if (actor.code or "").endswith(ARMED_SECTORS) else _sole_country(actors, side)
        country = placed_by_sentence(actors, index, keys) or sole or home
        if not country and (actor.code or "")[len(UNKNOWN_COUNTRY):] in READERSHIP_SECTORS:
            country = READERSHIP_COUNTRY  # "सरकार ने सार्क वीजा छूट के तहत जारी वीजा रद्द किए": India's, in Hindi news
        if (actor.code or "").endswith(OWNED_SECTORS):
            country = placed_by_sentence(actors, index, keys)  # "इमरान ख़ान की पार्टी": only its owner places it
            if not country:
                out[index] = None
                continue
        if not country:
            continue
        out[index] = placed_in(placed, country)
    return tuple(a for a in out if a is not None)


# A party is always someone's: "इमरान ख़ान की पार्टी", "नेपाल की पार्टी" (a person's or a country's genitive, a
# demonym or a place "X में" right before it) is that country's party (PTY); a bare "पार्टी" (a party, a
# celebration, a side in a case) is no actor at all.
OWNED_SECTORS = ("PTY",)

# Militants, rebels and criminals often come from elsewhere: the one country a sentence names is not theirs.
ARMED_SECTORS = ("UAF", "REB", "CRM")


def _sole_country(actors: tuple[PlacedActor, ...], kind: str) -> str | None:
    """"ईरान की अदालत ने पत्रकार को सजा सुनाई": the one country the sentence's named actors belong to. A country
    on the other side of the act is not the generic actor's own: a counterpart ("नौसेना ने अमेरिका से हेलिकॉप्टर
    खरीदे") for a doer (``kind`` "agent"), the doer ("अमेरिका ने अधिकारियों पर प्रतिबंध लगाए") for a target."""
    other = _OTHER_SIDE.get(kind)
    countries = {a.actor.country for a in actors
                 if a.actor.how != GENERIC_HOW and a.actor.country and a.marker_kind != other}
    return countries.pop() if len(countries) == 1 else None


# Sectors of people, not of a state: as a target they may well be the doer's own.
PEOPLE_SECTORS = ("CVL",)
# The marker kind of the actors on the other side of an act from a generic actor of a marker kind.
_OTHER_SIDE = {"agent": "postposition", "none": "postposition", "postposition": "agent"}

# The kinds of named actor that, right before a generic one with no marker, name its country.
NAMING_TYPES = ("country", "person", "group")


def placed_by_sentence(actors: Sequence[PlacedActor], index: int, keys: Sequence[str] = ()) -> str | None:
    """"इसराइल के सैनिकों", "रखाइन में सेना": the country a genitive or place right before gives; the words of a count
    between them do not count ("यूक्रेन के 40 से ज्यादा नागरिकों"; grammar_hi.tsv ``quantity``, digits)."""
    if index == 0:
        return None
    before = actors[index - 1]
    if not before.actor.country or before.actor.how == GENERIC_HOW:
        return None
    gap = actors[index].first - before.last - sum(map(is_count_word, keys[before.last:actors[index].first]))
    if before.marker_kind == "genitive" and gap <= GENITIVE_GAP:
        return before.actor.country
    if before.actor.type in NAMING_TYPES and before.marker_kind == "none" and gap == 0:
        # "भारतीय मछुआरों", "अमेरिकी बलों", "ट्रंप सरकार", "तालिबान सरकार": a demonym, leader or group right before
        return before.actor.country
    if before.marker_kind == "location" and gap <= PLACE_GAP:
        return before.actor.country
    return None


def state_doer(view: SentenceView, before: int | None = None) -> PlacedActor | None:
    """The last state the sentence names as a doer ("X ने", "X द्वारा"): a country, or a government of one; with
    ``before``, the last one ending before that token."""
    doers = [a for a in view.actors if a.marker_kind == "agent" and _is_state(a.actor)
             and (before is None or a.last <= before)]
    return doers[-1] if doers else None


def passive_doer(code: str, doer: PlacedActor | None, sentence: int) -> PlacedActor | None:
    """The doer of a passive of CAMEO ``code`` that names none: the state named last as a doer (``state_doer``), when
    it is recent and the act is cooperation or an act of state."""
    if doer is None or sentence - doer.actor.sentence > PASSIVE_DOER_REACH:
        return None
    carries = lookup(code).quad_class in PASSIVE_DOER_QUAD_CLASSES or code.startswith(HOME_STATE_CODES)
    return doer if carries else None


def _is_state(actor: Actor, sectors: tuple[str, ...] = STATE_SECTORS) -> bool:
    """A named country acting itself or through one of ``sectors`` (its government; for aid also its forces)."""
    country = actor.country
    return bool(country) and len(country) == 3 and country != UNKNOWN_COUNTRY and (
        actor.code == country or (actor.code or "")[3:] in sectors)


def own_people(target: PlacedActor, source: PlacedActor) -> PlacedActor:
    """A kind of actor aimed at with no country of its own ("मंत्रालय ने नागरिकों से ईरान न जाने को कहा") is of the doer's
    country."""
    actor, country = target.actor, _country_part(source.actor)
    if actor.how != GENERIC_HOW or actor.country or not country or len(country) != 3 or country == "IGO":
        return target
    return placed_in(target, country)


def coerced_at_home(code: str, sources: list[PlacedActor]) -> str | None:
    """The doer's own country, where a state's coercion or its easing (``DOMESTIC_CODES``) with no one named takes
    place ("इटली ने लोगों की आवाजाही पर रोक लगा दी" → ITA → ITA), or None."""
    if not code.startswith(DOMESTIC_CODES) or not sources or not all(_is_state(s.actor) for s in sources):
        return None
    countries = {s.actor.country for s in sources}
    return countries.pop() if len(countries) == 1 else None


def aided_nationals(view: SentenceView, predicate_first: int, predicate_last: int, code: str,
                    actors: list[PlacedActor], sources: list[PlacedActor]) -> PlacedActor | None:
    """Whom aid (07) goes to when its pattern names people by a noun of a state's own people and no target was
    found: the nationals the act names ("भारत ने श्रीलंका के नागरिकों को भी निकाला" → LKA), else the doer's own
    country ("भारत ने सूडान से अपने नागरिकों को निकाला" → IND → IND: an evacuation helps one's own nationals)."""
    if lookup(code).root != AID_ROOT or not sources or not all(
            _is_state(s.actor) or (s.actor.how != GENERIC_HOW and _is_state(s.actor, READERSHIP_SECTORS))
            for s in sources):
        return None  # a state, its government or its forces ("भारतीय वायुसेना ने ... एयरलिफ्ट किया")
    # the people are in the pattern ("नागरिकों को निकाला") or its object right before it ("भारतीयों को एयरलिफ्ट किया")
    if grammar_keys("own_people_noun").isdisjoint(view.keys[max(0, predicate_first - OBJECT_REACH):predicate_last]):
        return None
    countries = {s.actor.country for s in sources}
    named = [a for a in actors if a.first <= predicate_first < a.last and a.actor.country and a not in sources
             and a.actor.country not in countries and a.actor.how != GENERIC_HOW]
    if named:
        return named[0]
    return home_target(view, predicate_first, countries.pop()) if len(countries) == 1 else None


def arrivals_from(view: SentenceView, actors: Sequence[PlacedActor], target: PlacedActor | None,
                  code: str, predicate_first: int) -> list[PlacedActor] | None:
    """The countries travellers came from, when an act of coercion (``ARRIVAL_ROOTS``) is aimed at people named so:
    "चीन से आए यात्रियों", "इटली से लौटे 21 लोगों", "चीन, जापान और ईरान की यात्रा से लौटे नागरिकों" (grammar roles
    ``arrival_verb``, ``arrival_trip``, ``participle_tail``, ``origin_marker``), named as the target or as the noun
    and marker right before the predicate ("यात्रियों की | स्क्रीनिंग की"); else None. People of a country named
    themselves ("ईरान से लौटे भारतीयों") stay a target beside it."""
    if not lookup(code).root.startswith(ARRIVAL_ROOTS):
        return None
    verb = _arrival_verb(view.keys, target, predicate_first)
    if verb is None:
        return None
    # the nearest country before the verb marked "से" (or "की यात्रा से"), a few words of route between at most:
    # "जर्मनी से सीधे या इन देशों की यात्रा कर भारत आने वाले यात्रियों"
    keys, trip, ergative = view.keys, grammar_keys("arrival_trip"), grammar_keys("ergative")
    origin = None
    for a in reversed(actors):
        if a.last >= verb or a.actor.how == GENERIC_HOW or len(a.actor.country or "") != 3:
            continue
        if verb - a.last > ARRIVAL_REACH or not ergative.isdisjoint(keys[a.last:verb]):
            break
        marker_at = a.last + 2 if a.last + 2 < verb and keys[a.last + 1] in trip else a.last
        if marker_at < verb and keys[marker_at] in grammar_keys("origin_marker"):
            origin = a
            break
    if origin is None:
        return None
    found = joined_countries(actors, origin, kinds=(origin.marker_kind, "none"))
    countries = {a.actor.country for a in found}
    if target is not None and target.actor.how != GENERIC_HOW and target.actor.country not in {None, *countries}:
        found.append(target)
    return found


def _arrival_verb(keys: Sequence[str], target: PlacedActor | None, predicate_first: int) -> int | None:
    """Where the verb of coming stands that names the people aimed at ("चीन से आए | 21 | यात्रियों", "आने वाले
    यात्रियों"): right before them, past a count and "वाले"; the people are the target, or the noun before a "को"/"की"
    at most ARRIVAL_MARKER_REACH words before the predicate when no actor covers them."""
    if target is not None and target.marker_kind != HOME_MARKER_KIND:
        at = target.first
    else:  # "यात्रियों की (हवाई अड्डों पर) | स्क्रीनिंग की"
        markers = grammar_keys("object_marker")
        at = next((i - 1 for i in range(predicate_first - 1, max(0, predicate_first - ARRIVAL_MARKER_REACH) - 1, -1)
                   if keys[i] in markers), -1)
    while at > 0 and is_count_word(keys[at - 1]):
        at -= 1
    if at > 0 and keys[at - 1] in grammar_keys("participle_tail"):
        at -= 1
    return at - 1 if at >= 2 and keys[at - 1] in grammar_keys("arrival_verb") else None


def is_count_word(key: str) -> bool:
    """A number ("21", "1.5", "10,000") or a word of a count (grammar_hi.tsv ``quantity``: "हजार", "से ज्यादा")."""
    return key in grammar_keys("quantity") or key.replace(",", "").replace(".", "").isdigit()


def joined_countries(actors: Sequence[PlacedActor], last: PlacedActor, *, kinds: tuple[str, ...] = ("none",)
                     ) -> list[PlacedActor]:
    """``last`` and the countries joined to it before by commas and "और" ("ईरान, इराक़ और यमन के"), whose case marker
    is of ``kinds``: none of their own before an owned noun, or the one they share with ``last``."""
    index = actors.index(last)
    chain = [last]
    while index > 0 and actors[index - 1].joined and actors[index - 1].marker_kind in kinds and (
            actors[index - 1].actor.type == "country"):
        index -= 1
        chain.insert(0, actors[index])
    return chain


def home_target(view: SentenceView, at: int, home: str) -> PlacedActor:
    """The home country as the target of an act the sentence aims at no one ("वहां से राजनयिक हटा लिए")."""
    return _stand_in(view, at, home, name=home, type_="country", code=home)


# Others' plain statements (CAMEO 01) are not taken as aimed at the home country: in an Indian article,
# "ट्रंप ने घोषणा की" is no statement to India (their demands, appeals and criticism are: "संयुक्त राष्ट्र ने
# हिंसा की जांच की मांग की" in an article on Nepal); nor is their coercion (a state of emergency, arrests,
# curfews: CAMEO 17), done on their own ground.
OWN_GROUND_ROOTS = ("01", "17")
# Nor is an agreement they sign there ("... की मध्यस्थता से सूडान की सेना और आरएसएफ ने जेद्दा में समझौते पर हस्ताक्षर
# किए" is no agreement with Saudi Arabia).
OWN_GROUND_CODES = ("057",)


def home_aimed(code: str, sources: list[PlacedActor], home: str) -> bool:
    """A targetless act of CAMEO ``code`` is aimed at the home country: done there by others (an IGO too), by
    its own unnamed authorities, or a material act or act of state done at home by its own actors."""
    countries = [_country_part(s.actor) for s in sources]
    if all(s.marker_kind == HOME_MARKER_KIND for s in sources):
        return True
    if all(c and c != home for c in countries):  # what others do there; their words need not be about it
        return not code.startswith(OWN_GROUND_ROOTS + OWN_GROUND_CODES)
    return all(c == home for c in countries) and not code.startswith(OTHERS_ONLY_ROOTS) and (
        lookup(code).quad_class in HOME_QUAD_CLASSES or code.startswith(HOME_STATE_CODES + HOME_REFUSAL_CODES
                                                                         + HOME_APPEAL_CODES))


def home_protesters(view: SentenceView, at: int, country: str) -> PlacedActor:
    """A country's people demonstrating when no one is named ("कई शहरों में विरोध प्रदर्शन भड़क उठे")."""
    return _stand_in(view, at, country, name="protesters", type_="group", code=f"{country}{PROTESTER_SECTOR}")


def home_government(view: SentenceView, at: int, home: str) -> PlacedActor:
    """The home country's authorities, who arrest, expel and summon when the passive names no one."""
    return _stand_in(view, at, home, name=home, type_="country", code=f"{home}GOV")


def unnamed_home(code: str, target: PlacedActor, home: str) -> bool:
    """Assault and fighting on the home country's people, no doer named, are done by its own attackers."""
    return lookup(code).root in UNNAMED_HOME_ROOTS and target.actor.country == home


def home_attackers(view: SentenceView, at: int, home: str) -> PlacedActor:
    """Unnamed attackers of the home country ("जवानों पर गोलीबारी की गई" in an article about Pakistan)."""
    return _stand_in(view, at, home, name="attackers", type_="group", code=f"{home}{ATTACKER_SECTOR}")


def _stand_in(view: SentenceView, at: int, home: str, *, name: str, type_: str, code: str) -> PlacedActor:
    start = view.tokens[at].start if at < len(view.tokens) else len(view.sentence.text)
    actor = Actor(sentence=view.sentence.id, start=start, end=start, text="", entity=None, name=name,
                  type=type_, country=home, code=code, how=GENERIC_HOW)
    return PlacedActor(actor, at, at, "", HOME_MARKER_KIND)


def _country_part(actor: Actor) -> str | None:
    """The country of an actor, or the first three letters of its code ("IGO"), or None when unknown."""
    part = actor.country if actor.country and len(actor.country) == 3 else (actor.code or "")[:3]
    return part if part and part != UNKNOWN_COUNTRY else None
