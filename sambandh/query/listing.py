"""Pages of stored articles and events, filtered by date, actor, event code and language.

These are what ``GET /articles`` and ``GET /events`` serve. Every filter is a bound parameter,
never pasted into SQL. Orderings are total (newest first, ties by id), so paging is stable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import E048, StoreError
from ..store import Store

__all__ = ["Page", "articles_page", "events_page"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One page of results: the items, how many match in all, and where the next page starts."""

    items: tuple[dict[str, Any], ...]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        end = self.offset + len(self.items)
        return end if end < self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"items": list(self.items), "total": self.total, "limit": self.limit, "offset": self.offset,
                "next_offset": self.next_offset}


# An actor filter matches an entity id, a CAMEO actor code (RUSMIL) or a country code (RUS).
_EVENT_FILTERS = """
    (?::DATE IS NULL OR e.date >= ?::DATE) AND (?::DATE IS NULL OR e.date <= ?::DATE)
    AND (?::VARCHAR IS NULL OR ?::VARCHAR IN (e.source_entity, e.target_entity, e.source_code, e.target_code,
                                             e.source_country, e.target_country))
    AND (?::VARCHAR IS NULL OR starts_with(e.cameo, ?::VARCHAR))
    AND (?::INTEGER IS NULL OR e.quad_class = ?::INTEGER)
    AND (?::VARCHAR IS NULL OR e.plover = ?::VARCHAR)
    AND (?::VARCHAR IS NULL OR e.article_id = ?::VARCHAR)
"""


def events_page(store: Store, *, limit: int, offset: int = 0, since: date | None = None,
                until: date | None = None, actor: str | None = None, cameo: str | None = None,
                quad_class: int | None = None, plover: str | None = None,
                article: str | None = None) -> Page:
    """Returns a page of stored events, newest first (undated last, ties by id).

    Each item is the event's contract dict (``Event.to_dict()``) with ``article_id``,
    ``article_title`` and ``sentence_text`` added.

    Args:
        limit: items per page.
        offset: items to skip.
        since, until: event dates, inclusive.
        actor: an entity id, CAMEO actor code or country code, as source or target.
        cameo: a CAMEO event code or prefix (``04`` is every consultation).
        quad_class: 1-4.
        plover: a PLOVER event type (``CONSULT``).
        article: only this article's events.

    Raises:
        StoreError: the read failed ([E041]), or a stored article cannot be rebuilt ([E048]).
    """
    params = [since, since, until, until, actor, actor, cameo, cameo, quad_class, quad_class, plover, plover,
              article, article]
    ((total,),) = store.sql(f"SELECT count(*) FROM events e WHERE {_EVENT_FILTERS}", params)
    rows = store.sql(f"""
        SELECT e.id, e.article_id, a.title, s.text, a."json"->'$.events' AS events
        FROM events e
        LEFT JOIN articles a ON a.id = e.article_id
        LEFT JOIN sentences s ON s.article_id = e.article_id AND s.id = e.sentence
        WHERE {_EVENT_FILTERS}
        ORDER BY e.date DESC NULLS LAST, e.id
        LIMIT ? OFFSET ?""", [*params, limit, offset])
    items = []
    for event_id, article_id, title, sentence, events_json in rows:
        try:
            stored = {data["id"]: data for data in json.loads(events_json or "[]")}
            data = stored[event_id]
        except (KeyError, TypeError, ValueError) as err:
            raise StoreError(E048.format(id=article_id, reason=repr(err))) from err
        items.append({**data, "article_id": article_id, "article_title": title, "sentence_text": sentence})
    return Page(items=tuple(items), total=total, limit=limit, offset=offset)


_ARTICLE_FILTERS = """
    (?::DATE IS NULL OR a.published >= ?::DATE) AND (?::DATE IS NULL OR a.published <= ?::DATE)
    AND (?::VARCHAR IS NULL OR a.language = ?::VARCHAR)
    AND (?::VARCHAR IS NULL OR a.id IN (
        SELECT m.article_id FROM mentions m WHERE m.entity_id = ?::VARCHAR
        UNION SELECT ev.article_id FROM events ev
        WHERE ?::VARCHAR IN (ev.source_entity, ev.target_entity, ev.source_code, ev.target_code,
                             ev.source_country, ev.target_country)))
"""


def articles_page(store: Store, *, limit: int, offset: int = 0, since: date | None = None,
                  until: date | None = None, language: str | None = None, actor: str | None = None) -> Page:
    """Returns a page of stored articles, newest first (undated last, ties by id).

    Each item holds the article's ``id``, ``title``, ``summary``, ``published``, ``language``,
    ``source`` and its number of ``events``.

    Args:
        limit: items per page.
        offset: items to skip.
        since, until: publication dates, inclusive.
        language: ``hi`` or ``en``.
        actor: an entity the article mentions, or an entity id, CAMEO actor code or country code
            taking part in one of its events.

    Raises:
        StoreError: the read failed ([E041]).
    """
    params = [since, since, until, until, language, language, actor, actor, actor]
    ((total,),) = store.sql(f"SELECT count(*) FROM articles a WHERE {_ARTICLE_FILTERS}", params)
    rows = store.sql(f"""
        SELECT a.id, a.title, a.summary, a.published, a.language, d.path, d.url, d.format, d.record,
               (SELECT count(*) FROM events ev WHERE ev.article_id = a.id)
        FROM articles a LEFT JOIN documents d ON d.id = a.id
        WHERE {_ARTICLE_FILTERS}
        ORDER BY a.published DESC NULLS LAST, a.id
        LIMIT ? OFFSET ?""", [*params, limit, offset])
    items = []
    for id_, title, summary, published, lang, path, url, fmt, record, events in rows:
        source: dict[str, Any] = {"path": path, "url": url, "format": fmt}
        if record is not None:
            source["record"] = record
        items.append({"id": id_, "title": title, "summary": summary,
                      "published": published.isoformat() if published else None, "language": lang,
                      "source": source, "events": events})
    return Page(items=tuple(items), total=total, limit=limit, offset=offset)
