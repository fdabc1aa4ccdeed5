"""Who a pronoun, a short name or a passive stands for across sentences, and whom a warning is aimed at.

Every sentence is ours, about a real event.
"""

from events.triples import triples

CASTILLO = ("मेक्सिको ने दिसंबर 2022 में अपदस्थ राष्ट्रपति पेद्रो कास्तियो के परिवार को शरण दी। "
            "कास्तियो को उसी महीने गिरफ्तार किया गया था।")


def test_a_passive_arrest_of_a_foreigner_is_not_the_earlier_doers():
    # the arrested man is Peruvian: Mexico, the doer of the sentence before, did not arrest him
    found = triples(CASTILLO, published="2022-12-20")
    assert ("MEX", "PER", "17") not in found
    assert ("PER", "PER", "17") in found


def test_a_spokespersons_ergative_hands_on_the_subject_though_nothing_was_coded():
    text = ("किम जोंग उन ने सितंबर 2023 में पुतिन को उत्तर कोरिया आने का न्योता दिया। "
            "अमेरिकी विदेश विभाग के प्रवक्ता मैथ्यू मिलर ने कहा कि ऐसा कोई भी सौदा प्रस्तावों का उल्लंघन होगा। "
            "उन्होंने चेतावनी दी कि अमेरिका उत्तर कोरिया पर नए प्रतिबंध लगाएगा।")
    found = triples(text, published="2023-09-14")
    assert ("USA", "PRK", "13") in found
    assert ("PRK", "USA", "13") not in found


def test_a_warning_is_not_aimed_at_the_warners_own_country():
    found = triples("अमेरिका ने सितंबर 2023 में चेतावनी दी कि अमेरिका रूस पर नए प्रतिबंध लगाएगा।", published=None)
    assert ("USA", "RUS", "13") in found and ("USA", "USA", "13") not in found


def test_doers_listed_before_including_act_together():
    found = triples("जमैका और बहामास समेत कई देशों ने 2023 में हैती में पुलिस भेजने का वादा किया।", published=None)
    assert ("JAM", "BHS", "03") not in found and ("BHS", "JAM", "03") not in found


def test_welcoming_an_arrival_or_a_new_member_is_praise():
    assert ("HTI", "KEN", "05") in triples("हैती के प्रधानमंत्री ने जून 2024 में केन्याई पुलिस दल के आगमन का स्वागत किया।",
                                           published=None)
    assert ("IGO", "SWE", "05") in triples("नाटो महासचिव ने मार्च 2024 में स्वीडन का गठबंधन में स्वागत किया।",
                                           published=None)
