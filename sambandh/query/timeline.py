"""Dyad timelines: how two actors get on, day by day, week by week or month by month.

:func:`dyad_timeline` counts, per period, the *events* between two actors (clusters of reports, so
ten articles about one visit count once), their *mentions* (reports) and the articles that carry
them, the mix of quad classes (verbal/material cooperation/conflict), the mean Goldstein score of
the events, and how many went each way. An event belongs to the period of its first report.
Periods without events are filled with zeros between the first and the last, so a chart can be
drawn straight from the result. Undated reports are left out.

Signature, for the API: ``dyad_timeline(store, a, b, *, since=None, until=None, by="month")``.

Example::

    dyad_timeline(store, "Russia", "उत्तर कोरिया", by="week")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..errors import E072, InputError
from ..store import Store
from .actors import QueryActor, actor_sql, as_actor
from .events import dyad_sql, window_sql

__all__ = ["E072", "PERIODS", "DyadTimeline", "Period", "dyad_timeline"]

PERIODS = ("day", "week", "month", "year")
"""The period lengths a timeline can use; weeks start on Monday."""



def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """One period of a dyad timeline."""

    start: date
    events: int
    """Distinct events (clusters of reports) that began in this period."""
    mentions: int
    articles: int
    a_to_b: int
    """Events with ``a`` as source and ``b`` as target."""
    b_to_a: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "events": self.events, "mentions": self.mentions,
                "articles": self.articles, "a_to_b": self.a_to_b, "b_to_a": self.b_to_a,
                "quad_classes": {"verbal_cooperation": self.verbal_cooperation,
                                 "material_cooperation": self.material_cooperation,
                                 "verbal_conflict": self.verbal_conflict,
                                 "material_conflict": self.material_conflict},
                "mean_goldstein": self.mean_goldstein}

    def row(self) -> dict[str, Any]:
        """The flat row of a CSV export."""
        quads = self.to_dict().pop("quad_classes")
        return {**{k: v for k, v in self.to_dict().items() if k != "quad_classes"}, **quads}


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadTimeline:
    """Events between ``a`` and ``b``, either way, period by period, with totals."""

    a: QueryActor
    b: QueryActor
    by: str
    since: date | None
    until: date | None
    periods: tuple[Period, ...]
    events: int
    mentions: int
    articles: int
    mean_goldstein: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "by": self.by, "since": _iso(self.since),
                "until": _iso(self.until), "events": self.events, "mentions": self.mentions,
                "articles": self.articles, "mean_goldstein": self.mean_goldstein,
                "periods": [p.to_dict() for p in self.periods]}

    def rows(self) -> list[dict[str, Any]]:
        return [p.row() for p in self.periods]


def _next(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def _empty(start: date) -> Period:
    return Period(start=start, events=0, mentions=0, articles=0, a_to_b=0, b_to_a=0, verbal_cooperation=0,
                  material_cooperation=0, verbal_conflict=0, material_conflict=0, mean_goldstein=None)


def dyad_timeline(store: Store, a: str | QueryActor, b: str | QueryActor, *, since: date | None = None,
                  until: date | None = None, by: str = "month") -> DyadTimeline:
    """Returns the timeline of events between ``a`` and ``b`` (either direction), one row per period.

    Args:
        store: the store.
        a, b: the actors: names in any language, codes or ids (see ``resolve_actor``), or resolved.
        since, until: only events dated in this range (inclusive).
        by: the period: ``day``, ``week`` (from Monday), ``month`` or ``year``.

    Raises:
        InputError: an unknown period ([E072]) or actor ([E071]).
        StoreError: the read failed.
    """
    if by not in PERIODS:
        raise InputError(E072.format(by=by, known=", ".join(PERIODS)))
    a, b = as_actor(store, a), as_actor(store, b)
    pair, pair_params = dyad_sql(a, b)
    a_src, p1 = actor_sql(a, "source", alias="e.")
    window, window_params = window_sql(since, until)
    rows = store.sql(f"""
        WITH e AS MATERIALIZED (
            SELECT e.article_id, e.date, e.quad_class, e.goldstein, e.cluster, {a_src} AS forward
            FROM event_facts e
            WHERE {pair} AND {window} AND e.date IS NOT NULL
        ),
        c AS (
            SELECT cluster, CAST(date_trunc(?, min(date)) AS DATE) AS period, min(quad_class) AS quad,
                   avg(goldstein) AS goldstein, count(*) AS mentions, bool_or(forward) AS forward
            FROM e GROUP BY cluster
        ),
        p AS (
            SELECT period, count(*) AS events, sum(mentions) AS mentions,
                   count(*) FILTER (WHERE forward) AS a_to_b, count(*) FILTER (WHERE NOT forward) AS b_to_a,
                   count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
                   count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
                   avg(goldstein) AS goldstein
            FROM c GROUP BY period
        ),
        n AS (SELECT c.period, count(DISTINCT e.article_id) AS articles FROM e JOIN c USING (cluster)
              GROUP BY c.period)
        SELECT p.period, p.events, p.mentions, n.articles, p.a_to_b, p.b_to_a, p.q1, p.q2, p.q3, p.q4,
               p.goldstein, (SELECT count(DISTINCT article_id) FROM e)
        FROM p JOIN n USING (period) ORDER BY p.period""",
                     [*p1, *pair_params, *window_params, by])
    found = {
        row[0]: Period(start=row[0], events=row[1], mentions=int(row[2]), articles=row[3], a_to_b=row[4],
                       b_to_a=row[5], verbal_cooperation=row[6], material_cooperation=row[7],
                       verbal_conflict=row[8], material_conflict=row[9],
                       mean_goldstein=row[10])
        for row in rows
    }
    periods: list[Period] = []
    if found:
        day, last = min(found), max(found)
        while day <= last:
            periods.append(found.get(day) or _empty(day))
            try:
                day = _next(day, by)
            except (OverflowError, ValueError):  # the last representable period
                break
    events = sum(p.events for p in periods)
    weighted = [(p.mean_goldstein, p.events) for p in periods if p.mean_goldstein is not None]
    mean = round(sum(g * n for g, n in weighted) / sum(n for _, n in weighted), 2) if weighted else None
    articles = rows[0][11] if rows else 0
    return DyadTimeline(a=a, b=b, by=by, since=since, until=until, periods=tuple(periods), events=events,
                        mentions=sum(p.mentions for p in periods), articles=articles, mean_goldstein=mean)
