"""A short name of a person named in full before is that person again, as an actor coded as before."""

from sambandh import analyze


def test_a_short_name_after_a_full_name_is_an_actor_of_the_same_code():
    article = analyze("मेक्सिको ने दिसंबर 2022 में अपदस्थ राष्ट्रपति पेद्रो कास्तियो के परिवार को शरण दी। "
                      "कास्तियो को उसी महीने गिरफ्तार किया गया था।", language="hi", published="2022-12-20")
    later = [a for a in article.actors if a.sentence == 1]
    assert [(a.text, a.code, a.how) for a in later] == [("कास्तियो", "PERGOV", "coref")]
    assert later[0].entity == next(a.entity for a in article.actors if a.sentence == 0 and a.type == "person")
