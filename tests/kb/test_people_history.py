"""Checks on the history part of the people and roles tables (``people_history.tsv``, ``roles_history.tsv``).

Leaders, ministers and armed-group chiefs of 1995-2014. The files are read directly with the package's
TSV loader, so these checks hold whether or not ``kb/base.py`` lists the files in ``PEOPLE_TABLES`` /
``ROLE_TABLES`` yet: columns, unique ids (also against ``people.tsv`` and ``people_india.tsv``), no spelling
that names two people, roles that point at known people and offices, well-formed dates in order, and
ISO 3166-1 alpha-3 countries.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from importlib import resources

import pytest

from sambandh.datafiles import Row, parse_tsv, split_values

pycountry = pytest.importorskip("pycountry")

PACKAGE = "sambandh.kb"
PEOPLE_COLUMNS = ("id", "name_en", "names_hi", "aliases_en", "surnames_hi", "surnames_en", "country", "sector")
ROLE_COLUMNS = ("person", "office", "country", "start", "end")
EXISTING_PEOPLE = ("people", "people_india")
EXISTING_ROLES = ("roles", "roles_india")

ENTITY_ID = re.compile(r"Q[1-9]\d*|sb:[a-z0-9]+(?:-[a-z0-9]+)*")
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# Officials of international bodies and leaders of transnational armed groups take the body's CAMEO code
# (IGOUNO, IGOWSTNAT, IGOEUREEC, IGOBUSIMF, IGOUNODEVWBK, IGOUNOIAE, IMGMUSALQ, IMGMUSISI), as in people.tsv.
BODY_PREFIXES = ("IGO", "IMG")
SECTORS = frozenset({
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JUD",
    "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF",
})


def _path(name: str):
    return resources.files(PACKAGE).joinpath("data", f"{name}.tsv")


def _text(name: str) -> str:
    if not _path(name).is_file():
        pytest.skip(f"kb/data/{name}.tsv does not exist yet")
    return _path(name).read_text("utf-8")


def _rows(name: str) -> tuple[Row, ...]:
    return parse_tsv(_text(name).splitlines(), source=f"kb/data/{name}.tsv")


def _header(name: str) -> tuple[str, ...]:
    for line in _text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            return tuple(line.rstrip("\r").split("\t"))
    return ()


def _existing(names: tuple[str, ...]) -> tuple[Row, ...]:
    return tuple(row for name in names if _path(name).is_file() for row in _rows(name))


def _iso3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def _country_ok(code: str) -> bool:
    return code in _iso3() or (code.startswith(BODY_PREFIXES) and re.fullmatch(r"(?:[A-Z]{3})+", code) is not None)


@pytest.fixture(scope="module")
def people() -> tuple[Row, ...]:
    return _rows("people_history")


@pytest.fixture(scope="module")
def roles() -> tuple[Row, ...]:
    return _rows("roles_history")


def test_people_history_columns():
    assert _header("people_history") == PEOPLE_COLUMNS
    assert _header("roles_history") == ROLE_COLUMNS


def test_people_history_documents_source_and_columns():
    for name in ("people_history", "roles_history"):
        comments = "\n".join(line for line in _text(name).splitlines() if line.startswith("#"))
        assert "Source:" in comments and "Columns:" in comments, name


def test_people_history_has_rows(people, roles):
    assert len(people) >= 400
    assert roles


def test_people_history_ids_are_well_formed_and_unique(people):
    ids = [row["id"] for row in people]
    assert not [i for i in ids if not ENTITY_ID.fullmatch(i)]
    assert not [i for i, n in Counter(ids).items() if n > 1]


def test_people_history_does_not_repeat_existing_people(people):
    existing = _existing(EXISTING_PEOPLE)
    existing_ids = {row["id"] for row in existing}
    assert not [row["id"] for row in people if row["id"] in existing_ids]
    existing_names = {row["name_en"].casefold(): row["id"] for row in existing}
    assert not [(row["id"], row["name_en"]) for row in people if row["name_en"].casefold() in existing_names]


def test_people_history_spellings_name_one_person():
    """A Hindi or English name (folded as the matcher folds it) names one person across all people files."""
    fold = pytest.importorskip("sambandh.text.normalize").fold
    targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    listed: Counter[tuple[str, str, str]] = Counter()
    for row in (*_existing(EXISTING_PEOPLE), *_rows("people_history")):
        names = [("hi", n) for n in split_values(row["names_hi"])]
        names += [("en", row["name_en"]), *(("en", n) for n in split_values(row["aliases_en"]))]
        for lang, name in names:
            targets[lang, fold(name)].add(row["id"])
            listed[lang, name, row["id"]] += 1
    assert not {k: sorted(v) for k, v in targets.items() if len(v) > 1}
    assert not [k for k, n in listed.items() if n > 1]


def test_people_history_cells_are_clean(people, roles):
    bad = []
    for row in people:
        if not (row["id"] and row["name_en"] and row["names_hi"]):
            bad.append(("empty name", row["id"]))
        for column in ("names_hi", "aliases_en", "surnames_hi", "surnames_en"):
            cell = row[column]
            if cell and "|".join(split_values(cell)) != cell:
                bad.append((column, cell))
        for name in (*split_values(row["names_hi"]), *split_values(row["surnames_hi"])):
            if not DEVANAGARI.search(name) or re.search(r"[A-Za-z]", name):
                bad.append(("hi", name))
        for name in (row["name_en"], *split_values(row["aliases_en"]), *split_values(row["surnames_en"])):
            if DEVANAGARI.search(name):
                bad.append(("en", name))
    for row in (*people, *roles):
        bad += [("not NFC", cell) for cell in row.values() if not unicodedata.is_normalized("NFC", cell)]
    assert not bad, bad[:10]


def test_people_history_countries_are_iso3(people, roles):
    assert not [dict(r) for r in people if not _country_ok(r["country"])]
    assert not [dict(r) for r in roles if not _country_ok(r["country"])]


def test_people_history_sectors_are_cameo(people):
    bad = []
    for row in people:
        sector = row["sector"]
        blank_allowed = row["country"].startswith("IGO")  # an official of an international body
        if not (sector in SECTORS or (blank_allowed and sector == "")):
            bad.append(dict(row))
    assert not bad, bad[:10]


def test_people_history_roles_reference_people_and_offices(roles):
    people = {row["id"] for row in (*_existing(EXISTING_PEOPLE), *_rows("people_history"))}
    offices = {row["office"] for row in _rows("offices")}
    assert not [dict(r) for r in roles if r["person"] not in people]
    assert not [dict(r) for r in roles if r["office"] not in offices]


def test_people_history_roles_are_not_repeated(roles):
    """One term is one row: not twice here, and not a row roles.tsv or roles_india.tsv already has."""
    keys = Counter((r["person"], r["office"], r["country"], r["start"])
                   for r in (*_existing(EXISTING_ROLES), *roles))
    assert not [k for k, n in keys.items() if n > 1]
