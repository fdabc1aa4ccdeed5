"""In-document coreference: short names and pronouns for a person named before."""

from entities.linking import linked

from sambandh.entities.coref import Coreference
from sambandh.model import Article
from sambandh.text.tokens import tokenize

PUTIN = "Q7747"


def mentions(article: Article, entity_id: str):
    return next((e.mentions for e in article.entities if e.id == entity_id), ())


def test_pronoun_after_the_only_person():
    article = linked("राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में सेना के अफ़सरों से बात की.",
                     "उन्होंने कहा कि अभ्यास जारी रहेगा.")
    pronoun = [m for m in mentions(article, PUTIN) if m.sentence == 1]
    assert [(m.text, m.how) for m in pronoun] == [("उन्होंने", "coref")]


def test_pronoun_with_two_people_before_is_left_alone():
    article = linked("व्लादिमीर पुतिन और शी जिनपिंग ने बीजिंग में बैठक की.", "उन्होंने साझा बयान जारी किया.")
    assert not [m for e in article.entities for m in e.mentions if m.text == "उन्होंने"]


def test_pronoun_in_the_same_sentence():
    article = linked("व्लादिमीर पुतिन ने कहा कि उनके देश की सेना तैयार है.")
    assert ("उनके", "coref") in [(m.text, m.how) for m in mentions(article, PUTIN)]


def test_object_pronoun_is_not_the_subject_before_it():
    article = linked("व्लादिमीर पुतिन ने चुनाव में उन्हें हरा दिया.")
    assert not [m for e in article.entities for m in e.mentions if m.text == "उन्हें"]
    article = linked("व्लादिमीर पुतिन और उनकी पत्नी मंच पर थे.")
    assert ("उनकी", "coref") in [(m.text, m.how) for m in mentions(article, PUTIN)]


def test_english_pronoun():
    article = linked("Vladimir Putin met army officers in Moscow.", "He said the exercises would go on.")
    assert ("He", "coref") in [(m.text, m.how) for m in mentions(article, PUTIN)]


def test_pronoun_makes_no_actor():
    article = linked("राष्ट्रपति व्लादिमीर पुतिन ने बैठक की.", "उन्होंने कहा कि बात अच्छी रही.")
    assert not [a for a in article.actors if a.text == "उन्होंने"]


def test_short_name_of_a_person_named_in_full():
    coref = Coreference()
    coref.named("sb:provisional-jhao-lijiyan", 0, 0, tokenize("झाओ लिजियान"))
    text = "बाद में झाओ ने सवालों के जवाब दिए"
    found = coref.short_names(tokenize(text), [])
    assert [(text[s:e], p) for s, e, p in found] == [("झाओ", "sb:provisional-jhao-lijiyan")]


def test_short_name_inside_another_name_is_left_alone():
    coref = Coreference()
    coref.named("sb:provisional-inder-kumar", 0, 0, tokenize("इंदर कुमार"))
    text = "फ़िल्म में अजय कुमार भी हैं"
    start = text.index("अजय")
    assert coref.short_names(tokenize(text), [], [(start, start + len("अजय कुमार"))]) == []
    assert len(coref.short_names(tokenize(text), [])) == 1


def test_both_words_again_are_one_mention():
    coref = Coreference()
    coref.named("sb:provisional-x", 0, 0, tokenize("करीम हामिदी"))
    text = "वकील करीम हामिदी ने कहा"
    assert [(text[s:e], p) for s, e, p in coref.short_names(tokenize(text), [])] == [
        ("करीम हामिदी", "sb:provisional-x")]


def test_short_name_shared_by_two_people_is_left_alone():
    coref = Coreference()
    coref.named("sb:provisional-a", 0, 0, tokenize("रमेश वर्मा"))
    coref.named("sb:provisional-b", 0, 20, tokenize("सुरेश वर्मा"))
    assert coref.short_names(tokenize("वर्मा ने कहा"), []) == []


def test_surname_only_after_the_full_name():
    article = linked("किम ने बयान दिया.")
    assert not mentions(article, "Q56226")
    article = linked("उत्तर कोरिया के नेता किम जोंग उन ने परेड देखी.", "किम ने भाषण भी दिया.")
    assert [m.how for m in mentions(article, "Q56226")] == ["exact", "coref"]
