from datetime import date

import pytest
from query.newsroom import newsroom

from sambandh.errors import InputError
from sambandh.query.trending import trending


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


def test_trending_default_window_is_the_last_week(store):
    found = trending(store)
    assert (found.since, found.until) == (date(2025, 5, 2), date(2025, 5, 8))
    assert (found.baseline_since, found.baseline_until) == (date(2025, 4, 4), date(2025, 5, 1))
    assert [(t.key, t.window, t.baseline) for t in found.trends] == [("sb:country-ind", 2, 0),
                                                                     ("sb:country-pak", 2, 0)]
    assert found.trends[0].name == "India"
    assert found.trends[0].score == 3.0


def test_trending_dyads_against_a_baseline(store):
    found = trending(store, kind="dyads", since=date(2023, 7, 20), until=date(2023, 7, 31), min_events=1)
    assert found.trends[0].key == "PRK|RUS"
    assert found.trends[0].name == "North Korea — Russia"
    assert {t.key for t in found.trends} == {"PRK|RUS", "CHN|PRK"}


def test_trending_baseline_lowers_the_score(store):
    later = trending(store, kind="dyads", since=date(2023, 7, 26), until=date(2023, 7, 31), baseline_days=6,
                     min_events=1)
    scores = {t.key: (t.window, t.baseline) for t in later.trends}
    assert scores["PRK|RUS"] == (1, 1)


def test_trending_unknown_kind(store):
    with pytest.raises(InputError, match="E073"):
        trending(store, kind="places")
