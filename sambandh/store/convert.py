"""Between the model and the tables: model objects from stored JSON, table rows from model objects.

The ``articles.json`` column holds ``Article.to_dict()``; :func:`article_from_dict` rebuilds
the article so that ``article_from_dict(a.to_dict()).to_dict() == a.to_dict()``. Fields
that ``to_dict`` leaves out (``Entity.wikidata``, ``Location.entity``) are not stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import (
    Actor,
    ActorRef,
    Article,
    Entity,
    Event,
    Evidence,
    Image,
    Location,
    Mention,
    Related,
    Sentence,
    Source,
)

__all__ = [
    "ArticleRows",
    "article_from_dict",
    "article_rows",
    "as_date",
    "entity_from_dict",
    "event_from_dict",
]


def _tuple(values: Any) -> tuple[Any, ...]:
    return tuple(values or ())


def _mention_from_dict(data: dict[str, Any]) -> Mention:
    return Mention(text=data["text"], sentence=data["sentence"], start=data["start"], end=data["end"],
                   how=data.get("how", "exact"), alias=data.get("alias"))


def entity_from_dict(data: dict[str, Any]) -> Entity:
    """Returns the entity whose ``to_dict()`` is ``data``."""
    return Entity(
        id=data["id"], name=data["name"], type=data["type"], country=data.get("country"),
        code=data.get("code"),
        names={lang: _tuple(names) for lang, names in (data.get("names") or {}).items()},
        mentions=tuple(_mention_from_dict(m) for m in data.get("mentions") or ()),
        role=data.get("role"),
    )


def event_from_dict(data: dict[str, Any]) -> Event:
    """Returns the event whose ``to_dict()`` is ``data``."""
    target = data.get("target")
    location = data.get("location")
    evidence = data["evidence"]
    return Event(
        id=data["id"], cameo=data["cameo"], root=data["root"], label=data["label"],
        plover=data.get("plover"), quad_class=data["quad_class"], goldstein=data["goldstein"],
        source=ActorRef.from_dict(data["source"]),
        target=ActorRef.from_dict(target) if target is not None else None,
        date=data.get("date"), date_precision=data["date_precision"], sentence=data["sentence"],
        evidence=Evidence(start=evidence["start"], end=evidence["end"], text=evidence["text"]),
        location=(Location(name=location["name"], country=location.get("country"))
                  if location is not None else None),
        reported_by=_tuple(data.get("reported_by")), negated=data.get("negated", False),
        modality=data.get("modality", "asserted"), confidence=data.get("confidence", 0.5),
        trigger=data.get("trigger"),
    )


def article_from_dict(data: dict[str, Any]) -> Article:
    """Returns the article whose ``to_dict()`` is ``data``.

    Raises:
        KeyError, TypeError: ``data`` lacks a required field or has one of the wrong shape.
    """
    image = data.get("image")
    return Article(
        id=data["id"], source=Source.from_dict(data["source"]), language=data.get("language"),
        title=data.get("title"), summary=data.get("summary"), published=data.get("published"),
        published_at=data.get("published_at"), authors=_tuple(data.get("authors")), section=data.get("section"),
        canonical_url=data.get("canonical_url"),
        image=Image(url=image["url"], caption=image.get("caption")) if image is not None else None,
        headings=_tuple(data.get("headings")), paragraphs=_tuple(data.get("paragraphs")),
        removed=_tuple(data.get("removed")),
        related=tuple(Related(title=r["title"], url=r.get("url")) for r in data.get("related") or ()),
        sentences=tuple(Sentence(id=s["id"], text=s["text"], paragraph=s["paragraph"], start=s["start"],
                                 end=s["end"]) for s in data.get("sentences") or ()),
        entities=tuple(entity_from_dict(e) for e in data.get("entities") or ()),
        actors=tuple(Actor(**a) for a in data.get("actors") or ()),
        events=tuple(event_from_dict(e) for e in data.get("events") or ()),
        extractor=data.get("extractor"),
    )


def as_date(value: str | None) -> date | None:
    """The calendar date of an ISO string, for the ``DATE`` columns; ``None`` when there is none.

    ``"2023-07-26"`` and ``"2023-07-26T10:00:00+05:30"`` give 26 July; a month (``"2023-07"``) or a
    year (``"2023"``) gives its first day. The exact string stays in the article's JSON.
    """
    if not value:
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    parts = text.split("-")
    try:
        if len(parts) == 2 and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(text) == 4:
            return date(int(text), 1, 1)
    except ValueError:
        return None
    return None


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """One article as rows, in the column order of each table (see ``migrations.py``)."""

    document: tuple[Any, ...]
    article: tuple[Any, ...]
    sentences: list[tuple[Any, ...]]
    entities: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]


def _event_row(article_id: str, event: Event) -> tuple[Any, ...]:
    source, target, location = event.source, event.target, event.location
    return (
        event.id, article_id, event.cameo, event.root, event.label, event.plover, event.quad_class,
        event.goldstein,
        source.entity, source.name, source.country, source.code,
        target.entity if target else None, target.name if target else None,
        target.country if target else None, target.code if target else None,
        as_date(event.date), event.date_precision,
        location.name if location else None, location.country if location else None,
        list(event.reported_by), event.negated, event.modality, event.confidence, event.sentence,
        event.evidence.start, event.evidence.end, event.evidence.text,
    )


def article_rows(article: Article) -> ArticleRows:
    """Returns the rows that store ``article``: the document (without ``ingested_at``) and its parts."""
    source, image = article.source, article.image
    data = article.to_dict()
    return ArticleRows(
        document=(article.id, source.path, source.url, source.format, source.record),
        article=(
            article.id, article.language, article.title, article.summary, as_date(article.published),
            list(article.authors), article.section, image.url if image else None,
            image.caption if image else None, list(article.headings), list(article.paragraphs),
            list(article.removed), json.dumps(data["related"], ensure_ascii=False), article.extractor,
            json.dumps(data, ensure_ascii=False),
        ),
        sentences=[(article.id, s.id, s.paragraph, s.start, s.end, s.text) for s in article.sentences],
        entities=[(e.id, e.name, e.type, e.country, e.code) for e in article.entities],
        mentions=[(article.id, e.id, m.sentence, m.start, m.end, m.text, m.how)
                  for e in article.entities for m in e.mentions],
        events=[_event_row(article.id, e) for e in article.events],
    )
