"""Events as the world saw them: clusters of reports, each with its mentions, articles and evidence.

Ten articles reporting one visit are ten stored event rows and one *event* here (see
``sambandh.store.clusters``): :func:`event_clusters` lists events newest first, each with how many
reports (``mentions``) and articles state it and the sentence of its most confident report.
:func:`evidence` fetches the report lines (event, sentence, article title) for given event ids;
the other query modules use it to back every number with text.

Signatures, for the API: ``event_clusters(store, *, actor=None, other=None, since=None, until=None,
cameo=None, limit=20, offset=0)``; ``evidence(store, event_ids)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..store import Store
from ..store.clusters import cluster_id
from .actors import QueryActor, actor_sql, as_actor
from .report import EventRow

__all__ = ["EventCluster", "cluster_details", "dyad_sql", "event_clusters", "evidence", "window_sql"]


def window_sql(since: date | None, until: date | None, *, column: str = "e.date") -> tuple[str, list[Any]]:
    """Returns the condition that ``column`` lies in ``[since, until]`` (either end open) and its parameters.

    With neither end given, every row passes, undated ones too; with one, undated rows are left out.
    """
    parts: list[str] = []
    params: list[Any] = []
    if since is not None:
        parts.append(f"{column} >= ?")
        params.append(since)
    if until is not None:
        parts.append(f"{column} <= ?")
        params.append(until)
    return (" AND ".join(parts) or "TRUE"), params


def dyad_sql(a: QueryActor, b: QueryActor | None, *, alias: str = "e.") -> tuple[str, list[Any]]:
    """Returns the condition that an event is between ``a`` and ``b`` in either direction (or involves
    ``a`` at all when ``b`` is ``None``), and its parameters."""
    a_src, p1 = actor_sql(a, "source", alias=alias)
    a_tgt, p2 = actor_sql(a, "target", alias=alias)
    if b is None:
        return f"({a_src} OR {a_tgt})", [*p1, *p2]
    b_src, p3 = actor_sql(b, "source", alias=alias)
    b_tgt, p4 = actor_sql(b, "target", alias=alias)
    return f"(({a_src} AND {b_tgt}) OR ({b_src} AND {a_tgt}))", [*p1, *p4, *p3, *p2]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCluster:
    """One event, however many articles report it: when, what, who, how often, and what says so."""

    id: str
    """The cluster id (``sb:ev-`` and 16 hex digits)."""
    first: date | None
    last: date | None
    mentions: int
    """Reports of this event (stored event rows) among those the query selected."""
    articles: int
    evidence: EventRow
    """The most confident report: its actors, code, sentence and article."""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "first": _iso(self.first), "last": _iso(self.last), "mentions": self.mentions,
                "articles": self.articles, "event": self.evidence.to_dict()}

    def row(self) -> dict[str, Any]:
        """The flat row of a CSV export."""
        e = self.evidence
        return {"id": self.id, "first": _iso(self.first), "last": _iso(self.last), "cameo": e.cameo,
                "label": e.label, "quad_class": e.quad_class, "goldstein": e.goldstein,
                "source": e.source_name, "source_code": e.source_code, "target": e.target_name,
                "target_code": e.target_code, "mentions": self.mentions, "articles": self.articles,
                "evidence": e.sentence or e.evidence, "title": e.title, "event_id": e.id,
                "article_id": e.article_id}


def evidence(store: Store, event_ids: Sequence[str]) -> list[EventRow]:
    """Returns the report line of each event id, in the order given; unknown ids are left out."""
    if not event_ids:
        return []
    wanted = sorted(set(event_ids))
    # literal lists of parameters, so that DuckDB looks the keys up in the indexes rather than scanning
    rows = store.sql(f"""
        SELECT id, article_id, date, cameo, label, quad_class, goldstein, source_name, source_code, target_name,
               target_code, evidence_text, sentence
        FROM events WHERE id IN ({", ".join("?" for _ in wanted)})""", wanted)
    articles = sorted({row[1] for row in rows})
    marks = ", ".join("?" for _ in articles)
    titles = dict(store.sql(f"SELECT id, title FROM articles WHERE id IN ({marks})", articles)) if articles else {}
    texts = {(article_id, n): text for article_id, n, text in store.sql(
        f"SELECT article_id, id, text FROM sentences WHERE article_id IN ({marks})", articles)} if articles else {}
    found = {
        row[0]: EventRow(id=row[0], article_id=row[1], date=row[2], cameo=row[3], label=row[4], quad_class=row[5],
                         goldstein=row[6], source_name=row[7], source_code=row[8], target_name=row[9],
                         target_code=row[10], evidence=row[11], title=titles.get(row[1]),
                         sentence=texts.get((row[1], row[12])))
        for row in rows
    }
    return [found[i] for i in event_ids if i in found]


def event_clusters(store: Store, *, actor: str | QueryActor | None = None, other: str | QueryActor | None = None,
                   since: date | None = None, until: date | None = None, cameo: str | None = None,
                   limit: int = 20, offset: int = 0) -> list[EventCluster]:
    """Returns events (clusters of reports), newest first, with their counts and best evidence.

    Args:
        store: the store.
        actor: only events this actor takes part in (a name, code or id; see ``resolve_actor``).
        other: with ``actor``, only events between the two, either direction.
        since, until: only events dated in this range (inclusive).
        cameo: only events whose CAMEO code starts with this (``"04"`` for every consultation).
        limit, offset: the page of results.

    Raises:
        InputError: an actor is unknown ([E071]).
        StoreError: the read failed.
    """
    conditions: list[str] = []
    params: list[Any] = []
    if actor is not None:
        a = as_actor(store, actor)
        b = as_actor(store, other) if other is not None else None
        sql, values = dyad_sql(a, b)
        conditions.append(sql)
        params.extend(values)
    window, values = window_sql(since, until)
    conditions.append(window)
    params.extend(values)
    if cameo:
        conditions.append("starts_with(e.cameo, ?)")
        params.append(cameo)
    # the page of clusters first, cheaply; then their counts and best report
    where = " AND ".join(conditions)
    # the page of clusters first, cheaply; then their counts and best report
    page = [row[0] for row in store.sql(f"""
        SELECT e.cluster, min(e.date) AS first FROM event_facts e WHERE {where}
        GROUP BY e.cluster ORDER BY first DESC NULLS LAST, e.cluster LIMIT ? OFFSET ?""", [*params, limit, offset])]
    return cluster_details(store, page, where=where, params=params)


def cluster_details(store: Store, clusters: Sequence[int], *, where: str = "TRUE",
                    params: Sequence[Any] = ()) -> list[EventCluster]:
    """Returns the given clusters (by number), in that order, counting only the reports that meet
    ``where`` (an SQL condition on ``event_facts e``, with its ``params``)."""
    if not clusters:
        return []
    rows = store.sql(f"""
        SELECT e.cluster, min(e.date) AS first, max(e.date) AS last,
               count(*) AS mentions, count(DISTINCT e.article_id) AS articles,
               arg_min(e.event_id, row(-coalesce(e.confidence, 0), coalesce(e.date, DATE '9999-12-31'),
                                       e.event_id)) AS best
        FROM event_facts e
        WHERE list_contains(?::UBIGINT[], e.cluster) AND {where}
        GROUP BY e.cluster""", [list(clusters), *params])
    lines = {row.id: row for row in evidence(store, [row[5] for row in rows])}
    found = {cluster: EventCluster(id=cluster_id(cluster), first=first, last=last, mentions=mentions,
                                   articles=articles, evidence=lines[best])
             for cluster, first, last, mentions, articles, best in rows if best in lines}
    return [found[c] for c in clusters if c in found]
