"""The data model: what flows through the pipeline and what ``analyze`` emits.

Every class is a frozen dataclass whose ``to_dict`` gives exactly the JSON
contract of ``sambandh analyze --format jsonl`` (see ``docs/contract.md``).
Offsets: a sentence's ``start``/``end`` index its paragraph's text; a mention's
and an event evidence's ``start``/``end`` index the sentence's text.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "Document",
    "Entity",
    "Event",
    "Evidence",
    "Image",
    "Location",
    "Mention",
    "Related",
    "Sentence",
    "Skipped",
    "Source",
    "content_id",
    "event_id",
    "replace",
]


def content_id(text: str) -> str:
    """The sha1 of NFC-normalised, whitespace-collapsed text: the same content, the same id."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


def event_id(article_id: str, sentence: int, start: int, code: str, source: ActorRef,
             target: ActorRef | None) -> str:
    """A coded event's id: the same article, sentence, trigger offset, code and actors, the same id."""
    key = "|".join([article_id, str(sentence), str(start), code, source.entity or source.code or "",
                    (target.entity or target.code or "") if target else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where a document came from."""

    path: str | None = None
    url: str | None = None
    format: str = "text"
    record: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "url": self.url, "format": self.format}
        if self.record is not None:
            out["record"] = self.record
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(path=data.get("path"), url=data.get("url"), format=data.get("format", "text"),
                   record=data.get("record"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One raw input, as a reader found it: content plus whatever metadata came with it."""

    source: Source
    content: str
    content_type: str = "text/plain"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None

    @property
    def id(self) -> str:
        return content_id(self.content)


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input that produced no article, and why: kept so nothing is lost silently."""

    id: str
    source: Source
    reason: str
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source.to_dict(), "skipped": self.reason,
                "detail": self.detail}


@dataclass(frozen=True, slots=True, kw_only=True)
class Image:
    url: str
    caption: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "caption": self.caption}


@dataclass(frozen=True, slots=True, kw_only=True)
class Related:
    """A link the page offered beside the story ("ये भी पढ़ें", "also read")."""

    title: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    id: int
    text: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "paragraph": self.paragraph,
                "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A span of a sentence that names an entity, with the alias and method that linked it."""

    text: str
    sentence: int
    start: int
    end: int
    how: str = "exact"
    alias: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "sentence": self.sentence, "start": self.start,
                               "end": self.end, "how": self.how}
        if self.alias is not None:
            out["alias"] = self.alias
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A canonical actor, place or organisation, and where the article mentions it."""

    id: str
    name: str
    type: str
    country: str | None = None
    code: str | None = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    mentions: tuple[Mention, ...] = ()
    wikidata: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "name": self.name, "type": self.type, "country": self.country,
            "code": self.code, "names": {k: list(v) for k, v in sorted(self.names.items())},
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.role is not None:
            out["role"] = self.role
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A noun phrase of a sentence that can do or suffer an event, resolved to one actor.

    "रूस के रक्षा मंत्री सर्गेई शोइगु" is one actor (Sergei Shoigu, ``RUSMIL``);
    "रूसी प्रतिनिधिमंडल" is Russia acting as government (``RUSGOV``).
    """

    sentence: int
    start: int
    end: int
    text: str
    entity: str | None
    name: str
    type: str
    country: str | None = None
    code: str | None = None
    how: str = "exact"

    def ref(self) -> ActorRef:
        return ActorRef(entity=self.entity, name=self.name, country=self.country, code=self.code)

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text,
                "entity": self.entity, "name": self.name, "type": self.type, "country": self.country,
                "code": self.code, "how": self.how}


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRef:
    """An event's source or target: the entity and the CAMEO actor code it acts as."""

    entity: str | None
    name: str
    country: str | None = None
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "country": self.country, "code": self.code}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorRef:
        return cls(entity=data.get("entity"), name=data.get("name", ""), country=data.get("country"),
                   code=data.get("code"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    name: str
    country: str | None = None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One coded event: who did what to whom, with the sentence that says so."""

    id: str
    cameo: str
    root: str
    label: str
    plover: str | None
    quad_class: int
    goldstein: float
    source: ActorRef
    target: ActorRef | None
    date: str | None
    date_precision: str
    sentence: int
    evidence: Evidence
    location: Location | None = None
    reported_by: tuple[str, ...] = ()
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 0.5
    trigger: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "cameo": self.cameo, "root": self.root, "label": self.label,
            "plover": self.plover, "quad_class": self.quad_class, "goldstein": self.goldstein,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "date": self.date, "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "reported_by": list(self.reported_by), "negated": self.negated, "modality": self.modality,
            "confidence": self.confidence, "sentence": self.sentence, "evidence": self.evidence.to_dict(),
        }
        if self.trigger is not None:
            out["trigger"] = self.trigger
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A document made clean: text, metadata, sentences, and what the later stages found."""

    id: str
    source: Source
    language: str | None = None
    title: str | None = None
    summary: str | None = None
    published: str | None = None
    published_at: str | None = None  # ISO date-time with UTC offset, when the page states time and zone
    authors: tuple[str, ...] = ()
    section: str | None = None
    canonical_url: str | None = None
    image: Image | None = None
    headings: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    extractor: str | None = None

    @property
    def text(self) -> str:
        """The body: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The article as the JSON contract of ``sambandh analyze``."""
        return {
            "id": self.id,
            "source": self.source.to_dict(),
            "language": self.language,
            "title": self.title,
            "summary": self.summary,
            "published": self.published,
            "published_at": self.published_at,
            "authors": list(self.authors),
            "section": self.section,
            "canonical_url": self.canonical_url,
            "image": self.image.to_dict() if self.image else None,
            "headings": list(self.headings),
            "paragraphs": list(self.paragraphs),
            "removed": list(self.removed),
            "related": [r.to_dict() for r in self.related],
            "extractor": self.extractor,
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
        }
