"""Vowel-length spelling variants of Hindi country and place names (``kb/base.py``)."""

import pytest

from sambandh.entities.matcher import matcher_for
from sambandh.kb.base import builtin, spelling_variants


def test_spelling_variants_change_one_vowel_length_or_drop_an_inner_aa():
    assert "ग़ज़ा" in spelling_variants("ग़ाज़ा")
    assert {"लिबिया", "लीबीया"} <= spelling_variants("लीबिया")
    assert "इरान" in spelling_variants("ईरान")
    assert "सन" not in spelling_variants("सना")  # a final "ा" is the word's ending


@pytest.mark.parametrize("text,target", [
    ("इसराइल ने ग़ज़ा पर हमला किया", "sb:place-gaza"),
    ("इसराइल ने गज़ा पर हमला किया", "sb:place-gaza"),
    ("अमेरिका ने लिबिया पर प्रतिबंध लगाए", "sb:country-lby"),
    ("इरान ने कहा", "sb:country-irn"),
])
def test_spelling_variants_link_to_their_place(text, target):
    matches = matcher_for(builtin()).find(text)
    assert any(a.target == target for m in matches for a in m.aliases), [(m.text, m.aliases) for m in matches]


@pytest.mark.parametrize("text", ["सन 1947 में", "घना कोहरा छाया", "ढका हुआ", "भरत ने कहा", "कुत्ते की पूंछ"])
def test_spelling_variants_leave_ordinary_words_alone(text):
    matches = matcher_for(builtin()).find(text)
    kinds = {a.target for m in matches for a in m.aliases}
    assert not any(t.startswith(("sb:place", "sb:country")) for t in kinds), kinds
