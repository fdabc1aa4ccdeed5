"""The coder on sentences we wrote ourselves, about real events."""

import pytest

from sambandh import analyze


def _events(text, published, **kw):
    return analyze(text, published=published, **kw).events


def _dyad(event):
    return (event.source.country, event.target.country if event.target else None)


@pytest.mark.parametrize("text,published,root,dyad,date", [
    ("नॉर्थ कोरियाई नेता किम जोंग उन ने बुधवार (26 जुलाई) को रूस के रक्षा मंत्री सर्गेई शोइगु से मुलाकात की.",
     "2023-07-27", "04", ("PRK", "RUS"), "2023-07-26"),
    ("भारत के विदेश मंत्री एस जयशंकर ने गुरुवार को मॉस्को में रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की।",
     "2025-08-22", "04", ("IND", "RUS"), "2025-08-21"),
    ("भारत ने पाकिस्तान की कड़ी निंदा की।", "2025-04-23", "11", ("IND", "PAK"), "2025-04-23"),
    ("ईरान ने शनिवार रात इजरायल पर हमला किया।", "2024-04-14", "19", ("IRN", "ISR"), "2024-04-13"),
    ("North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday.",
     "2023-09-14", "04", ("PRK", "RUS"), "2023-09-13"),
])
def test_coder_codes_dyad_root_and_date(text, published, root, dyad, date):
    events = _events(text, published)
    assert any(e.root == root and _dyad(e) == dyad and e.date == date for e in events), [
        (e.cameo, _dyad(e), e.date) for e in events]


def test_coder_office_and_name_are_one_actor():
    events = _events("किम जोंग उन ने रूस के रक्षा मंत्री सर्गेई शोइगु से मुलाकात की.", "2023-07-27")
    assert events[0].target.name == "Sergei Shoigu"
    assert events[0].target.code == "RUSMIL"


def test_coder_office_without_name_resolves_to_holder_on_date():
    events = _events("किम जोंग उन ने रूस के रक्षा मंत्री से मुलाकात की.", "2023-07-27")
    assert events[0].target.name == "Sergei Shoigu"


def test_coder_reporting_frame_fills_reported_by_not_actor():
    events = _events("KCNA के मुताबिक किम जोंग उन ने रूस के रक्षा मंत्री सर्गेई शोइगु से मुलाकात की.", "2023-07-27")
    assert events[0].source.country == "PRK"
    assert "Korean Central News Agency" in events[0].reported_by[0] or "KCNA" in events[0].reported_by[0]


def test_coder_compound_source_expands():
    events = _events("रूसी प्रतिनिधिमंडल और चीनी प्रतिनिधिमंडल इस सप्ताह नॉर्थ कोरिया पहुंचे.", "2023-07-27")
    dyads = {_dyad(e) for e in events}
    assert {("RUS", "PRK"), ("CHN", "PRK")} <= dyads
    assert all(e.date_precision == "week" for e in events)


def test_coder_negation_is_marked():
    events = _events("भारत ने पाकिस्तान से बातचीत नहीं की।", "2025-05-01")
    assert events and events[0].negated


def test_coder_future_is_intended():
    events = _events("प्रधानमंत्री नरेंद्र मोदी अगले हफ्ते अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात करेंगे।", "2025-02-05")
    assert events and events[0].modality == "intended"


def test_coder_evidence_points_into_the_sentence():
    article = analyze("भारत ने पाकिस्तान की कड़ी निंदा की।", published="2025-04-23")
    event = article.events[0]
    sentence = article.sentences[event.sentence].text
    assert sentence[event.evidence.start:event.evidence.end] == event.evidence.text
    assert "निंदा" in event.evidence.text


def test_coder_no_actor_no_event():
    assert _events("बारिश के कारण कई इलाकों में पानी भर गया और लोगों ने शिकायत की।", "2024-07-01") == ()


def test_coder_is_deterministic():
    text = "रूसी प्रतिनिधिमंडल और चीनी प्रतिनिधिमंडल इस सप्ताह नॉर्थ कोरिया पहुंचे."
    first = [e.to_dict() for e in _events(text, "2023-07-27")]
    assert first == [e.to_dict() for e in _events(text, "2023-07-27")]
