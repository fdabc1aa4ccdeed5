"""Indian institutions (``kb/data/organizations_india.tsv``) through the linker, and words that must stay words."""

import pytest

from tests.entities.linking import linked


def _codes(article):
    return {e.id: e.code for e in article.entities}


@pytest.mark.parametrize("sentence,entity_id,code", [
    ("भारतीय उद्योग परिसंघ ने बजट का स्वागत किया।", "sb:org-cii", "INDBUS"),
    ("आईसीएमआर ने नई जांच को मंजूरी दी।", "sb:org-icmr", "INDHLH"),
    ("दिल्ली विश्वविद्यालय में परीक्षा टल गई।", "sb:org-delhi-university", "INDEDU"),
    ("केंद्रीय स्वास्थ्य मंत्रालय ने आंकड़े जारी किए।", "sb:org-ministry-health-india", "INDGOV"),
    ("तीस हजारी कोर्ट ने जमानत दे दी।", "sb:org-tis-hazari-court", "INDJUD"),
    ("गुजरात एटीएस ने दो लोगों को पकड़ा।", "sb:org-gujarat-ats", "INDCOP"),
    ("भारतीय स्टेट बैंक ने ब्याज दरें घटाईं।", "sb:org-sbi", "INDBUS"),
    ("सेबी और एनसीएलटी ने सुनवाई की।", "sb:org-nclt", "INDJUD"),
    ("अफ्रीकन डेवलपमेंट बैंक ने कर्ज दिया।", "sb:org-afdb", "IGOAFRDEVAFB"),
])
def test_linker_institutions_link_with_their_code(sentence, entity_id, code):
    assert _codes(linked(sentence)).get(entity_id) == code


@pytest.mark.parametrize("sentence,entity_id", [
    # another word for "and" than the data file's (name_conjunctions.tsv)
    ("पेयजल तथा स्वच्छता विभाग ने काम शुरू किया।", "sb:org-ddws"),
    ("स्वास्थ्य व परिवार कल्याण मंत्रालय ने कहा।", "sb:org-ministry-health-india"),
])
def test_linker_institutions_match_with_another_conjunction(sentence, entity_id):
    assert entity_id in _codes(linked(sentence))


@pytest.mark.parametrize("sentence", [
    "आयोग ने अपनी रिपोर्ट सौंप दी।",
    "विभाग के अधिकारी मौके पर पहुंचे।",
    "बोर्ड की बैठक कल होगी।",
    "जेल की सेल में दो कैदी थे।",
    "हम एक बार फिर ट्राई करेंगे।",
    "जियो और जीने दो।",
    "राजस्व विभाग ने नोटिस भेजा।",
])
def test_linker_institutions_common_words_are_no_organisations(sentence):
    assert not [e for e in linked(sentence).entities if e.type == "organization"]


def test_linker_institutions_another_countrys_ministry_is_not_indias():
    codes = _codes(linked("चीन के वित्त मंत्रालय ने नए नियम जारी किए।"))
    assert "sb:org-ministry-finance-india" not in codes
