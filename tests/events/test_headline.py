"""The headline is coded only when the body gives no event with a known doer."""

from __future__ import annotations

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
