"""Blind probes: 12 Hindi world-politics articles of our own (2024-2025 events), scored as the eval scores.

The articles and their gold triples (source country, target country, CAMEO root; root 01 skipped as in
docs/gold) are in ``data/hindi_probes_2026.jsonl``, written before the coder was run on them. Odd-numbered
articles are the *work* set, whose misses rules may be fixed on; even-numbered ones are *blind*: only their
score is looked at. The floors sit a little below the figures reached; the rule tests below use sentences of
their own, worded differently from the probes.
"""

import pytest

from . import probes
from .triples import triples

PROBES = "hindi_probes_2026"



def test_probe_file_is_twelve_articles_with_gold():
    assert probes.numbered(probes.articles(PROBES), "P", 12)


def test_work_probes_f1_floor():
    assert probes.half_f1(PROBES, 1) >= 0.9  # 0.719 before this round's rules, 0.886 after, 0.935 after two later rounds


def test_blind_probes_f1_floor():
    assert probes.half_f1(PROBES, 0) >= 0.86  # 0.781 before this round's rules, 0.812 after, 0.882 after two later rounds; never tuned on


# "दोनों देशों की सेनाओं के बीच": a plural of armies (सेनाओं, फौजों) is a kind of actor owned by the pair.
@pytest.mark.parametrize("text, pair", [
    ("थाईलैंड और कंबोडिया ने युद्धविराम पर सहमति जताई। इससे पहले दोनों देशों की सेनाओं के बीच भीषण झड़प हुई थी।",
     ("THA", "KHM")),
    ("भारत और पाकिस्तान की फौजों के बीच नियंत्रण रेखा पर गोलीबारी हुई।", ("IND", "PAK")),
])
def test_armies_of_a_pair_fight_each_other(text, pair):
    got = triples(text)
    assert (pair[0], pair[1], "19") in got and (pair[1], pair[0], "19") in got


# "तालिबान सरकार ने": a named group right before a generic actor gives it its country.
@pytest.mark.parametrize("text, expected", [
    ("तालिबान सरकार ने पाकिस्तान पर सीमा पार हमलों का आरोप लगाया।", ("AFG", "PAK", "11")),
    ("हमास लड़ाकों ने इसराइली सैनिकों पर हमला किया।", ("PSE", "ISR", "19")),
])
def test_group_before_generic_actor_places_it(text, expected):
    assert expected in triples(text)


# "इन दोनों कंपनियों पर प्रतिबंध": a demonstrative before a group noun points to the targets of an act like it.
@pytest.mark.parametrize("text, expected", [
    ("अमेरिका ने ईरान के तीन बैंकों पर प्रतिबंध लगाए। ईरान ने अमेरिका की आलोचना की। अगले दिन कनाडा ने भी इन "
     "बैंकों पर प्रतिबंध लगा दिए।", ("CAN", "IRN", "16")),
    ("जापान ने चीन की दो कंपनियों पर पाबंदी लगाई। ब्रिटेन ने भी इन कंपनियों पर प्रतिबंध लगाए।", ("GBR", "CHN", "16")),
])
def test_demonstrative_group_is_the_earlier_target(text, expected):
    got = triples(text)
    assert expected in got
    assert (expected[0], "USA", "16") not in got and (expected[0], "JPN", "16") not in got


# Pledges, praise and hostility in words
@pytest.mark.parametrize("text, expected", [
    ("फ्रांस ने लेबनान के लिए सैन्य सहायता का ऐलान किया।", ("FRA", "LBN", "03")),
    ("जापान ने श्रीलंका को आर्थिक मदद का ऐलान किया।", ("JPN", "LKA", "03")),
    ("ईरान ने सऊदी अरब को क्षेत्र का भरोसेमंद दोस्त बताया।", ("IRN", "SAU", "05")),
    ("जापान के प्रधानमंत्री ने ऑस्ट्रेलिया को अहम सहयोगी बताया।", ("JPN", "AUS", "05")),
    ("उत्तर कोरिया ने दक्षिण कोरिया के सैन्य अभ्यास को शत्रुता भरा कदम बताया।", ("PRK", "KOR", "11")),
    ("जापान और दक्षिण कोरिया के बीच नेताओं की आपसी यात्राएं बहाल करने पर सहमति बनी।", ("KOR", "JPN", "03")),
    ("ईरान ने सऊदी अरब के साथ व्यापार फिर से शुरू करने पर सहमति जताई।", ("IRN", "SAU", "03")),
])
def test_pledge_praise_hostility_and_agreed_resumption(text, expected):
    assert expected in triples(text)


# "X ने Y पर हमले का आरोप लगाया": the attack alleged is the accusation's content, no attack by X on Y.
@pytest.mark.parametrize("text, accuser, accused", [
    ("भारत ने पाकिस्तान पर ड्रोन हमले का आरोप लगाया।", "IND", "PAK"),
    ("थाईलैंड ने कंबोडिया पर सीमा पर गोलाबारी का आरोप लगाया।", "THA", "KHM"),
    ("तालिबान सरकार ने पाकिस्तान पर हवाई हमले का आरोप लगाया।", "AFG", "PAK"),
])
def test_alleged_attack_is_no_attack_by_the_accuser(text, accuser, accused):
    got = triples(text)
    assert (accuser, accused, "11") in got
    assert not any(t[0] == accuser and t[2] in {"18", "19", "20"} for t in got)
