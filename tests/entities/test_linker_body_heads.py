"""Heads and officers of international bodies, and unknown names after a title, in Hindi (``linker._headed_body``,
``linker._named_after``, ``phrases.resolve_group``)."""

from tests.entities.linking import linked


def _actors(*sentences, published="2020-04-10"):
    return [(a.text, a.code, a.type) for a in linked(*sentences, published=published).actors]


def test_a_body_office_with_no_holder_known_that_day_is_the_body():
    # the KB lists no World Bank president for this day: the office still names the bank
    assert ("विश्व बैंक के अध्यक्ष", "IGOUNODEVWBK", "organization") in _actors("विश्व बैंक के अध्यक्ष ने भारत की सराहना की।")


def test_a_head_of_a_body_acts_for_the_body():
    found = _actors("एशियाई विकास बैंक (एडीबी) के अध्यक्ष ने भारत को मदद का भरोसा दिया।")
    assert found[0][:2] == ("एशियाई विकास बैंक (एडीबी) के अध्यक्ष", "IGOASADEVADB")
    assert _actors("एशियाई विकास बैंक के अधिकारियों ने भारत की सराहना की।")[0][0] == "एशियाई विकास बैंक के अधिकारियों"


def test_a_word_that_only_starts_like_a_head_does_not_stretch_the_body():
    assert _actors("एशियाई विकास बैंक के प्रमुखता से काम हुआ।")[0][0] == "एशियाई विकास बैंक"


def test_an_unknown_name_after_a_title_is_the_titled_person():
    found = _actors("इक्वाडोर के कृषि मंत्री जुआन पाब्लो ने भारत की सराहना की।")
    assert found[0] == ("इक्वाडोर के कृषि मंत्री जुआन पाब्लो", "ECUGOV", "person")


def test_a_country_is_not_stretched_over_a_name_after_it():
    # no title: "भारत" and the name are two things
    assert _actors("भारत जुआन पाब्लो से मिला।")[0][:2] == ("भारत", "IND")
