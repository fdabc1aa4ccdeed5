"""context_cues.tsv: the cue words of provisional names, coreference and titled English names."""

from entities.linking import linked

from sambandh.entities.provisional import cues

KINDS = {"title", "genitive", "place_noun", "org_noun", "pronoun", "pronoun_oblique", "ergative", "clause",
         "name_particle", "calendar", "name_end"}


def test_context_cues_kinds_are_known_and_filled():
    assert set(cues()) == KINDS
    assert all(cues()[kind] for kind in KINDS)


def test_context_cues_english_words_are_lower_case():
    assert all(w == w.lower() and w.isascii() for kind in ("name_particle", "calendar") for w in cues()[kind])


def test_context_cues_a_name_particle_stays_inside_a_titled_name():
    # a name the KB lacks, after an office: the actor is the office's country, and covers the whole name
    article = linked("Kuwaiti Foreign Minister Abdullah Ali al Yahya visited New Delhi in 2024.")
    assert ("Kuwaiti Foreign Minister Abdullah Ali al Yahya", "KWTGOV") in {(a.text, a.code) for a in article.actors}


def test_context_cues_a_name_between_a_title_and_a_case_marker_is_a_person():
    # the tagger need not know the name: the title before it and "को" after it say where it is
    article = linked("भारत ने बांग्लादेश के कार्यवाहक उच्चायुक्त नूरल इस्लाम को तलब किया।")
    people = [e for e in article.entities if e.type == "person"]
    assert [(e.name, e.country) for e in people] == [("नूरल इस्लाम", "BGD")]
    # an ordinary word after the title is no name ("प्रवक्ता ने")
    article = linked("अमेरिकी विदेश विभाग के प्रवक्ता ने आज चीन की आलोचना की।")
    assert not [e for e in article.entities if e.type == "person"]


def test_an_international_office_names_its_holder_without_a_country():
    # "संयुक्त राष्ट्र के महासचिव" needs no country: the office is the UN's, held in 2024 by António Guterres
    article = linked("संयुक्त राष्ट्र के महासचिव ने गाजा में संघर्ष विराम की अपील की।")
    assert ("António Guterres", "IGOUNO", "role") in [(a.name, a.code, a.how) for a in article.actors]
