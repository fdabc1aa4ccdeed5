"""Talks named with no partner are held with the partner of the doer's talks just before.

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
