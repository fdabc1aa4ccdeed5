"""False Hindi events of kinds found on real news, on sentences we wrote ourselves about real events.

Each test names a kind of false event the coder produced (a lab test coded as an investigation, a riot
named only as background, a press interview coded as a consultation ...) and checks it is gone while
the true reading of the same words is still coded.
"""

from sambandh import analyze


def _roots(text):
    return {e.root for e in analyze(text, language="hi").events if not e.negated}


def _events(text):
    return analyze(text, language="hi").events


def test_testing_samples_or_patients_is_no_investigation():
    # "जांच" is a medical test as often as an investigation; only what is investigated makes it one
    assert "09" not in _roots("भारत ने मई 2020 में रोज़ाना एक लाख नमूनों की जांच की।")
    assert "09" not in _roots("दिल्ली सरकार ने अप्रैल 2020 में विदेश से लौटे लोगों की जांच की।")
    assert "09" in _roots("सीबीआई ने अगस्त 2024 में कोलकाता के आरजी कर अस्पताल मामले की जांच की।")
    assert "09" in _roots("भारत सरकार ने जून 2025 में अहमदाबाद विमान हादसे की जांच की।")


def test_riots_named_as_background_are_no_riot():
    assert "14" not in _roots("शिवसेना प्रमुख बाल ठाकरे पर 1993 के मुंबई दंगों के दौरान भड़काऊ भाषण देने के आरोप लगे।")
    assert "14" in _roots("दिल्ली में फरवरी 2020 में हुए दंगों में 53 लोगों की जान गई।")
    assert "14" in _roots("बांग्लादेश में अगस्त 2024 में प्रदर्शनकारियों ने ढाका की सड़कों पर दंगा किया।")


def test_speaking_to_the_press_is_a_statement_not_a_consultation():
    # talking to a news outlet is no consultation between the speaker and the outlet
    roots = _roots("पाकिस्तान के विदेश मंत्री बिलावल भुट्टो ज़रदारी ने मई 2023 में बीबीसी से बात की।")
    assert "04" not in roots
    assert "01" in roots
    assert "04" not in _roots("ईरान के विदेश मंत्री अब्बास अराघची ने जून 2025 में बीबीसी से फ़ोन पर बात की।")
    assert "04" in _roots("फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने मार्च 2025 में रूसी राष्ट्रपति व्लादिमीर पुतिन से बात की।")


def test_belief_frames_mark_an_opinion():
    events = _events("माना जाता है कि 2019 के पुलवामा हमले में पाकिस्तानी आतंकियों का हाथ था।")
    assert events and all(e.modality == "reported_opinion" for e in events)


def test_verbal_attack_is_criticism_not_force():
    assert _roots("कांग्रेस नेता राहुल गांधी ने 2024 में प्रधानमंत्री नरेंद्र मोदी पर तीखा हमला किया।") == {"11"}
    assert _roots("इमरान खान ने 2023 में पाकिस्तानी सेना पर एक भाषण के जरिए हमला किया।") == {"11"}
    assert "19" in _roots("ईरान ने अप्रैल 2024 में इसराइल पर ड्रोन और मिसाइलों से हमला किया।")



def test_going_out_of_the_house_is_no_withdrawal():
    assert "16" not in _roots("दिल्ली में अप्रैल 2020 में लॉकडाउन के बावजूद कुछ लोग घरों से बाहर निकले।")
    assert "16" in _roots("ब्रिटेन जनवरी 2020 में यूरोपीय संघ से बाहर निकल गया।")
