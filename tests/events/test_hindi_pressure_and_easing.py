"""Acts done under another's pressure, and a state easing its own restrictions.

"X के दबाव में/के बाद" says X demanded the act (100) and, like a request, X is the act's target when it names no
other. A state lifting its own curfew or restoring the internet (081) acts on its own people, as imposing them
(17) does: with no one named the target is the doer's country, and in a passive the authorities of the place are
the doer. Every sentence is ours, about a real event.
"""

import pytest
from events.triples import triples


@pytest.mark.parametrize("text,triple", [
    ("अमेरिका के दबाव के बाद भारत ने अप्रैल 2020 में दवा के निर्यात पर लगी रोक हटा दी।", ("USA", "IND", "10")),
    ("अमेरिका के दबाव के बाद भारत ने अप्रैल 2020 में दवा के निर्यात पर लगी रोक हटा दी।", ("IND", "USA", "08")),
    ("यूरोपीय संघ के दबाव में तुर्की ने 2016 में आतंकवाद विरोधी कानून पर बातचीत की।", ("IGO", "TUR", "10")),
])
def test_hindi_pressure_is_a_demand_and_the_act_answers_it(text, triple):
    assert triple in triples(text, published=None)


def test_hindi_pressure_needs_its_marker():
    # the pressure of a number or of work is no actor's demand
    assert not [t for t in triples("भारत ने काम के दबाव के बाद मार्च 2020 में दवा के निर्यात पर लगी रोक हटा दी।",
                                   published=None) if t[2] == "10"]


@pytest.mark.parametrize("text,triple", [
    ("नेपाल की सेना ने 2025 में काठमांडू से कर्फ्यू हटाया।", ("NPL", "NPL", "08")),
    ("मणिपुर सरकार ने 2023 में महीनों बाद राज्य में इंटरनेट बहाल किया।", ("IND", "IND", "08")),
    ("सितंबर 2025 में काठमांडू में कर्फ्यू हटा दिया गया।", ("NPL", "NPL", "08")),
])
def test_hindi_easing_own_restrictions_is_done_at_home(text, triple):
    assert triple in triples(text, published=None)


@pytest.mark.parametrize("text,triple", [
    # an adjective inside a conjunct verb (case_markers.tsv inner_modifier) does not hide it
    ("श्रीलंका ने अप्रैल 2020 में कर्फ्यू में आंशिक ढील दी।", ("LKA", "LKA", "08")),
    ("अमेरिका ने 2018 में ईरान पर कड़े प्रतिबंध लगाए।", ("USA", "IRN", "16")),
])
def test_hindi_modifiers_inside_a_predicate_are_skipped(text, triple):
    assert triple in triples(text, published=None)


def test_hindi_a_bare_verb_of_coming_takes_no_earlier_target():
    # "आयी" names where it comes itself; the quarantined people of the clause before are no visit's target
    found = triples("नेपाल ने अप्रैल 2020 में भारतीय नागरिकों को क्वारंटीन किया और उनकी रिपोर्ट पॉजिटिव आयी।",
                    published=None)
    assert not [t for t in found if t[2] == "04"], found


@pytest.mark.parametrize("text", [
    # "V-ने वालों को": the doers named by an infinitive and its participle, no act of their own
    "भारत में अप्रैल 2020 में स्वास्थ्य कर्मियों पर हमला करने वालों को सजा देने का अध्यादेश लागू हुआ।",
    # "पकड़ा दिया": handed over, no arrest
    "चीन ने 2020 में पाकिस्तान को घटिया मास्क पकड़ा दिए।",
])
def test_hindi_doers_named_by_a_participle_and_handing_over_are_no_events(text):
    assert not triples(text, published=None)


def test_hindi_a_passive_act_between_two_named_parties_is_each_ones():
    found = triples("भारत और अमेरिका के बीच 2016 में रक्षा समझौते पर हस्ताक्षर किए गए।", published=None)
    assert ("IND", "USA", "05") in found and ("USA", "IND", "05") in found
