"""split_sentences on Hindi and English text we wrote ourselves."""

import pytest

from sambandh.text.sentences import split_sentences


def _sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("दोनों देशों ने रक्षा सहयोग को और मजबूत कर दिया है. बयान के मुताबिक बैठक दो घंटे चली.",
     ["दोनों देशों ने रक्षा सहयोग को और मजबूत कर दिया है.", "बयान के मुताबिक बैठक दो घंटे चली."]),
    ("प्रधानमंत्री आज दिल्ली पहुंचे। उन्होंने बैठक की।",
     ["प्रधानमंत्री आज दिल्ली पहुंचे।", "उन्होंने बैठक की।"]),
    ("क्या बातचीत होगी? अभी तय नहीं है! फैसला कल होगा॥ बस",
     ["क्या बातचीत होगी?", "अभी तय नहीं है!", "फैसला कल होगा॥", "बस"]),
    ("The ministers met in Delhi. They agreed on trade!", ["The ministers met in Delhi.", "They agreed on trade!"]),
])
def test_sentences_split_after_terminators(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", [
    "  पहला वाक्य है.   दूसरा वाक्य है।\nतीसरा वाक्य ?  ",
    "डॉ. एस. जयशंकर ने कहा, \"हम तैयार हैं।\" फिर वे लौटे.\n\nनया पैरा शुरू हुआ",
    "Mr. Smith met Gen. Rao... Then they left?! Yes.",
    "",
    "   \n\n  ",
])
def test_sentences_offsets_round_trip(text):
    previous_end = 0
    for start, end in split_sentences(text):
        sentence = text[start:end]
        assert sentence and sentence == sentence.strip()
        assert start >= previous_end and not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()


@pytest.mark.parametrize("text", [
    "रूस के रक्षा मंत्री एस. जयशंकर से मिले.",
    "विदेश मंत्री डॉ. एस. जयशंकर ने बयान दिया।",
    "पूर्व प्रधानमंत्री आई. के. गुजराल की किताब छपी।",
    "वैज्ञानिक ए. पी. जे. अब्दुल कलाम को याद किया गया।",
    "Foreign Minister S. Jaishankar arrived on Monday.",
    "The report was signed by J. R. Smith and others.",
])
def test_sentences_initials_do_not_split(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "Mr. Sharma met Dr. Rao and Prof. Iyer in the U.S. capital.",
    "The talks, e.g. on trade, went on until No. 10 issued a statement.",
    "Lt. Gen. Singh briefed the committee.",
    "श्री. शर्मा और प्रो. वर्मा ने मुलाकात की।",
    "ले. जनरल सिंह और कर्नल. राठौर पहुंचे।",
    "जन. रावत ने परेड की सलामी ली।",
    "बैठक में आई.ए.एस. अधिकारी मौजूद थे।",
])
def test_sentences_abbreviations_do_not_split(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text,expected", [
    ("नई जानकारी सामने आई. पुलिस ने जांच शुरू की.", ["नई जानकारी सामने आई.", "पुलिस ने जांच शुरू की."]),
    ("यह फैसला सरकार ले. विपक्ष ने यही कहा.", ["यह फैसला सरकार ले.", "विपक्ष ने यही कहा."]),
])
def test_sentences_words_that_look_like_abbreviations_still_end(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", [
    "इस सौदे की कीमत 3.5 अरब डॉलर है.",
    "करीब 1.2 लाख लोग रैली में पहुंचे.",
    "यह समझौता 26.07.2023 को हुआ था.",
    "Growth slowed to 6.1 per cent in the quarter.",
])
def test_sentences_numbers_do_not_split(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text,expected", [
    ('उन्होंने कहा, "हम तैयार हैं।" इसके बाद बैठक हुई।',
     ['उन्होंने कहा, "हम तैयार हैं।"', "इसके बाद बैठक हुई।"]),
    ("उन्होंने कहा, “बातचीत जारी रहेगी.” अगले दिन वे लौटे.",
     ["उन्होंने कहा, “बातचीत जारी रहेगी.”", "अगले दिन वे लौटे."]),
    ('He said: "We are ready." Then he left.', ['He said: "We are ready."', "Then he left."]),
    ("(यह पहली बैठक थी.) इसके बाद सब लौटे.", ["(यह पहली बैठक थी.)", "इसके बाद सब लौटे."]),
])
def test_sentences_closing_mark_stays_with_sentence(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("बातचीत अधूरी रही... अगले हफ्ते फिर होगी.", ["बातचीत अधूरी रही...", "अगले हफ्ते फिर होगी."]),
    ("The talks stalled... and resumed later.", ["The talks stalled... and resumed later."]),
    ("The talks stalled… Then they resumed.", ["The talks stalled…", "Then they resumed."]),
])
def test_sentences_handle_ellipsis(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("बैठक खत्म हुई.इसके बाद प्रेस वार्ता हुई.", ["बैठक खत्म हुई.", "इसके बाद प्रेस वार्ता हुई."]),
    ("बैठक खत्म हुई।इसके बाद प्रेस वार्ता हुई।", ["बैठक खत्म हुई।", "इसके बाद प्रेस वार्ता हुई।"]),
    ("डॉ.एस.जयशंकर ने कहा.", ["डॉ.एस.जयशंकर ने कहा."]),
    ("See example.com for details.", ["See example.com for details."]),
])
def test_sentences_split_when_space_after_stop_is_missing(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("शीर्षक बिना विराम\n\nपहला वाक्य है।", ["शीर्षक बिना विराम", "पहला वाक्य है।"]),
    ("एक लंबा वाक्य जो\nअगली पंक्ति में चलता है।", ["एक लंबा वाक्य जो\nअगली पंक्ति में चलता है।"]),
])
def test_sentences_break_at_blank_lines_only(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_sentences_empty_text_has_none(text):
    assert split_sentences(text) == []
