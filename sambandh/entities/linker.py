"""Linking: the article's sentences → entities with mentions, and actor phrases for the coder.

Names no alias spells are found through their sound (``romanized.py``): an actor
imported with only an English name ("Deng Alor Kuol") is linked from "डेंग अलोर कुओल",
with ``how`` = ``romanised``, and later "कुओल" alone as ``coref``. A person without a KB role on the article's date takes
the dated code (``KnowledgeBase.code_on``) that holds then: Deng Alor Kuol is
``SDNGOV`` in 2008 and ``SSDGOV`` in 2013.

Sentences are read in order so that a surname ("किम", "Kim") links only to a person
the article has already named in full (in-document coreference), and an office
without a name ("रूस के रक्षा मंत्री") links to whoever held it on the article's date.
"""

from __future__ import annotations

import re
from datetime import date

from ..kb.base import KnowledgeBase
from ..kb.romanize import is_devanagari
from ..model import Actor, Article, Entity, Mention, replace
from ..text.dates import iso_day
from .matcher import Match, matcher_for
from .phrases import Part, actor_code, choose_alias, glue_words, group_parts, resolve_group
from .romanized import romanized_matcher_for

_BETWEEN = re.compile(r"^\s*(\S+)\s*$")


def link_entities(article: Article, *, kb: KnowledgeBase) -> Article:
    """The article with ``entities`` (each with its mentions) and ``actors`` filled in."""
    matcher = matcher_for(kb)
    on = iso_day(article.published)
    known: set[str] = set()
    surnames: dict[str, str] = {}  # surname keys of people found through their sound → their ids
    mentions: dict[str, list[Mention]] = {}
    actors: list[Actor] = []
    for sentence in article.sentences:
        parts: list[Part] = []
        exact = matcher.find(sentence.text)
        romanised: list[Match] = []
        if is_devanagari(sentence.text):  # the index is built on the first Hindi sentence
            sounds = romanized_matcher_for(kb)
            romanised = sounds.find(sentence.text, taken=[(m.start, m.end) for m in exact])
            taken = [(m.start, m.end) for m in (*exact, *romanised)]
            romanised += [m for m, _ in sounds.find_surnames(sentence.text, surnames, taken=taken)]
        by_sound = {(m.start, m.end) for m in romanised}
        for match in sorted([*exact, *romanised], key=lambda m: m.start):
            alias = choose_alias(match, kb, known=frozenset(known))
            if alias is None:
                continue
            entity = kb.entity(alias.target) if alias.kind in ("name", "demonym", "surname") else None
            parts.append(Part(match, alias, entity))
            if entity is not None:
                if alias.kind == "name" and entity.type == "person":
                    known.add(entity.id)
                how = "coref" if alias.kind == "surname" else "exact"
                if (match.start, match.end) in by_sound and alias.kind == "name":
                    how = "romanised"
                    if entity.type == "person":
                        surnames.update(dict.fromkeys(romanized_matcher_for(kb).surname_keys(entity.id), entity.id))
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
            actors.append(actor)
            if actor.how == "role" and actor.entity:
                known.add(actor.entity)
                mentions.setdefault(actor.entity, []).append(
                    Mention(text=actor.text, sentence=sentence.id, start=actor.start, end=actor.end,
                            how="role"))
    entities = [_entity(kb, entity_id, found, on) for entity_id, found in mentions.items()]
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
