"""Whom a demand is made of: the addressee named with "से", else the subject of the clause after "कि".

Every sentence is ours, about a real event.
"""

from events.triples import triples


def test_a_demand_with_an_addressee_is_not_made_of_a_country_named_after_it():
    found = triples("डीजीसीए ने मार्च 2020 में हवाई अड्डों से यह सुनिश्चित करने को कहा है कि दक्षिण कोरिया और इटली "
                    "से आने वाले विमानों को साफ किया जाए।", published="2020-03-04")
    assert not {t for t in found if t[1] in ("KOR", "ITA") and t[2] == "02"}
    found = triples("विदेश मंत्रालय ने 2020 में एयरलाइनों से अनुरोध किया कि वे चीन के लिए उड़ानें रद्द करें।",
                    published="2020-02-01")
    assert not {t for t in found if t[1] == "CHN"}


def test_a_demand_with_no_addressee_is_made_of_the_subject_after_ki():
    found = triples("अमेरिका ने मार्च 2022 में मांग की कि रूस यूक्रेन से अपनी सेना वापस बुलाए।", published="2022-03-02")
    assert ("USA", "RUS", "10") in found


def test_an_addressee_that_is_an_actor_is_the_target():
    found = triples("भारत ने 2019 में पाकिस्तान से मांग की कि वह आतंकवादी ढांचे को नष्ट करे।", published="2019-03-01")
    assert ("IND", "PAK", "10") in found


def test_a_pronoun_after_aur_is_a_partner_not_a_bridge_to_the_next_actor():
    # "पाकिस्तान और वह खुद": Pakistan is joined to "वह", and does not take "मोदी से" from across it
    found = triples("इमरान खान ने 2019 में कहा कि पाकिस्तान और वह खुद प्रधानमंत्री नरेंद्र मोदी से बातचीत करना चाहते हैं।",
                    published="2019-05-20")
    assert not {t for t in found if t[:2] == ("PAK", "PAK")}
    assert {t for t in found if t[:2] == ("PAK", "IND")}
