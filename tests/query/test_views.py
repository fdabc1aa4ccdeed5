import pytest
from query.newsroom import newsroom

from sambandh.query.connections import connections
from sambandh.query.events import event_clusters
from sambandh.query.profile import actor_list, actor_profile
from sambandh.query.search import search
from sambandh.query.timeline import dyad_timeline
from sambandh.query.trending import trending
from sambandh.query.views import (
    render_actor_list,
    render_connections,
    render_events,
    render_profile,
    render_search,
    render_timeline,
    render_trending,
)


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


def test_views_connections_shows_paths_and_evidence(store):
    text = render_connections(connections(store, "China", "Russia"))
    assert text.startswith("Connections: China ↔ Russia (all dates)\n")
    assert "1. China ↔ Russia  [direct, score 1]" in text
    assert "China ↔ North Korea ↔ Russia  [via North Korea" in text
    assert "on the same day" in text
    assert "“पुतिन ने शी जिनपिंग की तारीफ की।”" in text


def test_views_events_shows_reports(store):
    text = render_events(event_clusters(store, actor="China", other="North Korea"))
    assert "2023-07-24 … 2023-07-26  China (CHN) → 042 Make a visit → North Korea (PRK)  [2 reports, 2 articles]" \
        in text


@pytest.mark.parametrize("render,make,needle", [
    (render_timeline, lambda s: dyad_timeline(s, "India", "Pakistan", by="day"), "2025-05-07"),
    (render_profile, lambda s: actor_profile(s, "Shoigu"), "Sergei Shoigu (Q313029, entity)"),
    (render_actor_list, lambda s: actor_list(s), "India (IND)"),
    (render_trending, lambda s: trending(s), "Trending actors: 2025-05-02 … 2025-05-08"),
    (render_search, lambda s: search(s, "हिंदी"), "1 article for 'हिंदी'"),
])
def test_views_render(store, render, make, needle):
    text = render(make(store))
    assert needle in text
    assert text.endswith("\n")


def test_views_empty_results(store):
    assert render_events([]) == "(no events)\n"
    assert "(no path" in render_connections(connections(store, "India", "China"))
