"""The other party from context: talks with no partner named are with the doer's last partner; "उन्हें" in the
answer of the last act's target is that act's doer.

Every sentence is ours, about a real event.
"""

from events.triples import triples

from sambandh import analyze


def test_readiness_to_continue_talks_is_towards_the_last_partner():
    found = triples("भारत और चीन के विशेष प्रतिनिधियों ने दिसंबर 2024 में बीजिंग में सीमा पर बातचीत की। "
                    "भारतीय पक्ष ने बाद में कहा कि भारत बातचीत जारी रखने को तैयार है।", published="2024-12-19")
    assert ("IND", "CHN", "03") in found
    assert ("IND", "---", "03") not in found


def test_a_bare_meeting_verb_takes_no_partner_from_earlier_talks():
    # "मिले" here is "were found": a bare 040 gets no partner from the talks before it
    article = analyze("भारत और भूटान के अधिकारियों ने मार्च 2020 में बातचीत की। देश में अब तक मिले 34 मरीजों में से "
                      "तीन ठीक हो चुके हैं।", language="hi", published="2020-03-08")
    assert not [e for e in article.events if e.sentence == 1]


def test_an_object_pronoun_of_the_last_target_answering_is_the_last_doer():
    found = triples("ब्राजील के राष्ट्रपति लूला ने फरवरी 2024 में इसराइल की कार्रवाई को नरसंहार बताया, जिसके बाद इसराइल "
                    "ने उन्हें अवांछित व्यक्ति घोषित कर दिया।", published="2024-02-19")
    assert ("BRA", "ISR", "11") in found
    assert ("ISR", "BRA", "16") in found


def test_an_adjective_of_the_meeting_between_the_genitive_doers_and_the_verb():
    found = triples("अमेरिकी राष्ट्रपति ट्रंप और उत्तर कोरियाई नेता किम जोंग उन की जून 2018 में सिंगापुर में "
                    "ऐतिहासिक मुलाकात हुई।", published="2018-06-12")
    assert ("USA", "PRK", "04") in found
    assert ("PRK", "USA", "04") in found


def test_a_ceasefire_broken_with_a_state_is_aimed_at_it():
    found = triples("इसराइल ने दिसंबर 2024 में लेबनान के साथ संघर्ष विराम का उल्लंघन किया।", published="2024-12-20")
    assert ("ISR", "LBN", "19") in found
    found = triples("पाकिस्तान ने 2020 में भारत के साथ युद्धविराम तोड़ दिया।", published="2020-10-01")
    assert ("PAK", "IND", "19") in found
