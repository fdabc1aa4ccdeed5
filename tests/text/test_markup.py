"""The visible words of HTML fragments."""

from sambandh.text.markup import markup_text


def test_markup_text_removes_tags_and_decodes_entities():
    assert markup_text("<a href='/x'>Talks <b>end</b>\n in&nbsp;Doha &amp; Cairo</a>") == "Talks end in Doha & Cairo"


def test_markup_text_can_join_across_inline_tags():
    assert markup_text("on <b>Tuesday</b>.", tags_as_spaces=False) == "on Tuesday."
    assert markup_text("on <b>Tuesday</b>.") == "on Tuesday ."
