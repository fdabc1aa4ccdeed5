"""Names the KB does not know: provisional entities, their country from context, and near spellings."""

import subprocess
import sys

from entities.linking import linked

from sambandh.entities import provisional
from sambandh.entities.matcher import matcher_for
from sambandh.entities.ner import NameSpan
from sambandh.kb.base import builtin
from sambandh.text.tokens import tokenize


def found(text: str, first: int, last: int, kind: str = "PER") -> list[provisional.Provisional]:
    """Provisional names of ``text`` for one tagger span over tokens ``first``..``last`` (exclusive)."""
    kb = builtin()
    tokens = tokenize(text)
    known = []
    for match in matcher_for(kb).find(text):
        alias = match.aliases[0]
        if alias.kind == "surname":  # a surname alone stands for nobody not yet named
            continue
        entity = kb.entity(alias.target) if alias.kind in ("name", "demonym") else None
        known.append(provisional.Known(match.start, match.end, alias, entity))
    taken = [(k.start, k.end) for k in known]
    return provisional.find(text, tokens, [NameSpan(first, last, kind, "ner")], known, taken)


def test_id_is_the_romanised_name_and_stable():
    assert provisional.provisional_id("अब्दुल रहमान") == provisional.provisional_id("अब्दुल रहमान")
    assert provisional.provisional_id("अब्दुल रहमान").startswith("sb:provisional-abdul")
    assert provisional.provisional_id("John Smith") == "sb:provisional-john-smith"
    code = "from sambandh.entities.provisional import provisional_id; print(provisional_id('अब्दुल रहमान'))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert other == provisional.provisional_id("अब्दुल रहमान")


def test_country_from_a_demonym_and_title_before():
    (name,) = found("पाकिस्तानी नेता अब्दुल रहमान ने बयान दिया", 2, 4)
    assert (name.text, name.type, name.country) == ("अब्दुल रहमान", "person", "PAK")
    assert name.id.startswith(provisional.PREFIX)


def test_country_from_a_genitive_before():
    (name,) = found("रूस के अब्दुल रहमान ने बयान दिया", 2, 4)
    assert name.country == "RUS"


def test_country_from_a_comma_after():
    (name,) = found("अब्दुल रहमान, चीन के व्यापारी, दिल्ली आए", 0, 2)
    assert name.country == "CHN"


def test_no_country_when_the_text_gives_none():
    (name,) = found("कल अब्दुल रहमान ने बयान दिया", 1, 3)
    assert name.country is None


def test_place_with_a_place_noun_takes_the_sentence_country():
    (name,) = found("ईरान के दक्षिण में खुरमाबाद शहर में धमाका हुआ", 4, 5, "LOC")
    assert (name.type, name.country) == ("place", "IRN")


def test_single_word_person_needs_a_title():
    assert found("कल रहमान ने बयान दिया", 1, 2) == []
    (name,) = found("प्रवक्ता रहमान ने बयान दिया", 1, 2)
    assert name.text == "रहमान"


def test_common_words_and_kb_names_are_not_provisional():
    assert found("उस गांव का नाम बदल गया", 3, 4) == []
    assert found("कल व्लादिमीर पुतिन ने बयान दिया", 1, 3) == []  # the KB knows him
    assert found("पिछले साल उनके घर पर बैठक हुई", 0, 2) == []  # function words
    assert found("शेख़ साहब ने कहा", 0, 2) == []  # an honorific after the name: not a name of two words


def test_near_spelling_of_a_kb_name():
    text = "मंगलवार को ली होंगजोंगस दिल्ली पहुंचे"
    (match,) = provisional.near_spellings(text, tokenize(text), builtin(), [])
    assert match.text == "ली होंगजोंगस" and match.aliases[0].target == "sb:li-hongzhong"
    text = "मंगलवार को ली होंगजोंगस और ली कियांग मिले"
    assert [m.text for m in provisional.near_spellings(text, tokenize(text), builtin(), [])] == ["ली होंगजोंगस"]


def test_near_spelling_needs_one_letter_in_a_long_word():
    text = "बैठक में ली कियांगगग भी थे"
    assert provisional.near_spellings(text, tokenize(text), builtin(), []) == []


def test_linker_links_a_misspelt_name_as_fuzzy():
    article = linked("बीजिंग में ली होंगजोंगस ने प्रतिनिधिमंडल से मुलाकात की.")
    (li,) = [e for e in article.entities if e.id == "sb:li-hongzhong"]
    assert [m.how for m in li.mentions] == ["fuzzy"] and li.country == "CHN"


def test_linker_makes_no_provisional_entity_for_kb_names():
    article = linked("रूस के राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में बैठक की.")
    assert not [e for e in article.entities if e.id.startswith(provisional.PREFIX)]


def test_linker_provisional_mentions_are_ner():
    article = linked("पाकिस्तानी नेता अब्दुल रहमान ख़ालिद ने इस्लामाबाद में बयान दिया.")
    for entity in article.entities:
        if entity.id.startswith(provisional.PREFIX):
            assert {m.how for m in entity.mentions} <= {"ner", "coref"}
            assert entity.type in ("person", "place", "organization")


def test_a_title_inside_the_span_is_not_part_of_the_name():
    (name,) = found("कल सुपरस्टार करीम हामिदी ने बयान दिया", 1, 4)
    assert name.text == "करीम हामिदी"
    assert name.id == provisional.provisional_id("करीम हामिदी")
