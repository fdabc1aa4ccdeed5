"""The overview of a store: counts, busiest dyads, most active actors, latest events.

Each function takes a :class:`~sambandh.store.Store` and returns plain values or frozen
row types whose ``to_dict()`` is the JSON the API serves. Orderings are total (ties
broken by code, name or id), so the same store always gives the same report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..store import Store

__all__ = [
    "ActorSummary",
    "CameoCount",
    "DyadSummary",
    "EventRow",
    "busiest_dyads",
    "latest_events",
    "summary",
    "top_actors",
]

TOP_CAMEO_PER_DYAD = 3
"""How many of a dyad's most frequent CAMEO codes :func:`busiest_dyads` lists."""

# Events between two different, known countries, with the pair in a fixed order (a < b).
_DYAD_EVENTS = """
    SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, *
    FROM events
    WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
"""


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoCount:
    """A CAMEO code, its label, and how many events carry it."""

    cameo: str
    label: str | None
    events: int

    def to_dict(self) -> dict[str, Any]:
        return {"cameo": self.cameo, "label": self.label, "events": self.events}


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadSummary:
    """Events between two countries, either direction: how many, of which kind, how hostile, when."""

    a: str
    """The alphabetically first country code of the pair."""
    b: str
    a_name: str
    """The name of country ``a`` from the stored country entities, or its code when none is stored."""
    b_name: str
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: float | None
    top_cameo: tuple[CameoCount, ...]
    first: date | None
    last: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a, "b": self.b, "a_name": self.a_name, "b_name": self.b_name, "events": self.events,
            "quad_classes": {"verbal_cooperation": self.verbal_cooperation,
                             "material_cooperation": self.material_cooperation,
                             "verbal_conflict": self.verbal_conflict,
                             "material_conflict": self.material_conflict},
            "mean_goldstein": self.mean_goldstein,
            "top_cameo": [c.to_dict() for c in self.top_cameo],
            "first": _iso(self.first), "last": _iso(self.last),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    """One event as a line of a report: who, what, whom, when, and the sentence that says so."""

    id: str
    article_id: str
    date: date | None
    cameo: str
    label: str | None
    quad_class: int | None
    goldstein: float | None
    source_name: str | None
    source_code: str | None
    target_name: str | None
    target_code: str | None
    evidence: str | None
    title: str | None
    sentence: str | None = None
    """The whole sentence the evidence comes from."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "article_id": self.article_id, "date": _iso(self.date), "cameo": self.cameo,
            "label": self.label, "quad_class": self.quad_class, "goldstein": self.goldstein,
            "source": {"name": self.source_name, "code": self.source_code},
            "target": ({"name": self.target_name, "code": self.target_code}
                       if self.target_name is not None or self.target_code is not None else None),
            "evidence": self.evidence, "sentence": self.sentence, "title": self.title,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorSummary:
    """An entity and the number of events it takes part in, as source, target or either."""

    entity: str
    name: str
    type: str | None
    country: str | None
    code: str | None
    events: int
    as_source: int
    as_target: int

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "type": self.type, "country": self.country,
                "code": self.code, "events": self.events, "as_source": self.as_source,
                "as_target": self.as_target}


def summary(store: Store) -> dict[str, Any]:
    """Returns the store's counts and the date ranges of its events and articles.

    The shape is ``{"counts": {...}, "dates": {"events": {"first", "last"}, "articles": {"first",
    "last"}}}``, dates as ISO strings (``None`` when nothing is dated); ``counts`` is
    :meth:`Store.counts`.
    """
    ((ev_first, ev_last, art_first, art_last),) = store.sql("""
        SELECT (SELECT min(date) FROM events), (SELECT max(date) FROM events),
               (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)""")
    return {
        "counts": store.counts(),
        "dates": {"events": {"first": _iso(ev_first), "last": _iso(ev_last)},
                  "articles": {"first": _iso(art_first), "last": _iso(art_last)}},
    }


def busiest_dyads(store: Store, *, limit: int = 10) -> list[DyadSummary]:
    """Returns the country pairs with the most events between them, busiest first.

    A dyad is an unordered pair: India → Pakistan and Pakistan → India count together. Events
    without both countries, or within one country, are left out. Ties go to the pair whose codes
    sort first.
    """
    dyads = store.sql(f"""
        WITH d AS ({_DYAD_EVENTS})
        SELECT a, b, count(*) AS n,
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               avg(goldstein), min(date), max(date)
        FROM d GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?""", [limit])
    if not dyads:
        return []
    pairs = [[a, b] for a, b, *_ in dyads]
    codes: dict[tuple[str, str], list[CameoCount]] = {}
    for a, b, cameo, label, n in store.sql(f"""
            WITH d AS ({_DYAD_EVENTS})
            SELECT a, b, cameo, min(label), count(*) AS n
            FROM d WHERE list_contains(?::VARCHAR[][], [a, b])
            GROUP BY a, b, cameo
            QUALIFY row_number() OVER (PARTITION BY a, b ORDER BY count(*) DESC, cameo) <= ?
            ORDER BY a, b, n DESC, cameo""", [pairs, TOP_CAMEO_PER_DYAD]):
        codes.setdefault((a, b), []).append(CameoCount(cameo=cameo, label=label, events=n))
    names = dict(store.sql("""
        SELECT country, min(name) FROM entities
        WHERE type = 'country' AND list_contains(?::VARCHAR[], country) GROUP BY country""",
                           [sorted({c for pair in pairs for c in pair})]))
    return [
        DyadSummary(a=a, b=b, a_name=names.get(a, a), b_name=names.get(b, b), events=n,
                    verbal_cooperation=q1, material_cooperation=q2, verbal_conflict=q3, material_conflict=q4,
                    mean_goldstein=mean, top_cameo=tuple(codes.get((a, b), ())), first=first, last=last)
        for a, b, n, q1, q2, q3, q4, mean, first, last in dyads
    ]


def latest_events(store: Store, *, limit: int = 10, dyadic: bool = False) -> list[EventRow]:
    """Returns the most recent events, newest first (undated last; ties by event id).

    With ``dyadic``, only events that have a target: the ones a relations report is about.
    """
    rows = store.sql("""
        SELECT e.id, e.article_id, e.date, e.cameo, e.label, e.quad_class, e.goldstein,
               e.source_name, e.source_code, e.target_name, e.target_code, e.evidence_text, a.title, s.text
        FROM events e LEFT JOIN articles a ON a.id = e.article_id
        LEFT JOIN sentences s ON s.article_id = e.article_id AND s.id = e.sentence
        WHERE (NOT ? OR e.target_code IS NOT NULL)
        ORDER BY e.date DESC NULLS LAST, e.id LIMIT ?""", [dyadic, limit])
    return [
        EventRow(id=id_, article_id=article_id, date=day, cameo=cameo, label=label, quad_class=quad,
                 goldstein=goldstein, source_name=source_name, source_code=source_code,
                 target_name=target_name, target_code=target_code, evidence=evidence, title=title,
                 sentence=sentence)
        for (id_, article_id, day, cameo, label, quad, goldstein, source_name, source_code, target_name,
             target_code, evidence, title, sentence) in rows
    ]


def top_actors(store: Store, *, limit: int = 10) -> list[ActorSummary]:
    """Returns the entities taking part in the most events, as source or target, most active first.

    An event counts once for an entity even when it is both source and target. Only actors
    linked to an entity id are counted. Ties go to the name, then the id.
    """
    rows = store.sql("""
        WITH parts AS (
            SELECT id, source_entity AS entity, source_name AS name, 1 AS src, 0 AS tgt
            FROM events WHERE source_entity IS NOT NULL
            UNION ALL
            SELECT id, target_entity, target_name, 0, 1
            FROM events WHERE target_entity IS NOT NULL
        ),
        counted AS (
            SELECT entity, min(name) AS name, count(DISTINCT id) AS n,
                   CAST(sum(src) AS INTEGER) AS as_source, CAST(sum(tgt) AS INTEGER) AS as_target
            FROM parts GROUP BY entity
        )
        SELECT c.entity, coalesce(e.name, c.name) AS name, e.type, e.country, e.code,
               c.n, c.as_source, c.as_target
        FROM counted c LEFT JOIN entities e ON e.id = c.entity
        ORDER BY c.n DESC, name, c.entity LIMIT ?""", [limit])
    return [
        ActorSummary(entity=entity, name=name, type=type_, country=country, code=code, events=n,
                     as_source=as_source, as_target=as_target)
        for entity, name, type_, country, code, n, as_source, as_target in rows
    ]
