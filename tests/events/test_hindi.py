"""Hindi arguments (``sambandh/events/hindi.py``) on sentences we wrote ourselves, about real events."""

import pytest

from sambandh import analyze


def _dyads(text, published="2025-06-01"):
    return {(e.root, e.source.country, e.target.country if e.target else None)
            for e in analyze(text, language="hi", published=published).events}


@pytest.mark.parametrize("text,expected", [
    # "X की Y से मुलाकात हुई": the genitive is the doer of an intransitive predicate, the "से" phrase its target
    ("अक्टूबर 2024 में कजान में भारत के प्रधानमंत्री नरेंद्र मोदी की चीन के राष्ट्रपति शी जिनपिंग से मुलाकात हुई।",
     {("04", "IND", "CHN")}),
    # "X और Y के बीच ... हुआ": the joined genitives act on each other
    ("जुलाई 2025 में भारत और ब्रिटेन के बीच मुक्त व्यापार समझौता हुआ।", {("05", "IND", "GBR"), ("05", "GBR", "IND")}),
    ("मई 2025 में इस्तांबुल में रूस और यूक्रेन के प्रतिनिधिमंडलों के बीच सीधी बातचीत हुई।",
     {("04", "RUS", "UKR"), ("04", "UKR", "RUS")}),
])
def test_hindi_genitive_doers_of_an_intransitive_predicate(text, expected):
    assert expected <= _dyads(text)


def test_hindi_genitive_topic_is_no_doer():
    # "ईरान के परमाणु कार्यक्रम पर बातचीत हुई": Iran is what the talks were about, not who held them
    assert not any(source == "IRN" for _, source, _ in _dyads("जून 2025 में ईरान के परमाणु कार्यक्रम पर बातचीत हुई।"))


@pytest.mark.parametrize("text,expected", [
    ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने जून 2025 में ईरान को चेताया।", ("13", "USA", "IRN")),
    ("रूस ने जून 2023 में यूक्रेन पर बांध तोड़ने का आरोप मढ़ा।", ("11", "RUS", "UKR")),
    ("म्यांमार सरकार ने संयुक्त राष्ट्र के जांचकर्ताओं को वीजा देने से इंकार कर दिया।", ("12", "MMR", None)),
    ("रूसी राष्ट्रपति व्लादिमीर पुतिन दिसंबर 2025 में भारत के दौरे पर आए।", ("04", "RUS", "IND")),
    ("पाकिस्तान ने अप्रैल 2025 में भारत के लिए अपना हवाई क्षेत्र बंद कर दिया।", ("16", "PAK", "IND")),
])
def test_hindi_new_phrasings_code_their_root(text, expected):
    root, source, target = expected
    assert any(r == root and s == source and (target is None or t == target) for r, s, t in _dyads(text)), _dyads(text)


@pytest.mark.parametrize("text,expected", [
    # the owner of the marked noun phrase is the target
    ("चीन ने अगस्त 2025 में जापान के प्रधानमंत्री के बयान की आलोचना की।", ("11", "CHN", "JPN")),
    ("फ़्रांस ने जून 2025 में भारत के रुख़ का समर्थन किया।", ("05", "FRA", "IND")),
    # a country's adjective before a noun with a case marker takes the marker
    ("भारत ने अप्रैल 2025 में पाकिस्तानी राजनयिकों को निष्कासित कर दिया।", ("16", "IND", "PAK")),
    ("ईरान ने जून 2025 में इसराइली हमले की कड़ी निंदा की।", ("11", "IRN", "ISR")),
    # "X और Y के बीच ओमान में": the place after does not take X's role
    ("अप्रैल 2025 में ईरान और अमेरिका के बीच ओमान में परमाणु वार्ता हुई।", ("04", "IRN", "USA")),
])
def test_hindi_marked_phrases_name_their_owner(text, expected):
    assert expected in _dyads(text), _dyads(text)


@pytest.mark.parametrize("text,expected", [
    # "-ते हुए": an act done while speaking happened, and its doer is the speaker, no mere reporter
    ("भारत ने अप्रैल 2025 में पहलगाम हमले की कड़ी निंदा करते हुए पाकिस्तान को जिम्मेदार बताया।", ("11", "IND", "PAK")),
    ("ईरान ने जून 2025 में अमेरिका की निंदा करते हुए कहा कि वह जवाब देगा।", ("11", "IRN", "USA")),
    ("अमेरिका ने जून 2025 में ईरान को चेतावनी देते हुए कहा कि बातचीत ही रास्ता है।", ("13", "USA", "IRN")),
])
def test_hindi_concurrent_participle_is_an_act(text, expected):
    assert expected in _dyads(text), _dyads(text)


@pytest.mark.parametrize("text,expected", [
    # joined genitives right before an intransitive predicate meet each other
    ("अगस्त 2025 में अलास्का में राष्ट्रपति ट्रंप और राष्ट्रपति पुतिन की मुलाकात हुई।", ("04", "USA", "RUS")),
    # an actor that ends in the pattern's office word ("अमेरिकी राजदूत" in "राजदूत को तलब किया") is its target
    ("चीन ने अगस्त 2022 में अमेरिकी राजदूत को तलब किया।", ("11", "CHN", "USA")),
])
def test_hindi_joined_genitives_and_office_in_pattern(text, expected):
    assert expected in _dyads(text), _dyads(text)


def test_hindi_joined_doers_of_a_meeting_meet_each_other():
    dyads = _dyads("अगस्त 2025 में ट्रंप और पुतिन अलास्का में मिले।")
    assert {("04", "USA", "RUS"), ("04", "RUS", "USA")} <= dyads, dyads


def test_hindi_joined_doers_of_an_appeal_do_not_appeal_to_each_other():
    # "भारत और पाकिस्तान ने आग्रह किया": no mutual appeal; only meeting is mutual by nature
    assert not any(r == "02" for r, _, _ in _dyads("मई 2025 में भारत और पाकिस्तान ने आग्रह किया।"))


@pytest.mark.parametrize("text,expected", [
    # several states named as one are an actor of no country, coded with their region (kb regions.tsv)
    ("फरवरी 2022 में रूस ने पश्चिमी देशों को परमाणु हथियारों के इस्तेमाल की धमकी दी।", ("13", "RUS", "WST")),
    ("तुर्की ने फरवरी 2023 के भूकंप के बाद अंतरराष्ट्रीय समुदाय से मदद मांगी।", ("02", "TUR", "WLD")),
    ("जून 2017 में खाड़ी देशों ने कतर से राजनयिक संबंध तोड़ लिए।", ("16", "PGS", "QAT")),
])
def test_hindi_a_bloc_of_states_is_an_actor(text, expected):
    root, source, target = expected
    codes = {(e.root, e.source.code[:3], e.target.code[:3] if e.target else None)
             for e in analyze(text, language="hi", published="2025-06-01").events}
    assert (root, source, target) in codes, codes


@pytest.mark.parametrize("text,expected", [
    # a decided or announced act is done
    ("भारत और पाकिस्तान ने 10 मई 2025 को गोलीबारी रोकने का फैसला किया।", ("087", "IND", "PAK")),
    ("अमेरिका ने फरवरी 2022 में रूस पर प्रतिबंध लगाने की घोषणा की।", ("163", "USA", "RUS")),
    # a verb of threat or promise after "V-ने की/का" gives way to the act, coded as its threat or intent
    ("ईरान ने अप्रैल 2024 में इसराइल पर हमला करने की धमकी दी।", ("138", "IRN", "ISR")),
    ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने अप्रैल 2025 में चीन पर टैरिफ बढ़ाने की धमकी दी।", ("1312", "USA", "CHN")),
    ("जर्मनी ने 2023 में यूक्रेन को टैंक भेजने का वादा किया।", ("0332", "DEU", "UKR")),
])
def test_hindi_decided_threatened_and_promised_acts(text, expected):
    code, source, target = expected
    events = analyze(text, language="hi", published="2025-06-01").events
    found = {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}
    assert (code, source, target) in found, found


def test_hindi_a_place_noun_belongs_to_its_place():
    # "बखमुत शहर पर": the marker after the noun is the place's
    assert ("19", "RUS", "UKR") in _dyads("रूसी सेना ने मई 2023 में बखमुत शहर पर कब्जा कर लिया।")


def test_hindi_getting_is_no_meeting_when_a_dative_follows_the_se_phrase():
    # "X से ... Y को ... मिल रही है": Y gets something; nobody meets X
    assert not _dyads("इस चुनाव में तालिबान से बातचीत के मुद्दे को भी काफी जगह मिल रही है।", published="2013-05-01")


def test_hindi_an_intent_word_inside_the_pattern_is_not_the_clause_modality():
    events = analyze("अमेरिका ने फरवरी 2020 में चीन से आने वाले यात्रियों के प्रवेश पर प्रतिबंध लगा दिया।",
                     language="hi", published="2020-02-02").events
    assert [(e.cameo, e.target.country, e.modality) for e in events] == [("163", "CHN", "asserted")]


def test_hindi_both_countries_stand_for_the_last_dyad():
    text = ("फरवरी 2025 में प्रधानमंत्री नरेंद्र मोदी ने अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से व्हाइट हाउस में मुलाकात की। "
            "दोनों नेताओं ने रक्षा सहयोग पर चर्चा की। दोनों देशों ने व्यापार पर समझौता किया।")
    events = analyze(text, language="hi", published="2025-02-14").events
    later = {(e.sentence, e.root, e.source.country, e.target.country) for e in events if e.sentence > 0}
    assert {(1, "04", "IND", "USA"), (1, "04", "USA", "IND"), (2, "05", "IND", "USA"), (2, "05", "USA", "IND")} <= later


def test_hindi_both_without_an_earlier_dyad_is_nobody():
    assert not analyze("दोनों देशों ने व्यापार पर समझौता किया।", language="hi", published="2025-02-14").events


def test_hindi_a_generic_actor_takes_the_one_country_its_sentence_names():
    # the journalist is Iran's: the sentence names no other country; militants never take a country so
    events = analyze("ईरान की अदालत ने जनवरी 2025 में एक पत्रकार को मौत की सजा सुनाई।", language="hi",
                     published="2025-06-01").events
    assert [(e.source.code, e.cameo, e.target.code) for e in events] == [("IRNJUD", "173", "IRNMED")]


def test_hindi_a_place_between_genitive_doers_and_their_meeting():
    assert {("04", "RUS", "USA"), ("04", "USA", "RUS")} <= _dyads("अगस्त 2025 में पुतिन और ट्रंप की अलास्का में मुलाकात हुई।")


def test_hindi_a_ceasefire_is_no_conflict():
    assert _dyads("मई 2025 में भारत और पाकिस्तान के बीच संघर्ष विराम हुआ।") == {("08", "IND", "PAK"), ("08", "PAK", "IND")}
    assert not _dyads("भारत और पाकिस्तान के बीच संघर्ष विराम के बाद सीमा पर शांति है।")


@pytest.mark.parametrize("text,expected", [
    # a claimed act is coded as done, by its claimant
    ("ईरान ने जून 2019 में अमेरिकी ड्रोन को मार गिराने का दावा किया।", ("19", "IRN", "USA")),
    # "X और Y के <noun> की निंदा": both owners are the target
    ("उत्तर कोरिया ने अगस्त 2025 में अमेरिका और दक्षिण कोरिया के संयुक्त सैन्य अभ्यास की निंदा की।", ("11", "PRK", "USA")),
    ("उत्तर कोरिया ने अगस्त 2025 में अमेरिका और दक्षिण कोरिया के संयुक्त सैन्य अभ्यास की निंदा की।", ("11", "PRK", "KOR")),
    # leaders of a country act for it
    ("मई 2025 में जापान और दक्षिण कोरिया के नेताओं ने टोक्यो में शिखर वार्ता की।", ("04", "KOR", "JPN")),
])
def test_hindi_claims_joined_owners_and_leaders(text, expected):
    assert expected in _dyads(text), _dyads(text)


def test_hindi_permission_is_no_act_of_whoever_gives_it():
    # Sri Lanka let a Chinese ship come: Sri Lanka visited no one
    assert not _dyads("अगस्त 2022 में श्रीलंका ने चीनी जहाज को अपने बंदरगाह पर आने की अनुमति दी।")


def test_hindi_support_received_is_given_by_the_genitive():
    # "X को Y का समर्थन मिला": Y supports X
    assert ("05", "FRA", "IND") in _dyads("भारत को 2024 में सुरक्षा परिषद की स्थायी सदस्यता के लिए फ्रांस का समर्थन मिला।")


def test_hindi_a_bare_verb_takes_only_the_phrase_right_before_it():
    assert ("04", "RUS", "IND") in _dyads("रूसी राष्ट्रपति व्लादिमीर पुतिन दिसंबर 2025 में भारत आए।")
    # "फोन आया" is a call that came, no visit to the caller's country
    assert not _dyads("मुझे जून 2024 में पाकिस्तान के एक सरकारी दफ्तर से फोन आया था।")


def test_hindi_targeting_in_words_is_criticism():
    assert ("11", "IND", "IND") in _dyads("कांग्रेस नेता राहुल गांधी ने 2024 में केंद्र सरकार को निशाना बनाते हुए कहा कि महंगाई बढ़ी है।")


def test_hindi_help_received_without_a_giver_is_no_event():
    assert not _dyads("सीरियाई मंत्री अली हैदर ने 2013 में बताया कि इससे सीरिया को संकट से उबरने में मदद मिली है।")


def test_hindi_a_present_tense_reporter_is_no_doer():
    events = analyze("ऋतु नंदा बताती हैं कि 1993 में रूस के राष्ट्रपति बोरिस येल्तसिन भारत आए थे।", language="hi",
                     published="2019-01-01").events
    assert [(e.source.country, e.target.country) for e in events] == [("RUS", "IND")]
    assert events[0].reported_by


def test_hindi_help_received_from_a_se_phrase():
    assert ("07", "USA", "UKR") in _dyads("यूक्रेन को 2024 में अमेरिका से सैन्य मदद मिली।")


def test_hindi_a_relative_pronoun_stands_for_the_phrase_before_it():
    dyads = _dyads("जनवरी 2024 में अमेरिका ने हूती विद्रोहियों पर हमला किया, जिन्होंने लाल सागर में जहाजों पर हमले किए थे।")
    assert ("19", "USA", "YEM") in dyads
    assert not any(root == "19" and source == "USA" and target is None for root, source, target in dyads)


def test_hindi_an_unknown_body_acts_for_the_country_before_it():
    assert ("17", "IRN", "GBR") in _dyads("जनवरी 2025 में ईरान की न्यायपालिका ने एक ब्रिटिश नागरिक को जासूसी के आरोप में गिरफ्तार किया।")
    # a news agency reports; it does not act for its country
    assert not any(source == "CHN" for _, source, _ in _dyads(
        "चीन की सरकारी समाचार एजेंसी ने मई 2025 में अमेरिका की आलोचना की।"))


def test_hindi_a_bare_verbs_nonfinite_form_is_no_act():
    # "इटली आने-जाने वाले विमानों": flights to and from Italy, no visit to Italy
    assert not any(root == "04" for root, _, _ in _dyads(
        "मार्च 2020 में स्पेन ने इटली आने-जाने वाले विमानों और ट्रेनों पर दो हफ्ते के लिए रोक लगा दी।"))


def test_hindi_two_owned_nouns_joined_by_aur_keep_their_owner():
    assert ("19", "ISR", "IRN") in _dyads(
        "जून 2025 में इसराइल ने ईरान के परमाणु ठिकानों और सैन्य अड्डों पर बड़े पैमाने पर हवाई हमले किए।")


def test_hindi_ki_before_a_noun_is_a_genitive_not_the_verb():
    dyads = _dyads("जून 2025 में अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने ईरान से बातचीत की मेज पर लौटने को कहा।")
    assert not any(root == "04" for root, _, _ in dyads)
    assert ("04", "IND", "RUS") in _dyads("जुलाई 2024 में मोदी ने मॉस्को में पुतिन से मुलाकात की और यूक्रेन पर चर्चा की।")


def test_hindi_both_sides_after_fighting_are_the_belligerents():
    text = ("जून 2025 में इसराइल ने ईरान पर हवाई हमले किए। जवाब में ईरान ने इसराइल पर मिसाइलें दागीं। "
            "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने ईरान से बातचीत के लिए कहा। "
            "संयुक्त राष्ट्र महासचिव ने दोनों पक्षों से संयम बरतने की अपील की।")
    events = analyze(text, language="hi", published="2025-06-13").events
    appeals = {(e.source.code, e.target.country) for e in events if e.sentence == 3}
    assert appeals == {("IGOUNO", "ISR"), ("IGOUNO", "IRN")}


def test_hindi_an_agreement_signed_with_someone_is_signed_by_both():
    dyads = _dyads("सितंबर 2025 में पाकिस्तान ने सऊदी अरब के साथ रक्षा समझौते पर हस्ताक्षर किए।")
    assert {("05", "PAK", "SAU"), ("05", "SAU", "PAK")} <= dyads


def test_hindi_an_act_someone_is_ready_for_is_intended_and_theirs_alone():
    events = analyze("मई 2025 में रूस ने कहा कि वह यूक्रेन के साथ समझौता करने को तैयार है।", language="hi",
                     published="2025-05-20").events
    assert [(e.root, e.source.country, e.target.country, e.modality) for e in events] == [
        ("03", "RUS", "UKR", "intended")]


def test_hindi_joined_doers_of_a_conflictual_act_do_not_act_on_each_other():
    # Britain and France demanded (of no one named): neither demanded of the other
    dyads = _dyads("जनवरी 2024 में ब्रिटेन और फ्रांस ने लाल सागर में सुरक्षित आवाजाही की मांग की।")
    assert ("10", "GBR", "FRA") not in dyads and ("10", "FRA", "GBR") not in dyads
    assert ("10", "GBR", None) in dyads


@pytest.mark.parametrize("text,expected", [
    ("प्रधानमंत्री नरेंद्र मोदी की अमेरिका यात्रा के दौरान फरवरी 2025 में कई समझौते हुए।", ("04", "IND", "USA")),
    ("रूसी राष्ट्रपति पुतिन के भारत दौरे के दौरान दिसंबर 2025 में कई समझौते हुए।", ("04", "RUS", "IND")),
])
def test_hindi_during_a_named_visit_the_visit_happened(text, expected):
    assert expected in _dyads(text)


def test_hindi_a_negation_before_an_embedded_act_is_the_acts():
    # the US asked Israel not to attack: the asking happened
    events = analyze("अक्टूबर 2024 में अमेरिका ने इसराइल से ईरान के तेल ठिकानों पर हमला नहीं करने को कहा।", language="hi",
                     published="2024-10-10").events
    assert [(e.root, e.source.country, e.target.country, e.negated) for e in events if e.root == "02"] == [
        ("02", "USA", "ISR", False)]
    # a meeting is coded both ways (coder.HINDI_SIGNED_CODES), and both are negated
    assert {e.negated for e in analyze("जुलाई 2024 में मोदी पुतिन से नहीं मिले।", language="hi").events} == {True}


def test_hindi_talking_to_a_news_medium_is_no_consultation():
    assert not _dyads("विदेश मंत्री जयशंकर ने मार्च 2025 में एएनआई से बात की।")


def test_hindi_a_partys_attack_on_the_government_is_in_words():
    assert ("11", "IND", "IND") in _dyads("अगस्त 2025 में कांग्रेस ने भाजपा सरकार पर हमला बोला।")
    assert ("19", "RUS", "UKR") in _dyads("फरवरी 2022 में रूस ने यूक्रेन पर हमला किया।")


def test_hindi_a_bare_phrase_owns_the_noun_after_it():
    assert ("19", "IND", "PAK") in _dyads("मई 2025 में भारत ने पाकिस्तान के आतंकी ठिकानों पर हमला किया।")


def test_hindi_an_attack_answered_is_not_the_answerers_act():
    dyads = _dyads("मई 2025 में भारत ने पहलगाम आतंकी हमले के जवाब में पाकिस्तान में आतंकी ठिकानों पर मिसाइल हमले किए।")
    assert ("19", "IND", "PAK") in dyads
    assert not any(root == "18" for root, _, _ in dyads)


def test_hindi_both_countries_after_strikes_on_pok_are_india_and_pakistan():
    text = ("मई 2025 में भारत ने पाकिस्तान के कब्जे वाले कश्मीर में आतंकी ठिकानों पर मिसाइल हमले किए। "
            "पाकिस्तान ने भारत के हमलों की निंदा की। अमेरिका ने भारत से संयम बरतने की अपील की। "
            "शनिवार शाम दोनों देशों के बीच संघर्ष विराम पर सहमति बनी।")
    events = analyze(text, language="hi", published="2025-05-10").events
    assert ("19", "IND", "PAK") in {(e.root, e.source.country, e.target.country if e.target else None) for e in events}
    assert {(e.source.code, e.target.code) for e in events if e.sentence == 3} == {("IND", "PAK"), ("PAK", "IND")}


def test_hindi_whom_the_governing_verb_names_is_the_target():
    assert ("03", "RUS", "USA") in _dyads("अगस्त 2025 में पुतिन ने ट्रंप को मॉस्को आने का न्योता दिया।")


def test_hindi_unhone_is_the_last_person_named_when_no_event_gave_a_subject():
    text = ("विदेश मंत्री एस जयशंकर अगस्त 2025 में तीन दिन की यात्रा पर मॉस्को गए। "
            "उन्होंने रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की।")
    events = analyze(text, language="hi", published="2025-08-21").events
    assert ("IND", "RUS") in {(e.source.country, e.target.country) for e in events if e.sentence == 1}


def test_hindi_a_demonym_right_before_a_generic_noun_gives_its_country():
    assert ("17", "LKA", "IND") in _dyads("मार्च 2025 में श्रीलंका ने 11 भारतीय मछुआरों को गिरफ्तार किया।")


def test_hindi_a_clause_break_right_after_the_subject_does_not_cut_it_off():
    assert ("08", "LKA", "IND") in _dyads("मार्च 2025 में श्रीलंका ने इसके बाद 11 भारतीय मछुआरों को रिहा कर दिया।")


def test_hindi_a_pronoun_in_the_targets_case_is_the_person_named_last():
    text = "यूक्रेन के राष्ट्रपति जेलेंस्की अगस्त 2025 में वॉशिंगटन गए। ट्रंप ने व्हाइट हाउस में उनसे मुलाकात की।"
    events = analyze(text, language="hi", published="2025-08-19").events
    assert ("USA", "UKR") in {(e.source.country, e.target.country if e.target else None) for e in events if e.sentence == 1}


def test_hindi_a_passive_attack_with_a_countrys_weapons_is_that_countrys():
    assert ("19", "RUS", "UKR") in _dyads("सितंबर 2025 में यूक्रेन की राजधानी कीव पर रूसी ड्रोन और मिसाइलों से हमला किया गया।")
