"""English obligations (events/obligations.py): "X said Y must act" is X's demand (100) of Y."""

from sambandh import analyze


def _codes(text):
    return {(e.cameo, e.source.country, e.target.country if e.target else None)
            for e in analyze(text, language="en", published="2025-06-01").events}


def test_who_must_act_is_the_target_of_the_subjects_demand():
    assert ("100", "RUS", "SDN") in _codes("Russia said Sudan must return the helicopter.")


def test_no_demand_without_someone_who_must():
    assert not any(code == "100" for code, _, _ in _codes("Russia said talks must continue."))
