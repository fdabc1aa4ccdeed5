"""Traps: "चीनी" the sugar, "कांग्रेस" the US Congress, "कम्युनिस्ट पार्टी" by context, "नाम" never a name."""

from entities.linking import linked

from sambandh.entities import traps
from sambandh.kb.base import builtin
from sambandh.model import Article

CHINA = "sb:country-chn"
INC = "Q10225"
US_CONGRESS = "sb:org-us-congress"


def ids(article: Article) -> set[str]:
    return {e.id for e in article.entities}


def test_table_is_well_formed():
    kb = builtin()
    table = traps.traps()
    assert table
    for found in table.values():
        for trap in found:
            assert trap.sense in traps.SENSES
            if trap.sense == "target":
                assert kb.entity(trap.target) is not None, trap.target


def test_sugar_is_not_china():
    assert CHINA not in ids(linked("बाज़ार में चीनी के दाम फिर बढ़ गए हैं."))
    assert CHINA not in ids(linked("दुकानदार ने दो किलो चीनी तौल दी."))
    assert CHINA not in ids(linked("ज़िले की चीनी मिल तीन महीने से बंद है."))
    assert CHINA not in ids(linked("किसानों ने गन्ने का बकाया मांगा और कहा कि चीनी सस्ती नहीं होगी."))


def test_chinese_stays_china():
    assert CHINA in ids(linked("चीनी विदेश मंत्री ने सोमवार को बयान जारी किया."))
    assert CHINA in ids(linked("चीनी सेना ने सीमा पर अभ्यास किया."))


def test_congress_indian_by_default():
    article = linked("कांग्रेस ने भाजपा सरकार पर महंगाई को लेकर हमला बोला.")
    assert INC in ids(article) and US_CONGRESS not in ids(article)


def test_congress_american_in_context():
    article = linked("सीनेट में बहस के बाद कांग्रेस ने रक्षा बजट को मंज़ूरी दी.")
    assert US_CONGRESS in ids(article) and INC not in ids(article)
    mention = next(e for e in article.entities if e.id == US_CONGRESS).mentions[0]
    assert mention.how == "context"
    assert US_CONGRESS in ids(linked("रिपब्लिकन सांसदों ने विरोध किया.", "कांग्रेस में बिल अटका रहा."))
    assert US_CONGRESS in ids(linked("After a long debate in the Senate, Congress passed the budget."))


def test_indian_context_cancels_american_cues():
    article = linked("राहुल गांधी की अमेरिका यात्रा पर कांग्रेस ने बयान दिया.")
    assert INC in ids(article) and US_CONGRESS not in ids(article)


def test_communist_party_by_context():
    assert "sb:org-cpc" in ids(linked("चीनी राष्ट्रपति के दौरे से पहले कम्युनिस्ट पार्टी की बैठक हुई."))
    assert "sb:org-cpc" not in ids(linked("केरल में कम्युnिस्ट पार्टी ने रैली की.".replace("n", "न")))
    assert "sb:org-cpc" not in ids(linked("कम्युनिस्ट पार्टी ने चुनाव की तैयारी शुरू की."))


def test_common_words_are_never_names():
    assert "नाम" in {w for w in traps.common_words()}
    article = linked("उस गांव का नाम बदल दिया गया.")
    assert not [e for e in article.entities if e.id.startswith("sb:provisional-")]


def test_resolve_reads_before_and_after():
    from sambandh.text.tokens import tokenize

    text = "आधा किलो चीनी लाओ"
    start = text.index("चीनी")
    assert traps.resolve("चीनी", start, start + 4, tokenize(text)) == ("drop", None)
    text = "चीनी राजदूत आए"
    assert traps.resolve("चीनी", 0, 4, tokenize(text)) is None


def _actors(text: str) -> set[tuple[str, str | None]]:
    return {(a.text, a.code) for a in linked(text).actors}


def test_pti_is_imran_khans_party_in_pakistani_context_and_the_agency_otherwise():
    assert ("पीटीआई", "PAKPTY") in _actors("पुलिस ने लाहौर में पीटीआई के दर्जनों कार्यकर्ताओं को हिरासत में ले लिया।")
    assert ("पीटीआई", "PAKPTY") not in _actors("नई दिल्ली, 5 मार्च (पीटीआई) भारत ने पाकिस्तान की आलोचना की।")


def test_a_national_body_named_for_another_country_is_that_countrys():
    assert ("ब्राजील की सुप्रीम कोर्ट", "BRAJUD") in _actors("ब्राजील की सुप्रीम कोर्ट ने सितंबर 2025 में बोल्सोनारो को सजा सुनाई।")
    assert ("भारत की सुप्रीम कोर्ट", "INDJUD") in _actors("भारत की सुप्रीम कोर्ट ने सरकार से जवाब मांगा।")
