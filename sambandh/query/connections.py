"""Connections: what links actor A to actor B, through which events, stated where.

The actor–event graph has the actors' nodes (a country, or an international body or entity with
none; see ``sambandh.store.clusters.NODE_SQL``) joined by events. :func:`connections` ranks the
paths between two actors in a time window:

* the **direct** link: events between A and B, either way; its score is their number (events are
  clusters of reports, so ten reports of one visit count once);
* **two-hop** paths A ↔ X ↔ B through a third node X: both hops must have events; the score is
  ``min(events A–X, events X–B) × proximity × VIA_WEIGHT``, where proximity ``1 / (1 + gap / 7)``
  rewards hops that happened close together (``gap``: days between the closest pair of events,
  one on each hop), so that "both delegations visited Pyongyang in the same week" ranks high.

Every hop carries its best events with the sentence and article that state them (for a two-hop
path, the closest pair first). Beside the paths come the **context** (other events of A or B
within :data:`CONTEXT_DAYS` of the direct link's events, those from the same articles first: "North
Korea ↔ Russia meetings in the same week") and the **articles** whose events involve both actors,
with a sentence naming both where there is one.

Signature, for the API: ``connections(store, a, b, *, since=None, until=None, limit=5, evidence=3)``.

Example::

    connections(store, "North Korea", "चीन", since=date(2023, 7, 1), until=date(2023, 8, 31))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..store import Store
from ..store.clusters import cluster_id
from .actors import QueryActor, actor_sql, as_actor, node_names
from .events import EventCluster, evidence, window_sql

__all__ = ["CONTEXT_DAYS", "VIA_WEIGHT", "Connections", "Hop", "Path", "SharedArticle", "connections"]

VIA_WEIGHT = 0.5
"""A two-hop path counts half as much as a direct link with as many events: a link through a third
party is weaker than one without. Set by reading the bundled examples' paths; no gold data yet."""

CONTEXT_DAYS = 7
"""How close to a direct link's event another event of A or B must be to count as its context."""

PROXIMITY_DAYS = 7.0
"""The gap between two hops at which a path's proximity halves: "the same week"."""

NO_DATE_GAP = 365
"""The gap assumed when a hop has no dated event: as if a year apart."""

_BEST = "arg_min(id, row(-coalesce(confidence, 0), coalesce(date, DATE '9999-12-31'), id))"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Hop:
    """One edge of a path: the events between two nodes, with the best of them as evidence."""

    source: str
    source_name: str
    target: str
    target_name: str
    events: int
    mentions: int
    articles: int
    first: date | None
    last: date | None
    evidence: tuple[EventCluster, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "source_name": self.source_name, "target": self.target,
                "target_name": self.target_name, "events": self.events, "mentions": self.mentions,
                "articles": self.articles, "first": _iso(self.first), "last": _iso(self.last),
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True, slots=True, kw_only=True)
class Path:
    """A ranked path from A to B: one hop (direct) or two (through a third node)."""

    nodes: tuple[str, ...]
    names: tuple[str, ...]
    hops: tuple[Hop, ...]
    score: float
    gap_days: int | None
    """For a two-hop path, the days between the closest pair of events, one on each hop."""

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes), "names": list(self.names), "score": self.score,
                "gap_days": self.gap_days, "hops": [h.to_dict() for h in self.hops]}


@dataclass(frozen=True, slots=True, kw_only=True)
class SharedArticle:
    """An article that names both actors, with a sentence naming both when it has one."""

    article_id: str
    title: str | None
    published: date | None
    language: str | None
    sentence: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "published": _iso(self.published),
                "language": self.language, "sentence": self.sentence}


@dataclass(frozen=True, slots=True, kw_only=True)
class Connections:
    """What links ``a`` and ``b`` in ``[since, until]``: ranked paths, their context, shared articles."""

    a: QueryActor
    b: QueryActor
    since: date | None
    until: date | None
    paths: tuple[Path, ...]
    context: tuple[EventCluster, ...]
    articles: tuple[SharedArticle, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "since": _iso(self.since), "until": _iso(self.until),
                "paths": [p.to_dict() for p in self.paths], "context": [c.to_dict() for c in self.context],
                "articles": [a.to_dict() for a in self.articles]}

    def rows(self) -> list[dict[str, Any]]:
        """One flat row per piece of evidence on a path, for a CSV export."""
        out = []
        for rank, path in enumerate(self.paths, start=1):
            for step, hop in enumerate(path.hops, start=1):
                for cluster in hop.evidence:
                    out.append({"path": rank, "via": " ↔ ".join(path.names), "score": path.score, "hop": step,
                                "hop_events": hop.events, **cluster.row()})
        return out


def _clusters(store: Store, rows: list[tuple[Any, ...]]) -> dict[str, EventCluster]:
    """Event clusters from rows ``(cluster, first, last, mentions, articles, best event id)``."""
    lines = {line.id: line for line in evidence(store, [row[5] for row in rows])}
    return {row[0]: EventCluster(id=cluster_id(row[0]), first=row[1], last=row[2], mentions=row[3], articles=row[4],
                                 evidence=lines[row[5]]) for row in rows if row[5] in lines}


def connections(store: Store, a: str | QueryActor, b: str | QueryActor, *, since: date | None = None,
                until: date | None = None, limit: int = 5, evidence: int = 3) -> Connections:
    """Returns the ranked paths between ``a`` and ``b`` in ``[since, until]``, each hop with evidence.

    Args:
        store: the store.
        a, b: the actors: names in any language, codes or ids (see ``resolve_actor``), or resolved.
        since, until: only events dated in this range (inclusive); all time by default.
        limit: how many paths (the direct link included) and shared articles to return.
        evidence: how many events to show per hop, and how many context events.

    Raises:
        InputError: an actor is unknown ([E071]).
        StoreError: the read failed.
    """
    a, b = as_actor(store, a), as_actor(store, b)
    conds = [actor_sql(a, "source", alias="e."), actor_sql(a, "target", alias="e."),
             actor_sql(b, "source", alias="e."), actor_sql(b, "target", alias="e.")]
    window, window_params = window_sql(since, until)
    flags = ", ".join(f"{sql} AS {name}" for name, (sql, _) in zip(("a_src", "a_tgt", "b_src", "b_tgt"), conds,
                                                                     strict=True))
    # Every event touching A or B, once per end it touches (side 'a', 'b', or 'd' for the direct link),
    # with the node at its other side.
    base = f"""
        WITH e AS MATERIALIZED (
            SELECT e.event_id AS id, e.date, e.article_id, e.confidence, e.cluster,
                   e.source_node AS sn, e.target_node AS tn, {flags}
            FROM event_facts e
            WHERE ({" OR ".join(sql for sql, _ in conds)}) AND {window} AND {{narrow}}
        ),
        f AS (SELECT *, (a_src AND b_tgt) OR (b_src AND a_tgt) AS direct FROM e),
        ends AS {{materialized}} (
            SELECT 'd' AS side, '' AS x, * FROM f WHERE direct
            UNION ALL
            SELECT 'a', CASE WHEN a_src THEN tn ELSE sn END, * FROM f WHERE (a_src OR a_tgt) AND NOT direct
            UNION ALL
            SELECT 'b', CASE WHEN b_src THEN tn ELSE sn END, * FROM f WHERE (b_src OR b_tgt) AND NOT direct
        ),
        hops AS (SELECT * FROM ends WHERE side <> 'd' AND x NOT IN (?, ?, ''))"""
    base_params = [*(p for _, params in conds for p in params), *(p for _, params in conds for p in params),
                   *window_params, a.node, b.node]
    rows = store.sql(base.format(narrow="TRUE", materialized="MATERIALIZED") + _PATHS_SQL,
                     [*base_params, NO_DATE_GAP, PROXIMITY_DAYS, VIA_WEIGHT, limit, evidence])
    # rows: side, x, score, gap, cluster, first, last, mentions, articles, best, events, mentions, articles,
    # first, last of the hop
    found = _clusters(store, [(row[4], *row[5:10]) for row in rows])
    hops: dict[tuple[str, str], _HopFound] = {}
    vias: dict[str, tuple[float, int | None]] = {}
    for row in rows:
        key = (row[0], row[1])
        shown = hops.get(key, (0, 0, 0, None, None, ()))[5]
        cluster = found.get(row[4])
        hops[key] = (row[10], int(row[11]), row[12], row[13], row[14], (*shown, cluster) if cluster else shown)
        if row[0] != "d":
            vias[row[1]] = (row[2], row[3])
    direct = hops.get(("d", ""))
    chosen = sorted(vias.items(), key=lambda v: (-v[1][0], v[0]))[:max(limit - (1 if direct else 0), 0)]
    names = node_names(store, [x for x, _ in chosen])
    paths: list[Path] = []
    if direct:
        paths.append(Path(nodes=(a.node, b.node), names=(a.name, b.name), score=float(direct[0]), gap_days=None,
                          hops=(_hop((a.node, a.name), (b.node, b.name), direct),)))
    for x, (score, gap) in chosen:
        paths.append(Path(nodes=(a.node, x, b.node), names=(a.name, names[x], b.name), score=score, gap_days=gap,
                          hops=(_hop((a.node, a.name), (x, names[x]), hops[("a", x)]),
                                _hop((x, names[x]), (b.node, b.name), hops[("b", x)]))))
    paths.sort(key=lambda p: (-p.score, len(p.nodes), p.nodes))
    context = _context(store, base, base_params, paths[0].hops[0] if direct else None, evidence)
    return Connections(a=a, b=b, since=since, until=until, paths=tuple(paths), context=context,
                       articles=_shared_articles(store, a, b, since=since, until=until, limit=limit))


_HopFound = tuple[int, int, int, date | None, date | None, tuple[EventCluster, ...]]

# After the base CTEs: the via nodes scored, then the best event clusters of each hop of the best paths.
# Via node X: events on each hop, and the closest pair of dates one on each hop (in date order, each
# date against the latest date of the other hop before it); score = min(events) × proximity × weight.
# A hop's evidence: with a focus day (the closest pair's), the events nearest it first; else the most
# reported event of each week, weeks by their best event, so that the evidence spans the episodes of a
# relation rather than one busy week.
_PATHS_SQL = f""",
    counts AS (
        SELECT x, count(DISTINCT cluster) FILTER (WHERE side = 'a') AS na,
               count(DISTINCT cluster) FILTER (WHERE side = 'b') AS nb
        FROM hops GROUP BY x HAVING na > 0 AND nb > 0
    ),
    d AS (SELECT DISTINCT x, date, side FROM hops SEMI JOIN counts USING (x) WHERE date IS NOT NULL),
    w AS (
        SELECT x, CASE WHEN side = 'a' THEN date ELSE last_value(CASE WHEN side = 'a' THEN date END IGNORE NULLS)
                   OVER o END AS a_date,
               CASE WHEN side = 'b' THEN date ELSE last_value(CASE WHEN side = 'b' THEN date END IGNORE NULLS)
                   OVER o END AS b_date
        FROM d WINDOW o AS (PARTITION BY x ORDER BY date, side ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    ),
    closest AS (
        SELECT x, arg_min(a_date, abs(a_date - b_date)) AS a_date, arg_min(b_date, abs(a_date - b_date)) AS b_date,
               min(abs(a_date - b_date)) AS gap
        FROM w WHERE a_date IS NOT NULL AND b_date IS NOT NULL GROUP BY x
    ),
    scored AS (
        SELECT c.x, p.gap, p.a_date, p.b_date,
               round(least(c.na, c.nb) * (1.0 / (1.0 + coalesce(p.gap, ?) / ?)) * ?, 3) AS score
        FROM counts c LEFT JOIN closest p USING (x) ORDER BY score DESC, c.x LIMIT ?
    ),
    want AS (
        SELECT 'd' AS side, '' AS x, NULL::DATE AS focus, NULL::DOUBLE AS score, NULL::INTEGER AS gap
        UNION ALL SELECT 'a', x, a_date, score, gap FROM scored
        UNION ALL SELECT 'b', x, b_date, score, gap FROM scored
    ),
    sel AS (SELECT ends.*, want.focus, want.score, want.gap FROM ends JOIN want USING (side, x)),
    c AS (
        SELECT side, x, cluster, any_value(focus) AS focus, any_value(score) AS score, any_value(gap) AS gap,
               min(date) AS first, max(date) AS last, count(*) AS mentions, count(DISTINCT article_id) AS articles,
               {_BEST} AS best
        FROM sel GROUP BY side, x, cluster
    ),
    totals AS (
        SELECT side, x, count(*) AS events, sum(mentions) AS mentions, min(first) AS first, max(last) AS last
        FROM c GROUP BY side, x
    ),
    arts AS (SELECT side, x, count(DISTINCT article_id) AS articles FROM sel GROUP BY side, x),
    weekly AS (
        SELECT *, row_number() OVER (PARTITION BY side, x, date_trunc('week', first)
                                     ORDER BY mentions DESC, first DESC NULLS LAST, cluster) AS in_week
        FROM c
    ),
    ranked AS (
        SELECT *, row_number() OVER (
            PARTITION BY side, x
            ORDER BY CASE WHEN focus IS NULL THEN 0 ELSE abs(coalesce(first, DATE '1900-01-01') - focus) END,
                     in_week, mentions DESC, first DESC NULLS LAST, cluster) AS rank
        FROM weekly
    )
    SELECT r.side, r.x, r.score, r.gap, r.cluster, r.first, r.last, r.mentions, r.articles, r.best,
           t.events, t.mentions, n.articles, t.first, t.last
    FROM ranked r JOIN totals t USING (side, x) JOIN arts n USING (side, x)
    WHERE r.rank <= ? ORDER BY r.side, r.x, r.rank"""


def _hop(left: tuple[str, str], right: tuple[str, str], found: _HopFound) -> Hop:
    events, mentions, articles, first, last, shown = found
    return Hop(source=left[0], source_name=left[1], target=right[0], target_name=right[1], events=events,
               mentions=mentions, articles=articles, first=first, last=last, evidence=shown)


def _context(store: Store, base: str, params: list[Any], direct: Hop | None,
             limit: int) -> tuple[EventCluster, ...]:
    """Events of A or B with third parties close in time to the direct link's evidence."""
    if direct is None or not direct.evidence:
        return ()
    days = [c.first for c in direct.evidence if c.first is not None]
    articles = [c.evidence.article_id for c in direct.evidence]
    if not days:
        return ()
    low, high = min(days) - timedelta(days=CONTEXT_DAYS), max(days) + timedelta(days=CONTEXT_DAYS)
    rows = store.sql(base.format(narrow="e.date BETWEEN ? AND ?", materialized="") + """,
        days AS (SELECT unnest(?::DATE[]) AS day),
        near AS (
            SELECT cluster, id, date, article_id, confidence,
                   list_contains(?::VARCHAR[], article_id) AS same_article, abs(date - day) AS gap
            FROM hops JOIN days ON hops.date BETWEEN days.day - ? AND days.day + ?
        ),
        c AS (
            SELECT cluster, min(date) AS first, max(date) AS last, count(DISTINCT id) AS mentions,
                   count(DISTINCT article_id) AS articles,
                   arg_min(id, row(NOT same_article, -coalesce(confidence, 0), id)) AS best,
                   bool_or(same_article) AS same_article, min(gap) AS gap
            FROM near GROUP BY cluster
        )
        SELECT cluster, first, last, mentions, articles, best FROM c
        ORDER BY same_article DESC, gap, mentions DESC, cluster LIMIT ?""",
                     [*params[:-2], low, high, *params[-2:], days, articles, CONTEXT_DAYS, CONTEXT_DAYS, limit])
    found = _clusters(store, rows)
    return tuple(found[r[0]] for r in rows if r[0] in found)


def _mention_sql(actor: QueryActor) -> tuple[str, list[Any]]:
    column = {"country": "x.country", "entity": "m.entity_id", "code": "x.code"}[actor.scope]
    return f"{column} = ?", [actor.key]


def _shared_articles(store: Store, a: QueryActor, b: QueryActor, *, since: date | None, until: date | None,
                     limit: int) -> tuple[SharedArticle, ...]:
    """Articles with events of both actors (in the window), newest first, each with the first sentence
    naming both if there is one."""
    conds = [actor_sql(actor, side, alias="e.") for actor in (a, b) for side in ("source", "target")]
    window, window_params = window_sql(since, until)
    rows = store.sql(f"""
        WITH e AS (
            SELECT e.article_id, {conds[0][0]} OR {conds[1][0]} AS is_a, {conds[2][0]} OR {conds[3][0]} AS is_b
            FROM event_facts e WHERE ({" OR ".join(sql for sql, _ in conds)}) AND {window}
        ),
        both_ AS (SELECT article_id FROM e GROUP BY article_id HAVING bool_or(is_a) AND bool_or(is_b))
        SELECT r.id, r.title, r.published, r.language FROM articles r SEMI JOIN both_ ON both_.article_id = r.id
        ORDER BY r.published DESC NULLS LAST, r.id LIMIT ?""",
                     [*(p for _, ps in conds for p in ps), *(p for _, ps in conds for p in ps), *window_params,
                      limit])
    if not rows:
        return ()
    ids = [row[0] for row in rows]
    a_sql, a_params = _mention_sql(a)
    b_sql, b_params = _mention_sql(b)
    together = dict(store.sql(f"""
        WITH m AS (
            SELECT m.article_id, m.sentence, {a_sql} AS is_a, {b_sql} AS is_b
            FROM mentions m JOIN entities x ON x.id = m.entity_id
            WHERE m.article_id IN ({", ".join("?" for _ in ids)})
        ),
        first_together AS (
            SELECT article_id, min(sentence) AS sentence FROM (
                SELECT article_id, sentence FROM m GROUP BY article_id, sentence HAVING bool_or(is_a) AND bool_or(is_b))
            GROUP BY article_id
        )
        SELECT f.article_id, s.text FROM first_together f
        JOIN sentences s ON s.article_id = f.article_id AND s.id = f.sentence""", [*a_params, *b_params, *ids]))
    return tuple(SharedArticle(article_id=r[0], title=r[1], published=r[2], language=r[3], sentence=together.get(r[0]))
                 for r in rows)
