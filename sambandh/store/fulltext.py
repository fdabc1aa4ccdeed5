"""The full-text index: an inverted index of folded word tokens, built by sambandh itself.

DuckDB's ``fts`` extension needs a download, and its stemmers know no Hindi; this index is two
plain tables. ``search_terms`` holds one row per (term, article) with the term's frequency;
``search_docs`` one row per indexed article with its length in tokens. Terms are the keys of
:func:`sambandh.text.tokens.tokenize`, that is :func:`sambandh.text.normalize.fold` of each word,
so that "हिन्दी"/"हिंदी", "क़तर"/"कतर" and "Russia"/"russia" index alike. The same function
turns a search query into terms (``sambandh.query.search``).

The store reaches ``sambandh.text`` here, and only here: the index keys must be exactly the
keys the query side computes.

An article is also indexed under the names of the entities linked in it, in every script the
knowledge base gives them (``names`` of the contract's entities), as often as the entity is
mentioned: a Hindi article that says "शोइगु" is found by "Shoigu", and an English one about
Putin by "पुतिन". The words come from the linker's decisions, so "चीनी" the sugar adds nothing.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping

import duckdb

from ..text.tokens import tokenize

__all__ = ["INDEX_BATCH", "TITLE_WEIGHT", "article_terms", "refresh"]

log = logging.getLogger(__name__)

TITLE_WEIGHT = 2
"""A title word counts this many times: a match in the headline says more than one in the body."""

INDEX_BATCH = 2000
"""Articles tokenised per read while catching up; bounds memory on a large store."""


def article_terms(title: str | None, summary: str | None, headings: Iterable[str],
                  paragraphs: Iterable[str], entities: Iterable[Mapping] = ()) -> Counter[str]:
    """Returns the folded terms of one article and their counts (title words :data:`TITLE_WEIGHT` times).

    ``entities`` are the article's linked entities as in the contract (``name``, ``names``,
    ``mentions``): each word of their names counts at least as often as the entity is mentioned.

    Example: ``article_terms("रूस और उत्तर कोरिया", None, [], ["हिन्दी"])`` counts ``"हिंदी"`` once.
    """
    counts: Counter[str] = Counter()
    for token in tokenize(title or ""):
        counts[token.key] += TITLE_WEIGHT
    for text in (summary or "", *headings, *paragraphs):
        counts.update(token.key for token in tokenize(text))
    for entity in entities:
        mentioned = len(entity.get("mentions") or ()) or 1
        for word in _name_words(entity):
            counts[word] = max(counts[word], mentioned)
    counts.pop("", None)
    return counts


def _name_words(entity: Mapping) -> set[str]:
    names = [entity.get("name") or ""]
    for spelled in (entity.get("names") or {}).values():
        names.extend(spelled)
    return {token.key for name in names for token in tokenize(name) if token.key}


def _entities(article_json: str | None) -> list[Mapping]:
    if not article_json:
        return []
    try:
        entities = json.loads(article_json).get("entities")
    except (ValueError, AttributeError):
        return []
    return [e for e in entities if isinstance(e, dict)] if isinstance(entities, list) else []


def refresh(conn: duckdb.DuckDBPyConnection, *, rebuild: bool = False) -> int:
    """Indexes the stored articles not yet in the index; returns how many were indexed.

    The caller holds the transaction.

    Args:
        conn: an open connection to a migrated store.
        rebuild: drop the index and build it again from every article.
    """
    if rebuild:
        conn.execute("DELETE FROM search_terms")
        conn.execute("DELETE FROM search_docs")
    todo = [row[0] for row in conn.execute("""
        SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id)
        ORDER BY id""").fetchall()]
    for start in range(0, len(todo), INDEX_BATCH):
        ids = todo[start:start + INDEX_BATCH]
        rows = conn.execute("""
            SELECT id, title, summary, headings, paragraphs, json FROM articles
            WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id""", [ids]).fetchall()
        terms: list[str] = []
        articles: list[str] = []
        tfs: list[int] = []
        lengths: list[int] = []
        for article_id, title, summary, headings, paragraphs, article_json in rows:
            counts = article_terms(title, summary, headings or (), paragraphs or (), _entities(article_json))
            for term, tf in sorted(counts.items()):
                terms.append(term)
                articles.append(article_id)
                tfs.append(tf)
            lengths.append(sum(counts.values()))
        conn.execute("INSERT INTO search_terms (term, article_id, tf) "
                     "SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[])",
                     [terms, articles, tfs])
        conn.execute("INSERT INTO search_docs (article_id, length) "
                     "SELECT unnest(?::VARCHAR[]), unnest(?::INTEGER[])", [[r[0] for r in rows], lengths])
    if todo:
        log.info("indexed %d articles for search", len(todo))
    return len(todo)

