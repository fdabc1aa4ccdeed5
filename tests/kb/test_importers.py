"""Reading PETRARCH actor dictionaries and Wikidata officeholder lists (``sambandh/kb/importers.py``).

The samples are written by us in the files' formats; the people in them are made up.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from sambandh.errors import InputError
from sambandh.kb.base import DatedCode, builtin
from sambandh.kb.importers import guess_format, read_actors

PETRARCH = """\
# A made-up actor dictionary in the PETRARCH/TABARI format.
FREEDONIA_  [FRE]
+FREEDONIAN_

NORLAND_  [NOR]
+NORLAND_KINGDOM_
+NORGE_  # a country's other names

ARVO_KELLANEN_  # CountryInfo.txt
+ARVO_K._KELLANEN_
+PRESIDENT_ARVO_KELLANEN_
\t[FINGOV 050101-101231]
\t[SWEGOV >110101]
\t[FINELI]
MIRA_OSTBERG_  # CountryInfo.txt
\t[SWEGOVMIL 19980301-020615]
\t[SWEELI <980228]
NORDIC_RIVER_COMMISSION_
\t[FINGOVENV]
BROKEN_DATES_
\t[FINGOV 9908223-000101]
\t[---]
"""

CSV = """\
countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q33,Finland,Q1,President of Finland,Q900001,Liisa Varjonen,2012,2018
Q33,Finland,Q2,Prime Minister of Finland,http://www.wikidata.org/entity/Q900002,Eero Haanpaa,2015,
Q34,Sweden,Q3,Minister for Foreign Affairs,Q900003,Ingrid Dahlquist,2019-09-10,2022-10-18
Q99,Atlantis,Q4,King of Atlantis,Q900004,Orin Deep,2001,2010
"""


@pytest.fixture(scope="module")
def kb():
    return builtin()


def test_importers_petrarch_reads_people_with_dated_codes(kb):
    got = read_actors(PETRARCH, source="sample.actors.txt", kb=kb)
    assert got.format == "petrarch"
    people = {e.name: e for e in got.entities if e.type == "person"}
    assert set(people) >= {"Arvo Kellanen", "Mira Ostberg"}
    arvo = people["Arvo Kellanen"]
    assert arvo.names_en == ("Arvo Kellanen", "Arvo K. Kellanen", "President Arvo Kellanen")
    codes = [c for c in got.codes if c.entity == arvo.id]
    assert DatedCode(arvo.id, "FINGOV", "FIN", date(2005, 1, 1), date(2010, 12, 31)) in codes
    assert DatedCode(arvo.id, "SWEGOV", "SWE", date(2011, 1, 1), None) in codes
    assert DatedCode(arvo.id, "FINELI", "FIN", None, None) in codes


@pytest.mark.parametrize(("code", "start", "end"), [
    ("SWEGOVMIL", date(1998, 3, 1), date(2002, 6, 15)),   # eight-digit start, six-digit end in the 2000s
    ("SWEELI", None, date(1998, 2, 28)),                  # "<" until
])
def test_importers_petrarch_date_forms(kb, code, start, end):
    got = read_actors(PETRARCH, source="sample.actors.txt", kb=kb)
    mira = next(e for e in got.entities if e.name == "Mira Ostberg")
    assert DatedCode(mira.id, code, "SWE", start, end) in got.codes


def test_importers_petrarch_aliases_of_known_countries_and_organisations(kb):
    got = read_actors(PETRARCH, source="sample.actors.txt", kb=kb)
    norway = {a.text for a in got.aliases if a.target == "sb:country-nor"}
    assert {"Norland", "Norland Kingdom"} <= norway           # names the built-in KB lacks
    assert "Norge" in norway
    commission = next(e for e in got.entities if e.name == "Nordic River Commission")
    assert (commission.type, commission.country, commission.code) == ("organization", "FIN", "FINGOVENV")
    freedonia = next(e for e in got.entities if e.name == "Freedonia")  # a state the KB does not know
    assert (freedonia.type, freedonia.country, freedonia.code) == ("country", None, "FRE")


def test_importers_petrarch_drops_phrases_the_linker_composes(kb):
    got = read_actors(PETRARCH, source="sample.actors.txt", kb=kb)
    assert "President Arvo Kellanen" not in {a.text for a in got.aliases}


def test_importers_petrarch_reports_bad_lines_with_numbers(kb):
    got = read_actors(PETRARCH, source="sample.actors.txt", kb=kb)
    lines = PETRARCH.splitlines()
    bad_date, bad_code = lines.index("\t[FINGOV 9908223-000101]") + 1, lines.index("\t[---]") + 1
    assert any(p.startswith(f"sample.actors.txt:{bad_date}:") and "bad date" in p for p in got.problems)
    assert any(p.startswith(f"sample.actors.txt:{bad_code}:") for p in got.problems)


def test_importers_wikidata_csv_people_codes_and_roles(kb):
    got = read_actors(CSV, source="leaders.csv", kb=kb)
    assert got.format == "wikidata-csv"
    ids = {e.id: e for e in got.entities}
    assert {"Q900001", "Q900002", "Q900003"} <= set(ids)
    assert ids["Q900001"].country == "FIN"
    roles = {(r.person, r.office) for r in got.roles}
    assert ("Q900001", "head_of_state") in roles
    assert ("Q900002", "head_of_government") in roles
    assert ("Q900003", "foreign_minister") in roles
    dahlquist = next(c for c in got.codes if c.entity == "Q900003")
    assert (dahlquist.code, dahlquist.start, dahlquist.end) == ("SWEGOV", date(2019, 9, 10), date(2022, 10, 18))
    assert any("leaders.csv:5:" in p and "Atlantis" in p for p in got.problems)


def test_importers_wikidata_json_flat_and_sparql(kb):
    flat = [{"country": "Finland", "positionLabel": "President of Finland", "officeholder": "Q900001",
             "officeholderLabel": "Liisa Varjonen", "start_year": "2012", "end_year": "2018"}]
    sparql = {"head": {"vars": []}, "results": {"bindings": [
        {k: {"type": "literal", "value": v} for k, v in flat[0].items()}]}}
    for data in (flat, sparql):
        got = read_actors(json.dumps(data), source="leaders.json", kb=kb)
        assert got.format == "wikidata-json"
        assert [e.id for e in got.entities] == ["Q900001"]


def test_importers_wikidata_maps_known_people_to_their_kb_id(kb):
    row = ("country,positionLabel,officeholder,officeholderLabel,start_year,end_year\n"
           "India,Prime Minister of India,Q999999999,Narendra Modi,2014,\n")
    got = read_actors(row, fmt="wikidata-csv", source="modi.csv", kb=kb)
    assert got.entities == [] and got.roles == []
    assert [c.entity for c in got.codes] == ["Q1058"]


@pytest.mark.parametrize(("text", "expected"), [
    (PETRARCH, "petrarch"), (CSV, "wikidata-csv"), ("[]", "wikidata-json"), ('{"results": {}}', "wikidata-json"),
])
def test_importers_guess_format(text, expected):
    assert guess_format(text) == expected


def test_importers_unknown_format_is_an_error(kb):
    with pytest.raises(InputError, match="--format"):
        guess_format("just some words\n")
    with pytest.raises(InputError, match="E003"):
        read_actors("x", fmt="xml", kb=kb)
