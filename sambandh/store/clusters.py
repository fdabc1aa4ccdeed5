"""Event clusters: many reports of one real-world event become one event with many mentions.

Ten articles that report one visit store ten event rows; a cluster groups them, so that
queries count one event with ten mentions. Two events fall in one cluster when they have

* the same dyad: the same source and target *node* (the actor's country, else its CAMEO code,
  else its entity id; see :data:`NODE_SQL`), in the same direction;
* the same CAMEO code and the same negation;
* dates within :data:`CLUSTER_WINDOW_DAYS` of the cluster's first event;
* compatible actors, side by side: a side that names a country or a place ("Russia", "Pyongyang")
  fits any actor of the same node, while a side that names a person or organisation must be one
  the cluster already has on that side, or the cluster must have none yet ("Russia visits North
  Korea" and "Shoigu visits Pyongyang" are one visit; "Kim meets Shoigu" and "Kim meets Putin" on
  one day are two meetings).

Events are taken in date order (then id), each joining the first open cluster it fits, so the
same events always give the same clusters. A cluster's number is the first 64 bits of the MD5 of
its key and its first event's id (:func:`cluster_number`); its id is ``sb:ev-`` and that number
in hex. An event with no other event of its key within the window, before or after, is a cluster
of its own; SQL settles those, Python the rest. Undated events are clusters of their own.

:func:`refresh` brings the tables ``event_clusters`` and ``event_facts`` up to date: it finds
events without facts and re-clusters every dyad and code they touch.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

__all__ = ["CLUSTER_WINDOW_DAYS", "GENERIC_TYPES", "NODE_SQL", "cluster_id", "cluster_number", "refresh"]

log = logging.getLogger(__name__)

CLUSTER_WINDOW_DAYS = 3
"""How far after a cluster's first event a report may be dated and still join it. Reports of one
visit give its days, or fall back to their publication dates a day or two apart; set on the bundled
examples. Changing it changes cluster ids: rebuild with ``Store.refresh_indexes(rebuild=True)``."""

NODE_SQL = ("CASE WHEN {side}_country IS NULL AND {side}_entity IS NULL "
            "AND starts_with(coalesce({side}_code, '---'), '---') THEN '' "
            "ELSE coalesce({side}_country, {side}_code, {side}_entity, '') END")
"""The graph node of one side of an event (``{side}`` is ``source`` or ``target``): its country, else
its CAMEO code (international bodies), else its entity id; ``''`` (no node) for an actor with none of
these or of unknown country (CAMEO ``---``, "militants"), which links nothing in the graph."""

GENERIC_TYPES = frozenset({"country", "place"})
"""Entity types that stand for a whole node: an event naming one fits any actor of that node."""

_GENERIC = "(" + ", ".join(f"'{t}'" for t in sorted(GENERIC_TYPES)) + ")"
_KEY_SQL = (f"{NODE_SQL.format(side='source')} AS source_node, {NODE_SQL.format(side='target')} AS target_node, "
            "cameo, coalesce(negated, false) AS negated")


def cluster_number(source_node: str, target_node: str, cameo: str, negated: bool, anchor: str) -> int:
    """The number of the cluster with this key whose first event is ``anchor``; see :data:`_NUMBER_SQL`."""
    text = "\x1f".join((source_node, target_node, cameo, "1" if negated else "0", anchor))
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:16], 16)


def cluster_id(number: int) -> str:
    """The public id of cluster ``number``: ``sb:ev-`` and 16 hex digits."""
    return f"sb:ev-{number:016x}"


# cluster_number() in SQL, over the columns of _KEY_SQL and an event id column
_NUMBER_SQL = ("CAST('0x' || substr(md5(concat_ws(chr(31), source_node, target_node, cameo, "
               "CASE WHEN negated THEN '1' ELSE '0' END, {anchor})), 1, 16) AS UBIGINT)")


@dataclass(slots=True)
class _Cluster:
    key: tuple[str, str, str, bool]
    first: date | None
    members: list[tuple[Any, ...]] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    """The specific (not country or place) source entities of the members."""
    targets: set[str] = field(default_factory=set)

    def fits(self, source: str | None, target: str | None) -> bool:
        return ((source is None or not self.sources or source in self.sources)
                and (target is None or not self.targets or target in self.targets))

    @property
    def number(self) -> int:
        return cluster_number(*self.key, self.members[0][0])


def _cluster(rows: list[tuple[Any, ...]]) -> list[_Cluster]:
    """Clusters event rows ``(id, article_id, date, source_entity, target_entity, quad_class, goldstein,
    confidence, source_node, target_node, cameo, negated, source_specific, target_specific)`` sorted by
    key, date and id; ``*_specific`` is the side's entity when it is not a country or place."""
    done: list[_Cluster] = []
    open_: list[_Cluster] = []
    last_key: tuple[str, str, str, bool] | None = None
    for row in rows:
        day = row[2]
        key = (row[8], row[9], row[10], bool(row[11]))
        if key != last_key:
            open_, last_key = [], key
        source, target = row[12], row[13]
        home = None
        if day is not None:
            open_ = [c for c in open_ if (day - c.first).days <= CLUSTER_WINDOW_DAYS]
            home = next((c for c in open_ if c.fits(source, target)), None)
        if home is None:
            home = _Cluster(key=key, first=day)
            done.append(home)
            if day is not None:
                open_.append(home)
        home.members.append(row)
        if source is not None:
            home.sources.add(source)
        if target is not None:
            home.targets.add(target)
    return done


def _cluster_row(cluster: _Cluster) -> tuple[Any, ...]:
    members = cluster.members
    days = [m[2] for m in members if m[2] is not None]
    # the report to show: the most confident, then the earliest, then the smallest id
    best = min(members, key=lambda m: (-(m[7] or 0.0), m[2] or date.max, m[0]))
    source_node, target_node, cameo, negated = cluster.key
    number = cluster.number
    return (cluster_id(number), number, source_node, target_node, cameo, negated, best[5], best[6],
            min(days) if days else None, max(days) if days else None, len(members),
            len({m[1] for m in members}), best[0])


_CLUSTER_COLUMNS = ("id", "num", "source_node", "target_node", "cameo", "negated", "quad_class", "goldstein",
                    "first", "last", "mentions", "articles", "event_id")
_TYPES = ("VARCHAR", "UBIGINT", "VARCHAR", "VARCHAR", "VARCHAR", "BOOLEAN", "INTEGER", "DOUBLE", "DATE", "DATE",
          "INTEGER", "INTEGER", "VARCHAR")
_KEYED = f"""
    SELECT e.id, e.article_id, e.date, e.source_entity, e.target_entity, e.quad_class, e.goldstein,
           e.confidence, {_KEY_SQL},
           CASE WHEN s.type IN {_GENERIC} THEN NULL ELSE e.source_entity END AS source_specific,
           CASE WHEN t.type IN {_GENERIC} THEN NULL ELSE e.target_entity END AS target_specific
    FROM events e SEMI JOIN _cluster_keys k
        ON {NODE_SQL.format(side="e.source")} = k.source_node AND {NODE_SQL.format(side="e.target")} = k.target_node
       AND e.cameo = k.cameo AND coalesce(e.negated, false) = k.negated
    LEFT JOIN entities s ON s.id = e.source_entity LEFT JOIN entities t ON t.id = e.target_entity"""


def refresh(conn: duckdb.DuckDBPyConnection, *, rebuild: bool = False) -> int:
    """Clusters the events that have no facts yet; returns how many events were (re)clustered.

    Every cluster key (dyad, code, negation) touched by a new event is clustered again from all
    its events, so the result does not depend on the order in which articles arrived. The caller
    holds the transaction.

    Args:
        conn: an open connection to a migrated store.
        rebuild: drop every cluster and build them all again.
    """
    if rebuild:
        conn.execute("DELETE FROM event_facts")
        conn.execute("DELETE FROM event_clusters")
    conn.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cluster_keys AS
        SELECT DISTINCT {_KEY_SQL} FROM events e
        WHERE NOT EXISTS (SELECT 1 FROM event_facts f WHERE f.event_id = e.id)""")
    try:
        (count,) = conn.execute("SELECT count(*) FROM _cluster_keys").fetchone() or (0,)
        if not count:
            return 0
        # events alone in their key's window are clusters of their own: settled here in SQL
        conn.execute(f"""
            CREATE OR REPLACE TEMP TABLE _keyed AS
            SELECT *, date IS NULL
                      OR coalesce(date - lag(date) OVER w > {CLUSTER_WINDOW_DAYS}, true)
                     AND coalesce(lead(date) OVER w - date > {CLUSTER_WINDOW_DAYS}, true) AS alone
            FROM ({_KEYED})
            WINDOW w AS (PARTITION BY source_node, target_node, cameo, negated, date IS NULL ORDER BY date, id)""")
        conn.execute(f"""
            CREATE OR REPLACE TEMP TABLE _cluster_map AS
            SELECT id AS event_id, {_NUMBER_SQL.format(anchor="id")} AS cluster FROM _keyed WHERE alone""")
        (singles,) = conn.execute("SELECT count(*) FROM _cluster_map").fetchone() or (0,)
        rows = conn.execute("""
            SELECT * EXCLUDE (alone) FROM _keyed WHERE NOT alone
            ORDER BY source_node, target_node, cameo, negated, date NULLS LAST, id""").fetchall()
        found = _cluster(rows)
        conn.execute("DELETE FROM event_clusters c USING _cluster_keys k WHERE c.source_node = k.source_node "
                     "AND c.target_node = k.target_node AND c.cameo = k.cameo AND c.negated = k.negated")
        conn.execute("""
            INSERT INTO event_clusters
            SELECT 'sb:ev-' || lower(lpad(to_hex(cluster), 16, '0')), cluster, source_node, target_node, cameo,
                   negated, quad_class, goldstein, date, date, 1, 1, id
            FROM _keyed JOIN _cluster_map ON event_id = id""")
        clustered = [_cluster_row(c) for c in found]
        if clustered:
            names = ", ".join(f'"{c}"' for c in _CLUSTER_COLUMNS)
            values = ", ".join(f"unnest(?::{t}[])" for t in _TYPES)
            conn.execute(f"INSERT INTO event_clusters ({names}) SELECT {values}",
                         [list(column) for column in zip(*clustered, strict=True)])
            conn.execute("INSERT INTO _cluster_map SELECT unnest(?::VARCHAR[]), unnest(?::UBIGINT[])",
                         [[m[0] for c in found for m in c.members],
                          [number for c, row in zip(found, clustered, strict=True) for number in
                           [row[1]] * len(c.members)]])
        conn.execute("DELETE FROM event_facts WHERE event_id IN (SELECT event_id FROM _cluster_map)")
        conn.execute(f"""
            INSERT INTO event_facts
            SELECT e.id, m.cluster, e.article_id, e.date, e.cameo, e.root, e.quad_class, e.goldstein, e.confidence,
                   e.source_entity, e.source_country, e.source_code, {NODE_SQL.format(side="e.source")},
                   e.target_entity, e.target_country, e.target_code, {NODE_SQL.format(side="e.target")}
            FROM events e JOIN _cluster_map m ON m.event_id = e.id""")
    finally:
        for table in ("_cluster_keys", "_keyed", "_cluster_map"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    log.info("clustered %d events: %d alone, %d in %d clusters", singles + len(rows), singles, len(rows), len(found))
    return singles + len(rows)
