"""context_cues.tsv: the cue words of provisional names, coreference and titled English names."""

from entities.linking import linked

from sambandh.entities.provisional import cues

KINDS = {"title", "genitive", "place_noun", "org_noun", "pronoun", "pronoun_oblique", "ergative", "clause",
         "name_particle", "calendar"}


def test_context_cues_kinds_are_known_and_filled():
    assert set(cues()) == KINDS
    assert all(cues()[kind] for kind in KINDS)


def test_context_cues_english_words_are_lower_case():
    assert all(w == w.lower() and w.isascii() for kind in ("name_particle", "calendar") for w in cues()[kind])


def test_context_cues_a_name_particle_stays_inside_a_titled_name():
    # a name the KB lacks, after an office: the actor is the office's country, and covers the whole name
    article = linked("Kuwaiti Foreign Minister Abdullah Ali al Yahya visited New Delhi in 2024.")
    assert ("Kuwaiti Foreign Minister Abdullah Ali al Yahya", "KWTGOV") in {(a.text, a.code) for a in article.actors}
