"""A sentence prepared for coding: tokens, actor positions, case markers and clauses.

Particles ("भी", "ही") and negation words are taken out of the token stream the
predicates are matched on, so "बातचीत भी की" and "मुलाकात नहीं की" still match
their patterns; the negation is remembered by position.

Nouns that name a kind of actor without a country ("आतंकियों ने", "उपद्रवियों ने",
"gunmen") are placed as actors too, where no linked actor covers them: their country is
unknown (``---`` in CAMEO, as PETRARCH writes it) and their code is ``---`` + sector
(``---UAF``, ``---COP``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..datafiles import load_table
from ..entities.provisional import common_vocabulary
from ..entities.provisional import cues as name_cues
from ..model import Actor, Sentence
from ..text.normalize import fold
from ..text.tokens import Token, tokenize
from .cues import Cues, grammar, grammar_keys, marker_words, phrase_at
from .lexicon import finite_forms

NONE_MARKER = "0"  # a bare noun phrase: nominative subject or unmarked object
UNKNOWN_COUNTRY = "---"  # CAMEO's (and PETRARCH's) country part of an actor whose country is not known
UNNAMED_MARKER_KIND = "unnamed"  # the PlacedActor that stands for a doer the text does not name
GENERIC_HOW = "generic"  # Actor.how of a generic actor ("आतंकियों"): named by its kind, not linked
HYPHENS = frozenset({"-", "–", "‐"})
HEADLINE_PARAGRAPH = -1
"""The ``paragraph`` of a sentence that is the headline rather than part of the body (events/headline.py)."""
LOCATION_TYPES = frozenset({"place", "country"})
PERSON_TYPES = frozenset({"person"})
# The case marker kinds of a doer or an oblique role ("ने", "को", "से", "पर"; case_markers.tsv).
CASE_KINDS = ("agent", "postposition")  # actor types that name where, not who
# English: a kind of actor ending at most this many tokens before a named actor is its description
# ("the militant group Hamas": one word, "group", between). Hand-set; no change in PLOVER dev F1.
APPOSITION_GAP = 1
# "X और Y के बीच": the word after a genitive that makes the joined actors one party each.
# Hindi: the case markers a country's adjective takes from the noun after it ("पाकिस्तानी राजनयिकों को").
DEMONYM_MARKER_KINDS = ("agent", "postposition", "genitive")
# "भारत समेत 14 देशों से": at most this many words of the group between "समेत" and its case marker.
INCLUDED_WORDS = 3
# English prepositions may stand this many tokens before their actor ("with the Russian minister").
PRECEDING_WINDOW = 3
# Hindi: "भारतीय और अन्य विदेशी छात्रों को": at most this many words of a noun joined to an actor before its marker.
JOINED_NOUN_WORDS = 3
# "गयाना के राष्ट्रपति इरफान अली ने": at most this many name words between an actor ending in a title and its "ने".
TITLE_NAME_WORDS = 3
# Hindi counted lists: at most this many words (counts and one coordinator) between two items ("को 1.5 मीट्रिक टन और").
COUNTED_ITEM_WORDS = 6
# A comma that separates items, not one inside a number ("1,500").
_LIST_COMMA = re.compile(r",(?!\d)")


@dataclass(frozen=True, slots=True)
class PlacedActor:
    """An actor with its token range in the filtered stream and the case marker after it."""

    actor: Actor
    first: int
    last: int  # exclusive
    marker: str
    marker_kind: str
    preceding: tuple[str, ...] = ()  # up to three token keys before the actor (English prepositions)
    joined: bool = False  # followed by "और"/"and": it shares the role of the actor it is joined to



def placed_in(placed: PlacedActor, country: str) -> PlacedActor:
    """A generic actor as one of ``country``: "पुलिस" (``---COP``) in India is ``INDCOP``."""
    actor = placed.actor
    code = f"{country}{(actor.code or '')[len(UNKNOWN_COUNTRY):]}"
    return replace(placed, actor=replace(actor, country=country, code=code))

def actor_identity(actor: PlacedActor, *, by_role: bool = False) -> tuple:
    """Who an actor is: its entity; an unlinked (generic) actor is itself, by kind and place.

    ``by_role`` (English) tells a country's roles apart: its government and its rebels are two
    actors (``SRBGOV``, ``SRBREB``), as the English gold codes domestic events.
    """
    if actor.actor.entity is not None:
        return (actor.actor.entity, actor.actor.code) if by_role else (actor.actor.entity,)
    return (actor.actor.code, actor.first)


def same_actor(a: PlacedActor, b: PlacedActor, *, by_role: bool = False) -> bool:
    """Whether two placed actors are one and the same (``actor_identity``)."""
    return actor_identity(a, by_role=by_role) == actor_identity(b, by_role=by_role)


@dataclass(frozen=True, slots=True)
class SentenceView:
    sentence: Sentence
    tokens: tuple[Token, ...]  # filtered: no particles, no negation words
    negated_at: frozenset[int]  # filtered indices right after a removed negation word
    actors: tuple[PlacedActor, ...]
    clauses: tuple[tuple[int, int], ...]
    # filtered indices where a removed conditional "तो" stood, right after the condition's finite verb ("हिंसा जारी
    # रही तो ...")
    then_at: frozenset[int] = frozenset()

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]


def prepare(sentence: Sentence, actors: list[Actor], cues: Cues) -> SentenceView:
    """Tokens, placed actors and clause boundaries of one sentence."""
    skip = {words[0] for words in cues.markers.get("particle", ()) if len(words) == 1}
    negation = {words[0] for words in cues.phrases.get("negation", ()) if len(words) == 1}
    tokens: list[Token] = []
    negated_at: set[int] = set()
    then_at: set[int] = set()
    then = grammar_keys("conditional_then", cues.lang) if cues.lang == "hi" else frozenset()
    inside = _parenthesised(sentence.text)
    for token in tokenize(sentence.text):
        if token.key in negation:
            negated_at.add(len(tokens))
            continue
        if token.key in then and tokens and tokens[-1].key in finite_forms(cues.lang):
            then_at.add(len(tokens))  # "जारी रही तो": the "तो" of a consequence, not the particle after a noun
        if token.key in skip:
            continue
        if inside[token.start] and not _covered(token, actors):
            continue  # "(26 जुलाई)", "(KCNA)" after a name: asides, not clause words
        tokens.append(token)
    placed = [p for p in (_place(actor, tokens, cues) for actor in actors) if p is not None]
    generic = [p for p in (_place(actor, tokens, cues) for actor in _generic_actors(sentence, tokens, placed, cues))
               if p is not None]
    if cues.lang != "hi":
        # "the militant group Hamas", "rebel leader X": a kind of actor right before a named one describes it
        named = {p.first for p in placed if p.marker_kind == "none"}  # not "security forces in Guinea"
        generic = [g for g in generic if not any(g.last <= at <= g.last + APPOSITION_GAP for at in named)]
    placed += generic
    placed = sorted(placed, key=lambda p: p.first)
    if cues.lang == "hi":
        placed = _demonym_phrases(placed, [t.key for t in tokens], cues)
        placed = _included(placed, [t.key for t in tokens], cues, sentence.text)
    # a case marker or a pronoun after "और" closes X's phrase: in "पाकिस्तान और वो खुद मोदी से", "वो" is X's partner
    case_words = marker_words(cues.lang, *CASE_KINDS, "pronoun") if cues.lang == "hi" else frozenset()
    placed = _share_roles(placed, [t.key for t in tokens], case_words, cues.markers)
    placed = _listed(sentence.text, placed)  # "स्पेन, कुवैत और पेरू ने", "Iran, Libya and Sudan"
    if cues.lang == "hi":  # "भूटान को 1.5 लाख, सेशेल्स को 50 हजार टीके भेजे गए", "287 ब्रिटिश, 26 कनाडाई नागरिक"
        placed = _counted_list(sentence.text, placed, [t.key for t in tokens])
    placed = _hyphenated(sentence.text, placed)  # "भारत-पाकिस्तान के बीच"
    placed = tuple(placed)
    named = frozenset(i for p in placed for i in range(p.first, p.last))  # "जो बाइडन" is a name, no relative "जो"
    return SentenceView(sentence, tuple(tokens), frozenset(negated_at), placed, _clauses(tokens, cues, named),
                        frozenset(then_at))


def _generic_actors(
    sentence: Sentence, tokens: list[Token], placed: list[PlacedActor], cues: Cues
) -> list[Actor]:
    """Generic actor phrases of the sentence that no linked actor covers."""
    taken = {i for p in placed for i in range(p.first, p.last)}
    keys = [t.key for t in tokens]
    found: list[Actor] = []
    index = 0
    while index < len(keys):
        words = phrase_at(keys, cues.generic_phrases, index) if index not in taken else None
        if not words or taken.intersection(range(index, index + len(words))):
            index += 1
            continue
        kind = cues.generic[words]
        start, end = tokens[index].start, tokens[index + len(words) - 1].end
        found.append(Actor(sentence=sentence.id, start=start, end=end, text=sentence.text[start:end],
                           entity=None, name=kind.name, type="group", country=None,
                           code=f"{UNKNOWN_COUNTRY}{kind.sector}", how=GENERIC_HOW))
        index += len(words)
    return found


def _covered(token: Token, actors: list[Actor]) -> bool:
    return any(a.start <= token.start and token.end <= a.end for a in actors)


def _parenthesised(text: str) -> list[bool]:
    depth, inside = 0, []
    for char in text:
        if char in "([":
            depth += 1
        inside.append(depth > 0)
        if char in ")]" and depth:
            depth -= 1
    inside.append(False)
    return inside


def _place(actor: Actor, tokens: list[Token], cues: Cues) -> PlacedActor | None:
    # a token that starts inside the actor belongs to it: "Turkey's" is one token, the actor "Turkey"
    indices = [i for i, t in enumerate(tokens) if actor.start <= t.start < actor.end]
    if not indices:
        return None
    first, last = indices[0], indices[-1] + 1
    keys = [t.key for t in tokens]
    preceding = tuple(keys[max(0, first - PRECEDING_WINDOW):first])
    if cues.lang != "hi":
        return _place_english(actor, first, last, keys, preceding, cues)
    if actor.type == "place" and last < len(keys) and keys[last] in name_cues().get("place_noun", ()):
        last += 1  # "बखमुत शहर पर": the place's noun belongs to it; the marker follows
    for kind in ("agent", "postposition", "genitive", "location", "coordination"):
        words = phrase_at(keys, cues.markers.get(kind, ()), last)
        if words:
            return PlacedActor(actor, first, last, " ".join(words), kind, preceding)
    agent = _after_title_name(keys, first, last, cues)
    if agent:
        return PlacedActor(actor, first, last, agent, "agent", preceding)
    return PlacedActor(actor, first, last, NONE_MARKER, "none", preceding)


def _after_title_name(keys: list[str], first: int, last: int, cues: Cues) -> str | None:
    """"गयाना के राष्ट्रपति इरफान अली ने": an actor ending in a title ("राष्ट्रपति") whose bearer's name, unknown to
    the actor lists, stands before the doer's "ने" takes that "ने". Only name-like words (none the tagger's data saw
    mostly outside names, none a marker) may come between."""
    if last - 1 < first or keys[last - 1] not in name_cues().get("title", ()):
        return None
    common, markers = common_vocabulary(), marker_words(cues.lang, *CASE_KINDS) | grammar_keys("coordinator")
    for at in range(last + 1, min(len(keys), last + TITLE_NAME_WORDS + 1)):
        words = phrase_at(keys, cues.markers.get("agent", ()), at)
        if words:
            return " ".join(words)
        if keys[at - 1] in common or keys[at - 1] in markers or not any(ch.isalpha() for ch in keys[at - 1]):
            return None
    return None


def _place_english(
    actor: Actor, first: int, last: int, keys: list[str], preceding: tuple[str, ...], cues: Cues
) -> PlacedActor:
    """English marks roles with a preposition before the phrase ("in Busan", "with Putin"), not after it."""
    if phrase_at(keys, cues.markers.get("coordination", ()), last):
        return PlacedActor(actor, first, last, keys[last], "coordination", preceding)
    determiners = cues.markers.get("determiner", ())
    before = [k for k in preceding if (k,) not in determiners]
    if before:
        for kind in ("location", "postposition", "agent"):
            if (before[-1],) in cues.markers.get(kind, ()):
                return PlacedActor(actor, first, last, before[-1], kind, preceding)
    # "in southern Gaza", "in the occupied West Bank": a word placing the place inside the country
    if len(before) > 1 and (before[-1],) in cues.markers.get("place_modifier", ()) and (
            (before[-2],) in cues.markers.get("location", ())):
        return PlacedActor(actor, first, last, before[-2], "location", preceding)
    return PlacedActor(actor, first, last, NONE_MARKER, "none", preceding)


def _share_roles(
    placed: list[PlacedActor], keys: list[str], case_words: frozenset[str],
    markers: Mapping[str, tuple[tuple[str, ...], ...]] | None = None,
) -> list[PlacedActor]:
    """"X और Y ने": X takes Y's case marker; genitives in between ("Y के कब्जे वाले Z में") are skipped, save
    "Y के बीच" ("X और Y के बीच ओमान में वार्ता"), which is X's too. A case marker of its own between them ("भारतीय और
    अन्य छात्रों को राहत देते हुए कनाडा सरकार ने") closes X's phrase: Y is no partner."""
    out = list(placed)
    for index in range(len(out) - 1, -1, -1):  # from the right, so chains "A और B और C ने" resolve
        actor = out[index]
        if actor.marker_kind != "coordination":
            continue
        partner = next((p for p in out[index + 1:] if p.marker_kind not in ("genitive", "coordination")
                        or _before_between(p, keys)), None)
        if partner is not None and not case_words.isdisjoint(keys[actor.last + 1:partner.first]):
            partner = None
        following = out[index + 1] if index + 1 < len(out) else None
        if ((partner is None or partner.marker_kind == "location") and following is not None
                and following is not partner and following.marker_kind == "genitive"):
            # "पुतिन और ट्रंप की अलास्का में मुलाकात", "अमेरिका और दक्षिण कोरिया के अभ्यास की निंदा": X shares Y's
            # genitive, not a place's "में", when no other marker follows
            partner = following
        if partner is None and case_words:
            # "भारतीय और अन्य विदेशी छात्रों को": joined to a noun no actor stands for, X takes that noun's marker
            shared = _noun_marker(keys, actor.last + 1, {p.first for p in out}, markers or {})
            if shared is not None:
                out[index] = replace(actor, marker=shared[0], marker_kind=shared[1])
                continue
        if partner is not None:
            out[index] = replace(actor, marker=partner.marker, marker_kind=partner.marker_kind, joined=True)
    return out


def _noun_marker(
    keys: list[str], start: int, starts: set[int], markers: Mapping[str, tuple[tuple[str, ...], ...]]
) -> tuple[str, str] | None:
    """The case marker (and its kind) after at most ``JOINED_NOUN_WORDS`` words from ``start`` (after "और") that no
    actor starts, or None."""
    for end in range(start + 1, min(len(keys), start + 1 + JOINED_NOUN_WORDS)):
        if starts.intersection(range(start, end)):
            return None
        for kind in ("agent", "postposition", "genitive"):
            words = phrase_at(keys, markers.get(kind, ()), end)
            if words:
                return " ".join(words), kind
    return None


def _before_between(actor: PlacedActor, keys: list[str]) -> bool:
    """A genitive right before "बीच": "X और Y के बीच"."""
    after = actor.last + 1
    return actor.marker_kind == "genitive" and after < len(keys) and keys[after] in grammar()["between"]


def _demonym_phrases(placed: list[PlacedActor], keys: list[str], cues: Cues) -> list[PlacedActor]:
    """"पाकिस्तानी राजनयिकों को", "इसराइली हमले की निंदा": a country's adjective before one noun with a case marker
    takes that marker; the phrase is the country's. "में" is left out: "इसराइली हमले में" names the doer, no place."""
    starts = {p.first for p in placed}
    out = list(placed)
    for index, actor in enumerate(placed):
        at = actor.last
        if (actor.marker_kind != "none" or actor.actor.type != "country" or at >= len(keys) or at in starts
                or fold(actor.actor.text) not in _demonyms()):
            continue
        for kind in DEMONYM_MARKER_KINDS:
            words = phrase_at(keys, cues.markers.get(kind, ()), at + 1)
            if words:
                out[index] = replace(actor, marker=" ".join(words), marker_kind=kind)
                break
    return out


def _included(placed: list[PlacedActor], keys: list[str], cues: Cues, text: str) -> list[PlacedActor]:
    """"भारत समेत 14 देशों से आने वाले", "भारतीय उच्चायुक्त समेत छह राजनयिकों को": the actor named before "समेत"/"सहित"
    (grammar_hi.tsv, ``including``) takes the case marker of the group it belongs to, at most ``INCLUDED_WORDS``
    words after, as the named member of it."""
    including, comparatives = grammar_keys("including"), grammar_keys("comparative")
    starts = {p.first for p in placed}
    out = list(placed)
    for index, actor in enumerate(placed):
        at = actor.last
        if actor.marker_kind != "none" or at >= len(keys) or keys[at] not in including:
            continue
        limit = at + 2 + INCLUDED_WORDS
        for end in range(at + 2, len(keys)):
            if end >= limit or end - 1 in starts:
                break  # too far, or another actor heads the group ("भारत समेत पाकिस्तान के")
            found = next(((kind, words) for kind in DEMONYM_MARKER_KINDS
                          if (words := phrase_at(keys, cues.markers.get(kind, ()), end))), None)
            if found and end + len(found[1]) < len(keys) and keys[end + len(found[1])] in comparatives:
                limit += len(found[1]) + 1  # "यमन समेत 10 से अधिक देशों के": "से अधिक" is a count's, no case marker
                continue
            if found:
                people = next((p for p in out if p.first == end + len(found[1]) and p.actor.how == GENERIC_HOW
                               and not p.actor.country), None)
                if people is not None:  # "फ्रांस समेत 15 देशों के नागरिकों को": the group's people are its members'
                    found = (people.marker_kind, tuple(people.marker.split()))
                    out.remove(people)
                out[index] = replace(actor, marker=" ".join(found[1]), marker_kind=found[0])
                # "फ्रांस, जर्मनी, चीन समेत": the members listed before it by commas are named members too
                for left in range(index - 1, -1, -1):
                    if text[out[left].actor.end:out[left + 1].actor.start].strip() != ",":
                        break
                    out[left] = replace(out[left], marker=" ".join(found[1]), marker_kind=found[0], joined=True)
                break
    return out


@functools.cache
def _demonyms() -> frozenset[str]:
    """The folded Hindi demonyms of the KB's countries ("पाकिस्तानी", "इसराइली")."""
    return frozenset(fold(row["alias"]) for row in load_table("sambandh.kb", "country_aliases")
                     if row["lang"] == "hi" and row["kind"] == "demonym")


def _hyphenated(text: str, placed: list[PlacedActor]) -> list[PlacedActor]:
    """"भारत-पाकिस्तान के बीच", "India-Pakistan talks": two countries joined by a hyphen are joined as by "और"."""
    out = list(placed)
    for index in range(len(out) - 2, -1, -1):
        actor, partner = out[index], out[index + 1]
        if (actor.actor.type == partner.actor.type == "country" and actor.last == partner.first
                and text[actor.actor.end:partner.actor.start] in HYPHENS):
            out[index] = replace(actor, marker=partner.marker, marker_kind=partner.marker_kind, joined=True)
    return out


def _listed(text: str, placed: list[PlacedActor]) -> list[PlacedActor]:
    """English lists: "to Iran, Libya, North Korea and Sudan": an actor followed by a comma and then by an
    actor joined by "and" is joined too, with its role."""
    out = list(placed)
    for index in range(len(out) - 2, -1, -1):
        actor, partner = out[index], out[index + 1]
        if partner.joined and not actor.joined and text[actor.actor.end:partner.actor.start].strip() == ",":
            out[index] = replace(actor, marker=partner.marker, marker_kind=partner.marker_kind, joined=True)
    return out


def _counted_list(text: str, placed: list[PlacedActor], keys: list[str]) -> list[PlacedActor]:
    """Hindi lists with a count at each item: "963 अमेरिकी, 287 ब्रिटिश और 26 कनाडाई नागरिकों को", and gapped ones
    that repeat the case marker: "भूटान को 1.5 लाख, मालदीव को एक लाख और सेशेल्स को 50 हजार टीके भेजे गए". An actor
    followed (after its marker, when it is the next actor's) only by counts (grammar_hi.tsv ``quantity``, digits)
    and one separator (a comma or a coordinator) is joined to the next actor, with its role."""
    out = list(placed)
    quantities, coordinators = grammar_keys("quantity"), grammar_keys("coordinator")
    for index in range(len(out) - 2, -1, -1):
        actor, partner = out[index], out[index + 1]
        if actor.joined:
            continue
        start = actor.last
        if actor.marker_kind != "none":
            if (actor.marker, actor.marker_kind) != (partner.marker, partner.marker_kind):
                continue
            start += len(actor.marker.split())
        between = keys[start:partner.first]
        counts = [k for k in between if k.isdigit() or k in quantities]
        joins = len(_LIST_COMMA.findall(text[actor.actor.end:partner.actor.start]))
        joins += sum(k in coordinators for k in between)
        if (counts and joins == 1 and len(between) <= COUNTED_ITEM_WORDS
                and len(counts) + sum(k in coordinators for k in between) == len(between)):
            out[index] = replace(actor, marker=partner.marker, marker_kind=partner.marker_kind, joined=True)
    return out


def _clauses(tokens: list[Token], cues: Cues, named: frozenset[int] = frozenset()) -> tuple[tuple[int, int], ...]:
    keys = [t.key for t in tokens]
    # coordinators join actors as often as clauses ("रूसी और चीनी प्रतिनिधिमंडल"); predicates split those
    coordination = set(cues.markers.get("coordination", ()))
    breaks = tuple(words for words in cues.phrases.get("clause_break", ()) if words not in coordination)
    ergative = grammar()["ergative"]
    # "X ने प्रस्ताव इसलिए ठुकराया क्योंकि ...": a cataphoric "इसलिए" points to the reason after it and does not end
    # the clause it stands in (the reason's own conjunction does)
    cataphoric = grammar_keys("cataphoric_break")
    causes = grammar_keys("cause_conjunction")
    cuts = [0]
    for index in range(1, len(keys)):
        if keys[index] in cataphoric and any(key in causes for key in keys[index + 1:]):
            continue
        # "श्रीलंका ने इसके बाद ... रिहा कर दिया": right after a "ने" subject the clause has not ended
        if (phrase_at(keys, breaks, index) and index > cuts[-1] and keys[index - 1] not in ergative
                and index not in named):
            cuts.append(index)
    cuts.append(len(keys))
    return tuple((a, b) for a, b in itertools.pairwise(cuts) if b > a)


# An office's country in the genitive between joined actors ("X और ब्रिटेन के व्यापार मंत्री Y ने") is at most
# this many words before the name: the genitive and three words of office.
OFFICE_WORDS = 4


def coordinated(actors: list[PlacedActor], source: PlacedActor) -> list[PlacedActor]:
    """The source and every actor joined to it by "और"/"and"."""
    index = actors.index(source)
    chain = [source]
    left = index - 1
    while left >= 0:
        if (left and len(chain) == 1 and actors[left].marker_kind == "genitive" and not actors[left].joined
                and chain[0].first - actors[left].last <= OFFICE_WORDS
                and actors[left - 1].joined and actors[left - 1].marker == source.marker):
            left -= 1  # "गोयल और ब्रिटेन के व्यापार मंत्री रेनॉल्ड्स ने": the office's country only owns the name
        elif (left and len(chain) == 1 and actors[left].last == chain[0].first and not actors[left].joined
                and actors[left].marker == source.marker
                and actors[left - 1].joined and actors[left - 1].marker == source.marker):
            left -= 1  # "... और गयाना के राष्ट्रपति | इरफान अली ने": the office right before the name is the same doer
        if not (actors[left].joined and actors[left].marker == source.marker):
            break
        chain.insert(0, actors[left])
        left -= 1
    right = index
    while right + 1 < len(actors) and actors[right].joined and actors[right + 1].marker == source.marker:
        right += 1
        chain.append(actors[right])
    return chain
