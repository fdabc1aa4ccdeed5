"""Reading the actor lists users already have into knowledge-base records.

Two families of formats:

* **PETRARCH/TABARI actor dictionaries** (``Phoenix.Countries.actors.txt``): an entry
  line names an actor (``DENG_ALOR_KUOL_  # comment``), ``+`` lines give more names,
  and ``[CODE]`` or ``[CODE YYMMDD-YYMMDD]`` lines (or a code on the entry line)
  give its CAMEO code, with dates: ``A-B`` from A to B, ``>A`` from A on, ``<B`` until
  B; six-digit years ``00``–``30`` are 2000s, the rest 1900s, eight digits are read
  as written. A person is an entry with dated codes or a ``CountryInfo`` comment; an
  entry whose only code is a bare country code adds names to that country; the rest
  are organisations, or states the KB does not have (``[USR]``) when the code has
  three letters.
* **Wikidata-style officeholder lists**, CSV or JSON (an array of flat objects, or
  SPARQL JSON results) with the columns ``country``, ``positionLabel``,
  ``officeholder`` (QID or entity URL), ``officeholderLabel``, ``start_year``,
  ``end_year`` (a year or an ISO date). The country is found by its English name in
  the knowledge base; the position by the office names of ``kb/data/offices.tsv``
  (longest first), which gives the sector and a dated role.

Importers only read: they return an ``Imported`` (entities, aliases, codes, roles,
and problems with their line numbers). ``kb/user.py`` stores it. Lines that cannot
be read are listed in ``problems`` and left out; they never stop an import.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from ..errors import InputError
from ..text.normalize import fold
from .base import Alias, DatedCode, KBEntity, KnowledgeBase, Role, parse_day

log = logging.getLogger(__name__)

FORMATS = ("petrarch", "wikidata-csv", "wikidata-json")
# Six-digit PETRARCH dates carry two-digit years: 00-30 are read as 20xx, 31-99 as 19xx, as the CAMEO
# dictionaries are written (Phoenix.Countries.actors.txt has no two-digit year between 15 and 30).
TWO_DIGIT_PIVOT = 30
ID_PREFIX = "sb:user-"

_CODE_LINE = re.compile(r"\[(?P<code>[A-Z0-9]{3,})(?:\s*(?P<dates>[^\]]*))?\]")
_RANGE = re.compile(r"^(?P<start>\d{6}|\d{8})\s*-\s*(?P<end>\d{6}|\d{8})$")
_FROM = re.compile(r"^>\s*(?P<start>\d{6}|\d{8})$")
_UNTIL = re.compile(r"^<\s*(?P<end>\d{6}|\d{8})$")
_QID = re.compile(r"(Q\d+)$")
_SLUG = re.compile(r"[^a-z0-9]+")
# "Kingdom of Denmark", "Republic of Abkhazia": a state's formal name around the short one.
_STATE_PREFIX = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:kingdom|republic|state|states|commonwealth|principality)"
                           r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


@dataclass
class Imported:
    """What an import read: records for the user KB, and the lines it could not use."""

    source: str
    format: str
    entities: list[KBEntity] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def guess_format(text: str, *, name: str = "") -> str:
    """The format of an actor file from its first characters (and its name as a tie-breaker).

    Raises:
        InputError: when the content looks like none of ``FORMATS``.
    """
    head = text.lstrip("\ufeff").lstrip()[:4096]
    if head.startswith(("[", "{")):
        return "wikidata-json"
    first = head.splitlines()[0] if head else ""
    if "," in first and "officeholder" in first.casefold():
        return "wikidata-csv"
    if re.search(r"^\s*\[[A-Z]{3}", head, re.MULTILINE) or re.search(r"^[A-Z][A-Z0-9_'`.-]*_", head, re.MULTILINE):
        return "petrarch"
    if name.endswith(".csv"):
        return "wikidata-csv"
    raise InputError(f"[E004] Cannot read {name or 'the input'}: not a PETRARCH actor dictionary, Wikidata CSV or "
                     f"JSON officeholder list. Name the format with --format ({', '.join(FORMATS)}).")


def read_actors(text: str, *, fmt: str | None = None, source: str = "", kb: KnowledgeBase) -> Imported:
    """Records read from an actor file's text.

    Args:
        text: the file's content.
        fmt: one of ``FORMATS``; guessed from the content when None.
        source: the file's name, recorded with the problems and in the user KB.
        kb: the knowledge base imported entries are checked against (countries, offices, people).

    Raises:
        InputError: for an unknown format, or a JSON file that does not parse.
    """
    fmt = fmt or guess_format(text, name=source)
    if fmt == "petrarch":
        return read_petrarch(text, source=source, kb=kb)
    if fmt == "wikidata-csv":
        return read_officeholders(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))), source=source, kb=kb,
                                  fmt=fmt)
    if fmt == "wikidata-json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(f"[E004] Cannot read {source}: not valid JSON ({err}).") from err
        return read_officeholders(_json_records(data), source=source, kb=kb, fmt=fmt)
    raise InputError(f"[E003] No reader for format {fmt!r}. Known formats: {', '.join(FORMATS)}. "
                     "Name the format explicitly.")


# ---------------------------------------------------------------------------- PETRARCH


@dataclass
class _Entry:
    line: int
    name: str
    comment: str
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None, bool]] = field(default_factory=list)


def read_petrarch(text: str, *, source: str = "", kb: KnowledgeBase) -> Imported:
    """Records of a PETRARCH/TABARI actor dictionary (see the module docstring for the rules)."""
    result = Imported(source=source, format="petrarch")
    entries = list(_petrarch_entries(text, result))
    known = _known_aliases(kb)
    composing = _composing_words(kb)
    named = _named_entities(kb)
    seen: dict[str, KBEntity] = {}
    for entry in entries:
        if not entry.codes:
            continue
        undated = [c for c in entry.codes if not c[3]]
        is_person = any(c[3] for c in entry.codes) or "countryinfo" in entry.comment.casefold()
        names = _unique([entry.name, *entry.names])
        # "President Xi Jinping", "U.S. military": phrases the linker composes from an office, agent or
        # demonym and a name; as aliases they would hide that structure
        usable = [n for n in names if not _known(n, known) and not _composed(n, composing)]
        if not is_person and len(entry.codes) == 1 and len(undated[0][0]) == 3:
            country = kb.country(undated[0][0])
            if country is not None:
                result.aliases.extend(Alias(n, "en", "name", country.id) for n in usable)
                continue
        first = (undated or entry.codes)[0][0]
        iso3 = _iso3(first, kb)
        kind = "person" if is_person else "country" if len(first) == 3 else "organization"
        existing = next((named[fold(n)] for n in names if fold(n) in named), None)
        entity_id = existing or ID_PREFIX + _SLUG.sub("-", names[0].casefold()).strip("-")
        if existing or entity_id in seen:  # a KB entity, or one actor listed twice (SALVA_KIIR)
            result.aliases.extend(Alias(n, "en", "name", entity_id) for n in usable)
        else:
            entity = KBEntity(id=entity_id, name=names[0], type=kind,
                              country=iso3, code=first, sector=(first[3:] or None) if iso3 else None,
                              names_en=tuple(names))
            seen[entity_id] = entity
            result.entities.append(entity)
            result.aliases.extend(Alias(n, "en", "name", entity_id) for n in usable)
        for code, start, end, _dated in entry.codes:
            result.codes.append(DatedCode(entity_id, code, _iso3(code, kb), start, end))
    result.codes = list(dict.fromkeys(result.codes))
    result.aliases = list(dict.fromkeys(result.aliases))
    return result


def _petrarch_entries(text: str, result: Imported) -> Iterator[_Entry]:
    entry: _Entry | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line, _, comment = raw.partition("#")
        stripped = line.strip()
        if not stripped:
            continue
        if raw[:1] in " \t" or stripped.startswith("["):
            if entry is None:
                result.problems.append(f"{result.source}:{number}: a code line before any actor")
                continue
            _add_codes(entry, stripped, number, result)
            continue
        if stripped.startswith("+"):
            if entry is None:
                result.problems.append(f"{result.source}:{number}: a synonym before any actor")
                continue
            name = _petrarch_name(stripped[1:])
            if name:
                entry.names.append(name)
            continue
        if entry is not None:
            yield entry
        head = stripped.split("[", 1)
        name = _petrarch_name(head[0])
        if not name:
            result.problems.append(f"{result.source}:{number}: no actor name in {stripped!r}")
            entry = None
            continue
        entry = _Entry(number, name, comment)
        if len(head) == 2:
            _add_codes(entry, "[" + head[1], number, result)
    if entry is not None:
        yield entry


def _add_codes(entry: _Entry, text: str, number: int, result: Imported) -> None:
    found = list(_CODE_LINE.finditer(text))
    if not found:
        result.problems.append(f"{result.source}:{number}: not a [CODE dates] line: {text!r}")
        return
    for match in found:
        try:
            start, end, dated = _petrarch_dates((match["dates"] or "").strip())
        except ValueError as err:  # read undated, the code would apply at every other time: leave it out
            result.problems.append(f"{result.source}:{number}: bad date {match['dates']!r} ({err}); code left out")
            continue
        entry.codes.append((match["code"], start, end, dated))


def _petrarch_dates(text: str) -> tuple[date | None, date | None, bool]:
    if not text:
        return None, None, False
    if m := _RANGE.match(text):
        return _petrarch_day(m["start"]), _petrarch_day(m["end"]), True
    if m := _FROM.match(text):
        return _petrarch_day(m["start"]), None, True
    if m := _UNTIL.match(text):
        return None, _petrarch_day(m["end"]), True
    raise ValueError("expected YYMMDD-YYMMDD, >YYMMDD or <YYMMDD (or eight-digit years)")


def _petrarch_day(text: str) -> date:
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    year = int(text[:2])
    year += 2000 if year <= TWO_DIGIT_PIVOT else 1900
    return date(year, int(text[2:4]), int(text[4:]))


def _petrarch_name(text: str) -> str:
    """``DENG_ALOR_KUOL_`` → ``Deng Alor Kuol``; quotes and bracketed notes dropped."""
    text = re.sub(r"\(.*", "", text)
    text = re.sub(r"[\"`{}]", "", text).replace("_", " ")
    words = [w for w in text.split() if w]
    return " ".join(_title(w) for w in words)


def _title(word: str) -> str:
    return "-".join("'".join(p[:1].upper() + p[1:].lower() for p in part.split("'")) for part in word.split("-"))


# ---------------------------------------------------------------------------- Wikidata


def read_officeholders(records: Iterable[Mapping[str, object]], *, source: str = "", kb: KnowledgeBase,
                       fmt: str = "wikidata-csv") -> Imported:
    """Records of a Wikidata-style officeholder list (see the module docstring for the columns)."""
    result = Imported(source=source, format=fmt)
    countries = _country_names(kb)
    offices = _office_names(kb)
    people = _people_by_name(kb)
    made: dict[str, KBEntity] = {}
    for number, record in enumerate(records, start=2 if fmt == "wikidata-csv" else 1):
        where = f"{source}:{number}"
        holder = _text(record, "officeholder")
        label = _text(record, "officeholderLabel", "officeholder_label", "name")
        if not label:
            result.problems.append(f"{where}: no officeholderLabel")
            continue
        qid = _QID.search(holder)
        entity_id = people.get(fold(label)) or (qid.group(1) if qid else ID_PREFIX + _SLUG.sub("-", label.lower()))
        country_name = _text(record, "countryLabel", "country")
        iso3 = _country_iso3(country_name, countries)
        if iso3 is None:
            result.problems.append(f"{where}: country {country_name!r} is not in the knowledge base")
        position = _text(record, "positionLabel", "position")
        office = _office_of(position, offices)
        sector = kb.offices[office].sector if office else "GOV"
        try:
            start = _wikidata_day(_text(record, "start_year", "start", "startTime"), end=False)
            end = _wikidata_day(_text(record, "end_year", "end", "endTime"), end=True)
        except ValueError as err:
            result.problems.append(f"{where}: bad date ({err})")
            continue
        if entity_id not in kb.entities and entity_id not in made:
            made[entity_id] = KBEntity(id=entity_id, name=label, type="person", country=iso3,
                                       code=f"{iso3 or ''}{sector}", sector=sector, names_en=(label,))
            result.entities.append(made[entity_id])
            result.aliases.append(Alias(label, "en", "name", entity_id))
        if iso3:
            result.codes.append(DatedCode(entity_id, f"{iso3}{sector}", iso3, start, end))
            if office and start and entity_id not in kb.entities:
                result.roles.append(Role(entity_id, office, iso3, start, end))
    return result


def _json_records(data: object) -> list[Mapping[str, object]]:
    if isinstance(data, dict) and isinstance(data.get("results"), dict):
        bindings = data["results"].get("bindings", [])
        return [{k: (v.get("value") if isinstance(v, dict) else v) for k, v in b.items()} for b in bindings]
    if isinstance(data, list) and all(isinstance(item, dict) for item in data):
        return data
    raise InputError("[E004] Cannot read the JSON officeholder list: expected an array of objects or SPARQL "
                     "JSON results.")


def _text(record: Mapping[str, object], *keys: str) -> str:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _wikidata_day(text: str, *, end: bool) -> date | None:
    if not text:
        return None
    text = text.removeprefix("+").split("T", 1)[0]
    return parse_day(text, end=end)


def _office_of(position: str, offices: list[tuple[str, str]]) -> str | None:
    folded = f" {fold(position)} "
    variants = (folded, folded.replace(" for ", " of "))  # "Minister for Foreign Affairs"
    for name, office in offices:
        if any(f" {name} " in variant for variant in variants):
            return office
    return None


def _country_names(kb: KnowledgeBase) -> dict[str, str]:
    names: dict[str, str] = {}
    for entity in kb.entities.values():
        if entity.type == "country" and entity.country:
            for name in entity.names_en:
                for variant in _country_variants(name):
                    names.setdefault(variant, entity.country)
    return names


def _country_iso3(name: str, countries: Mapping[str, str]) -> str | None:
    """"Antigua and Barbuda" = "Antigua & Barbuda"; "Kingdom of Denmark" = "Denmark"."""
    for variant in _country_variants(name):
        if variant in countries:
            return countries[variant]
    stripped = _STATE_PREFIX.sub("", name)
    return countries.get(fold(stripped)) if stripped != name else None


def _country_variants(name: str) -> list[str]:
    folded = fold(name).removeprefix("the ")
    variants = [folded, folded.replace("&", "and"), folded.replace(" and ", " & ")]
    variants += [v.replace("saint ", "st. ") for v in variants]
    return list(dict.fromkeys(variants))


def _office_names(kb: KnowledgeBase) -> list[tuple[str, str]]:
    pairs = [(fold(name), office.id) for office in kb.offices.values() for name in office.names_en]
    return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0]))


def _people_by_name(kb: KnowledgeBase) -> dict[str, str]:
    found: dict[str, str] = {}
    for entity in kb.entities.values():
        if entity.type == "person":
            for name in entity.names_en:
                found.setdefault(fold(name), entity.id)
    return found


def _named_entities(kb: KnowledgeBase) -> dict[str, str]:
    """Folded names (not surnames) of the KB's people and organisations → their ids."""
    found: dict[str, str] = {}
    for alias in kb.aliases:
        entity = kb.entities.get(alias.target) if alias.kind == "name" else None
        if entity is not None and entity.type in ("person", "organization", "group", "media"):
            found.setdefault(fold(alias.text), entity.id)
    return found


def _composing_words(kb: KnowledgeBase) -> frozenset[str]:
    """Folded office, agent and demonym aliases: the words the linker builds actor phrases from."""
    return frozenset(fold(a.text) for a in kb.aliases if a.kind in ("office", "agent", "demonym"))


def _composed(name: str, composing: frozenset[str]) -> bool:
    words = fold(name).replace(".", " ").split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))
    return len(words) > 1 and any(span in composing for span in spans)


def _known(name: str, known: frozenset[str]) -> bool:
    """Whether the KB has the alias already, also with a leading article ("The United States")."""
    folded = fold(name)
    return folded in known or (folded.startswith("the ") and folded[4:] in known)


def _known_aliases(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(fold(a.text) for a in kb.aliases)


def _iso3(code: str, kb: KnowledgeBase) -> str | None:
    return code[:3] if kb.country(code[:3]) is not None else None


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
