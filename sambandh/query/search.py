"""Full-text search over articles, Hindi and English alike, on sambandh's own inverted index.

The query is cut into words by :func:`sambandh.text.tokens.tokenize` and each word folded as the
index folded it (``sambandh.store.fulltext``), so "हिन्दी" finds "हिंदी", "क़तर" finds "कतर" and
"RUSSIA" finds "Russia". Articles are ranked by how many of the query's words they hold, then by
BM25 (:data:`BM25_K1`, :data:`BM25_B`); each hit carries the first sentence holding a query word.

Signature, for the API: ``search(store, text, *, since=None, until=None, language=None, limit=10,
offset=0)``; ``since``/``until`` bound the publication date.

Example::

    search(store, "उत्तर कोरिया रूस")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import E074, InputError
from ..store import Store
from ..text.tokens import tokenize
from .events import window_sql

__all__ = ["BM25_B", "BM25_K1", "E074", "SearchHit", "SearchResults", "search", "search_terms"]

BM25_K1 = 1.2
"""BM25 term-frequency saturation; the textbook value (Robertson & Zaragoza 2009), not tuned here."""

BM25_B = 0.75
"""BM25 length normalisation; the textbook value."""

MAX_TERMS = 32
"""Words of a query beyond this many are ignored: a query is not a document."""



def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """One article found: what it is, how well it matched, and a sentence that shows why."""

    article_id: str
    title: str | None
    published: date | None
    language: str | None
    score: float
    matched: int
    """How many of the query's distinct words the article holds."""
    snippet: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "published": _iso(self.published),
                "language": self.language, "score": self.score, "matched": self.matched, "snippet": self.snippet}

    def row(self) -> dict[str, Any]:
        return self.to_dict()


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchResults:
    """The hits of one query, best first, with the folded terms searched for."""

    query: str
    terms: tuple[str, ...]
    total: int
    """Articles holding at least one term (within the filters), of which ``hits`` is one page."""
    hits: tuple[SearchHit, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "terms": list(self.terms), "total": self.total,
                "hits": [h.to_dict() for h in self.hits]}

    def rows(self) -> list[dict[str, Any]]:
        return [h.row() for h in self.hits]


def search_terms(text: str) -> tuple[str, ...]:
    """Returns the distinct folded terms of a query, in order of first appearance.

    Example: ``search_terms("हिन्दी समाचार")`` → ``("हिंदी", "समाचार")``.
    """
    seen: dict[str, None] = {}
    for token in tokenize(text):
        if token.key:
            seen.setdefault(token.key, None)
    return tuple(seen)[:MAX_TERMS]


def search(store: Store, text: str, *, since: date | None = None, until: date | None = None,
           language: str | None = None, limit: int = 10, offset: int = 0) -> SearchResults:
    """Returns the articles that best match ``text``, best first.

    Args:
        store: the store.
        text: the query, in any script; every word counts, none is required.
        since, until: only articles published in this range (inclusive).
        language: only articles in this language (``hi``, ``en``).
        limit, offset: the page of results.

    Raises:
        InputError: the query has no words ([E074]).
        StoreError: the read failed.
    """
    terms = search_terms(text)
    if not terms:
        raise InputError(E074.format(text=text))
    window, window_params = window_sql(since, until, column="a.published")
    filters = f"{window} AND (? IS NULL OR a.language = ?)"
    filtered = since is not None or until is not None or language is not None
    placeholders = ", ".join("?" for _ in terms)
    rows = store.sql(f"""
        WITH t AS (SELECT term, article_id, tf FROM search_terms WHERE term IN ({placeholders})),
        df AS (SELECT term, count(*) AS df FROM t GROUP BY term),
        n AS (SELECT count(*) AS n, avg(length) AS avgdl FROM search_docs),
        scored AS (
            SELECT t.article_id, count(*) AS matched,
                   sum(ln(1 + (n.n - df.df + 0.5) / (df.df + 0.5))
                       * t.tf * ({BM25_K1} + 1) / (t.tf + {BM25_K1} * (1 - {BM25_B} + {BM25_B} * d.length / n.avgdl)))
                       AS score
            FROM t JOIN df USING (term) JOIN search_docs d USING (article_id) CROSS JOIN n
            GROUP BY t.article_id
        ),
        kept AS (
            SELECT s.*, a.title, a.published, a.language FROM scored s
            {"JOIN articles a ON a.id = s.article_id WHERE " + filters if filtered else
             "LEFT JOIN articles a ON a.id = s.article_id"}
        )
        SELECT article_id, title, published, language, score, matched, count(*) OVER () AS total
        FROM kept ORDER BY matched DESC, score DESC, article_id LIMIT ? OFFSET ?""",
                     [*terms, *((*window_params, language, language) if filtered else ()), limit, offset])
    snippets = _snippets(store, [row[0] for row in rows], terms)
    hits = tuple(SearchHit(article_id=r[0], title=r[1], published=r[2], language=r[3], score=round(r[4], 3),
                           matched=r[5], snippet=snippets.get(r[0])) for r in rows)
    return SearchResults(query=text, terms=terms, total=rows[0][6] if rows else 0, hits=hits)


def _snippets(store: Store, article_ids: list[str], terms: tuple[str, ...]) -> dict[str, str]:
    """The first sentence of each article that holds a query term, else its first sentence."""
    if not article_ids:
        return {}
    wanted = set(terms)
    found: dict[str, str] = {}
    first: dict[str, str] = {}
    for article_id, text in store.sql("""
            SELECT article_id, text FROM sentences WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
            ORDER BY article_id, id""", [article_ids]):
        first.setdefault(article_id, text)
        if article_id not in found and any(token.key in wanted for token in tokenize(text or "")):
            found[article_id] = text
    return {article_id: found.get(article_id) or first[article_id] for article_id in first}
