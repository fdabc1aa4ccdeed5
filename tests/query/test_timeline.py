from datetime import date

import pytest
from query.newsroom import newsroom

from sambandh.errors import InputError
from sambandh.query.events import event_clusters
from sambandh.query.timeline import dyad_timeline


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


def test_timeline_counts_events_not_reports(store):
    timeline = dyad_timeline(store, "Russia", "उत्तर कोरिया", by="month")
    assert [p.start for p in timeline.periods] == [date(2023, 7, 1)]
    (july,) = timeline.periods
    # Russia's visit (two reports) and Kim meeting Shoigu: two events, three reports, two articles
    assert (july.events, july.mentions, july.articles) == (2, 3, 2)
    assert (july.a_to_b, july.b_to_a) == (1, 1)
    assert july.verbal_cooperation == 2
    assert july.mean_goldstein == pytest.approx((1.9 + 1.0) / 2)
    assert (timeline.events, timeline.mentions, timeline.articles) == (2, 3, 2)


def test_timeline_fills_empty_periods(store):
    timeline = dyad_timeline(store, "India", "Pakistan", by="day")
    assert [(p.start, p.events) for p in timeline.periods] == [(date(2025, 5, 7), 2)]
    weekly = dyad_timeline(store, "China", "North Korea", by="week", since=date(2023, 7, 1))
    assert [p.start for p in weekly.periods] == [date(2023, 7, 24)]
    yearly = dyad_timeline(store, "PRK", "RUS", by="year")
    assert yearly.periods[0].start == date(2023, 1, 1)


def test_timeline_is_symmetric_in_its_counts(store):
    ab = dyad_timeline(store, "IND", "PAK").to_dict()
    ba = dyad_timeline(store, "PAK", "IND").to_dict()
    assert [p["events"] for p in ab["periods"]] == [p["events"] for p in ba["periods"]]
    assert ab["periods"][0]["a_to_b"] == ba["periods"][0]["b_to_a"]


def test_timeline_window_leaves_out_events(store):
    assert dyad_timeline(store, "IND", "PAK", until=date(2024, 1, 1)).periods == ()


def test_timeline_unknown_period(store):
    with pytest.raises(InputError, match="E072"):
        dyad_timeline(store, "IND", "PAK", by="fortnight")


def test_timeline_rows_are_flat(store):
    rows = dyad_timeline(store, "IND", "PAK").rows()
    assert rows[0]["material_conflict"] == 1
    assert not any(isinstance(v, dict) for v in rows[0].values())


def test_events_lists_clusters_with_their_reports(store):
    found = event_clusters(store, actor="China", other="North Korea")
    assert len(found) == 1
    (visit,) = found
    assert (visit.mentions, visit.articles, visit.first, visit.last) == (2, 2, date(2023, 7, 24), date(2023, 7, 26))
    assert visit.evidence.sentence
    assert visit.to_dict()["event"]["cameo"] == "042"


def test_events_filters(store):
    assert len(event_clusters(store)) == 6
    assert [c.evidence.cameo for c in event_clusters(store, cameo="19")] == ["190"]
    assert len(event_clusters(store, since=date(2025, 1, 1))) == 2
    assert len(event_clusters(store, limit=2, offset=5)) == 1
