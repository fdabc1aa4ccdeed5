"""A verbless predicate that is the object of the next one: "X के ताइवान दौरे पर आपत्ति जताई" is no visit by the objector.

Every sentence is ours, about a real event.
"""

from events.triples import triples


def test_objecting_to_a_visit_is_no_visit_by_the_objector():
    found = triples("चीन ने अगस्त 2022 में अमेरिकी संसद की अध्यक्ष नैंसी पेलोसी के ताइवान दौरे पर कड़ी आपत्ति जताई।",
                    published="2022-08-03")
    assert ("CHN", "USA", "11") in found
    assert not {t for t in found if t[0] == "CHN" and t[2] == "04"}


def test_being_on_a_visit_is_still_a_visit():
    found = triples("प्रधानमंत्री नरेंद्र मोदी मई 2023 में तीन दिन के जापान दौरे पर पहुंचे।", published="2023-05-19")
    assert ("IND", "JPN", "04") in found
