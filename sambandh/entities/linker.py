"""Linking: the article's sentences → entities with mentions, and actor phrases for the coder.

Names no alias spells are found through their sound (``romanized.py``): an actor
imported with only an English name ("Deng Alor Kuol") is linked from "डेंग अलोर कुओल",
with ``how`` = ``romanised``, and later "कुओल" alone as ``coref``. A person without a KB role on the article's date takes
the dated code (``KnowledgeBase.code_on``) that holds then: Deng Alor Kuol is
``SDNGOV`` in 2008 and ``SSDGOV`` in 2013.

Sentences are read in order so that a surname ("किम", "Kim") links only to a person
the article has already named in full (in-document coreference), and an office
without a name ("रूस के रक्षा मंत्री") links to whoever held it on the article's date.

Around the dictionary: trap words are read in context first (``traps.py``: "चीनी मिल" is
sugar, "कांग्रेस" near "सीनेट" the US Congress, ``how`` = ``context``); a KB name misspelt by
one letter is ``fuzzy`` (``provisional.near_spellings``); names the statistical tagger finds
and no KB match covers become provisional entities (``provisional.py``, ``how`` = ``ner``), the
tagger being run once per sentence and only where such a name could be kept; short names and
pronouns of people named before are ``coref`` (``coref.py``). Provisional entities and pronouns
make no actors.

English names a person after a title the KB knows: "Algerian President Ahmed Ben Bella". When the name is
unknown the title links alone (``DZAGOV``) and the actor is stretched over the name (``_with_name``), so the
name does not stand between the actor and its verb or its "and". A demonym before a people's demonym names
the state they live in: "Bosnian Serbs" is ``BIH``, "Croatian Serb refugees" ``HRVREF`` (``_nationals_of``).
The people of a body with no country act as the body: "UN officials" ``IGOUNO``, "NATO troops" (``_body_of``).
An English country name misspelt by one letter inside it ("Ethopia", "Afganistan") is ``fuzzy``
(``_misspelt_countries``). A surname after a title or honorific ("President Mugabe", "Mr. Bush", misspelt by one
letter: "President Bouteflicka") or before "administration" or "regime" ("the Bush administration") names the
person of that surname who held the office, on the article's day or nearest to it (``_titled_people``; ``how`` =
``title``): "President Bush" is George W. Bush in 2003 and his father in 1991. Courts, police, parliaments and
protesters named with no country act for the one they are in ("a court in Guyana" ``GUYJUD``, ``_located_agents``).
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import date

from ..errors import SambandhError
from ..kb.base import Alias, KnowledgeBase, Role
from ..kb.romanize import is_devanagari
from ..model import Actor, Article, Entity, Mention, Sentence, replace
from ..text.dates import iso_day
from ..text.normalize import fold
from ..text.tokens import Token, tokenize
from . import ner, provisional, traps
from .coref import Coreference
from .matcher import Match, matcher_for
from .phrases import Part, actor_code, choose_alias, glue_words, group_parts, resolve_group
from .romanized import romanized_matcher_for

_BETWEEN = re.compile(r"^\s*(\S+)\s*$")
# The language tag of aliases made by a trap from context, not read from the KB: their mentions' how is "context".
_CONTEXT = "context"
_LATIN = re.compile(r"[A-Za-z]")
log = logging.getLogger(__name__)
# "Algerian President Ahmed Ben Bella": at most this many words of a name after a title, the name's own small
# words ("bin", "al", "de") included; a name starts with a capital letter.
TITLED_NAME_WORDS = 5
_NAME_WORD = re.compile(r"[A-Za-z][\w'.-]*")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# An English word this long or longer, unknown to the KB, may be a country's name misspelt by one letter
# ("Ethopia"); shorter words are too often names ("Omar" is one letter from "Oman").
MISSPELT_MIN_LETTERS = 6
MISSPELT_CACHE_SIZE = 8192  # capitalised words whose country (or none) is kept
# Sentences whose tagged names are kept (token words → spans); articles repeat their headline and standfirst.
NAME_CACHE_SIZE = 4096


def link_entities(article: Article, *, kb: KnowledgeBase) -> Article:
    """The article with ``entities`` (each with its mentions) and ``actors`` filled in."""
    matcher = matcher_for(kb)
    on = iso_day(article.published)
    known: set[str] = set()
    surnames: dict[str, str] = {}  # surname keys of people found through their sound → their ids
    mentions: dict[str, list[Mention]] = {}
    actors: list[Actor] = []
    coref = Coreference()
    unknown: dict[str, provisional.Provisional] = {}  # provisional entities: the first sighting of each
    people: dict[str, Actor] = {}  # the last actor of each person named in full, for their short names later
    previous: list[Token] = []
    for sentence in article.sentences:
        parts: list[Part] = []
        tokens = _tokens(sentence.text)
        exact = _untrapped(matcher.find(sentence.text), tokens, previous)
        exact = sorted([*exact, *_by_context(sentence.text, tokens, previous, exact)], key=lambda m: m.start)
        by_context = {(m.start, m.end) for m in exact if m.aliases[0].lang == _CONTEXT}
        romanised: list[Match] = []
        spelled: list[Match] = []
        titled: list[Match] = []  # English surnames after a title ("President Mugabe"), how "title"
        if is_devanagari(sentence.text):  # the index is built on the first Hindi sentence
            sounds = romanized_matcher_for(kb)
            romanised = sounds.find(sentence.text, taken=[(m.start, m.end) for m in exact])
            taken = [(m.start, m.end) for m in (*exact, *romanised)]
            romanised += [m for m, _ in sounds.find_surnames(sentence.text, surnames, taken=taken)]
            # a surname of nobody named yet ("ली") does not stop a misspelt full name ("ली होंगजोंगस")
            usable = [m for m in exact if choose_alias(m, kb, known=frozenset(known)) is not None]
            spelled = provisional.near_spellings(
                sentence.text, tokens, kb, [(m.start, m.end) for m in (*usable, *romanised)])
            exact = [m for m in exact if not any(s.start < m.end and m.start < s.end for s in spelled)]
        elif _LATIN.search(sentence.text):
            titled = _titled_people(sentence.text, exact, kb, on)
            exact = [m for m in exact if not any(t.start < m.end and m.start < t.end for t in titled)]
            spelled = _misspelt_countries(tokens, kb, [(m.start, m.end) for m in (*exact, *titled)])
        by_sound = {(m.start, m.end) for m in romanised}
        by_spelling = {(m.start, m.end) for m in spelled}
        by_title = {(m.start, m.end) for m in titled}
        covered: list[tuple[int, int]] = []
        for match in sorted([*exact, *romanised, *spelled, *titled], key=lambda m: m.start):
            alias = choose_alias(match, kb, known=frozenset(known))
            if alias is None:
                continue
            covered.append((match.start, match.end))
            entity = kb.entity(alias.target) if alias.kind in ("name", "demonym", "surname") else None
            parts.append(Part(match, alias, entity))
            if entity is not None:
                if alias.kind == "name" and entity.type == "person":
                    known.add(entity.id)
                how = "coref" if alias.kind == "surname" else "exact"
                if (match.start, match.end) in by_spelling:
                    how = "fuzzy"
                if (match.start, match.end) in by_context:
                    how = "context"
                if (match.start, match.end) in by_title:
                    how = "title"
                if (match.start, match.end) in by_sound and alias.kind == "name":
                    how = "romanised"
                    if entity.type == "person":
                        surnames.update(dict.fromkeys(romanized_matcher_for(kb).surname_keys(entity.id), entity.id))
                if entity.type == "person":
                    coref.named(entity.id, sentence.id, match.start, _within(tokens, match.start, match.end),
                                subject=_ergative(tokens, match.end))
                mentions.setdefault(entity.id, []).append(
                    Mention(text=match.text, sentence=sentence.id, start=match.start, end=match.end,
                            how=how, alias=alias.text))
        groups = group_parts(sentence.text, parts)
        resolved = [resolve_group(sentence.text, g, sentence=sentence.id, kb=kb, on=on) for g in groups]
        resolved = _share_sectors(sentence.text, groups, resolved)
        resolved = _nationals_of(sentence.text, groups, resolved)
        resolved = [actor if actor is not None else _body_of(sentence, group)
                    for group, actor in zip(groups, resolved, strict=True)]
        resolved = _located_agents(sentence, groups, resolved, kb)
        resolved = [_with_name(sentence.text, group, actor, parts)
                    for group, actor in zip(groups, resolved, strict=True)]
        resolved = [_headed_body(sentence.text, actor) for actor in resolved]
        first = len(actors)  # this sentence's actors start here
        for actor in resolved:
            if actor is None:
                continue
            actor = _dated(actor, kb, on)
            if actor.how == "exact" and any(end == actor.end for _start, end in by_sound):
                actor = replace(actor, how="romanised")
            if actor.how == "exact" and any(end == actor.end for _start, end in by_spelling):
                actor = replace(actor, how="fuzzy")
            actors.append(actor)
            covered.append((actor.start, actor.end))
            if actor.how == "role" and actor.entity:
                known.add(actor.entity)
                coref.named(actor.entity, sentence.id, actor.start, (), subject=_ergative(tokens, actor.end))
                mentions.setdefault(actor.entity, []).append(
                    Mention(text=actor.text, sentence=sentence.id, start=actor.start, end=actor.end,
                            how="role"))
        named, short = _unknown_names(sentence, tokens, parts, covered, coref, unknown, mentions)
        titled = {(a.start, a.end) for g, a in zip(groups, resolved, strict=True)
                  if a is not None and (a.end > g[-1].match.end or g[-1].alias.kind == "office")}
        actors[first:] = [_named_after(sentence.text, a, named) if (a.start, a.end) in titled else a
                          for a in actors[first:]]
        # "राष्ट्रपति पेद्रो कास्तियो ... । कास्तियो को गिरफ्तार किया गया": a short name of a person named before (one
        # the KB lists without that short name, or does not know) is that person again, coded as before
        actors += [replace(people[person], sentence=sentence.id, start=start, end=end,
                           text=sentence.text[start:end], how="coref")
                   for start, end, person in short if person in people]
        actors[first:] = sorted(actors[first:], key=lambda a: (a.start, a.end))
        people.update({a.entity: a for a in actors[first:] if a.entity and a.how != "coref"
                       and a.type == "person" and a.code})
        previous = tokens
    entities = [_entity(kb, entity_id, found, on) if entity_id in kb.entities
                else _provisional_entity(unknown[entity_id], found)
                for entity_id, found in mentions.items()]
    entities.sort(key=lambda e: (e.mentions[0].sentence, e.mentions[0].start, e.id))
    return replace(article, entities=tuple(entities), actors=tuple(actors))


def _share_sectors(text: str, groups: list[list[Part]], actors: list[Actor | None]) -> list[Actor | None]:
    """"रूसी और चीनी प्रतिनिधिमंडल": a bare demonym takes the sector of the agent it is coordinated with."""
    coordination = glue_words().get("coordination", frozenset())
    out = list(actors)
    for index in range(len(groups) - 1):
        left, right = groups[index], groups[index + 1]
        actor, partner = out[index], out[index + 1]
        if actor is None or partner is None or len(left) != 1 or left[0].alias.kind != "demonym":
            continue
        gap = _BETWEEN.match(text[left[-1].match.end:right[0].match.start])
        if not gap or gap.group(1).casefold() not in coordination or right[-1].alias.kind != "agent":
            continue
        sector = (partner.code or "")[len(partner.country or ""):]
        if sector and actor.country:
            out[index] = replace(actor, code=f"{actor.code}{sector}", text=actor.text)
    return out


@functools.cache
def _titled_name() -> re.Pattern[str]:
    """Up to TITLED_NAME_WORDS capitalised words, or name particles (``context_cues.tsv``) before one."""
    particles = "|".join(sorted(re.escape(w) for w in provisional.cues()["name_particle"]))
    return re.compile(r"(?:\s+(?:[A-Z][\w'.-]*|(?:" + particles + r")(?=\s+[A-Z]))){1," + str(TITLED_NAME_WORDS) + "}")


def _with_name(text: str, group: list[Part], actor: Actor | None, parts: list[Part]) -> Actor | None:
    """"Algerian President | Ahmed Ben Bella": the name the KB does not know after a title joins its actor.

    English writes a person's title and country before the name; when the name is unknown the title alone
    links ("Algerian President" → ``DZAGOV``) and the name, left out, would stand between the actor and its
    verb or its "and". Only Latin capitalised words directly after an office or agent are taken (weekdays and
    months are not names); a known name starts a new actor.
    """
    if actor is None or group[-1].alias.kind not in ("office", "agent") or actor.end != group[-1].match.end:
        return actor
    found = _titled_name().match(text, actor.end)
    if found is None:
        return actor
    end = found.end()
    later = [p.match.start for p in parts if actor.end <= p.match.start < end]
    if later:
        end = min(later)
    words = _NAME_WORD.findall(text[actor.end:end])
    while words and words[-1].casefold() in provisional.cues()["name_particle"]:
        words.pop()
    if not words or any(w.casefold() in provisional.cues()["calendar"] for w in words):
        return actor
    last = words[-1] if _INITIALS.fullmatch(words[-1]) else words[-1].rstrip(".")  # "F.W." keeps its dots
    end = text.index(last, actor.end) + len(last)
    return replace(actor, end=end, text=text[actor.start:end])


@functools.cache
def _body_head() -> re.Pattern[str]:
    """A genitive and a body's head or officer (``phrase_glue.tsv``), after a closing bracket or not."""
    glue = glue_words()
    genitives, heads = ("|".join(sorted(map(re.escape, glue.get(kind, ())), key=len, reverse=True))
                        for kind in ("genitive", "body_head"))
    return re.compile(r"\)?\s+(?:" + genitives + r")\s+(?:" + heads + r")(?![\w\u0900-\u097F])")


def _headed_body(text: str, actor: Actor | None) -> Actor | None:
    """"एशियाई विकास बैंक (एडीबी) के अध्यक्ष": a head or officer of an international body (``phrase_glue.tsv``
    body_head) acts for the body, so the body's actor is stretched over the title, up to the doer's "ने"."""
    if actor is None or actor.type != "organization" or actor.country or not actor.code:
        return actor
    found = _body_head().match(text, actor.end)
    if found is None:
        return actor
    return replace(actor, end=found.end(), text=text[actor.start:found.end()])


def _titled_people(text: str, matches: list[Match], kb: KnowledgeBase, on: date | None) -> list[Match]:
    """"President Mugabe", "Mr. Bush", "Prime Minister Netanyahu": a name the KB knows only by its last word (a
    surname alias, or the last word of a full name), or misspelt by one letter in it ("Bouteflicka"), after an
    office or an honorific (``context_cues.tsv`` title), names the person of that surname who fits the title.

    The person must have held that office (of the country named before it, if one is: "U.S. President Bush"),
    and of several, the one holding it on the article's day, else the one whose term lies nearest to it; after
    an honorific, the one person of that surname, or the one holding any office on the day. A first name given
    must be the person's ("German Foreign Minister Oskar Fischer" is not Joschka Fischer). Names the KB knows
    in full are left to the matcher; the match found here replaces surname-only matches inside it.
    """
    found: list[Match] = []
    honorifics = provisional.cues().get("title", frozenset())
    for index, match in enumerate(matches):
        office = next((a.target for a in match.aliases if a.kind == "office"), None)
        if office is None and not (fold(match.text) in honorifics and match.text[:1].isupper()):
            continue
        found.extend(_titled_at(text, match.end, office, _country_before(text, matches, index, kb), matches, kb, on))
    for index, match in enumerate(matches):
        if index and any(a.kind == "agent" and a.target == GOVERNMENT for a in match.aliases):
            found.extend(_governing(text, matches[index - 1], match, kb, on))
    for word in _HONORIFIC.finditer(text):
        if fold(word.group(1)) in honorifics and not any(m.start < word.end() and word.start() < m.end
                                                         for m in matches):
            found.extend(_titled_at(text, word.end(), None, None, matches, kb, on))
    kept: list[Match] = []
    for match in sorted(found, key=lambda m: (m.start, -m.end)):
        if not any(k.start < match.end and match.start < k.end for k in kept):
            kept.append(match)
    return kept


GOVERNMENT = "GOV"  # the sector of the agents after a governing person's surname ("administration", "regime")
_HONORIFIC = re.compile(r"\b([A-Z][a-z]{1,3})\.?(?=\s)")


def _governing(text: str, before: Match, agent: Match, kb: KnowledgeBase, on: date | None) -> list[Match]:
    """"the Bush administration", "the Assad regime": a surname right before a government agent names the person
    who governs; of several of that surname, the one in office on the day, else the one whose term is nearest."""
    if text[before.end:agent.start].strip() or any(a.kind != "surname" for a in before.aliases):
        return []
    word = _NAME_WORD.fullmatch(before.text)
    if word is None or not before.text[:1].isupper():
        return []
    person = _fitting_person(_by_last_name(kb, before.text), None, None, None, kb, on, nearest=True)
    if person is None:
        return []
    return [Match(before.start, before.end, before.text, (Alias(before.text, "en", "name", person),))]


def _titled_at(text: str, at: int, office: str | None, country: str | None, matches: list[Match],
               kb: KnowledgeBase, on: date | None) -> list[Match]:
    """The person named right after a title ending at ``at``, as a match of one name alias; none if unsure."""
    if text[at:at + 1] == ".":
        at += 1
    run = _titled_name().match(text, at)
    if run is None:
        return []
    start = run.start() + len(run.group(0)) - len(run.group(0).lstrip())
    end = run.end()
    inside = [m for m in matches if m.start < end and start < m.end]
    if inside and inside[0].start <= start and all(a.kind != "surname" for a in inside[0].aliases):
        return []  # a known name, office or place starts the run
    end = min([m.start for m in inside if any(a.kind != "surname" for a in m.aliases)] + [end])
    words = _NAME_WORD.findall(text[start:end])
    while words and words[-1].casefold() in provisional.cues()["name_particle"]:
        words.pop()
    if not words or len(words) > 3 or any(w.casefold() in provisional.cues()["calendar"] for w in words):
        return []
    last = words[-1].rstrip(".")
    end = text.index(last, start) + len(last)
    if any(m.start < end and start < m.end and any(a.kind != "surname" for a in m.aliases) for m in inside):
        return []
    person = _fitting_person(_by_last_name(kb, last), words[0] if len(words) > 1 else None, office, country,
                             kb, on)
    if person is None:
        return []
    return [Match(start, end, text[start:end], (Alias(text[start:end], "en", "name", person),))]


def _country_before(text: str, matches: list[Match], index: int, kb: KnowledgeBase) -> str | None:
    """The country of a country name or demonym right before an office ("U.S. President"), if any."""
    if index == 0 or text[matches[index - 1].end:matches[index].start].strip():
        return None
    alias = matches[index - 1].aliases[0]
    entity = kb.entity(alias.target) if alias.kind in ("name", "demonym") else None
    return entity.country if entity is not None and entity.type == "country" else None


def _by_last_name(kb: KnowledgeBase, word: str) -> frozenset[str]:
    """People whose English surname or last name word is ``word``, or, failing any, one letter from it."""
    index = _last_names(kb)
    key = _last_key(word)
    if key in index:
        return index[key]
    if len(key) < MISSPELT_MIN_LETTERS:
        return frozenset()
    near = [people for name, people in index.items()
            if abs(len(name) - len(key)) <= 1 and len(name) >= MISSPELT_MIN_LETTERS and _one_edit(name, key)]
    return near[0] if len(near) == 1 else frozenset()


def _last_key(word: str) -> str:
    """"al-Bashir" and "Bashir" alike: the folded word without a name particle joined by a hyphen."""
    key = fold(word)
    head, _, tail = key.partition("-")
    return tail if tail and head in provisional.cues()["name_particle"] else key


@functools.cache
def _last_names(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Folded English last words of people's names and their English surnames → the people."""
    index: dict[str, set[str]] = {}
    for entity in kb.entities.values():
        if entity.type == "person":
            for name in entity.names_en:
                words = name.split()
                if len(words) > 1:
                    index.setdefault(_last_key(words[-1]), set()).add(entity.id)
    for alias in kb.aliases:
        if alias.kind == "surname" and alias.lang == "en" and " " not in alias.text:
            index.setdefault(_last_key(alias.text), set()).add(alias.target)
    return {key: frozenset(people) for key, people in index.items()}


def _fitting_person(people: frozenset[str], first: str | None, office: str | None, country: str | None,
                    kb: KnowledgeBase, on: date | None, *, nearest: bool = False) -> str | None:
    """Of the people of one surname, the one a title names (see ``_titled_people``), or None; ``nearest``: of
    several without an office named, the one whose term of any office is nearest to the day (as always when
    they are all of one country)."""
    fits = []
    for person in sorted(people):
        entity = kb.entity(person)
        roles = kb.roles_of(person)
        if entity is None or entity.type != "person":
            continue
        if first is not None and not any(_same_first(first, name) for name in entity.names_en):
            continue
        if office is not None and not any(r.office == office and (country is None or r.country == country)
                                          for r in roles):
            continue
        fits.append(person)
    if len(fits) > 1 and on is not None:
        now = [p for p in fits if any(office in (None, r.office) for r in kb.roles_of(p, on))]
        if len(now) == 1:
            return now[0]
        # "Mr Sharif" in 1995: all of one country, the one whose term lies nearest is meant
        if office is not None or nearest or len({kb.entities[p].country for p in fits}) == 1:
            distance = {p: min(_days_from(r, on) for r in kb.roles_of(p) if office in (None, r.office))
                        for p in fits if kb.roles_of(p)}
            fits = [p for p, days in distance.items() if days == min(distance.values())]
    return fits[0] if len(fits) == 1 else None


def _same_first(first: str, name: str) -> bool:
    given = fold(name.split()[0])
    word = fold(first)
    return given == word or (len(word) >= MISSPELT_MIN_LETTERS - 1 and _one_edit(given, word))


def _days_from(role: Role, on: date) -> int:
    """Days between ``on`` and a term of office (0 inside it)."""
    if on < role.start:
        return (role.start - on).days
    if role.end is not None and on > role.end:
        return (on - role.end).days
    return 0


# Sectors whose people act where they are ("a court in Guyana", "police in Kenya", "protesters in Baghdad"); soldiers,
# diplomats or officials in a country are as often another state's.
LOCAL_SECTORS = frozenset({"JUD", "COP", "LEG", "OPP"})
_IN_BETWEEN = re.compile(r"^\s+in\s+(?:the\s+)?$")


def _located_agents(sentence: Sentence, groups: list[list[Part]], actors: list[Actor | None],
                    kb: KnowledgeBase) -> list[Actor | None]:
    """"a court in Guyana", "police in Kenya": an agent of a local sector named with no country is the country's
    where it is, when "in" and a country or a place of one follow it directly."""
    out = list(actors)
    for index in range(len(groups) - 1):
        group, place = groups[index], out[index + 1]
        if (out[index] is not None or len(group) != 1 or group[0].alias.kind != "agent"
                or group[0].alias.target not in LOCAL_SECTORS or place is None or not place.country
                or place.type not in ("country", "place")
                or not _IN_BETWEEN.match(sentence.text[group[0].match.end:groups[index + 1][0].match.start])):
            continue
        country = kb.country(place.country)
        if country is None:
            continue
        start, end = group[0].match.start, group[0].match.end
        out[index] = Actor(sentence=sentence.id, start=start, end=end, text=sentence.text[start:end],
                           entity=country.id, name=country.name, type="country", country=country.country,
                           code=f"{country.code or country.country}{group[0].alias.target}", how="exact")
    return out


def _body_of(sentence: Sentence, group: list[Part]) -> Actor | None:
    """"UN officials", "NATO troops", "Red Cross officials": the people of an international body act as the body.

    A role word after a body of no country gives no country actor; the body itself (``IGOUNO``, ``IGOWSTNAT``)
    is the actor, over the whole phrase.
    """
    body = next((p.entity for p in group if p.entity is not None and p.entity.type in ("organization", "group")
                 and not p.entity.country and p.entity.code), None)
    if body is None or len(group) < 2 or group[-1].alias.kind not in ("agent", "office"):
        return None
    start, end = group[0].match.start, group[-1].match.end
    return Actor(sentence=sentence.id, start=start, end=end, text=sentence.text[start:end], entity=body.id,
                 name=body.name, type=body.type, country=None, code=body.code, how="exact")


def _misspelt_countries(tokens: list[Token], kb: KnowledgeBase, taken: list[tuple[int, int]]) -> list[Match]:
    """English country names misspelt by one letter ("Ethopia", "Afganistan", "Phillippines"): a capitalised
    word of at least MISSPELT_MIN_LETTERS letters that no name covers and that is one edit from exactly one
    country's one-word English name (``how`` = ``fuzzy``)."""
    found = []
    for token in tokens:
        word = token.text
        if (len(word) < MISSPELT_MIN_LETTERS or not word[:1].isupper() or not word.isalpha()
                or any(start < token.end and token.start < end for start, end in taken)):
            continue
        target = _misspelt_country(word.casefold(), kb)
        if target is not None:
            found.append(Match(token.start, token.end, word, (Alias(word, "en", "name", target),)))
    return found


@functools.lru_cache(maxsize=MISSPELT_CACHE_SIZE)  # capitalised words recur; each is compared with every name
def _misspelt_country(folded: str, kb: KnowledgeBase) -> str | None:
    """The one country whose one-word English name is one edit from ``folded``, else None."""
    targets = {entity_id for name, entity_id in _country_words(kb)
               if abs(len(name) - len(folded)) <= 1 and name != folded and _one_edit(name, folded)}
    return next(iter(targets)) if len(targets) == 1 else None


@functools.cache
def _country_words(kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """(folded one-word English name, country id) of every country, names and aliases alike."""
    words = set()
    for entity in kb.entities.values():
        if entity.type == "country":
            words.update((name.casefold(), entity.id) for name in entity.names_en
                         if " " not in name and len(name) >= MISSPELT_MIN_LETTERS - 1)
    return tuple(sorted(words))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added or dropped inside it, changed, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    # a letter more or less at the end makes another word ("Indiana", "Chinas"), not a typing slip
    return any(long[:i] + long[i + 1:] == short for i in range(len(long) - 1))


def _nationals_of(text: str, groups: list[list[Part]], actors: list[Actor | None]) -> list[Actor | None]:
    """"Bosnian Serbs", "Croatian Serb refugees": a people named after a state's demonym are that state's.

    The first demonym names the state they live in and act for (``BIH``, ``HRVREF``); the second, their people.
    """
    out = list(actors)
    for index in range(len(groups) - 1):
        left, right = groups[index], groups[index + 1]
        actor, partner = out[index], out[index + 1]
        if (actor is None or partner is None or len(left) != 1 or left[0].alias.kind != "demonym"
                or right[0].alias.kind != "demonym" or not actor.country or actor.country == partner.country):
            continue
        if text[left[-1].match.end:right[0].match.start].strip():
            continue
        sector = (partner.code or "")[len(partner.country or ""):]
        out[index] = None
        out[index + 1] = replace(actor, end=partner.end, text=text[actor.start:partner.end],
                                 code=f"{actor.code}{sector}")
    return out


def _dated(actor: Actor, kb: KnowledgeBase, on: date | None) -> Actor:
    """A person without a KB role on the day, or an organisation whose standing changed ("तालिबान": insurgents
    until August 2021, the government after), takes the dated code (PETRARCH-style) that holds then."""
    if actor.type not in ("person", "group", "organization") or not actor.entity:
        return actor
    if actor.type == "person" and kb.roles_of(actor.entity, on):
        return actor
    code = kb.code_on(actor.entity, on)
    if code is None:
        return actor
    return replace(actor, country=code.country or actor.country, code=code.code)


def _entity(kb: KnowledgeBase, entity_id: str, mentions: list[Mention], on: date | None) -> Entity:
    record = kb.entity(entity_id)
    if record is None:  # cannot happen for ids taken from the KB; kept explicit for clarity
        raise KeyError(entity_id)
    code = record.code
    role = None
    if record.type == "person":
        roles = kb.roles_of(record.id, on)
        if roles:
            role = roles[0].office
            office = kb.offices.get(role)
            if office is not None:
                code = actor_code(record.country, office.sector)
    country = record.country
    if record.type == "person" and role is None:
        dated = kb.code_on(record.id, on)
        if dated is not None:
            country, code = dated.country or country, dated.code
    names = {lang: values for lang, values in (("hi", record.names_hi), ("en", record.names_en)) if values}
    return Entity(id=record.id, name=record.name, type=record.type, country=country, code=code,
                  names=names, mentions=tuple(mentions), wikidata=record.wikidata, role=role)


def _unknown_names(
    sentence: Sentence, tokens: list[Token], parts: list[Part], covered: list[tuple[int, int]],
    coref: Coreference, unknown: dict[str, provisional.Provisional], mentions: dict[str, list[Mention]],
) -> tuple[list[provisional.Provisional], list[tuple[int, int, str]]]:
    """Names of the sentence the KB does not know (provisional entities), short names and pronouns; returns the
    provisional names found, and the short names (start, end, person) that stand for people named before."""
    text = sentence.text
    known = [provisional.Known(p.match.start, p.match.end, p.alias, p.entity) for p in parts]
    worth = provisional.worth_tagging(text, tokens, covered)
    spans = _names(tuple(t.text for t in tokens)) if worth else ()
    found = provisional.find(text, tokens, spans, known, covered)
    if is_devanagari(text):
        found += provisional.after_titles(text, tokens, known, [*covered, *((n.start, n.end) for n in found)])
    longer = [(tokens[s.start].start, tokens[s.end - 1].end) for s in spans if s.end - s.start > 1]
    for name in found:
        first = unknown.setdefault(name.id, name)
        if first.country is None and name.country is not None:
            unknown[name.id] = provisional.Provisional(first.start, first.end, first.text, first.id, first.type,
                                                       name.country)
        covered.append((name.start, name.end))
        if name.type == "person":
            coref.named(name.id, sentence.id, name.start, _within(tokens, name.start, name.end),
                        subject=_ergative(tokens, name.end))
        mentions.setdefault(name.id, []).append(
            Mention(text=name.text, sentence=sentence.id, start=name.start, end=name.end, how="ner"))
    short = coref.short_names(tokens, covered, longer)
    for start, end, person in short:
        covered.append((start, end))
        coref.named(person, sentence.id, start, (), subject=_ergative(tokens, end))
        mentions.setdefault(person, []).append(
            Mention(text=text[start:end], sentence=sentence.id, start=start, end=end, how="coref",
                    alias=text[start:end]))
    for token, person in coref.pronouns(sentence.id, tokens):
        if any(a < token.end and token.start < b for a, b in covered):
            continue
        mentions.setdefault(person, []).append(
            Mention(text=token.text, sentence=sentence.id, start=token.start, end=token.end, how="coref",
                    alias=token.text))
    for found_mentions in mentions.values():
        found_mentions.sort(key=lambda m: (m.sentence, m.start))
    return found, short


def _named_after(text: str, actor: Actor, names: list[provisional.Provisional]) -> Actor:
    """"एशियाई विकास बैंक के अध्यक्ष | मासत्सुगु असकावा ने": a person the KB does not know, named right after an
    actor that ends in an office or a body's head, is that actor; it is stretched over the name, so that the
    name's case marker is the actor's (Hindi writes the title before the name, as English does). The actor is
    then that person (the provisional entity), coded by the title."""
    if actor.type == "person":
        return actor
    name = next((n for n in names if n.type == "person" and n.start > actor.end
                 and not text[actor.end:n.start].strip()), None)
    if name is None:
        return actor
    return replace(actor, end=name.end, text=text[actor.start:name.end], entity=name.id, name=name.text,
                   type="person")


def _untrapped(matches: list[Match], tokens: list[Token], previous: list[Token]) -> list[Match]:
    """The matches a trap does not turn away ("चीनी मिल"), with those it redirects given their new target."""
    kept = []
    for match in matches:
        sense = traps.resolve(match.text, match.start, match.end, tokens, previous)
        if sense is None:
            kept.append(match)
        elif sense[0] == "target" and sense[1]:
            kept.append(Match(match.start, match.end, match.text, (Alias(match.text, _CONTEXT, "name", sense[1]),)))
    return kept


def _by_context(text: str, tokens: list[Token], previous: list[Token], matches: list[Match]) -> list[Match]:
    """Phrases the KB does not list that name an entity in this context (``traps.context_matches``)."""
    found = traps.context_matches(text, tokens, previous, [(m.start, m.end) for m in matches])
    return [Match(start, end, text[start:end], (Alias(text[start:end], _CONTEXT, "name", target),))
            for start, end, target in found]


def _ergative(tokens: list[Token], end: int) -> bool:
    """Whether the word right after ``end`` marks a subject ("ने")."""
    after = next((t for t in tokens if t.start >= end), None)
    return after is not None and after.key in provisional.cues().get("ergative", frozenset())


def _within(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start and t.end <= end]


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _tokens_cached(text: str) -> tuple[Token, ...]:
    return tuple(tokenize(text))


def _tokens(text: str) -> list[Token]:
    return list(_tokens_cached(text))


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _names(words: tuple[str, ...]) -> tuple[ner.NameSpan, ...]:
    """The tagger's names of one sentence, for Hindi and English sentences only; none if the tagger is missing."""
    if not words or not any(is_devanagari(w) or _LATIN.search(w) for w in words):
        return ()
    try:
        return tuple(ner.names(words))
    except SambandhError as err:  # a missing model means no provisional entities, not a failed article
        log.warning("name tagger unavailable: %s", err)
        return ()


def _provisional_entity(name: provisional.Provisional, mentions: list[Mention]) -> Entity:
    lang = "hi" if is_devanagari(name.text) else "en"
    return Entity(id=name.id, name=name.text, type=name.type, country=name.country, code=name.country,
                  names={lang: (name.text,)}, mentions=tuple(mentions))
