"""Capitals as doers (events/capitals.py): "Berlin rejected" is Germany's government; other places never act."""

from sambandh import analyze
from sambandh.events.capitals import capitals


def test_the_kb_marks_national_capitals():
    assert len(capitals()) > 150


def test_a_capital_as_subject_is_its_countrys_government():
    events = analyze("Berlin rejected the Russian proposal on Monday.", language="en", published="2025-06-01").events
    assert [(e.source.code, e.root) for e in events] == [("DEUGOV", "12")]


def test_a_city_that_is_no_capital_does_not_act():
    events = analyze("Munich rejected the Russian proposal on Monday.", language="en", published="2025-06-01").events
    assert not any(e.source.country == "DEU" for e in events)
