"""English titles and honorifics before a surname the KB knows (``linker._titled_people``)."""

from tests.entities.linking import linked


def _mentions(article):
    return [(m.text, e.id, m.how) for e in article.entities for m in e.mentions]


def test_surname_after_a_title_is_the_office_holder_with_how_title():
    # Mugabe left office in 2017; the article is of 2024: the nearest term is still his
    article = linked("President Mugabe spoke.")
    assert ("Mugabe", "sb:robert-mugabe", "title") in _mentions(article)
    assert [(a.text, a.entity, a.code) for a in article.actors] == [("President Mugabe", "sb:robert-mugabe", "ZWEGOV")]


def test_a_linked_titled_surname_links_the_bare_surname_later():
    found = _mentions(linked("President Mugabe spoke in Harare.", "Mugabe left for Lusaka."))
    assert ("Mugabe", "sb:robert-mugabe", "coref") in found


def test_no_title_no_link_and_unknown_surnames_stay_unknown():
    assert not any(e.type == "person" for e in linked("Bush spoke.").entities)
    assert not any(m.how == "title" for e in linked("President Zzyzx spoke.").entities for m in e.mentions)


def test_hindi_titles_are_left_to_the_hindi_rules():
    # the English rule reads Latin sentences only
    article = linked("राष्ट्रपति बुश ने भाषण दिया।")
    assert not any(m.how == "title" for e in article.entities for m in e.mentions)
