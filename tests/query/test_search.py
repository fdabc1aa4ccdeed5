from datetime import date

import pytest
from query.newsroom import newsroom

from sambandh.errors import InputError
from sambandh.query.search import search, search_terms
from sambandh.store.fulltext import article_terms


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


@pytest.mark.parametrize("query,expected", [
    ("हिन्दी समाचार", ("हिंदी", "समाचार")),
    ("Russia, RUSSIA!", ("russia",)),
    ("क़तर", ("कतर",)),
])
def test_search_terms_fold_the_query(query, expected):
    assert search_terms(query) == expected


def test_search_index_counts_title_words_twice():
    counts = article_terms("रूस", None, [], ["रूस और चीन"])
    assert counts["रूस"] == 3
    assert counts["चीन"] == 1


def test_search_finds_hindi_spelling_variants(store):
    # the title of article 6 writes हिन्दी; the query writes हिंदी
    found = search(store, "हिंदी")
    assert [h.article_id for h in found.hits] == ["art6"]


def test_search_ranks_by_terms_matched_then_bm25(store):
    found = search(store, "उत्तर कोरिया शोइगु")
    assert found.total == 3
    assert [(h.article_id, h.matched) for h in found.hits] == [("art1", 3), ("art3", 2), ("art2", 1)]
    assert "उत्तर कोरिया" in found.hits[0].snippet
    assert "शोइगु" in found.hits[2].snippet


def test_search_filters_and_pages(store):
    assert search(store, "भारत", since=date(2025, 5, 9)).total == 1
    assert search(store, "भारत", language="en").total == 0
    everything = search(store, "भारत")
    page = search(store, "भारत", limit=1, offset=1)
    assert page.hits[0].article_id == everything.hits[1].article_id


def test_search_without_words_is_an_error(store):
    with pytest.raises(InputError, match="E074"):
        search(store, " ,। ")


def test_search_index_adds_entity_names_in_every_script_as_often_as_mentioned():
    entity = {"name": "Sergei Shoigu", "names": {"hi": ["सर्गेई शोइगु"], "en": ["Shoigu"]},
              "mentions": [{"text": "शोइगु"}, {"text": "शोइगु"}, {"text": "सर्गेई शोइगु"}]}
    counts = article_terms(None, None, [], ["शोइगु प्योंगयांग पहुंचे"], [entity])
    assert counts["shoigu"] == 3 and counts["sergei"] == 3
    assert counts["शोइगु"] == 3  # the text's own count (1) is raised to the mentions, not added to
    assert counts["प्योंगयांग"] == 1


def test_search_finds_a_hindi_article_by_an_english_name(tmp_path):
    from pathlib import Path

    from sambandh.scale.ingest import ingest
    from sambandh.store import Store

    example = Path(__file__).resolve().parents[2] / "examples" / "hi" / "shoigu-kim-pyongyang-2023.md"
    ingest([example], tmp_path / "s.duckdb", workers=1)
    with Store.open(tmp_path / "s.duckdb", read_only=True) as opened:
        hits = search(opened, "Shoigu").hits
        assert len(hits) == 1 and hits[0].language == "hi"
        assert search(opened, "Pyongyang").total == 1
