"""Hindi recall on constructions earlier probes found missing, with the readings that must stay no event.

Fighting between a pair may have a date, a place or an adjective between "के बीच" and the fight ("भारत और
पाकिस्तान के बीच मई 2025 में सैन्य संघर्ष हुआ") when the fight then happened or went on ("हुआ", "चला"); each side
fights the other, and "दोनों पक्षों" after it stands for the pair. A war of trade, tariffs or words is no fight.

Every sentence is ours, about a real event of 2022-2026; each names the triples (source country, target country,
CAMEO root) a careful coder would code.
"""

import pytest
from events.triples import triples


@pytest.mark.parametrize("text,expected", [
    # fighting between a pair, with a date, place or adjective before the fight
    ("भारत और पाकिस्तान के बीच मई 2025 में सैन्य संघर्ष हुआ।", {("IND", "PAK", "19"), ("PAK", "IND", "19")}),
    ("थाईलैंड और कंबोडिया के बीच जुलाई 2025 में सीमा पर झड़पें हुईं।", {("THA", "KHM", "19"), ("KHM", "THA", "19")}),
    ("पाकिस्तान और अफ़ग़ानिस्तान के बीच अक्टूबर 2025 में सीमा पर भारी गोलीबारी हुई।",
     {("PAK", "AFG", "19"), ("AFG", "PAK", "19")}),
    ("इसराइल और ईरान के बीच जून 2025 में बारह दिन तक युद्ध चला।", {("ISR", "IRN", "19"), ("IRN", "ISR", "19")}),
    ("अर्मेनिया और अज़रबैजान के बीच सितंबर 2022 में सीमा पर हिंसक झड़पें हुईं।",
     {("ARM", "AZE", "19"), ("AZE", "ARM", "19")}),
    ("थाईलैंड और कंबोडिया के बीच जुलाई 2025 में झड़पें हुईं। दोनों देशों के बीच सीमा पर गोलीबारी हुई।",
     {("THA", "KHM", "19"), ("KHM", "THA", "19")}),
    # "दोनों पक्षों" after the fight stands for the pair
    ("भारत और पाकिस्तान के बीच 2025 में सैन्य संघर्ष हुआ। चीन ने दोनों पक्षों से संयम की अपील की।",
     {("CHN", "IND", "02"), ("CHN", "PAK", "02")}),
])
def test_fighting_between_a_pair(text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize("text", [
    "अमेरिका और चीन के बीच अप्रैल 2025 में टैरिफ युद्ध हुआ।",
    "भारत और अमेरिका के बीच 2025 में शुल्कों को लेकर टकराव हुआ।",
    "भारत और पाकिस्तान के बीच मई 2025 में क्रिकेट मैच हुआ।",
])
def test_no_fighting_between_a_pair(text):
    assert not {t for t in triples(text) if t[2] in ("18", "19")}


# A claim ("का कहना है कि", "दावा किया कि", "कहता रहा है कि") that another country used force or acted with
# hostility (roots 13-20) accuses it (112), as "X ने आरोप लगाया कि Y ने" does.
@pytest.mark.parametrize("text,triple", [
    ("पाकिस्तान का कहना है कि भारत ने मई 2025 में उसके हवाई ठिकानों पर हमला किया।", ("PAK", "IND", "11")),
    ("ईरान ने दावा किया कि इसराइल ने जून 2025 में उसके परमाणु वैज्ञानिकों की हत्या की।", ("IRN", "ISR", "11")),
    ("थाईलैंड का कहना है कि कंबोडिया ने जुलाई 2025 में सीमा पर गोलीबारी की।", ("THA", "KHM", "11")),
    ("यूक्रेन ने दावा किया कि रूस ने 2024 में खारकीव पर मिसाइलें दागीं।", ("UKR", "RUS", "11")),
    ("रूस कहता रहा है कि यूक्रेन ने अगस्त 2024 में कुर्स्क पर हमला किया।", ("RUS", "UKR", "11")),
])
def test_claim_of_force_is_an_accusation(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text", [
    "भारत ने दावा किया कि उसने मई 2025 में पाकिस्तान के ठिकानों पर हमला किया।",
    "चीन का कहना है कि भारत ने 2024 में उसके साथ व्यापार समझौता किया।",
    "अमेरिका ने दावा किया कि भारत ने 2025 में रूस से तेल खरीदा।",
])
def test_claim_of_no_force_is_no_accusation(text):
    assert not {t for t in triples(text) if t[2] == "11"}


# "जिस पर"/"जिन पर": the relative pronoun before the predicate's target marker stands for the phrase before it.
@pytest.mark.parametrize("text,triple", [
    ("भारत ने 2025 में रूस की रोसनेफ़्ट कंपनी से तेल खरीदा, जिस पर अमेरिका ने अक्टूबर 2025 में प्रतिबंध लगाए।",
     ("USA", "RUS", "16")),
    ("ईरान के परमाणु ठिकाने, जिन पर अमेरिका ने जून 2025 में बमबारी की, फ़ोर्दो में हैं।", ("USA", "IRN", "19")),
    ("यह रूस की रिफ़ाइनरी है, जिस पर यूक्रेन ने 2025 में ड्रोन से हमला किया।", ("UKR", "RUS", "19")),
    ("रूस के तेल टैंकर, जिन पर ब्रिटेन ने 2025 में प्रतिबंध लगाए, भारत पहुंचे।", ("GBR", "RUS", "16")),
])
def test_relative_in_the_target_case(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text", [
    "भारत ने 2025 में एक समझौता किया, जिस पर अमेरिका ने कोई टिप्पणी नहीं की।",
])
def test_relative_with_no_act_is_no_event(text):
    assert not {t for t in triples(text) if t[0] == "USA"}
