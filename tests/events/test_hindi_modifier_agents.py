"""An "X द्वारा" inside a noun phrase beside a doer's "ने": the agent of a participle, whom the act answers.

Every sentence is ours, about a real event.
"""

from events.triples import triples


def test_opposing_what_another_state_imposed_is_aimed_at_that_state():
    found = triples("भारत ने अगस्त 2025 में अमेरिका द्वारा लगाए गए अतिरिक्त टैरिफ का कड़ा विरोध किया।",
                    published="2025-08-08")
    assert ("IND", "USA", "11") in found
    assert not {t for t in found if t[0] == "USA"}


def test_the_fronted_object_with_its_agent():
    found = triples("चीन द्वारा ब्रह्मपुत्र पर बनाए जा रहे बांध की भारत ने 2025 में आलोचना की।", published="2025-07-20")
    assert ("IND", "CHN", "11") in found


def test_a_modifier_agent_is_no_target_when_the_pattern_has_one():
    found = triples("भारत ने 2025 में अमेरिका द्वारा लगाए गए टैरिफ के बावजूद रूस से तेल खरीदा।", published="2025-09-01")
    assert not {t for t in found if t[1] == "USA"}
