"""A place or a day between a noun and its light verb, and whom a reported attack hit.

Hindi news often puts where or when between the noun of a conjunct verb and its verb ("मुलाकात व्लादिवोस्तोक में
हुई", "बातचीत सोमवार को हुई"); the pattern still matches (events/lexicon.py ``INNER_ADVERBIAL_WORDS``). An attack
reported without a named target hit the country whose people the clause says were killed or hurt ("यूक्रेन के 12
नागरिकों की मौत", "दो भारतीय जवान शहीद"). Every sentence is ours, about a real event.
"""

import pytest
from events.triples import triples


@pytest.mark.parametrize("text,triple", [
    ("पुतिन और किम जोंग उन की मुलाकात सितंबर 2023 में वोस्तोचनी कॉस्मोड्रोम में हुई।", ("RUS", "PRK", "04")),
    ("भारत और कनाडा के विदेश मंत्रियों की बातचीत सोमवार को हुई।", ("IND", "CAN", "04")),
    ("भारत और कनाडा के विदेश मंत्रियों की बातचीत सोमवार को हुई।", ("CAN", "IND", "04")),
    ("इसराइल ने अक्टूबर 2024 में ईरान पर हमला रात में किया।", ("ISR", "IRN", "19")),
])
def test_hindi_place_or_day_may_stand_before_the_light_verb(text, triple):
    assert triple in triples(text, published="2024-10-26")


def test_hindi_adverbial_is_short_and_never_holds_the_doer():
    # "बैठक में" is no adverbial of a later "ने ... हिस्सा लिया"; a long stretch ending in "में" is none either
    assert not [t for t in triples("शांति वार्ता पर बैठक में भारत ने हिस्सा लिया।") if t[2] == "04" and t[0] == "---"]
    assert not [t for t in triples("भारत ने हमला पिछले साल कश्मीर के कई इलाकों में किया जाना बताया।") if t[2] == "19"]


@pytest.mark.parametrize("text,triple", [
    ("रूस के मिसाइल हमले में जुलाई 2024 में यूक्रेन के 40 से ज्यादा नागरिकों की मौत हो गई।", ("RUS", "UKR", "19")),
    ("मई 2025 में पाकिस्तानी सेना की गोलीबारी में पुंछ में दो भारतीय जवान शहीद हो गए।", ("PAK", "IND", "19")),
    ("अमेरिका की बमबारी में मार्च 2025 में यमन के होदेदा शहर में कई लोग मारे गए।", ("USA", "YEM", "19")),
])
def test_hindi_attack_hit_the_people_the_clause_says_were_killed(text, triple):
    assert triple in triples(text, published=None)


def test_hindi_soldiers_of_the_doer_side_are_no_victims_without_a_casualty():
    # the soldiers who went in are no one the shelling hit
    found = triples("भारी गोलाबारी के बीच गुरुवार रात हजारों इसराइली सैनिक गाजा में दाखिल हुए।", published=None)
    assert not [t for t in found if t[1] == "ISR"]


def test_a_count_between_a_countrys_genitive_and_its_people_still_places_them():
    # grammar_hi.tsv quantity: "40 से ज्यादा" between "यूक्रेन के" and "नागरिकों" does not part them
    assert ("USA", "RUS", "16") in triples("अमेरिका ने अप्रैल 2021 में रूस के 10 राजनयिकों को निष्कासित कर दिया।",
                                           published=None)
    assert ("RUS", "UKR", "19") in triples("रूसी हमले में यूक्रेन के 40 से ज्यादा नागरिकों की मौत हो गई।",
                                           published=None)
