"""Romanised matching of Devanagari names (``sambandh/entities/romanized.py``) and its use by the linker.

Sentences and the actor dictionary are written by us; the imported people are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sambandh import analyze
from sambandh.entities.romanized import RomanizedMatcher
from sambandh.kb.base import builtin
from sambandh.kb.user import import_file, load_kb
from sambandh.pipeline import Options

DICTIONARY = """\
# A made-up actor dictionary in the PETRARCH format.
TAVO_RINNEKARI_  # CountryInfo.txt
\t[FINGOV 080101-121231]
\t[SWEGOV >130101]
ODALYS_MERCADO_VILLA_  # CountryInfo.txt
\t[CUBGOV 150101-191231]
\t[CUBELI]
"""


@pytest.fixture(scope="module")
def kb_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("user-kb")
    source = folder.parent / "sample.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    import_file(source, directory=folder)
    return folder


def _person(article, entity_id):
    return next(e for e in article.entities if e.id == entity_id)


@pytest.mark.parametrize(("published", "country", "code"), [
    ("2010-06-02", "FIN", "FINGOV"),
    ("2016-06-01", "SWE", "SWEGOV"),
])
def test_romanized_links_english_only_entry_with_the_country_of_the_day(kb_folder, published, country, code):
    text = "तावो रिन्नेकारी ने बुधवार को मॉस्को में रूस के विदेश मंत्री से मुलाकात की।"
    article = analyze(text, published=published, options=Options(kb_dir=str(kb_folder)))
    person = _person(article, "sb:user-tavo-rinnekari")
    assert (person.country, person.code) == (country, code)
    assert [(m.text, m.how) for m in person.mentions] == [("तावो रिन्नेकारी", "romanised")]
    actor = next(a for a in article.actors if a.entity == person.id)
    assert (actor.country, actor.code, actor.how) == (country, code, "romanised")


def test_romanized_three_word_name_and_undated_default(kb_folder):
    text = "क्यूबा की नेता ओडालिस मर्काडो विला ने हवाना में भाषण दिया।"
    article = analyze(text, published="2022-01-10", options=Options(kb_dir=str(kb_folder)))
    person = _person(article, "sb:user-odalys-mercado-villa")
    assert person.code == "CUBELI"


def test_romanized_user_kb_can_be_turned_off(kb_folder):
    text = "तावो रिन्नेकारी ने बुधवार को मॉस्को में रूस के विदेश मंत्री से मुलाकात की।"
    article = analyze(text, published="2010-06-02", options=Options(kb_dir=str(kb_folder), user_kb=False))
    assert not any(e.id.startswith("sb:user-") for e in article.entities)


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("ब्लादिमीर पुतीन ने मंगलवार को बयान दिया।", "ब्लादिमीर पुतीन", "Q7747"),   # a spelling no alias lists
])
def test_romanized_finds_spelling_variants_of_builtin_names(text, surface, entity):
    found = RomanizedMatcher(builtin()).find(text)
    assert [(m.text, m.aliases[0].target) for m in found] == [(surface, entity)]


@pytest.mark.parametrize("text", [
    "सरकार ने मंगलवार को नई नीति की घोषणा की और कहा कि काम जल्द शुरू होगा।",
    "बारिश के कारण कई इलाकों में पानी भर गया।",
])
def test_romanized_leaves_ordinary_sentences_alone(kb_folder, text):
    assert RomanizedMatcher(load_kb(kb_folder)).find(text) == []


def test_romanized_skips_spans_already_matched(kb_folder):
    matcher = RomanizedMatcher(load_kb(kb_folder))
    text = "तावो रिन्नेकारी ने कहा।"
    assert matcher.find(text, taken=[(0, 4)]) == []
    assert [m.text for m in matcher.find(text)] == ["तावो रिन्नेकारी"]


def test_romanized_ignores_latin_text(kb_folder):
    assert RomanizedMatcher(load_kb(kb_folder)).find("Tavo Rinnekari said on Monday.") == []


def test_romanized_surname_alone_after_the_full_name_is_coreference(kb_folder):
    text = ("तावो रिन्नेकारी ने बुधवार को स्टॉकहोम में भाषण दिया। "
            "रिन्नेकारी ने कहा कि बातचीत जारी रहेगी।")
    article = analyze(text, published="2016-06-01", options=Options(kb_dir=str(kb_folder)))
    person = _person(article, "sb:user-tavo-rinnekari")
    assert [(m.text, m.how) for m in person.mentions] == [("तावो रिन्नेकारी", "romanised"), ("रिन्नेकारी", "coref")]


def test_romanized_surname_alone_before_the_full_name_is_not_linked(kb_folder):
    article = analyze("रिन्नेकारी ने कहा कि बातचीत जारी रहेगी।", published="2016-06-01",
                      options=Options(kb_dir=str(kb_folder)))
    assert not any(e.id == "sb:user-tavo-rinnekari" for e in article.entities)
