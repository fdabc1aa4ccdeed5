"""Each predicate row's own example, run through the whole pipeline, should code the row's CAMEO code.

The data-file tests check that a pattern occurs in its example; this one checks that the example is
coded. Not every row passes yet: most of the misses have a target the KB does not know as an actor
("अंतरराष्ट्रीय समुदाय", "the Global South") or a code the coder changes on purpose. The floors below
are today's shares (2026-11-27, end of the second session: Hindi 593/610, English 645/683) and may only go up.
"""

from __future__ import annotations

import functools

import pytest

from sambandh import analyze
from sambandh.datafiles import load_table
from sambandh.events.lexicon import NO_EVENT

FLOORS = {"hi": 0.97, "en": 0.94}


@functools.cache
def _coded_share(lang: str) -> tuple[float, list[tuple[str, str]]]:
    rows = [r for r in load_table("sambandh.events", f"predicates_{lang}") if r.get("example") and r["cameo"] != NO_EVENT]
    missed = [(r["cameo"], r["example"]) for r in rows
              if r["cameo"] not in {e.cameo for e in analyze(r["example"], language=lang,
                                                             published="2024-06-01").events}]
    return 1 - len(missed) / len(rows), missed


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_lexicon_examples_code_their_own_rows(lang):
    share, missed = _coded_share(lang)
    assert share >= FLOORS[lang], f"{len(missed)} rows' examples not coded as their row, e.g. {missed[:5]}"


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_lexicon_no_event_rows_examples_code_nothing(lang):
    rows = [r for r in load_table("sambandh.events", f"predicates_{lang}") if r["cameo"] == NO_EVENT]
    coded = [(r["pattern"], [e.cameo for e in analyze(r["example"], language=lang, published="2024-06-01").events])
             for r in rows]
    assert not [c for c in coded if c[1]], coded
