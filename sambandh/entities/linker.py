"""Linking: the article's sentences → entities with mentions, and actor phrases for the coder.

Sentences are read in order so that a surname ("किम", "Kim") links only to a person
the article has already named in full (in-document coreference), and an office
without a name ("रूस के रक्षा मंत्री") links to whoever held it on the article's date.
"""

from __future__ import annotations

import re
from datetime import date

from ..kb.base import KnowledgeBase
from ..model import Actor, Article, Entity, Mention, replace
from ..text.dates import iso_day
from .matcher import matcher_for
from .phrases import Part, actor_code, choose_alias, glue_words, group_parts, resolve_group

_BETWEEN = re.compile(r"^\s*(\S+)\s*$")


def link_entities(article: Article, *, kb: KnowledgeBase) -> Article:
    """The article with ``entities`` (each with its mentions) and ``actors`` filled in."""
    matcher = matcher_for(kb)
    on = iso_day(article.published)
    known: set[str] = set()
    mentions: dict[str, list[Mention]] = {}
    actors: list[Actor] = []
    for sentence in article.sentences:
        parts: list[Part] = []
        for match in matcher.find(sentence.text):
            alias = choose_alias(match, kb, known=frozenset(known))
            if alias is None:
                continue
            entity = kb.entity(alias.target) if alias.kind in ("name", "demonym", "surname") else None
            parts.append(Part(match, alias, entity))
            if entity is not None:
                if alias.kind == "name" and entity.type == "person":
                    known.add(entity.id)
                how = "coref" if alias.kind == "surname" else "exact"
                mentions.setdefault(entity.id, []).append(
                    Mention(text=match.text, sentence=sentence.id, start=match.start, end=match.end,
                            how=how, alias=alias.text))
        groups = group_parts(sentence.text, parts)
        resolved = [resolve_group(sentence.text, g, sentence=sentence.id, kb=kb, on=on) for g in groups]
        resolved = _share_sectors(sentence.text, groups, resolved)
        for actor in resolved:
            if actor is None:
                continue
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
    names = {lang: values for lang, values in (("hi", record.names_hi), ("en", record.names_en)) if values}
    return Entity(id=record.id, name=record.name, type=record.type, country=record.country, code=code,
                  names=names, mentions=tuple(mentions), wikidata=record.wikidata, role=role)
