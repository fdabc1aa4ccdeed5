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
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import date

from ..errors import SambandhError
from ..kb.base import Alias, KnowledgeBase
from ..kb.romanize import is_devanagari
from ..model import Actor, Article, Entity, Mention, Sentence, replace
from ..text.dates import iso_day
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
    previous: list[Token] = []
    for sentence in article.sentences:
        parts: list[Part] = []
        tokens = _tokens(sentence.text)
        exact = _untrapped(matcher.find(sentence.text), tokens, previous)
        exact = sorted([*exact, *_by_context(sentence.text, tokens, previous, exact)], key=lambda m: m.start)
        by_context = {(m.start, m.end) for m in exact if m.aliases[0].lang == _CONTEXT}
        romanised: list[Match] = []
        spelled: list[Match] = []
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
        by_sound = {(m.start, m.end) for m in romanised}
        by_spelling = {(m.start, m.end) for m in spelled}
        covered: list[tuple[int, int]] = []
        for match in sorted([*exact, *romanised, *spelled], key=lambda m: m.start):
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
        _unknown_names(sentence, tokens, parts, covered, coref, unknown, mentions)
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


def _dated(actor: Actor, kb: KnowledgeBase, on: date | None) -> Actor:
    """A person without a KB role on the day takes the dated code (PETRARCH-style) that holds then."""
    if actor.type != "person" or not actor.entity or kb.roles_of(actor.entity, on):
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


def _unknown_names(sentence: Sentence, tokens: list[Token], parts: list[Part], covered: list[tuple[int, int]],
                   coref: Coreference, unknown: dict[str, provisional.Provisional],
                   mentions: dict[str, list[Mention]]) -> None:
    """Names of the sentence the KB does not know (provisional entities), short names and pronouns."""
    text = sentence.text
    known = [provisional.Known(p.match.start, p.match.end, p.alias, p.entity) for p in parts]
    worth = provisional.worth_tagging(text, tokens, covered)
    spans = _names(tuple(t.text for t in tokens)) if worth else ()
    found = provisional.find(text, tokens, spans, known, covered)
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
    for start, end, person in coref.short_names(tokens, covered, longer):
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
