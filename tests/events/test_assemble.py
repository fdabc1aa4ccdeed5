"""Building events from a predicate and its actors, and deduplicating an article's (events/assemble.py)."""

from sambandh import analyze
from sambandh.events.assemble import dedupe


def test_one_event_per_date_dyad_and_code_in_an_article():
    text = ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने 19 जून 2024 को प्योंगयांग में किम जोंग उन से मुलाकात की। "
            "पुतिन ने 19 जून 2024 को प्योंगयांग में किम जोंग उन से मुलाकात की।")
    events = analyze(text, language="hi").events
    meetings = [e for e in events if e.cameo == "040" and e.source.country == "RUS"]
    assert len(meetings) == 1 and meetings[0].sentence == 0  # the first evidence wins
    assert dedupe([*events, *events]) == list(dedupe(list(events)))


def test_an_event_is_dated_by_the_nearest_date_before_its_trigger_else_the_publication():
    dated = analyze("भारत ने 12 मई 2025 को पाकिस्तान पर हमला किया।", language="hi", published="2025-05-20").events
    assert [(e.date, e.date_precision) for e in dated] == [("2025-05-12", "day")]
    undated = analyze("भारत ने पाकिस्तान पर हमला किया।", language="hi", published="2025-05-20").events
    assert [(e.date, e.date_precision) for e in undated] == [("2025-05-20", "published")]


def test_armed_mens_encirclement_is_force_and_a_partys_attack_is_words():
    assert {e.cameo for e in analyze("सुरक्षा बलों ने 2025 में जंगल में आतंकियों को घेर लिया।", language="hi").events} == {
        "190"}
    words = analyze("कांग्रेस ने जुलाई 2025 में सरकार पर हमला बोला।", language="hi").events
    assert {e.root for e in words} == {"11"}
