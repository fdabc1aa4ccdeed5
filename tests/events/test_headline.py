"""The headline is coded only when the body gives no event with a known doer."""

from __future__ import annotations

import pytest

from sambandh import analyze
from sambandh.events.headline import HEADLINE_PARAGRAPH
from sambandh.model import Document, Source
from sambandh.pipeline import Pipeline

# Our own sentences about real events (Jaishankar in Beijing, July 2025).
MEETING = "विदेश मंत्री एस जयशंकर ने बीजिंग में चीन के विदेश मंत्री वांग यी से मुलाकात की"
CALM_BODY = "बैठक करीब दो घंटे चली और इसमें सीमा व्यापार पर भी बात हुई।"


def _article(title: str, body: str):
    document = Document(source=Source(path="t.txt", format="text"), content=body, title=title,
                        published="2025-07-14", language="hi")
    return Pipeline().article(document)


def test_headline_gives_the_event_when_the_body_has_none():
    article = _article(MEETING, CALM_BODY)
    headline = article.sentences[-1]
    assert headline.paragraph == HEADLINE_PARAGRAPH and headline.text == MEETING
    assert headline.id == len(article.sentences) - 1
    events = [e for e in article.events if e.sentence == headline.id]
    assert any(e.root == "04" and e.source.country == "IND" and e.target and e.target.country == "CHN"
               for e in events)
    assert {e.id for e in article.entities} >= {m.entity for m in article.actors if m.entity}


def test_headline_is_not_coded_when_the_body_has_the_event():
    article = _article("जयशंकर-वांग यी बैठक", MEETING + "। " + CALM_BODY)
    assert all(s.paragraph != HEADLINE_PARAGRAPH for s in article.sentences)
    assert any(e.root == "04" for e in article.events)


def test_headline_without_an_event_changes_nothing():
    article = _article("बीजिंग से रिपोर्ट", CALM_BODY)
    assert all(s.paragraph != HEADLINE_PARAGRAPH for s in article.sentences)


@pytest.mark.parametrize("title,expected", [
    # the light verb before its noun
    ("चीन ने अमेरिका पर लगाया जासूसी का आरोप", ("11", "CHN", "USA")),
    ("भारत ने पाकिस्तान को दी कड़ी चेतावनी", ("13", "IND", "PAK")),
    ("जयशंकर ने की चीनी विदेश मंत्री से मुलाकात", ("04", "IND", "CHN")),
    # no verb: the genitive is the doer
    ("इसराइल का ईरान पर हमला", ("19", "ISR", "IRN")),
    ("ट्रंप की पुतिन से मुलाकात", ("04", "USA", "RUS")),
    # the doer last
    ("पुतिन से मिले मोदी", ("04", "IND", "RUS")),
    # two countries joined by a hyphen
    ("भारत-पाकिस्तान के बीच संघर्ष विराम", ("08", "IND", "PAK")),
])
def test_headline_word_order_of_hindi_headlines(title, expected):
    article = analyze("इस बारे में अभी और जानकारी नहीं मिली है।", title=title, language="hi", published="2025-06-01")
    assert expected in {(e.root, e.source.country, e.target.country if e.target else None) for e in article.events}


def test_headline_a_verbless_noun_needs_a_verb_that_adds_nothing():
    # "संघर्ष विराम" alone is no broken ceasefire (the pattern's verb, तोड़, says that)
    article = analyze("इस बारे में अभी और जानकारी नहीं मिली है।", title="रूस और यूक्रेन के बीच संघर्ष विराम",
                      language="hi", published="2025-06-01")
    assert "196" not in {e.cameo for e in article.events}
