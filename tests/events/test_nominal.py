"""Organisations named again by a common noun (events/nominal.py)."""

from sambandh.events.nominal import ORGANIZATION_REACH, last_organization, organization_anaphors
from sambandh.model import Actor, Sentence


def _org(sentence, start=0):
    return Actor(sentence=sentence, start=start, end=start + 6, text="इकोवास", entity="Q193272", name="ECOWAS",
                 type="organization", country=None, code="IGOWAFWAS")


def _sentence(sid, text):
    return Sentence(id=sid, text=text, paragraph=0, start=0, end=len(text))


def test_the_noun_before_ne_stands_for_the_last_organisation():
    sentence = _sentence(1, "संगठन ने नाइजर पर प्रतिबंध लगाए।")
    [actor] = organization_anaphors(sentence, [], _org(0))
    assert (actor.code, actor.sentence, actor.text) == ("IGOWAFWAS", 1, "संगठन")


def test_no_stand_in_without_ne_out_of_reach_or_under_a_name():
    assert organization_anaphors(_sentence(1, "संगठन की बैठक हुई।"), [], _org(0)) == []
    assert organization_anaphors(_sentence(ORGANIZATION_REACH + 1, "संगठन ने निंदा की।"), [], _org(0)) == []
    named = _sentence(1, "संगठन इकोवास ने निंदा की।")
    assert organization_anaphors(named, [_org(1, start=0)], _org(0)) == []


def test_the_last_organisation_is_updated_by_each_sentence():
    first = _org(0)
    assert last_organization([], first) is first
    later = _org(2)
    assert last_organization([later], first) is later
