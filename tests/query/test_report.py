from datetime import date

import pytest

from sambandh.model import ActorRef, Article, Entity, Event, Evidence, Sentence, Source
from sambandh.query import (
    ActorSummary,
    CameoCount,
    busiest_dyads,
    latest_events,
    render_report,
    summary,
    top_actors,
)
from sambandh.store import Store

COUNTRIES = {"IND": "India", "PAK": "Pakistan", "CHN": "China", "RUS": "Russia", "PRK": "North Korea"}
LABELS = {"042": "Make a visit", "112": "Accuse", "190": "Use conventional military force",
          "057": "Sign formal agreement", "036": "Express intent to meet or negotiate"}
QUAD = {"042": 1, "036": 1, "057": 2, "112": 3, "190": 4}
GOLDSTEIN = {"042": 1.9, "036": 4.0, "057": 8.0, "112": -2.0, "190": -10.0}


def _event(n, source, target, cameo, day, *, text=None):
    """Event n: country ``source`` does ``cameo`` to country ``target`` (either may be None)."""
    def ref(code):
        return ActorRef(entity=f"sb:{code}", name=COUNTRIES[code], country=code, code=code)

    evidence = text or f"{COUNTRIES[source]} और {COUNTRIES.get(target, 'कोई')} के बीच घटना {n}।"
    return Event(id=f"ev{n:03d}", cameo=cameo, root=cameo[:2], label=LABELS[cameo], plover=None,
                 quad_class=QUAD[cameo], goldstein=GOLDSTEIN[cameo], source=ref(source),
                 target=ref(target) if target else None, date=day, date_precision="day", sentence=0,
                 evidence=Evidence(start=0, end=len(evidence), text=evidence))


def _article(n, events, *, published="2023-07-27", title=None):
    codes = sorted({c for e in events for c in (e.source.country, e.target and e.target.country) if c})
    text = " ".join(e.evidence.text for e in events) or f"लेख {n}"
    return Article(
        id=f"art{n:03d}", source=Source(path=f"a{n}.md", format="markdown"), language="hi",
        title=title or f"लेख {n}", published=published, paragraphs=(text,),
        sentences=(Sentence(id=0, text=text, paragraph=0, start=0, end=len(text)),),
        entities=tuple(Entity(id=f"sb:{c}", name=COUNTRIES[c], type="country", country=c, code=c)
                       for c in codes),
        events=tuple(events),
    )


@pytest.fixture
def store():
    """IND–PAK busiest (4, both directions), then CHN–IND (2), RUS–PRK (2), plus events no dyad counts."""
    events = [
        _event(1, "IND", "PAK", "190", "2023-07-01"),
        _event(2, "PAK", "IND", "190", "2023-07-02"),
        _event(3, "PAK", "IND", "112", "2023-07-03"),
        _event(4, "IND", "PAK", "036", "2023-07-04"),
        _event(5, "CHN", "IND", "042", "2023-07-05"),
        _event(6, "IND", "CHN", "057", "2023-07-06"),
        _event(7, "RUS", "PRK", "042", "2023-07-26"),
        _event(8, "PRK", "RUS", "042", "2023-07-26"),
        _event(9, "IND", None, "036", "2023-07-10"),   # no target: no dyad
        _event(10, "IND", "IND", "112", "2023-07-11"),  # within one country: no dyad
    ]
    with Store.open(":memory:") as opened:
        opened.add_articles([
            _article(1, events[:4], published="2023-07-05"),
            _article(2, events[4:6], published="2023-07-07"),
            _article(3, events[6:8], published="2023-07-27", title="शोइगु की यात्रा"),
            _article(4, events[8:], published="2023-07-12"),
        ])
        opened.add_skipped("skipped1", Source(path="empty.md"), "no text")
        yield opened


def test_report_summary(store):
    result = summary(store)
    assert result["counts"] == {"documents": 5, "articles": 4, "skipped": 1, "sentences": 4,
                                "entities": 5, "mentions": 0, "events": 10}
    assert result["dates"] == {"events": {"first": "2023-07-01", "last": "2023-07-26"},
                               "articles": {"first": "2023-07-05", "last": "2023-07-27"}}


def test_report_summary_empty_store():
    with Store.open(":memory:") as empty:
        assert summary(empty)["dates"]["events"] == {"first": None, "last": None}
        assert busiest_dyads(empty) == []
        assert latest_events(empty) == []
        assert top_actors(empty) == []


def test_report_busiest_dyads_counts_and_order(store):
    dyads = busiest_dyads(store)
    assert [(d.a, d.b, d.events) for d in dyads] == [("IND", "PAK", 4), ("CHN", "IND", 2), ("PRK", "RUS", 2)]
    first = dyads[0]
    assert (first.a_name, first.b_name) == ("India", "Pakistan")
    assert (first.verbal_cooperation, first.material_cooperation, first.verbal_conflict,
            first.material_conflict) == (1, 0, 1, 2)
    assert first.mean_goldstein == pytest.approx((-10 - 10 - 2 + 4) / 4)
    assert first.top_cameo == (CameoCount(cameo="190", label="Use conventional military force", events=2),
                               CameoCount(cameo="036", label="Express intent to meet or negotiate", events=1),
                               CameoCount(cameo="112", label="Accuse", events=1))
    assert (first.first, first.last) == (date(2023, 7, 1), date(2023, 7, 4))


@pytest.mark.parametrize("limit,expected", [(1, [("IND", "PAK")]), (2, [("IND", "PAK"), ("CHN", "IND")])])
def test_report_busiest_dyads_limit(store, limit, expected):
    assert [(d.a, d.b) for d in busiest_dyads(store, limit=limit)] == expected


def test_report_busiest_dyads_top_cameo_capped_at_three(store):
    store.add_articles([_article(9, [_event(90, "IND", "PAK", "042", "2023-07-09"),
                                     _event(91, "IND", "PAK", "057", "2023-07-09")])])
    first = busiest_dyads(store, limit=1)[0]
    assert first.events == 6
    assert [c.cameo for c in first.top_cameo] == ["190", "036", "042"]


def test_report_busiest_dyads_to_dict(store):
    data = busiest_dyads(store, limit=1)[0].to_dict()
    assert data["quad_classes"] == {"verbal_cooperation": 1, "material_cooperation": 0,
                                    "verbal_conflict": 1, "material_conflict": 2}
    assert data["first"] == "2023-07-01"
    assert data["top_cameo"][0] == {"cameo": "190", "label": "Use conventional military force", "events": 2}


def test_report_latest_events_newest_first_ties_by_id(store):
    rows = latest_events(store, limit=3)
    assert [(r.id, r.date) for r in rows] == [("ev007", date(2023, 7, 26)), ("ev008", date(2023, 7, 26)),
                                              ("ev010", date(2023, 7, 11))]
    assert rows[0].source_name == "Russia" and rows[0].target_code == "PRK"
    assert rows[0].label == "Make a visit"
    assert rows[0].title == "शोइगु की यात्रा"
    assert rows[0].evidence.startswith("Russia और North Korea")


def test_report_latest_events_without_target(store):
    (row,) = [r for r in latest_events(store, limit=20) if r.id == "ev009"]
    assert row.target_name is None
    assert row.to_dict()["target"] is None


def test_report_top_actors(store):
    actors = top_actors(store, limit=3)
    assert actors[0] == ActorSummary(entity="sb:IND", name="India", type="country", country="IND",
                                     code="IND", events=8, as_source=5, as_target=4)
    # Pakistan has 4 events; Russia, North Korea and China 2 each, then ties by name
    assert [(a.name, a.events) for a in actors] == [("India", 8), ("Pakistan", 4), ("China", 2)]


def test_report_top_actors_counts_self_event_once(store):
    india = top_actors(store, limit=1)[0]
    # ev010 is India → India: one event, counted as source and as target
    assert india.events == india.as_source + india.as_target - 1


@pytest.mark.parametrize("title", ["'; DROP TABLE events; --", 'उद्धरण "चिह्न" वाला शीर्षक'])
def test_report_hostile_strings_reach_report_verbatim(title):
    text = f"{title} — Pakistan ने कहा।"
    with Store.open(":memory:") as fresh:
        event = _event(1, "PAK", "IND", "112", "2023-07-01", text=text)
        fresh.add_articles([_article(1, [event], title=title)])
        (row,) = latest_events(fresh)
        assert (row.title, row.evidence) == (title, text)
        assert title in render_report(summary(fresh), busiest_dyads(fresh), [row], top_actors(fresh))
        assert fresh.counts()["events"] == 1
