"""English actor phrases: a capital or city before an agent names that state's agent (``phrases._joins``)."""

from tests.entities.linking import linked


def _actors(*sentences):
    return [(a.text, a.code) for a in linked(*sentences).actors]


def test_an_english_place_before_an_agent_is_its_states_agent():
    assert _actors("The Khartoum government expelled aid workers.") == [("Khartoum government", "SDNGOV")]
    assert _actors("Baghdad's police arrested two men.") == [("Baghdad's police", "IRQCOP")]


def test_a_place_before_an_agent_across_a_comma_is_not_joined():
    actors = _actors("Sri Lanka opened an embassy in Tehran, the foreign ministry said.")
    assert ("Tehran", "IRN") in actors and not any(code == "IRNGOV" for _, code in actors)


def test_hindi_place_and_agent_are_left_as_before():
    # the join is English only: Hindi place names before an agent keep their own reading
    assert _actors("काबुल सरकार ने बयान जारी किया।") == [("काबुल", "AFG")]
