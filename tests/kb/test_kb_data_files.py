"""Checks on every data file of the knowledge base (``sambandh/kb/data/*.tsv``).

Columns, ISO 3166-1 alpha-3 and CAMEO codes, unique ids and aliases, dated roles,
NFC text and non-empty names. A file that does not exist yet is skipped; a file
that exists but is unknown here fails, so every new file gets these checks.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from importlib import resources

import pytest

from sambandh.datafiles import Row, parse_tsv, split_values
from sambandh.kb.base import parse_day
from sambandh.text.normalize import fold

PACKAGE = "sambandh.kb"

COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "iso2", "cameo", "name_en", "name_hi"),
    "country_aliases": ("iso3", "lang", "kind", "alias"),
    "offices": ("office", "sector", "names_hi", "names_en"),
    "agents": ("lang", "phrase", "sector"),
    "people": ("id", "name_en", "names_hi", "aliases_en", "surnames_hi", "surnames_en", "country", "sector"),
    "roles": ("person", "office", "country", "start", "end"),
    "organizations": ("id", "name_en", "names_hi", "aliases_en", "type", "country", "code"),
    "places": ("id", "name_en", "names_hi", "aliases_en", "country", "type"),
    "phonetic_key": ("pattern", "replacement", "note"),
    "letter_names": ("name", "letter"),
    "anusvara": ("before", "latin"),
    "name_stopwords": ("word", "kind"),
    "spelling_exceptions": ("variant", "note"),
    "name_conjunctions": ("word",),
    "name_obliques": ("word", "oblique"),
    "regions": ("code", "name_en"),
    "codes_history": ("entity", "code", "start", "end", "note"),
    "frontiers": ("place", "states", "note"),
}
FILES = tuple(COLUMNS)
# Tables kept in several files, one per region; a part is checked as part of its table.
PARTS: dict[str, tuple[str, ...]] = {"people": ("people_india", "people_history"),
                                     "roles": ("roles_india", "roles_history"),
                                     "organizations": ("organizations_india",)}

# What makes a row unique in each file: its id, or the cells that together say one thing once.
KEYS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3",),
    "country_aliases": ("iso3", "lang", "kind", "alias"),
    "offices": ("office",),
    "agents": ("lang", "phrase"),
    "people": ("id",),
    "roles": ("person", "office", "country", "start"),
    "organizations": ("id",),
    "places": ("id",),
    "phonetic_key": ("pattern",),
    "letter_names": ("name",),
    "anusvara": ("before",),
    "name_stopwords": ("word",),
    "spelling_exceptions": ("variant",),
    "name_conjunctions": ("word",),
    "name_obliques": ("word",),
    "regions": ("code",),
    "codes_history": ("entity", "start"),
    "frontiers": ("place",),
}

# Columns naming a country: ISO alpha-3 as in countries.tsv. In people and roles an official of an
# international body takes the body's CAMEO code instead (IGOUNO, IGOWSTNAT), as offices.tsv explains.
COUNTRY_COLUMNS: dict[str, str] = {
    "country_aliases": "iso3",
    "people": "country",
    "roles": "country",
    "organizations": "country",
    "places": "country",
}
COUNTRY_MAY_BE_BODY = frozenset({"people", "roles"})
COUNTRY_MAY_BE_EMPTY = frozenset({"people", "organizations", "places"})

# CAMEO codes of actors with no country, as the data uses them: intergovernmental and non-governmental
# organisations, and international militarised groups (Islamic State IMGMUSISI, al-Qaeda IMGMUSALQ).
# CAMEO also has MNC (multinational corporations); add it here when the data first needs it.
INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG")

# CAMEO sector (role) codes, from the CAMEO manual and PETRARCH Phoenix.agents.txt.
SECTORS = frozenset({
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JUD",
    "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF",
})

# Columns that must not be empty: every entity has an English name, and places and people a Hindi one
# (organizations may lack one where the only Hindi rendering is an ordinary word, e.g. WAFA).
NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("name_en", "name_hi"),
    "country_aliases": ("alias",),
    "offices": ("office", "names_hi", "names_en"),
    "agents": ("phrase",),
    "people": ("id", "name_en", "names_hi"),
    "roles": ("person", "office", "start"),
    "organizations": ("id", "name_en"),
    "places": ("id", "name_en", "names_hi"),
    "phonetic_key": ("pattern",),
    "letter_names": ("name", "letter"),
    "anusvara": ("before", "latin"),
    "name_stopwords": ("word",),
    "spelling_exceptions": ("variant",),
    "name_conjunctions": ("word",),
    "name_obliques": ("word", "oblique"),
    "regions": ("code", "name_en"),
    "codes_history": ("entity", "code", "start", "note"),
    "frontiers": ("place", "states", "note"),
}
MULTI_VALUE_COLUMNS = frozenset({"names_hi", "names_en", "aliases_en", "surnames_hi", "surnames_en"})
TYPES: dict[str, tuple[str, frozenset[str]]] = {
    "organizations": ("type", frozenset({"organization", "media", "group", "bloc"})),
    "places": ("type", frozenset({"capital", "city", "region", "state"})),
    "country_aliases": ("kind", frozenset({"name", "demonym"})),
}
ENTITY_FILES = ("people", "organizations", "places")
ENTITY_ID = re.compile(r"Q[1-9]\d*|sb:[a-z0-9]+(?:-[a-z0-9]+)*")
DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def _exists(name: str) -> bool:
    return resources.files(PACKAGE).joinpath("data", f"{name}.tsv").is_file()


def _text(name: str) -> str:
    if not _exists(name):
        pytest.skip(f"kb/data/{name}.tsv does not exist yet")
    return resources.files(PACKAGE).joinpath("data", f"{name}.tsv").read_text("utf-8")


def _header(name: str) -> tuple[str, ...]:
    for line in _text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            return tuple(line.rstrip("\r").split("\t"))
    return ()


def _rows(name: str) -> tuple[Row, ...]:
    """All rows of a table, over its parts (``people.tsv`` and ``people_india.tsv`` are one table)."""
    rows = parse_tsv(_text(name).splitlines(), source=f"kb/data/{name}.tsv")
    for part in PARTS.get(name, ()):
        if _exists(part):
            rows += parse_tsv(_text(part).splitlines(), source=f"kb/data/{part}.tsv")
    return rows


def _countries() -> dict[str, str]:
    """ISO alpha-3 → CAMEO country code."""
    return {row["iso3"]: row["cameo"] for row in _rows("countries")}


def _names(name: str, row: Row) -> Iterator[tuple[str, str, str]]:
    """(lang, alias, target) for every name a row gives; surnames are left out, being shared on purpose."""
    if name == "countries":
        yield "en", row["name_en"], row["iso3"]
        yield "hi", row["name_hi"], row["iso3"]
    elif name == "country_aliases":
        yield row["lang"], row["alias"], row["iso3"]
    elif name == "offices":
        yield from (("hi", n, row["office"]) for n in split_values(row["names_hi"]))
        yield from (("en", n, row["office"]) for n in split_values(row["names_en"]))
    elif name == "agents":
        yield row["lang"], row["phrase"], row["sector"]
    elif name in ENTITY_FILES:
        yield from (("hi", n, row["id"]) for n in split_values(row["names_hi"]))
        yield "en", row["name_en"], row["id"]
        yield from (("en", n, row["id"]) for n in split_values(row["aliases_en"]))


def _parse_day(text: str, *, end: bool) -> date:
    """The loader's own reading of a role date, after checking its shape."""
    if not DAY.fullmatch(text):
        raise ValueError(f"not YYYY[-MM[-DD]]: {text!r}")
    return parse_day(text, end=end)


def test_kb_data_files_are_all_checked():
    folder = resources.files(PACKAGE).joinpath("data")
    present = sorted(p.name.removesuffix(".tsv") for p in folder.iterdir() if p.name.endswith(".tsv"))
    known = set(FILES) | {part for parts in PARTS.values() for part in parts}
    assert set(present) <= known, f"add the new file to COLUMNS or PARTS: {sorted(set(present) - known)}"


@pytest.mark.parametrize(("table", "part"), [(t, p) for t, parts in PARTS.items() for p in parts])
def test_kb_data_files_parts_have_their_tables_columns(table, part):
    if not _exists(part):
        pytest.skip(f"kb/data/{part}.tsv does not exist yet")
    assert _header(part) == COLUMNS[table]


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_have_expected_columns(name):
    assert _header(name) == COLUMNS[name]


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_have_rows(name):
    assert _rows(name)


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_are_documented_in_comments(name):
    comments = [line for line in _text(name).splitlines() if line.startswith("#")]
    text = "\n".join(comments)
    assert "Source:" in text and "Columns:" in text, f"{name}.tsv must name its source and columns"


def test_kb_data_files_countries_codes_are_well_formed():
    rows = _rows("countries")
    for row in rows:
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), dict(row)
        assert re.fullmatch(r"[A-Z]{2}", row["iso2"]), dict(row)
        assert re.fullmatch(r"[A-Z]{3}", row["cameo"]), dict(row)
    assert len({row["cameo"] for row in rows}) == len(rows)


@pytest.mark.parametrize("name", sorted(COUNTRY_COLUMNS))
def test_kb_data_files_country_codes_are_iso3(name):
    countries = _countries()
    column = COUNTRY_COLUMNS[name]
    bad = []
    for row in _rows(name):
        code = row[column]
        if not code:
            ok = name in COUNTRY_MAY_BE_EMPTY
        elif code in countries:
            ok = True
        else:
            ok = name in COUNTRY_MAY_BE_BODY and code.startswith(INTERNATIONAL_PREFIXES)
        if not ok:
            bad.append(dict(row))
    assert not bad, bad[:10]


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_have_no_duplicate_ids(name):
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    for row in _rows(name):
        counts[tuple(row[k] for k in KEYS[name])] += 1
    assert not [key for key, n in counts.items() if n > 1]


@pytest.mark.parametrize("name", ENTITY_FILES)
def test_kb_data_files_entity_ids_are_well_formed(name):
    assert not [row["id"] for row in _rows(name) if not ENTITY_ID.fullmatch(row["id"])]


def test_kb_data_files_entity_ids_are_unique_across_files():
    """People, organisations and places share one id space in the KnowledgeBase."""
    owners: dict[str, list[str]] = defaultdict(list)
    for name in filter(_exists, ENTITY_FILES):
        for row in _rows(name):
            owners[row["id"]].append(name)
    assert not {i: files for i, files in owners.items() if len(files) > 1}


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_have_no_duplicate_aliases(name):
    """One spelling names one thing in a file (spellings compared folded: nukta, nasals, case),
    and no spelling is listed twice for the same thing."""
    targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    listed: dict[tuple[str, ...], int] = defaultdict(int)
    for row in _rows(name):
        kind = row.get("kind", "")  # a word may be both a name and a demonym of one country
        for lang, alias, target in _names(name, row):
            targets[lang, fold(alias)].add(target)
            listed[lang, alias, target, kind] += 1
    assert not {k: sorted(v) for k, v in targets.items() if len(v) > 1}
    assert not [k for k, n in listed.items() if n > 1]


def test_kb_data_files_roles_reference_people_and_offices():
    people = {row["id"] for row in _rows("people")}
    offices = {row["office"] for row in _rows("offices")}
    roles = _rows("roles")
    assert not [dict(r) for r in roles if r["person"] not in people]
    assert not [dict(r) for r in roles if r["office"] not in offices]


def test_kb_data_files_role_dates_parse_in_order():
    bad = []
    for row in _rows("roles"):
        try:
            start = _parse_day(row["start"], end=False)
            end = _parse_day(row["end"], end=True) if row["end"] else None
        except ValueError as err:
            bad.append((dict(row), str(err)))
            continue
        if end is not None and end < start:
            bad.append((dict(row), "ends before it starts"))
    assert not bad, bad[:10]


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_cells_are_nfc(name):
    cells = [cell for row in _rows(name) for cell in row.values()]
    assert not [c for c in cells if not unicodedata.is_normalized("NFC", c)]


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_have_no_empty_names(name):
    assert not [dict(r) for r in _rows(name) if not all(r[c] for c in NAME_COLUMNS[name])]


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_multi_values_are_clean(name):
    """No empty values between pipes and no spaces around them."""
    bad = []
    for row in _rows(name):
        for column in MULTI_VALUE_COLUMNS & set(row):
            cell = row[column]
            if cell and "|".join(split_values(cell)) != cell:
                bad.append((column, cell))
    assert not bad, bad[:10]


@pytest.mark.parametrize("name", FILES)
def test_kb_data_files_names_are_in_their_script(name):
    """Hindi names carry Devanagari; English ones carry none."""
    bad = []
    for row in _rows(name):
        for lang, alias, _ in _names(name, row):
            if (lang == "hi") != bool(DEVANAGARI.search(alias)):
                bad.append((lang, alias))
    assert not bad, bad[:10]


@pytest.mark.parametrize("name", sorted(TYPES))
def test_kb_data_files_types_are_known(name):
    column, known = TYPES[name]
    assert not [dict(r) for r in _rows(name) if r[column] not in known]


@pytest.mark.parametrize("name,column,optional", [
    ("agents", "sector", False), ("offices", "sector", True), ("people", "sector", True)])
def test_kb_data_files_sectors_are_cameo(name, column, optional):
    assert not [dict(r) for r in _rows(name) if not (r[column] in SECTORS or (optional and not r[column]))]


def test_kb_data_files_organization_codes_are_cameo():
    """A national body's code starts with its country's CAMEO code, an international one with
    IGO, NGO or IMG; the rest is 3-letter tags, and news media are <country>MED."""
    countries = _countries()
    cameo_codes = set(countries.values()) | set(countries)
    bad = []
    for row in _rows("organizations"):
        code, country = row["code"], row["country"]
        shape_ok = re.fullmatch(r"(?:[A-Z]{3})+", code) is not None
        if row["type"] == "bloc":  # several states named as one: a region tag alone
            prefix_ok = not country and code in _regions()
        elif country:
            prefix_ok = code[:3] in cameo_codes and code.startswith(countries[country])
        else:
            prefix_ok = code.startswith(INTERNATIONAL_PREFIXES)
        media_ok = row["type"] != "media" or code == f"{countries.get(country, '')}MED"
        if not (shape_ok and prefix_ok and media_ok):
            bad.append(dict(row))
    assert not bad, bad[:10]


def test_kb_data_files_dated_codes_are_of_listed_organizations_and_do_not_overlap():
    organizations = {row["id"]: row for row in _rows("organizations")}
    rows = _rows("codes_history")
    assert all(r["entity"] in organizations for r in rows), [r["entity"] for r in rows if r["entity"] not in organizations]
    for entity in {r["entity"] for r in rows}:
        periods = sorted((r["start"], r["end"] or "9999") for r in rows if r["entity"] == entity)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(periods)), (entity, periods)


def test_kb_data_files_frontiers_are_places_between_two_states():
    places = {row["id"]: row for row in _rows("places")}
    countries = _countries()
    for row in _rows("frontiers"):
        states = row["states"].split("|")
        assert row["place"] in places, row["place"]
        assert not places[row["place"]]["country"], f"{row['place']} is one state's ground, no frontier"
        assert len(set(states)) == 2 and set(states) <= set(countries), row


def _regions() -> set[str]:
    return {row["code"] for row in _rows("regions")}


def test_kb_data_files_region_codes_are_no_country_codes():
    countries = _countries()
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in _regions())
    assert not _regions() & (set(countries) | set(countries.values()))


@pytest.mark.parametrize("name", sorted(FILES))
def test_kb_data_files_are_listed_in_readme(name):
    if not _exists(name):
        pytest.skip(f"kb/data/{name}.tsv does not exist yet")
    readme = resources.files(PACKAGE).joinpath("data", "README.md")
    assert f"`{name}.tsv`" in readme.read_text("utf-8")
