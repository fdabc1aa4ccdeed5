"""Actor phrases: alias matches of one sentence grouped into the actors they name.

"रूस के रक्षा मंत्री सर्गेई शोइगु" holds three matches (a country, an office and a
person) but names one actor; its head is the rightmost match, as in Hindi and
English noun phrases. Matches join when only glue words stand between them
(``entities/data/phrase_glue.tsv``): a genitive (के/की/का, of, 's) before an
office, agent or person, or a descriptive title ("नेता", "leader"). In English a capital or city right before an
agent names that state's agent ("the Khartoum government" ``SDNGOV``, "Baghdad's police" ``IRQCOP``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from ..datafiles import load_table
from ..kb.base import Alias, KBEntity, KnowledgeBase
from ..model import Actor
from .matcher import Match

_WORD = re.compile(r"[^\s()\[\],;:\"“”‘’]+(?:\s+'s)?")
_GLUE_PUNCTUATION = re.compile(r"^[\s()\-–]*$")
_PLACE_GAP = re.compile(r"(?:['’]s)?\s+")
_PERSONAL = frozenset({"person"})


@functools.cache
def glue_words() -> dict[str, frozenset[str]]:
    """Glue words by kind (genitive, title, coordination), all languages together."""
    groups: dict[str, set[str]] = {}
    for row in load_table("sambandh.entities", "phrase_glue"):
        groups.setdefault(row["kind"], set()).add(row["word"].casefold())
    return {kind: frozenset(words) for kind, words in groups.items()}


@dataclass(frozen=True, slots=True)
class Part:
    """One match read as one thing: the alias chosen for it and what it resolves to."""

    match: Match
    alias: Alias
    entity: KBEntity | None


def choose_alias(match: Match, kb: KnowledgeBase, *, known: frozenset[str]) -> Alias | None:
    """The alias a match stands for: names first; a surname only for a person already named."""
    for alias in match.aliases:
        if alias.kind == "surname" and alias.target not in known:
            continue
        return alias
    return None


def group_parts(text: str, parts: list[Part]) -> list[list[Part]]:
    """Consecutive parts that form one actor phrase."""
    groups: list[list[Part]] = []
    for part in parts:
        if groups and _joins(text, groups[-1][-1], part):
            groups[-1].append(part)
        else:
            groups.append([part])
    return groups


def _joins(text: str, left: Part, right: Part) -> bool:
    gap = text[left.match.end:right.match.start]
    if _kind(left) == "place" and _kind(right) == "agent":  # "the Khartoum government"; not "in Tehran, the ministry"
        return bool(_PLACE_GAP.fullmatch(gap)) and _modifies(left, right)
    if _GLUE_PUNCTUATION.match(gap):
        # "सर्गेई शोइगु (Sergei Shoigu)" or "नॉर्थ कोरियाई रक्षा मंत्री": adjacent
        if left.alias.kind in ("name", "surname") and right.alias.kind in ("name", "surname"):
            return _same(left, right) or (_kind(left) in ("country",) and _kind(right) == "person")
        return _modifies(left, right)
    words = [w.casefold() for w in _WORD.findall(gap)]
    glue = glue_words()
    if not words or not all(w in glue.get("genitive", ()) or w in glue.get("title", ()) for w in words):
        return False
    return _modifies(left, right)


def _modifies(left: Part, right: Part) -> bool:
    """Whether ``left`` can modify ``right`` inside one noun phrase."""
    left_kind, right_kind = _kind(left), _kind(right)
    if left_kind in ("country", "demonym") and right_kind == "organization" and right.entity.country:
        return True  # "ब्राजील की सुप्रीम कोर्ट": a national body's name said of another country
    if left_kind in ("country", "organization", "media", "demonym", "office", "agent"):
        return right_kind in ("office", "agent", "person")
    # English names a state's people by its capital or a city of it: "the Khartoum government", "Baghdad police"
    return left_kind == "place" and right_kind == "agent" and left.alias.lang == "en" and bool(left.entity.country)


def _same(left: Part, right: Part) -> bool:
    return left.alias.target == right.alias.target


def _kind(part: Part) -> str:
    if part.alias.kind in ("office", "agent", "demonym"):
        return part.alias.kind
    return part.entity.type if part.entity else "unknown"


def resolve_group(
    text: str, group: list[Part], *, sentence: int, kb: KnowledgeBase, on: date | None
) -> Actor | None:
    """The one actor a phrase names, or None when it names no actor (a lone office of no country)."""
    head = group[-1]
    start, end = group[0].match.start, head.match.end
    surface = text[start:end]
    country = _country_of(group, kb)
    office = next((p.alias.target for p in reversed(group) if p.alias.kind == "office"), None)
    office_sector = kb.offices[office].sector if office in kb.offices else None
    head_kind = _kind(head)
    if head_kind == "person" and head.entity is not None:
        person = head.entity
        sector = office_sector or _current_sector(person, kb, on) or person.sector or "GOV"
        person_country = person.country or (country.country if country else None)
        how = "coref" if head.alias.kind == "surname" else "exact"
        return Actor(sentence=sentence, start=start, end=end, text=surface, entity=person.id,
                     name=person.name, type="person", country=person_country,
                     code=actor_code(person_country, sector), how=how)
    if head_kind == "office":
        # "संयुक्त राष्ट्र महासचिव": an international body's office needs no country
        iso3 = country.country if country else kb.office_body(head.alias.target)
        holder = kb.holder(head.alias.target, iso3, on) if iso3 else None
        if holder is not None:
            return Actor(sentence=sentence, start=start, end=end, text=surface, entity=holder.id,
                         name=holder.name, type="person", country=holder.country,
                         code=actor_code(holder.country, office_sector or "GOV"), how="role")
        body = kb.body(iso3) if country is None else None
        if body is not None:
            # "विश्व बैंक के अध्यक्ष" on a day the KB knows no holder: the body's head acts for the body
            return Actor(sentence=sentence, start=start, end=end, text=surface, entity=body.id, name=body.name,
                         type=body.type, country=None, code=body.code, how="role")
        if country is None:
            return None
        return _collective(surface, country, office_sector or "GOV", sentence, start, end)
    if head_kind == "agent":
        if country is None:
            return None
        return _collective(surface, country, head.alias.target, sentence, start, end)
    if head.entity is None:
        return None
    entity = head.entity
    other = _country_of(group[:-1], kb)
    if entity.type == "organization" and entity.country and other is not None and other.country != entity.country:
        # "ब्राजील की सुप्रीम कोर्ट": Brazil's court, not India's; the body's sector with the named country
        return _collective(surface, other, (entity.code or "")[3:] or "GOV", sentence, start, end)
    return Actor(sentence=sentence, start=start, end=end, text=surface, entity=entity.id, name=entity.name,
                 type=entity.type, country=entity.country, code=entity.code or entity.country,
                 how="exact")


def actor_code(country: str | None, sector: str | None) -> str | None:
    """The CAMEO actor code of a country acting in a sector: ``RUS`` + ``MIL``.

    Holders of international offices carry their body's whole code (``IGOUNO``), no sector.
    """
    if not country:
        return sector
    if len(country) != 3:
        return country
    return f"{country}{sector or ''}"


def _collective(surface: str, country: KBEntity, sector: str, sentence: int, start: int, end: int) -> Actor:
    return Actor(sentence=sentence, start=start, end=end, text=surface, entity=country.id, name=country.name,
                 type="country", country=country.country, code=f"{country.code or country.country}{sector}",
                 how="exact")


def _country_of(group: list[Part], kb: KnowledgeBase) -> KBEntity | None:
    for part in reversed(group):
        entity = part.entity
        if entity is None:
            continue
        if entity.type == "country":
            return entity
        if entity.type in ("organization", "media", "place") and entity.country:
            return kb.country(entity.country)
    return None


def _current_sector(person: KBEntity, kb: KnowledgeBase, on: date | None) -> str | None:
    for role in kb.roles_of(person.id, on):
        office = kb.offices.get(role.office)
        if office is not None:
            return office.sector
    return None
