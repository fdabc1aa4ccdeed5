from datetime import date

import pytest
from query.newsroom import newsroom

from sambandh.query.profile import actor_list, actor_profile


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


def test_profile_country_includes_its_people(store):
    profile = actor_profile(store, "रूस")
    # Russia's visit (Russia and Shoigu), Kim meets Shoigu, Putin praises Xi
    assert (profile.events, profile.mentions, profile.articles) == (3, 4, 3)
    assert [(p.node, p.events) for p in profile.partners] == [("PRK", 2), ("CHN", 1)]
    assert profile.partners[0].name == "North Korea"
    assert {c.code for c in profile.codes} == {"RUS", "RUSMIL", "RUSGOV"}
    assert profile.event_mix[0].code == "04"
    assert profile.event_mix[0].label == "Consult"
    assert profile.recent[0].first == date(2024, 5, 16)


def test_profile_person_has_roles_and_evidence(store):
    profile = actor_profile(store, "Shoigu")
    assert profile.actor.key == "Q313029"
    assert (profile.as_source, profile.as_target) == (1, 1)
    assert any(r.country == "RUS" for r in profile.roles)
    assert all(e.evidence.sentence for e in profile.recent)
    assert profile.to_dict()["quad_classes"]["verbal_cooperation"] == 2


def test_profile_window(store):
    profile = actor_profile(store, "India", since=date(2030, 1, 1))
    assert profile.events == 0
    assert profile.partners == ()
    assert profile.recent == ()


def test_actor_list_counts_events_once(store):
    ranked = actor_list(store, limit=3)
    # India: one strike reported twice and one accusation; ties go by name
    assert [(r.entity, r.events, r.mentions) for r in ranked[:2]] == [("sb:country-ind", 2, 3),
                                                                      ("sb:country-prk", 2, 3)]
