"""The built-in knowledge base builds from ``kb/data/`` and answers the linker's look-ups."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

pytest.importorskip("sambandh.text.normalize")

from sambandh.kb.base import KnowledgeBase, builtin, conjunction_variants, country_id, oblique_variants

# builtin() reads every one of these; until a file lands the knowledge base cannot be built.
REQUIRED = ("countries", "country_aliases", "offices", "agents", "people", "roles", "organizations", "places")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    missing = [n for n in REQUIRED if not resources.files("sambandh.kb").joinpath("data", f"{n}.tsv").is_file()]
    if missing:
        pytest.skip(f"kb/data lacks {', '.join(missing)}")
    return builtin()


def test_kb_loading_builtin_builds_once(kb):
    assert kb is builtin()
    assert kb.entities and kb.aliases and kb.offices and kb.roles


@pytest.mark.parametrize("iso3,name_hi", [("RUS", "रूस"), ("PRK", "उत्तर कोरिया"), ("IND", "भारत")])
def test_kb_loading_country_has_hindi_name(kb, iso3, name_hi):
    country = kb.country(iso3)
    assert country is not None and country.type == "country"
    assert name_hi in country.names_hi


@pytest.mark.parametrize("office,iso3,day,name", [("defence_minister", "RUS", date(2023, 7, 27), "Sergei Shoigu")])
def test_kb_loading_holder_on_a_day(kb, office, iso3, day, name):
    holder = kb.holder(office, iso3, day)
    assert holder is not None and holder.name == name


@pytest.mark.parametrize("demonym,iso3", [("रूसी", "RUS"), ("Russian", "RUS"), ("पाकिस्तानी", "PAK"),
                                          ("मलयेशियाई", "MYS")])
def test_kb_loading_demonym_points_to_country(kb, demonym, iso3):
    targets = {a.target for a in kb.aliases if a.text == demonym and a.kind == "demonym"}
    assert targets == {country_id(iso3)}


@pytest.mark.parametrize("alias,entity_id,code", [
    ("संयुक्त राष्ट्र", "Q1065", "IGOUNO"),
    ("नाटो", "Q7184", "IGOWSTNAT"),
    ("हमास", "Q38799", "PSEREBHMS"),
    ("योनहाप", "sb:org-yonhap", "KORMED"),
    ("KCNA", "sb:org-kcna", "PRKMED"),
    ("लश्कर-ए-तैयबा", "sb:org-lashkar-e-taiba", "PAKREB"),
])
def test_kb_loading_organization_alias_points_to_entity(kb, alias, entity_id, code):
    assert {a.target for a in kb.aliases if a.text == alias and a.kind == "name"} == {entity_id}
    assert kb.entity(entity_id).code == code


@pytest.mark.parametrize("alias,entity_id,iso3", [
    ("प्योंगयांग", "sb:place-pyongyang", "PRK"),
    ("मास्को", "sb:place-moscow", "RUS"),
    ("पीओके", "sb:place-pok", "PAK"),
    ("ग़ाज़ा", "sb:place-gaza", "PSE"),
])
def test_kb_loading_place_alias_points_to_entity(kb, alias, entity_id, iso3):
    assert {a.target for a in kb.aliases if a.text == alias} == {entity_id}
    place = kb.entity(entity_id)
    assert place.type == "place" and place.country == iso3


@pytest.mark.parametrize("office,body", [("un_secretary_general", "IGOUNO"), ("nato_secretary_general", "IGOWSTNAT"),
                                         ("foreign_minister", None)])
def test_kb_loading_office_body_is_the_international_body_or_none(kb, office, body):
    assert kb.office_body(office) == body


@pytest.mark.parametrize("day,code", [(date(2013, 5, 1), "AFGREB"), (date(2022, 5, 1), "AFGGOV"),
                                      (date(1999, 1, 1), "AFGGOV"), (None, "AFGGOV")])
def test_kb_loading_an_organization_code_holds_on_its_day(kb, day, code):
    assert kb.code_on("sb:org-taliban", day).code == code


@pytest.mark.parametrize("alias,entity_id,code", [
    ("भारतीय उद्योग परिसंघ", "sb:org-cii", "INDBUS"),
    ("फिक्की", "sb:org-ficci", "INDBUS"),
    ("एम्स", "sb:org-aiims", "INDHLH"),
    ("जेएनयू", "sb:org-jnu", "INDEDU"),
    ("नाबार्ड", "sb:org-nabard", "INDGOV"),
    ("ओएनजीसी", "sb:org-ongc", "INDBUS"),
    ("एनसीएलएटी", "sb:org-nclat", "INDJUD"),
    ("प्रादेशिक सेना", "sb:org-territorial-army", "INDMIL"),
    ("राष्ट्रीय महिला आयोग", "sb:org-ncw", "INDGOV"),
])
def test_kb_loading_indian_institution_alias_points_to_entity(kb, alias, entity_id, code):
    assert {a.target for a in kb.aliases if a.text == alias and a.kind == "name"} == {entity_id}
    assert kb.entity(entity_id).code == code and kb.entity(entity_id).country == "IND"


@pytest.mark.parametrize("word", ["आयोग", "विभाग", "मंत्रालय", "बोर्ड", "सेल", "भेल", "ट्राई", "जियो", "आईआईटी",
                                  "वित्त मंत्रालय", "स्वास्थ्य मंत्रालय", "राजस्व विभाग", "लोकमत"])
def test_kb_loading_common_words_name_no_organisation(kb, word):
    kinds = {kb.entity(a.target).type for a in kb.aliases if a.text == word and a.kind == "name" and kb.entity(a.target)}
    assert not kinds & {"organization", "media", "group"}


@pytest.mark.parametrize("name,variant", [
    ("पेयजल एवं स्वच्छता विभाग", "पेयजल तथा स्वच्छता विभाग"),
    ("सड़क परिवहन और राजमार्ग मंत्रालय", "सड़क परिवहन एवं राजमार्ग मंत्रालय"),
])
def test_kb_loading_conjunction_variants_swap_the_word_for_and(name, variant):
    assert variant in conjunction_variants(name, ("और", "एवं", "तथा", "व"))


def test_kb_loading_conjunction_variants_leave_names_without_one():
    assert conjunction_variants("भारतीय स्टेट बैंक", ("और", "एवं")) == frozenset()


def test_kb_loading_organization_names_match_with_another_conjunction(kb):
    assert {a.target for a in kb.aliases if a.text == "पेयजल तथा स्वच्छता विभाग"} == {"sb:org-ddws"}


def test_kb_loading_oblique_variants_put_inner_genitives_in_the_oblique():
    assert oblique_variants("अमेरिकी राज्यों का संगठन", {"का": "के"}) == {"अमेरिकी राज्यों के संगठन"}
    assert oblique_variants("भारतीय स्टेट बैंक", {"का": "के"}) == frozenset()


def test_kb_loading_organization_names_match_in_the_oblique(kb):
    assert {a.target for a in kb.aliases if a.text == "अमेरिकी राज्यों के संगठन"} == {"Q123759"}
