"""The knowledge base: canonical entities, their aliases, offices and dated roles.

Built from the data files in ``kb/data/`` (see its README). Loaded once per
process and read-only afterwards.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from ..datafiles import Row, load_table, split_values
from ..errors import DataFileError
from ..text.normalize import fold, normalize

PACKAGE = "sambandh.kb"
ALIAS_KINDS = ("name", "demonym", "surname", "office", "agent")
# Hindi writes foreign names with long or short vowels as the writer hears them: "ग़ज़ा|ग़ाज़ा", "लीबिया|लिबिया",
# "यूक्रेन|युक्रेन" (nukta and nasal spellings are already one key: text.normalize.fold). Each Hindi name of a country
# or place also matches with one vowel changed in length or one inner "ा" dropped (``spelling_variants``).
VARIANT_TYPES = frozenset({"country", "place"})
# Organisations' Hindi names also match with another word for "and" (``conjunction_variants``).
ORGANIZATION_TYPES = frozenset({"organization", "media", "group"})
_VOWEL_LENGTH = {"\u093f": "\u0940", "\u0940": "\u093f", "\u0941": "\u0942", "\u0942": "\u0941",
                 "इ": "ई", "ई": "इ", "उ": "ऊ", "ऊ": "उ"}
_AA = "\u093e"
# A variant shorter than this (in folded characters) is too likely a word: "सना" (Sanaa) → "सन" ('year').
VARIANT_MIN_CHARS = 3


@dataclass(frozen=True, slots=True)
class KBEntity:
    """One canonical record: a country, person, organisation, news agency or place."""

    id: str
    name: str
    type: str
    country: str | None
    code: str | None
    sector: str | None = None
    names_hi: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()

    @property
    def wikidata(self) -> str | None:
        return self.id if self.id.startswith("Q") else None


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form and what it points to.

    ``kind`` says how to read ``target``: an entity id (name, demonym, surname),
    an office id (office) or a CAMEO sector code (agent).
    """

    text: str
    lang: str
    kind: str
    target: str


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    sector: str
    names_hi: tuple[str, ...]
    names_en: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Role:
    person: str
    office: str
    country: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class DatedCode:
    """The CAMEO actor code an entity carries over a period, as PETRARCH dictionaries give it.

    ``[SDNGOV 051101-100630]`` is ``DatedCode(entity, "SDNGOV", "SDN", 2005-11-01, 2010-06-30)``; a code
    without dates (``[SSDELI]``) applies whenever no dated one does. ``country`` is the ISO 3166-1
    alpha-3 code when the code starts with one, else None (``IGOEUREEC``).
    """

    entity: str
    code: str
    country: str | None
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class KnowledgeBase:
    """Entities, aliases, offices, roles and dated codes, with look-ups the linker needs."""

    def __init__(
        self,
        entities: Iterable[KBEntity],
        aliases: Iterable[Alias],
        offices: Iterable[Office] = (),
        roles: Iterable[Role] = (),
        codes: Iterable[DatedCode] = (),
    ) -> None:
        self.entities: Mapping[str, KBEntity] = MappingProxyType({e.id: e for e in entities})
        self.aliases: tuple[Alias, ...] = tuple(aliases)
        self.offices: Mapping[str, Office] = MappingProxyType({o.id: o for o in offices})
        self.roles: tuple[Role, ...] = tuple(roles)
        by_person: dict[str, list[Role]] = {}
        by_office: dict[str, list[Role]] = {}
        for role in self.roles:
            by_person.setdefault(role.person, []).append(role)
            by_office.setdefault(role.office, []).append(role)
        self._roles_by_person: Mapping[str, tuple[Role, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in by_person.items()})
        self._roles_by_office: Mapping[str, tuple[Role, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in by_office.items()})
        self.codes: tuple[DatedCode, ...] = tuple(codes)
        by_entity: dict[str, list[DatedCode]] = {}
        for code in self.codes:
            by_entity.setdefault(code.entity, []).append(code)
        self._codes: Mapping[str, tuple[DatedCode, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in by_entity.items()})
        self._office_rank: Mapping[str, int] = MappingProxyType({o: i for i, o in enumerate(self.offices)})
        by_country: dict[str, str] = {}
        for entity in self.entities.values():
            if entity.type == "country" and entity.country:
                by_country[entity.country] = entity.id
        self._countries: Mapping[str, str] = MappingProxyType(by_country)
        by_code: dict[str, str] = {}
        for entity in self.entities.values():
            if entity.type == "organization" and entity.code and not entity.country:
                by_code.setdefault(entity.code, entity.id)
        self._bodies: Mapping[str, str] = MappingProxyType(by_code)

    def entity(self, entity_id: str) -> KBEntity | None:
        return self.entities.get(entity_id)

    def country(self, iso3: str | None) -> KBEntity | None:
        """The country entity for an ISO 3166-1 alpha-3 code."""
        if not iso3:
            return None
        entity_id = self._countries.get(iso3)
        return self.entities.get(entity_id) if entity_id else None

    def body(self, code: str | None) -> KBEntity | None:
        """The international body whose CAMEO code is ``code`` (``IGOUNODEVWBK`` → the World Bank), if the KB has
        it: the first one listed when several share a code."""
        entity_id = self._bodies.get(code) if code else None
        return self.entities.get(entity_id) if entity_id else None

    def holder(self, office: str, country: str | None, on: date | None) -> KBEntity | None:
        """The person holding ``office`` in ``country`` on a day, if exactly one did.

        Without a day, the holder is known only when the KB lists a single holder ever.
        """
        candidates = [r for r in self._roles_by_office.get(office, ()) if r.country == country]
        if on is not None:
            candidates = [r for r in candidates if r.holds_on(on)]
        people = sorted({r.person for r in candidates})
        if len(people) != 1:
            return None
        return self.entities.get(people[0])

    def office_body(self, office: str) -> str | None:
        """The international body an office belongs to ("un_secretary_general" → ``IGOUNO``): the one
        CAMEO code, not a country's, that its holders hold it in."""
        bodies = {r.country for r in self._roles_by_office.get(office, ())}
        if len(bodies) != 1:
            return None
        body = bodies.pop()
        return None if body is None or self.country(body) is not None else body

    def code_on(self, entity_id: str, on: date | None) -> DatedCode | None:
        """The dated code of an entity that holds on a day, else its undated code, else None.

        Of several codes holding on the day, the one starting latest wins (a new office over a
        standing one); without a day only an undated code answers.
        """
        codes = self._codes.get(entity_id, ())
        if on is not None:
            holding = [c for c in codes if c.dated and c.holds_on(on)]
            if holding:
                return max(holding, key=lambda c: (c.start or date.min, c.code))
        undated = [c for c in codes if not c.dated]
        return undated[0] if undated else None

    def roles_of(self, person: str, on: date | None = None) -> tuple[Role, ...]:
        """The dated roles of a person (those held on ``on`` when given), highest office first.

        Offices rank in the order of ``offices.tsv``: a head of state who also leads a party
        acts as head of state.
        """
        rank = self._office_rank
        found = [r for r in self._roles_by_person.get(person, ()) if on is None or r.holds_on(on)]
        return tuple(sorted(found, key=lambda r: (rank.get(r.office, len(rank)), r.start)))


# People and their roles are kept in one file per region (and one for 1995-2014 office holders); each
# part has the same columns.
PEOPLE_TABLES = ("people", "people_india", "people_history")
ROLE_TABLES = ("roles", "roles_india", "roles_history")
# Organisations likewise: international bodies, parties and the best-known national ones, then Indian institutions.
ORGANIZATION_TABLES = ("organizations", "organizations_india")


@functools.cache
def builtin() -> KnowledgeBase:
    """The knowledge base shipped in ``kb/data/``; built once per process."""
    entities: list[KBEntity] = []
    aliases: list[Alias] = []
    _countries(entities, aliases)
    _people(entities, aliases)
    _organizations(entities, aliases)
    _places(entities, aliases)
    offices = _offices(aliases)
    _agents(aliases)
    aliases.extend(_variant_aliases(entities, aliases))
    aliases.extend(_organization_aliases(entities, aliases))
    roles = [_role(row) for table in ROLE_TABLES for row in load_table(PACKAGE, table)]
    return KnowledgeBase(entities, aliases, offices, roles, _dated_codes(entities))


def spelling_variants(name: str) -> frozenset[str]:
    """Spellings of a Hindi name with one vowel changed in length, or one "ा" before another letter dropped.

    ``spelling_variants("ग़ाज़ा")`` holds "ग़ज़ा"; ``spelling_variants("लीबिया")`` holds "लिबिया" and "लीबीया". A
    final "ा" stays: it is often the word's ending ("सना", "दोहा").
    """
    out: set[str] = set()
    for index, char in enumerate(name):
        if char in _VOWEL_LENGTH:
            out.add(name[:index] + _VOWEL_LENGTH[char] + name[index + 1:])
        elif char == _AA and index + 1 < len(name) and name[index + 1] != " ":
            out.add(name[:index] + name[index + 1:])
    out.discard(name)
    return frozenset(out)


def _variant_aliases(entities: list[KBEntity], aliases: list[Alias]) -> list[Alias]:
    """Aliases for the spelling variants of the Hindi names of countries and places.

    A variant is left out when it is already an alias of anything (it is that, not a misspelling), when it is
    a variant of two entities' names, when it is shorter than ``VARIANT_MIN_CHARS``, and when it is an ordinary
    word (``spelling_exceptions.tsv``).
    """
    kinds = {e.id: e.type for e in entities}
    taken = {fold(a.text) for a in aliases}
    blocked = {fold(row["variant"]) for row in load_table(PACKAGE, "spelling_exceptions")}
    found: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for alias in aliases:
        if alias.lang != "hi" or alias.kind != "name" or kinds.get(alias.target) not in VARIANT_TYPES:
            continue
        for variant in sorted(spelling_variants(alias.text)):
            key = fold(variant)
            if key in taken or key in blocked or len(key) < VARIANT_MIN_CHARS:
                continue
            found.setdefault(key, set()).add(alias.target)
            spelled.setdefault(key, variant)
    return [Alias(spelled[key], "hi", "name", next(iter(targets)))
            for key, targets in sorted(found.items()) if len(targets) == 1]


def conjunction_variants(name: str, conjunctions: Iterable[str]) -> frozenset[str]:
    """The spellings of a name with each of its words for 'and' replaced by each of the others.

    ``conjunction_variants("पेयजल एवं स्वच्छता विभाग", ("और", "एवं", "तथा"))`` holds "पेयजल और स्वच्छता विभाग" and
    "पेयजल तथा स्वच्छता विभाग"; a name with two such words changes one at a time.
    """
    choices = tuple(conjunctions)
    return _swapped(name, {word: tuple(other for other in choices if other != word) for word in choices})


def oblique_variants(name: str, obliques: Mapping[str, str]) -> frozenset[str]:
    """The spellings of a name with each of its genitive words in the oblique, one at a time.

    ``oblique_variants("अमेरिकी राज्यों का संगठन", {"का": "के"})`` holds "अमेरिकी राज्यों के संगठन".
    """
    return _swapped(name, {word: (oblique,) for word, oblique in obliques.items()}, inner=True)


def _swapped(name: str, swaps: Mapping[str, tuple[str, ...]], *, inner: bool = False) -> frozenset[str]:
    """The spellings of a name with one of its words replaced by each of its ``swaps``; with ``inner``, only words
    that neither begin nor end the name."""
    words = name.split(" ")
    return frozenset(" ".join([*words[:i], other, *words[i + 1:]])
                     for i, word in enumerate(words) if word in swaps and (not inner or 0 < i < len(words) - 1)
                     for other in swaps[word])


def _organization_aliases(entities: list[KBEntity], aliases: list[Alias]) -> list[Alias]:
    """Aliases for the Hindi names of organisations with another word for 'and' (``name_conjunctions.tsv``) and with
    their genitives in the oblique (``name_obliques.tsv``).

    A variant already an alias of anything, or a variant of two entities' names, is left out.
    """
    kinds = {e.id: e.type for e in entities}
    conjunctions = tuple(row["word"] for row in load_table(PACKAGE, "name_conjunctions"))
    obliques = {row["word"]: row["oblique"] for row in load_table(PACKAGE, "name_obliques")}
    taken = {fold(a.text) for a in aliases}
    found: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for alias in aliases:
        if alias.lang != "hi" or alias.kind != "name" or kinds.get(alias.target) not in ORGANIZATION_TYPES:
            continue
        for variant in sorted(conjunction_variants(alias.text, conjunctions) | oblique_variants(alias.text, obliques)):
            key = fold(variant)
            if key not in taken:
                found.setdefault(key, set()).add(alias.target)
                spelled.setdefault(key, variant)
    return [Alias(spelled[key], "hi", "name", next(iter(targets)))
            for key, targets in sorted(found.items()) if len(targets) == 1]


@functools.cache
def frontier_states() -> Mapping[str, tuple[str, ...]]:
    """The two states of each frontier (``frontiers.tsv``) by place id: the line where their forces meet."""
    return MappingProxyType({row["place"]: tuple(split_values(row["states"]))
                             for row in load_table(PACKAGE, "frontiers")})


def country_id(iso3: str) -> str:
    """The stable id of a country entity: ``sb:country-rus``."""
    return f"sb:country-{iso3.lower()}"


def _countries(entities: list[KBEntity], aliases: list[Alias]) -> None:
    variants: dict[str, list[Row]] = {}
    for row in load_table(PACKAGE, "country_aliases"):
        variants.setdefault(row["iso3"], []).append(row)
    for row in load_table(PACKAGE, "countries"):
        iso3 = row["iso3"]
        entity_id = country_id(iso3)
        extra = variants.get(iso3, [])
        names_hi = _unique([row["name_hi"], *(v["alias"] for v in extra if v["lang"] == "hi" and v["kind"] == "name")])
        names_en = _unique([row["name_en"], *(v["alias"] for v in extra if v["lang"] == "en" and v["kind"] == "name")])
        entities.append(KBEntity(id=entity_id, name=row["name_en"], type="country", country=iso3,
                                 code=row["cameo"] or iso3, names_hi=names_hi, names_en=names_en))
        aliases.extend(Alias(n, "hi", "name", entity_id) for n in names_hi)
        aliases.extend(Alias(n, "en", "name", entity_id) for n in names_en)
        aliases.extend(Alias(v["alias"], v["lang"], "demonym", entity_id)
                       for v in extra if v["kind"] == "demonym")


def _people(entities: list[KBEntity], aliases: list[Alias]) -> None:
    for row in (row for table in PEOPLE_TABLES for row in load_table(PACKAGE, table)):
        names_hi = split_values(row["names_hi"])
        names_en = _unique([row["name_en"], *split_values(row["aliases_en"])])
        sector = row["sector"] or "GOV"
        country = row["country"] or None
        entities.append(KBEntity(id=row["id"], name=row["name_en"], type="person", country=country,
                                 code=f"{country or ''}{sector}", sector=sector,
                                 names_hi=names_hi, names_en=names_en))
        aliases.extend(Alias(n, "hi", "name", row["id"]) for n in names_hi)
        aliases.extend(Alias(n, "en", "name", row["id"]) for n in names_en)
        aliases.extend(Alias(n, "hi", "surname", row["id"]) for n in split_values(row["surnames_hi"]))
        aliases.extend(Alias(n, "en", "surname", row["id"]) for n in split_values(row["surnames_en"]))


def _organizations(entities: list[KBEntity], aliases: list[Alias]) -> None:
    for row in (row for table in ORGANIZATION_TABLES for row in load_table(PACKAGE, table)):
        names_hi = split_values(row["names_hi"])
        names_en = _unique([row["name_en"], *split_values(row["aliases_en"])])
        entities.append(KBEntity(id=row["id"], name=row["name_en"], type=row["type"] or "organization",
                                 country=row["country"] or None, code=row["code"] or None,
                                 names_hi=names_hi, names_en=names_en))
        aliases.extend(Alias(n, "hi", "name", row["id"]) for n in names_hi)
        aliases.extend(Alias(n, "en", "name", row["id"]) for n in names_en)


def _places(entities: list[KBEntity], aliases: list[Alias]) -> None:
    for row in load_table(PACKAGE, "places"):
        names_hi = split_values(row["names_hi"])
        names_en = _unique([row["name_en"], *split_values(row["aliases_en"])])
        entities.append(KBEntity(id=row["id"], name=row["name_en"], type="place",
                                 country=row["country"] or None, code=row["country"] or None,
                                 names_hi=names_hi, names_en=names_en))
        aliases.extend(Alias(n, "hi", "name", row["id"]) for n in names_hi)
        aliases.extend(Alias(n, "en", "name", row["id"]) for n in names_en)


def _offices(aliases: list[Alias]) -> list[Office]:
    offices = []
    for row in load_table(PACKAGE, "offices"):
        office = Office(row["office"], row["sector"], split_values(row["names_hi"]), split_values(row["names_en"]))
        offices.append(office)
        aliases.extend(Alias(n, "hi", "office", office.id) for n in office.names_hi)
        aliases.extend(Alias(n, "en", "office", office.id) for n in office.names_en)
    return offices


def _agents(aliases: list[Alias]) -> None:
    aliases.extend(Alias(row["phrase"], row["lang"], "agent", row["sector"])
                   for row in load_table(PACKAGE, "agents"))


def _dated_codes(entities: list[KBEntity]) -> list[DatedCode]:
    """The dated codes of ``codes_history.tsv``, and for each entity its own code as the undated fallback."""
    by_id = {e.id: e for e in entities}
    codes = [DatedCode(row["entity"], row["code"], row["code"][:3] if row["code"][:3] in _iso3s(entities) else None,
                       parse_day(row["start"], end=False), parse_day(row["end"], end=True) if row["end"] else None)
             for row in load_table(PACKAGE, "codes_history")]
    fallback = {c.entity for c in codes}
    codes += [DatedCode(e, by_id[e].code, by_id[e].country) for e in sorted(fallback) if e in by_id and by_id[e].code]
    return codes


def _iso3s(entities: list[KBEntity]) -> frozenset[str]:
    return frozenset(e.country for e in entities if e.type == "country" and e.country)


def _role(row: Row) -> Role:
    try:
        start = parse_day(row["start"], end=False)
        end = parse_day(row["end"], end=True) if row["end"] else None
    except ValueError as err:
        raise DataFileError(f"[E005] kb/data/roles.tsv: bad date in {dict(row)}: {err}") from err
    return Role(person=row["person"], office=row["office"], country=row["country"], start=start, end=end)


def parse_day(text: str, *, end: bool) -> date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; partial dates widen to the period's first or last day.

    Raises:
        ValueError: for any other shape.
    """
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        if not end:
            return date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    raise ValueError(text)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        value = normalize(value) if value else value
        if value and value not in seen:
            seen[value] = None
    return tuple(seen)
