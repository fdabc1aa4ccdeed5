"""Actor profiles and actor lists.

:func:`actor_profile` answers "what has this actor been doing": how many events (clusters of
reports) and mentions, as source and as target; its partners (the other side's country, or the
actor itself where it has none) with the mix of cooperation and conflict; its event mix by CAMEO
root; the CAMEO actor codes it acted under (``RUSGOV``, ``RUSMIL``: government, military); the
offices the KB says a person held; and its latest events with their evidence sentences.

:func:`actor_list` ranks the actors of a period by their events, for ``sambandh actors``.

Signatures, for the API: ``actor_profile(store, actor, *, since=None, until=None, limit=10)``;
``actor_list(store, *, since=None, until=None, limit=20, offset=0)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..events.cameo import cameo_table
from ..kb.base import builtin
from ..store import Store
from .actors import QueryActor, actor_sql, as_actor, node_names
from .events import EventCluster, cluster_details, window_sql

__all__ = ["ActorProfile", "ActorRank", "CodeCount", "Partner", "RoleHeld", "actor_list", "actor_profile"]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Partner:
    """Another node of the graph and the events between it and the profiled actor."""

    node: str
    name: str
    events: int
    mentions: int
    outgoing: int
    """Events with the profiled actor as source."""
    incoming: int
    cooperation: int
    """Events of quad classes 1 and 2 (verbal and material cooperation)."""
    conflict: int
    mean_goldstein: float | None
    last: date | None

    def to_dict(self) -> dict[str, Any]:
        return {"node": self.node, "name": self.name, "events": self.events, "mentions": self.mentions,
                "outgoing": self.outgoing, "incoming": self.incoming, "cooperation": self.cooperation,
                "conflict": self.conflict, "mean_goldstein": self.mean_goldstein, "last": _iso(self.last)}


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeCount:
    """A code (CAMEO event root, or CAMEO actor code), its label, and its events and mentions."""

    code: str
    label: str | None
    events: int
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "events": self.events, "mentions": self.mentions}


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleHeld:
    """An office the KB says a person held, with its dates."""

    office: str
    country: str
    start: date
    end: date | None

    def to_dict(self) -> dict[str, Any]:
        return {"office": self.office, "country": self.country, "start": _iso(self.start), "end": _iso(self.end)}


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorProfile:
    """What one actor did and had done to it in a period."""

    actor: QueryActor
    since: date | None
    until: date | None
    events: int
    mentions: int
    articles: int
    as_source: int
    as_target: int
    first: date | None
    last: date | None
    quad_classes: tuple[int, int, int, int]
    """Events by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict."""
    mean_goldstein: float | None
    partners: tuple[Partner, ...]
    event_mix: tuple[CodeCount, ...]
    """Events by CAMEO root code, most frequent first."""
    codes: tuple[CodeCount, ...]
    """The CAMEO actor codes the actor's side carried (``RUSGOV``, ``RUSMIL``), most frequent first; an
    event whose reports differ counts under the code that sorts first."""
    roles: tuple[RoleHeld, ...]
    recent: tuple[EventCluster, ...]

    def to_dict(self) -> dict[str, Any]:
        q1, q2, q3, q4 = self.quad_classes
        return {
            "actor": self.actor.to_dict(), "since": _iso(self.since), "until": _iso(self.until),
            "events": self.events, "mentions": self.mentions, "articles": self.articles,
            "as_source": self.as_source, "as_target": self.as_target, "first": _iso(self.first),
            "last": _iso(self.last),
            "quad_classes": {"verbal_cooperation": q1, "material_cooperation": q2, "verbal_conflict": q3,
                             "material_conflict": q4},
            "mean_goldstein": self.mean_goldstein, "partners": [p.to_dict() for p in self.partners],
            "event_mix": [c.to_dict() for c in self.event_mix], "codes": [c.to_dict() for c in self.codes],
            "roles": [r.to_dict() for r in self.roles], "recent": [e.to_dict() for e in self.recent],
        }

    def rows(self) -> list[dict[str, Any]]:
        """The partners, as the flat rows of a CSV export."""
        return [p.to_dict() for p in self.partners]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRank:
    """An entity and its events in a period."""

    entity: str
    name: str
    type: str | None
    country: str | None
    code: str | None
    events: int
    mentions: int
    as_source: int
    as_target: int

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "type": self.type, "country": self.country,
                "code": self.code, "events": self.events, "mentions": self.mentions,
                "as_source": self.as_source, "as_target": self.as_target}

    def row(self) -> dict[str, Any]:
        return self.to_dict()


def _sides(actor: QueryActor) -> tuple[str, str, list[Any], list[Any]]:
    src, src_params = actor_sql(actor, "source", alias="e.")
    tgt, tgt_params = actor_sql(actor, "target", alias="e.")
    return src, tgt, src_params, tgt_params


def actor_profile(store: Store, actor: str | QueryActor, *, since: date | None = None,
                  until: date | None = None, limit: int = 10) -> ActorProfile:
    """Returns the profile of ``actor`` over ``[since, until]`` (all time by default).

    Args:
        store: the store.
        actor: a name in any language, a code or an id (see ``resolve_actor``), or a resolved actor.
        since, until: only events dated in this range (inclusive).
        limit: how many partners, codes and recent events to list.

    Raises:
        InputError: the actor is unknown ([E071]).
        StoreError: the read failed.
    """
    actor = as_actor(store, actor)
    src, tgt, src_params, tgt_params = _sides(actor)
    window, window_params = window_sql(since, until)
    # kind 0: totals, 1: by CAMEO root, 2: by partner node, 3: by actor code (all over clusters), 4: articles,
    # 5: the latest clusters
    rows = store.sql(f"""
        WITH e AS MATERIALIZED (
            SELECT e.article_id, e.date, e.root, e.quad_class, e.goldstein, e.cluster, {src} AS outgoing,
                   CASE WHEN {src} THEN e.target_node ELSE e.source_node END AS partner,
                   CASE WHEN {src} THEN e.source_code ELSE e.target_code END AS side_code
            FROM event_facts e
            WHERE ({src} OR {tgt}) AND {window}
        ),
        c AS MATERIALIZED (
            SELECT cluster, min(root) AS root, min(partner) AS partner, min(side_code) AS side_code,
                   min(quad_class) AS quad, avg(goldstein) AS goldstein, bool_or(outgoing) AS outgoing,
                   bool_or(NOT outgoing) AS incoming, count(*) AS mentions, min(date) AS first, max(date) AS last
            FROM e GROUP BY cluster
        )
        SELECT CASE grouping(root, partner) WHEN 3 THEN 0 WHEN 1 THEN 1 ELSE 2 END AS kind,
               CASE WHEN grouping(root) = 0 THEN root ELSE partner END AS code,
               count(*), sum(mentions), NULL, count(*) FILTER (WHERE outgoing), count(*) FILTER (WHERE incoming),
               count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
               count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4),
               avg(goldstein), min(first), max(last)
        FROM c GROUP BY GROUPING SETS ((), (root), (partner))
        UNION ALL
        SELECT 3, side_code, count(*), sum(mentions), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM c GROUP BY side_code
        UNION ALL
        SELECT 4, NULL, NULL, NULL, count(DISTINCT article_id), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM e
        UNION ALL
        (SELECT 5, CAST(cluster AS VARCHAR), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, first, NULL
         FROM c ORDER BY first DESC NULLS LAST, cluster LIMIT ?)""",
                     [*src_params, *src_params, *src_params, *src_params, *tgt_params, *window_params, limit])
    # each row: kind, code, events, mentions, articles, outgoing, incoming, q1, q2, q3, q4, goldstein, first, last
    total = next((r for r in rows if r[0] == 0 and r[2]), None)
    articles = next((r[4] for r in rows if r[0] == 4), 0)

    def ranked(kind: int) -> list[tuple[Any, ...]]:
        return sorted((r for r in rows if r[0] == kind and r[1] not in (None, "")), key=lambda r: (-r[2], -r[3], r[1]))

    partners = [r for r in ranked(2) if r[1] != actor.node][:limit]
    names = node_names(store, [r[1] for r in partners])
    table = cameo_table()
    kb = builtin()
    roles = kb.roles_of(actor.entity) if actor.entity and actor.scope == "entity" else ()
    latest = sorted(((r[12], int(r[1])) for r in rows if r[0] == 5),
                    key=lambda fc: (fc[0] is None, -fc[0].toordinal() if fc[0] else 0, fc[1]))
    recent = cluster_details(store, [c for _, c in latest], where=f"({src} OR {tgt}) AND {window}",
                             params=[*src_params, *tgt_params, *window_params])
    return ActorProfile(
        actor=actor, since=since, until=until,
        events=total[2] if total else 0, mentions=int(total[3]) if total else 0, articles=articles,
        as_source=total[5] if total else 0, as_target=total[6] if total else 0,
        first=total[12] if total else None, last=total[13] if total else None,
        quad_classes=tuple(total[7:11]) if total else (0, 0, 0, 0),
        mean_goldstein=_round(total[11]) if total else None,
        partners=tuple(Partner(node=r[1], name=names[r[1]], events=r[2], mentions=int(r[3]), outgoing=r[5],
                               incoming=r[6], cooperation=r[7] + r[8], conflict=r[9] + r[10],
                               mean_goldstein=_round(r[11]), last=r[13]) for r in partners),
        event_mix=tuple(CodeCount(code=r[1], label=table[r[1]].name if r[1] in table else None, events=r[2],
                                  mentions=int(r[3])) for r in ranked(1)),
        codes=tuple(CodeCount(code=r[1], label=None, events=r[2], mentions=int(r[3])) for r in ranked(3)[:limit]),
        roles=tuple(RoleHeld(office=(kb.offices[r.office].names_en[:1] or (r.office,))[0]
                             if r.office in kb.offices else r.office,
                             country=r.country, start=r.start, end=r.end) for r in roles),
        recent=tuple(recent),
    )


def actor_list(store: Store, *, since: date | None = None, until: date | None = None, limit: int = 20,
               offset: int = 0) -> list[ActorRank]:
    """Returns the entities taking part in the most events (clusters) in ``[since, until]``, busiest first.

    An event counts once for an entity even when several of its reports name it. Ties go to the
    name, then the id.

    Raises:
        StoreError: the read failed.
    """
    window, params = window_sql(since, until)
    rows = store.sql(f"""
        WITH e AS (
            SELECT e.event_id AS id, e.cluster, e.source_entity, e.target_entity
            FROM event_facts e WHERE {window}
        ),
        parts AS (
            SELECT cluster, id, source_entity AS entity, 1 AS src FROM e WHERE source_entity IS NOT NULL
            UNION ALL
            SELECT cluster, id, target_entity, 0 FROM e WHERE target_entity IS NOT NULL
        ),
        counted AS (
            SELECT entity, count(DISTINCT cluster) AS n, count(DISTINCT id) AS mentions,
                   count(DISTINCT cluster) FILTER (WHERE src = 1) AS as_source,
                   count(DISTINCT cluster) FILTER (WHERE src = 0) AS as_target
            FROM parts GROUP BY entity
        )
        SELECT c.entity, coalesce(x.name, c.entity) AS name, x.type, x.country, x.code, c.n, c.mentions,
               c.as_source, c.as_target
        FROM counted c LEFT JOIN entities x ON x.id = c.entity
        ORDER BY c.n DESC, name, c.entity LIMIT ? OFFSET ?""", [*params, limit, offset])
    return [ActorRank(entity=r[0], name=r[1], type=r[2], country=r[3], code=r[4], events=r[5], mentions=r[6],
                      as_source=r[7], as_target=r[8]) for r in rows]
