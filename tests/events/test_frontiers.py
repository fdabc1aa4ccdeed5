"""Force at a frontier (``kb/data/frontiers.tsv``): used there by one of its two states, it is aimed at the other.

Every sentence is ours, about a real event.
"""

from events.triples import triples


def test_fire_at_the_line_of_control_is_aimed_across_it():
    found = triples("पाकिस्तानी सेना ने नवंबर 2020 में नियंत्रण रेखा के उरी सेक्टर में बिना उकसावे के गोलीबारी की।",
                    published="2020-11-14")
    assert ("PAK", "IND", "19") in found


def test_a_broken_ceasefire_at_the_line_is_aimed_across_it():
    found = triples("भारतीय सेना ने कहा कि पाकिस्तान ने फरवरी 2021 से पहले नियंत्रण रेखा पर कई बार संघर्षविराम तोड़ा।",
                    published="2021-02-20")
    assert ("PAK", "IND", "19") in found


def test_return_fire_goes_the_other_way():
    found = triples("भारतीय सेना ने नवंबर 2020 में नियंत्रण रेखा पर जवाबी गोलीबारी की।", published="2020-11-14")
    assert ("IND", "PAK", "19") in found


def test_the_line_of_actual_control_and_the_durand_line():
    found = triples("चीनी सैनिकों ने जून 2020 में वास्तविक नियंत्रण रेखा पर हमला किया।", published="2020-06-17")
    assert ("CHN", "IND", "19") in found
    found = triples("अफगान तालिबान ने दिसंबर 2022 में डूरंड रेखा पर गोलीबारी की।", published="2022-12-12")
    assert ("AFG", "PAK", "19") in found


def test_a_third_party_at_a_frontier_aims_at_no_one():
    found = triples("संयुक्त राष्ट्र के पर्यवेक्षकों ने 2020 में नियंत्रण रेखा का दौरा किया।", published="2020-03-01")
    assert not {t for t in found if t[1] in ("IND", "PAK")}
