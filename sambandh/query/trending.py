"""Trending actors and dyads: who is in the news in a window more than their baseline says.

:func:`trending` counts events (clusters of reports) per actor (an entity: a person, a country named
as such, an organisation) or per dyad (an unordered pair of graph nodes: countries, or bodies with
none) in the window ``[since, until]`` and in the baseline just before it, and ranks them by

    score = (window + 1) / (expected + 1),   expected = baseline × window days / baseline days,

a ratio smoothed by one event either side, so that one event out of nowhere does not outrank a
surge from ten to forty. Only keys with at least ``min_events`` events in the window are listed.
With no dates the window is the :data:`WINDOW_DAYS` ending on the store's latest event date (a
news store's "now"), and the baseline the :data:`BASELINE_FACTOR` windows before it.

Signature, for the API: ``trending(store, *, kind="actors", since=None, until=None,
baseline_days=None, limit=10, min_events=2)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..errors import E073, E077, InputError
from ..store import Store
from .actors import node_names

__all__ = ["BASELINE_FACTOR", "E073", "E077", "KINDS", "WINDOW_DAYS", "Trend", "Trending", "trending"]

WINDOW_DAYS = 7
"""The default window: the last week of the store's events."""

BASELINE_FACTOR = 4
"""The default baseline is this many windows long, right before the window: a month against a week."""

KINDS = ("actors", "dyads")



@dataclass(frozen=True, slots=True, kw_only=True)
class Trend:
    """One actor or dyad: its events in the window and the baseline, and its score."""

    key: str
    """An entity id (actors), or ``A|B`` with the two nodes in sorted order (dyads)."""
    name: str
    window: int
    baseline: int
    expected: float
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "window": self.window, "baseline": self.baseline,
                "expected": self.expected, "score": self.score}

    def row(self) -> dict[str, Any]:
        return self.to_dict()


@dataclass(frozen=True, slots=True, kw_only=True)
class Trending:
    """The ranked trends of one kind, with the dates they were measured over."""

    kind: str
    since: date
    until: date
    baseline_since: date
    baseline_until: date
    trends: tuple[Trend, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "since": self.since.isoformat(), "until": self.until.isoformat(),
                "baseline": {"since": self.baseline_since.isoformat(), "until": self.baseline_until.isoformat()},
                "trends": [t.to_dict() for t in self.trends]}

    def rows(self) -> list[dict[str, Any]]:
        return [t.row() for t in self.trends]


def _before(day: date, days: int) -> date:
    """``days`` before ``day``, or the first representable day."""
    try:
        return day - timedelta(days=days)
    except OverflowError:
        return date.min


def _keys_sql(kind: str) -> str:
    if kind == "actors":
        return """
            SELECT cluster, in_window, source_entity AS key FROM e WHERE source_entity IS NOT NULL
            UNION ALL
            SELECT cluster, in_window, target_entity FROM e WHERE target_entity IS NOT NULL"""
    return """
        SELECT cluster, in_window, least(sn, tn) || '|' || greatest(sn, tn) AS key FROM e
        WHERE sn <> tn AND sn <> '' AND tn <> ''"""


def trending(store: Store, *, kind: str = "actors", since: date | None = None, until: date | None = None,
             baseline_days: int | None = None, limit: int = 10, min_events: int = 2) -> Trending:
    """Returns the actors or dyads whose events in ``[since, until]`` most exceed their baseline.

    Args:
        store: the store.
        kind: ``actors`` or ``dyads``.
        since, until: the window (inclusive); see the module notes for the defaults.
        baseline_days: the length of the baseline right before ``since``; by default
            :data:`BASELINE_FACTOR` times the window.
        limit: how many to return.
        min_events: the fewest events in the window for a key to be listed.

    Raises:
        InputError: an unknown kind ([E073]).
        StoreError: the read failed.
    """
    if kind not in KINDS:
        raise InputError(E073.format(kind=kind, known=", ".join(KINDS)))
    if until is None:
        ((latest,),) = store.sql("SELECT max(date) FROM events")
        until = latest or date.today()
    if since is None:
        since = _before(until, WINDOW_DAYS - 1)
    if baseline_days is not None and baseline_days < 1:
        raise InputError(E077.format(days=baseline_days))
    window_days = max((until - since).days + 1, 1)
    baseline_days = baseline_days or window_days * BASELINE_FACTOR
    baseline_until = _before(since, 1)
    baseline_since = _before(since, baseline_days)
    rows = store.sql(f"""
        WITH e AS (
            SELECT e.cluster, e.source_entity, e.target_entity, e.source_node AS sn, e.target_node AS tn,
                   e.date >= ? AS in_window
            FROM event_facts e
            WHERE e.date BETWEEN ? AND ?
        ),
        k AS ({_keys_sql(kind)})
        SELECT key, count(DISTINCT cluster) FILTER (WHERE in_window) AS w,
               count(DISTINCT cluster) FILTER (WHERE NOT in_window) AS b
        FROM k GROUP BY key HAVING w >= ?""", [since, baseline_since, until, min_events])
    scale = window_days / baseline_days
    scored = sorted(((round((w + 1) / (b * scale + 1), 3), w, key, b) for key, w, b in rows),
                    key=lambda s: (-s[0], -s[1], s[2]))[:limit]
    names = _names(store, kind, [s[2] for s in scored])
    trends = tuple(Trend(key=key, name=names.get(key, key), window=w, baseline=b, expected=round(b * scale, 2),
                         score=score) for score, w, key, b in scored)
    return Trending(kind=kind, since=since, until=until, baseline_since=baseline_since,
                    baseline_until=baseline_until, trends=trends)


def _names(store: Store, kind: str, keys: list[str]) -> dict[str, str]:
    if kind == "actors":
        return node_names(store, keys)
    nodes = sorted({node for key in keys for node in key.split("|")})
    names = node_names(store, nodes)
    return {key: " — ".join(names[node] for node in key.split("|")) for key in keys}
