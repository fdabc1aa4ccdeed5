"""Hindi predicates and conventions of international news, on sentences we wrote ourselves about real events."""

import pytest
from events.triples import triples

from sambandh import analyze


def _triples(text):
    return triples(text, published=None)


@pytest.mark.parametrize("text,triple", [
    # 16: breaking ties, withdrawing diplomats
    ("बोलीविया ने अक्टूबर 2023 में इसराइल से सभी संबंध तोड़ दिए।", ("BOL", "ISR", "16")),
    ("भारत ने अक्टूबर 2024 में कनाडा से अपने उच्चायुक्त और राजनयिकों को हटा लिया।", ("IND", "CAN", "16")),
    ("भारत ने अक्टूबर 2024 में कनाडा के छह राजनयिकों को पर्सोना नॉन ग्राटा घोषित किया।", ("IND", "CAN", "16")),
    # 02: asking someone to act
    ("संयुक्त राष्ट्र महासभा ने फ़रवरी 2023 में रूस से अपनी सेनाएं वापस हटाने को कहा।", ("IGO", "RUS", "02")),
    ("संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने अक्टूबर 2023 में इसराइल से ग़ज़ा तक मदद पहुंचने देने के लिए कहा।",
     ("IGO", "ISR", "02")),
    # 12: refusing a visa; "अरुणाचल प्रदेश के खिलाड़ियों को": the owner of the marked phrase is the target
    ("चीन ने जुलाई 2023 में अरुणाचल प्रदेश के खिलाड़ियों को वीज़ा देने से इनकार कर दिया।", ("CHN", "IND", "12")),
    # 08: acquittal, ceasefire
    ("इस्लामाबाद की एक अदालत ने जुलाई 2024 में इमरान ख़ान को बरी कर दिया।", ("PAK", "PAK", "08")),
    ("इसराइल और हमास जनवरी 2025 में युद्धविराम पर राज़ी हो गए।", ("ISR", "PSE", "08")),
    ("इसराइल और हमास जनवरी 2025 में युद्धविराम पर राज़ी हो गए।", ("PSE", "ISR", "08")),
    # 19: rockets
    ("हमास ने 7 अक्टूबर 2023 को इसराइल पर हज़ारों रॉकेट छोड़े।", ("PSE", "ISR", "19")),
    # 06, 07: observers and relief sent to another country's ground
    ("यूरोपीय संघ ने सितंबर 2024 में श्रीलंका में चुनाव के लिए अपने पर्यवेक्षक भेजे।", ("IGO", "LKA", "06")),
    ("भारत ने फ़रवरी 2023 में तुर्की में राहत सामग्री भेजी।", ("IND", "TUR", "07")),
    # 03: a visit announced in the future tense is an intent; joined targets each count
    ("प्रधानमंत्री नरेंद्र मोदी अगस्त 2024 में यूक्रेन की यात्रा पर जाएंगे।", ("IND", "UKR", "03")),
    ("प्रधानमंत्री नरेंद्र मोदी जुलाई 2024 में रूस और ऑस्ट्रिया की यात्रा पर जाएंगे।", ("IND", "AUT", "03")),
    # 11: summoning an envoy
    ("भारत ने दिसंबर 2024 में बांग्लादेश के उच्चायुक्त को तलब किया।", ("IND", "BGD", "11")),
    # 10: pressing someone
    ("अमेरिका ने अगस्त 2025 में भारत पर रूसी तेल की ख़रीद घटाने का दबाव डाला।", ("USA", "IND", "10")),
    # "X और Y के बीच संघर्ष": each fights the other; "हमास के लड़ाकों" stands for Hamas
    ("मई 2025 में भारत और पाकिस्तान के बीच संघर्ष चार दिन चला।", ("PAK", "IND", "19")),
    ("अक्टूबर 2023 से इसराइल और हमास के लड़ाकों के बीच जारी जंग में हज़ारों लोग मारे गए।", ("ISR", "PSE", "19")),
    # "X की ओर से" marks the doer, as "X द्वारा" does
    ("इसराइल की ओर से सितंबर 2024 में लेबनान पर हवाई हमले किए गए।", ("ISR", "LBN", "19")),
    ("अमेरिका की तरफ़ से जुलाई 2022 में अफ़ग़ानिस्तान में हुए ड्रोन हमले में अयमान अल-ज़वाहिरी मारा गया।",
     ("USA", "AFG", "19")),
    # "X ने कहा कि वह ...": the pronoun is the reporter
    ("ईरान ने अप्रैल 2025 में कहा कि वह ओमान में अमेरिका के साथ बातचीत करेगा।", ("IRN", "USA", "03")),
    # "उन्हें": the person the sentence before named
    ("भारत के प्रधानमंत्री नरेंद्र मोदी ने जून 2024 में तीसरी बार शपथ ली। "
     "अमेरिकी राष्ट्रपति जो बाइडन ने उन्हें फ़ोन पर बधाई दी।", ("USA", "IND", "05")),
    # comma lists share the role of the actor joined by "और"
    ("स्पेन, आयरलैंड और नॉर्वे ने मई 2024 में इसराइल की आलोचना की।", ("IRL", "ISR", "11")),
])
def test_hindi_news_predicate(text, triple):
    assert triple in _triples(text), _triples(text)


def test_media_reporting_is_no_doer():
    text = "बीबीसी संवाददाता ने जनवरी 2024 में ग़ज़ा के अस्पताल का दौरा किया।"
    assert not [e for e in analyze(text, language="hi").events if (e.source.code or "").endswith("MED")]


def test_verbal_noun_before_a_genitive_is_no_event():
    text = "इसराइल ने मार्च 2024 में हमास के हथियार डालने की मांग दोहराई।"
    assert "08" not in {e.root for e in analyze(text, language="hi").events}


def test_genitive_ki_before_another_predicate_is_no_verb():
    text = "रूस ने सितंबर 2022 में संयुक्त राष्ट्र से नॉर्ड स्ट्रीम पाइपलाइन धमाकों की जांच की मांग की।"
    assert {e.root for e in analyze(text, language="hi").events} == {"10"}


def test_milna_with_a_dative_subject_is_getting_not_meeting():
    got = "भारत के प्रधानमंत्री नरेंद्र मोदी को जुलाई 2024 में रूस का सर्वोच्च नागरिक सम्मान मिला।"
    met = "यूक्रेन के राष्ट्रपति वोलोदिमीर ज़ेलेंस्की फ़रवरी 2025 में व्हाइट हाउस में डोनाल्ड ट्रंप से मिले।"
    assert "04" not in {e.root for e in analyze(got, language="hi").events}
    assert "04" in {e.root for e in analyze(met, language="hi").events}


def test_unlinked_subject_ends_the_carried_one():
    text = ("भारत ने 2023 में अमेरिका से तहव्वुर राणा के प्रत्यर्पण का अनुरोध किया। "
            "राणा के वकीलों ने अदालत में प्रत्यर्पण का विरोध किया। उन्होंने अमेरिकी सुप्रीम कोर्ट से गुहार लगाई।")
    events = analyze(text, language="hi").events
    assert [e.sentence for e in events if e.source.country == "IND"] == [0]
