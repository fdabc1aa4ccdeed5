"""The article's home country (events/context.py) on sentences we wrote ourselves, about real events."""

from sambandh import analyze
from sambandh.events.context import home_country, provisional_actors
from sambandh.model import Actor, Article, Entity, Mention, Sentence, Source


def _actor(sentence, start, text, country, code, type_="country", how="exact"):
    return Actor(sentence=sentence, start=start, end=start + len(text), text=text, entity=None, name=text,
                 type=type_, country=country, code=code, how=how)


def _article(actors=(), entities=(), sentences=()):
    return Article(id="t", source=Source(path="t"), language="hi", actors=tuple(actors),
                   entities=tuple(entities), sentences=tuple(sentences))


def test_home_country_is_the_clear_majority():
    actors = [_actor(0, 0, "पाकिस्तान", "PAK", "PAK"), _actor(1, 0, "लाहौर", "PAK", "PAK", "place"),
              _actor(2, 0, "भारत", "IND", "IND")]
    assert home_country(_article(actors)) == "PAK"


def test_home_country_named_far_more_than_any_other_leads_despite_a_list():
    home = [_actor(i, 0, "वेनेजुएला", "VEN", "VEN") for i in range(5)]
    listed = [_actor(5, 0, name, code, code) for name, code in
              (("अर्जेंटीना", "ARG"), ("चिली", "CHL"), ("पेरू", "PER"), ("पनामा", "PAN"), ("उरुग्वे", "URY"))]
    assert home_country(_article([*home, *listed, _actor(6, 0, "पेरू", "PER", "PER")])) == "VEN"


def test_home_country_ignores_media_and_needs_a_lead():
    bbc = [_actor(i, 0, "बीबीसी", "GBR", "GBRMED", "media") for i in range(5)]
    even = [_actor(0, 0, "भारत", "IND", "IND"), _actor(1, 0, "पाकिस्तान", "PAK", "PAK"),
            _actor(2, 0, "भारत", "IND", "IND"), _actor(3, 0, "पाकिस्तान", "PAK", "PAK")]
    assert home_country(_article(bbc)) is None
    assert home_country(_article([*bbc, *even])) is None
    assert home_country(_article([_actor(0, 0, "भारत", "IND", "IND")])) is None  # one mention is not enough


def test_provisional_person_takes_the_office_before_it_else_the_home_country():
    text = "अमेरिका के राजदूत एरिक गार्सेटी ने दिल्ली में सुनीता राव से मुलाकात की।"
    office = _actor(0, 0, "अमेरिका के राजदूत", "USA", "USAGOV")
    names = [(text.index("एरिक गार्सेटी"), "एरिक गार्सेटी"), (text.index("सुनीता राव"), "सुनीता राव")]
    entities = [Entity(id=f"sb:provisional-{i}", name=name, type="person",
                       mentions=(Mention(text=name, sentence=0, start=start, end=start + len(name), how="ner"),))
                for i, (start, name) in enumerate(names)]
    article = _article([office], entities, [Sentence(id=0, text=text, paragraph=0, start=0, end=len(text))])
    found = {a.text: (a.country, a.code) for a in provisional_actors(article, "IND")}
    assert found == {"एरिक गार्सेटी": ("USA", "USAGOV"), "सुनीता राव": ("IND", "IND")}


def _triples(text):
    return {(e.source.country, e.target.country if e.target else None, e.root)
            for e in analyze(text, language="hi").events if not e.negated}


def test_generic_actors_take_the_home_country():
    text = ("पाकिस्तान में मई 2023 में इमरान ख़ान की गिरफ़्तारी के बाद हिंसा भड़की। "
            "पुलिस ने लाहौर में सैकड़ों प्रदर्शनकारियों को गिरफ़्तार किया।")
    assert ("PAK", "PAK", "17") in _triples(text)


def test_a_counterpart_country_does_not_place_the_generic_doer():
    # The one country named is whom the navy bought from, not the navy's own: with no clear home country in
    # the article, the armed forces of Hindi news are India's.
    text = "भारतीय नौसेना के अधिकारियों ने बताया कि नौसेना ने 2021 में अमेरिका से 24 हेलिकॉप्टर खरीदे।"
    assert ("IND", "USA", "06") in _triples(text)
    assert not any(source == "USA" for source, _, _ in _triples("नौसेना ने अमेरिका से 24 हेलिकॉप्टर खरीदे।"))


def test_the_country_a_sentence_is_set_in_still_places_the_generic_doer():
    found = _triples("ईरान में 2022 में पुलिस ने सैकड़ों प्रदर्शनकारियों को गिरफ्तार किया।")
    assert any(source == "IRN" and root == "17" for source, _, root in found)


def test_an_unknown_person_facing_the_home_country_is_not_placed_in_it():
    # China leads this article, but the unknown MP who demands a probe against China is not Chinese
    text = ("ब्रिटिश संसद की एक समिति के प्रमुख रॉबर्ट हेनवर्थ ने चीन के खिलाफ जांच की मांग की। "
            "चीन की सरकार पर महामारी की जानकारी छिपाने का आरोप है। चीन ने इन आरोपों को खारिज कर दिया।")
    events = analyze(text, language="hi", published="2020-04-20").events
    assert not any(e.source.country == "CHN" and e.sentence == 0 for e in events)


def test_generic_actor_placed_by_its_own_sentence():
    events = analyze("जनवरी 2025 में छत्तीसगढ़ में नक्सलियों के हमले में आठ जवान शहीद हुए।", language="hi").events
    assert [e.source.code for e in events] == ["INDREB"]


def test_passive_without_doer_is_the_home_countrys_authorities():
    text = ("रूस में मार्च 2023 में एक अमेरिकी पत्रकार को गिरफ़्तार किया गया। "
            "रूस ने उन पर जासूसी का आरोप लगाया।")
    assert ("RUS", "USA", "17") in _triples(text)


def test_targetless_act_of_others_is_aimed_at_the_home_country():
    text = ("सूडान में अप्रैल 2023 में सेना और आरएसएफ़ के बीच लड़ाई छिड़ गई। सूडान की राजधानी ख़ारतूम में "
            "भारी गोलाबारी हुई। अमेरिका, ब्रिटेन और फ़्रांस ने अप्रैल 2023 में अपने राजनयिकों को वापस बुला लिया।")
    assert {("USA", "SDN", "16"), ("GBR", "SDN", "16"), ("FRA", "SDN", "16")} <= _triples(text)


def test_targetless_words_of_others_are_not_aimed_at_the_home_country():
    # an Indian article: Trump's declaration is no statement to India
    text = ("भारत में मार्च 2020 में कोरोना के मामले बढ़े। भारत सरकार ने दिल्ली में स्कूल बंद किए। "
            "भारत के कई राज्यों में लॉकडाउन लगा। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने मार्च 2020 में राष्ट्रीय आपातकाल की घोषणा की।")
    assert not any(source == "USA" and target == "IND" for source, target, _ in _triples(text))


def test_targetless_demands_of_others_are_aimed_at_the_home_country():
    text = ("नेपाल में सितंबर 2025 में सोशल मीडिया पर प्रतिबंध के खिलाफ हिंसक प्रदर्शन हुए। नेपाल की राजधानी काठमांडू में "
            "कर्फ्यू लगा। नेपाल के प्रधानमंत्री ने इस्तीफा दे दिया। संयुक्त राष्ट्र ने सितंबर 2025 में हिंसा की जांच की मांग की।")
    assert (None, "NPL", "10") in _triples(text)  # the UN has no country
