"""Blind probes, second set: 12 more Hindi world-politics articles of our own (2023-2025 events), scored as the
eval scores.

The articles and their gold triples (source country, target country, CAMEO root; root 01 skipped as in docs/gold)
are in ``data/hindi_probes_2026b.jsonl``, written before the coder was run on them, on events the first set
(``test_hindi_probes_2026.py``) does not cover. Odd-numbered articles are the *work* set, whose misses rules may
be fixed on; even-numbered ones are *blind*: only their score is looked at. The floors sit a little below the
figures reached; the rule tests below use sentences of their own, worded differently from the probes.

The even half stayed blind for one round only; it is now a work set too, and the blind articles are the 8 of
``data/hindi_probes_2026c.jsonl`` (``test_hindi_probes_2026c.py``).
"""

import pytest

from sambandh import analyze

from . import probes
from .triples import triples

PROBES = "hindi_probes_2026b"



def test_probe_file_is_twelve_articles_with_gold():
    assert probes.numbered(probes.articles(PROBES), "P", 12)


def test_work_probes_f1_floor():
    assert probes.half_f1(PROBES, 1) >= 0.75  # 0.592 before this round's rules, 0.775 after


def test_even_probes_f1_floor():
    # Blind in its first round (0.328 before that round's rules, 0.328 after; never tuned on); opened as a work set in
    # the next round, when the blind set moved to test_hindi_probes_2026c.py: 0.328 before that round's rules, 0.528
    # after.
    assert probes.half_f1(PROBES, 0) >= 0.50


# A condition with or without "अगर" ("... जारी रहे तो"): the condition is not asserted, and an act of conflict in
# the consequence is a threat (13) by the speaker, aimed at the condition's doer.
@pytest.mark.parametrize("text, expected", [
    ("ईरान ने चेतावनी दी कि इसराइल के हमले जारी रहे तो उस पर मिसाइलें दागी जाएंगी।", ("IRN", "ISR", "13")),
    ("अगर रूस ने नाटो की सीमा पार की तो पोलैंड सैन्य कार्रवाई करेगा।", ("POL", "RUS", "13")),
    ("चीन ने कहा कि ताइवान को हथियार बेचे गए तो अमेरिकी कंपनियों पर प्रतिबंध लगाए जाएंगे।", ("CHN", "USA", "13")),
])
def test_consequence_of_a_condition_is_a_threat(text, expected):
    got = triples(text)
    assert expected in got
    assert not any(t[2] in {"16", "17", "18", "19", "20"} and t[0] == expected[0] for t in got)


@pytest.mark.parametrize("text, doer", [
    ("तुर्की ने कहा कि सीरिया के कुर्द लड़ाकों ने हथियार नहीं डाले तो कार्रवाई होगी।", "SYR"),
    ("भारत ने कहा कि पाकिस्तान ने गोलीबारी की तो उसे करारा जवाब मिलेगा।", "PAK"),
])
def test_condition_without_if_is_not_asserted(text, doer):
    article = analyze(text, language="hi", published="2025-06-01")
    assert all(e.modality == "hypothetical" or e.negated for e in article.events if e.source.country == doer)


# "X ने आरोप लगाया कि Y ... गंभीर नहीं है": with no act after "कि", its bare subject is accused (112); with no
# subject either, the first country named after "कि".
@pytest.mark.parametrize("text, expected", [
    ("ईरान ने आरोप लगाया कि अमेरिका परमाणु वार्ता को लेकर ईमानदार नहीं है।", ("IRN", "USA", "11")),
    ("भारत ने आरोप लगाया कि पाकिस्तान सीमा पर शांति नहीं चाहता।", ("IND", "PAK", "11")),
    ("यूक्रेन ने आरोप लगाया कि बिजली संयंत्रों पर हुए हमलों के पीछे रूस की सेना का हाथ है।", ("UKR", "RUS", "11")),
    ("अजरबैजान ने आरोप लगाया कि अलगाववादियों को आर्मेनिया से हथियार मिल रहे हैं।", ("AZE", "ARM", "11")),
])
def test_accusation_without_an_act_accuses_the_subject(text, expected):
    assert expected in triples(text)


# "X ने चेतावनी दी कि Y को ...": the country named after the warning's "कि" is the one warned; none, no threat.
@pytest.mark.parametrize("text, expected", [
    ("ईरान ने चेतावनी दी कि इसराइल को इसकी भारी कीमत चुकानी पड़ेगी।", {("IRN", "ISR", "13")}),
    ("उत्तर कोरिया ने चेतावनी दी कि दक्षिण कोरिया के सैन्य अभ्यास से तनाव बढ़ेगा।", {("PRK", "KOR", "13")}),
    ("संयुक्त राष्ट्र ने चेतावनी दी कि क्षेत्र में अकाल फैल सकता है।", set()),
])
def test_warning_names_the_warned_after_that(text, expected):
    got = {t for t in triples(text) if t[2] == "13"}
    assert got == expected


# "बातचीत शुरू करने का फैसला किया": talks decided are an intent to meet (03), not talks held.
@pytest.mark.parametrize("text, pair", [
    ("भारत ने चीन के साथ बातचीत शुरू करने का फैसला किया।", ("IND", "CHN")),
    ("जापान और दक्षिण कोरिया ने शिखर वार्ता करने का निर्णय लिया।", ("JPN", "KOR")),
])
def test_decided_talks_are_intended(text, pair):
    got = triples(text)
    assert (pair[0], pair[1], "03") in got
    assert (pair[0], pair[1], "04") not in got


# "X की मध्यस्थता से A और B के बीच ...": X mediates (04) with both sides; the sides' own act stays.
@pytest.mark.parametrize("text, mediators, sides, act", [
    ("मिस्र की मध्यस्थता से इसराइल और हमास के बीच संघर्ष विराम हुआ।", ["EGY"], ("ISR", "PSE"), "08"),
    ("सऊदी अरब ने चीन की मध्यस्थता में ईरान के साथ राजनयिक संबंध बहाल किए।", ["CHN"], ("SAU", "IRN"), "05"),
    ("कतर और तुर्की की मध्यस्थता से पाकिस्तान और अफगानिस्तान के बीच युद्धविराम पर सहमति बनी।", ["QAT", "TUR"],
     ("PAK", "AFG"), "08"),
])
def test_mediator_mediates_with_both_sides(text, mediators, sides, act):
    got = triples(text)
    for mediator in mediators:
        assert (mediator, sides[0], "04") in got and (mediator, sides[1], "04") in got
    assert (sides[0], sides[1], act) in got


# "इन हमलों की निंदा": the noun after the demonstrative picks the act answered, and every one of its joined doers.
@pytest.mark.parametrize("text, expected, absent", [
    ("अमेरिका और ब्रिटेन ने यमन पर हवाई हमले किए। हूतियों ने अमेरिका को धमकी दी। ईरान ने इन हमलों की कड़ी निंदा की।",
     {("IRN", "USA", "11"), ("IRN", "GBR", "11")}, ("IRN", "YEM", "11")),
    ("फ्रांस और जर्मनी ने रूस पर नए प्रतिबंध लगाए। चीन ने इन प्रतिबंधों को गैरकानूनी बताया।",
     {("CHN", "FRA", "11"), ("CHN", "DEU", "11")}, ("CHN", "RUS", "11")),
])
def test_answered_act_named_by_its_noun_and_all_its_doers(text, expected, absent):
    got = triples(text)
    assert expected <= got
    assert absent not in got


# "A के राष्ट्रपति X और B के राष्ट्रपति Y ने": a name unknown to the actor lists after the last office keeps its "ने",
# and the office right before it is the same doer, so both countries act on each other.
@pytest.mark.parametrize("text, pair", [
    ("भारत के प्रधानमंत्री मोदी और चीन के राष्ट्रपति शी ने मुलाकात की।", ("IND", "CHN")),
    ("मिस्र के विदेश मंत्री और कतर के प्रधानमंत्री अब्दुलरहमान अल थानी ने गाजा पर चर्चा की।", ("EGY", "QAT")),
])
def test_joined_offices_with_a_name_before_the_doer_marker(text, pair):
    got = triples(text)
    assert (pair[0], pair[1], "04") in got and (pair[1], pair[0], "04") in got


# "X करने के आदेश पर हस्ताक्षर/दस्तखत किए": the order signed makes the act done; signing it is no agreement.
@pytest.mark.parametrize("text, expected, absent", [
    ("ट्रंप ने ईरान पर नए प्रतिबंध लगाने के आदेश पर हस्ताक्षर किए।", ("USA", "IRN", "16"), ("IRN", "USA", "05")),
    ("पुतिन ने यूक्रेन की सीमा पर सेना भेजने के आदेश पर हस्ताक्षर किए।", ("RUS", "UKR", "15"), ("UKR", "RUS", "05")),
    ("ट्रंप ने कनाडा से आने वाले सामान पर शुल्क लगाने के आदेश पर दस्तखत किए।", ("USA", "CAN", "16"), None),
])
def test_signed_order_is_the_act_done(text, expected, absent):
    got = triples(text)
    assert expected in got
    assert absent not in got


# "X की मध्यस्थता से ... सहमति जताई": the mediator's genitive before "मध्यस्थता" owns no target phrase.
@pytest.mark.parametrize("text, mediator, sides", [
    ("ब्राजील की मध्यस्थता से हुई बैठक में वेनेजुएला और गयाना ने बल प्रयोग न करने पर सहमति जताई।", "BRA",
     ("VEN", "GUY")),
    ("कतर की मध्यस्थता से भारत और चीन ने बल प्रयोग न करने पर सहमति जताई।", "QAT", ("IND", "CHN")),
])
def test_mediator_is_no_target_of_the_sides(text, mediator, sides):
    got = triples(text)
    assert (mediator, sides[0], "04") in got and (mediator, sides[1], "04") in got
    assert not any(t[1] == mediator for t in got)


# ", जिसकी Y ने निंदा की": a relative pronoun opening the clause points back, as "इसकी" does, to the act just reported.
@pytest.mark.parametrize("text, expected", [
    ("इसराइल ने गाजा पर हवाई हमले किए, जिसकी तुर्की ने कड़ी निंदा की।", ("TUR", "ISR", "11")),
    ("उत्तर कोरिया ने बैलिस्टिक मिसाइल का परीक्षण किया, जिसकी जापान ने कड़ी आलोचना की।", ("JPN", "PRK", "11")),
    ("रूस ने यूक्रेन के बिजली संयंत्रों पर हमले किए, जिनकी अमेरिका ने निंदा की।", ("USA", "RUS", "11")),
])
def test_relative_pronoun_points_back_to_the_act(text, expected):
    assert expected in triples(text)


# "नई सरकार के गठन का स्वागत किया": welcoming an outcome is endorsement (051), not hosting a visitor (043).
@pytest.mark.parametrize("text, expected", [
    ("भारत ने श्रीलंका में नई सरकार के गठन का स्वागत किया।", ("IND", "LKA", "05")),
    ("अमेरिका ने नेपाल में नई सरकार के गठन का स्वागत किया।", ("USA", "NPL", "05")),
])
def test_welcoming_an_outcome_is_endorsement(text, expected):
    got = triples(text)
    assert expected in got
    assert not any(t[2] == "04" for t in got)
