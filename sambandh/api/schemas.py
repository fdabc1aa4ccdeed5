"""The shapes the API takes and returns, as pydantic models; they are what ``/openapi.json`` publishes.

Response models mirror ``to_dict()`` of the model and query classes, whose keys are stable: keys are
added, never renamed. Every error has one shape, :class:`ErrorOut`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_TEXT_CHARS = 500_000
"""Longest text or HTML accepted by ``POST /analyze`` and ``POST /ingest``, in characters: far above a
news article (a long one is ~30,000), low enough that one request cannot hold a worker for long."""

MAX_INGEST_DOCUMENTS = 50
"""Documents per ``POST /ingest`` request."""


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: str) -> date | None:
    """The day of a ``YYYY-MM-DD`` string; ``None`` for anything else (``2023-02-30``, ``20230726``)."""
    if not _ISO_DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# -- errors -------------------------------------------------------------------------------------


class ErrorOut(BaseModel):
    """Every error response: ``{"ok": false, "error": "<reason>", "status": <code>}``."""

    ok: Literal[False] = False
    error: str = Field(description="What went wrong and, where it helps, what to do.")
    status: int = Field(description="The HTTP status code, repeated.")


# -- requests -----------------------------------------------------------------------------------


class AnalyzeIn(BaseModel):
    """One document to analyse: plain text, a Markdown scrape, or an HTML page, sent in the body.

    Give exactly one of ``text`` and ``html``. Nothing is fetched: ``url`` only records where the text
    came from (its path may give the publication date).
    """

    # Strict: "events": "0" is not a boolean, as the schema says; nothing is coerced.
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={
        "oneOf": [{"required": ["text"]}, {"required": ["html"]}]})

    # Typed without null (default None only when absent), so the schema's oneOf says exactly what is valid.
    text: str = Field(None, min_length=1, max_length=MAX_TEXT_CHARS,  # type: ignore[assignment]
                      description="Plain text or Markdown.")
    html: str = Field(None, min_length=1, max_length=MAX_TEXT_CHARS,  # type: ignore[assignment]
                      description="An HTML page.")
    format: Literal["text", "markdown"] = Field("text", description="How to read ``text``.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000, description="Where the text came from; never fetched.")
    published: str | None = Field(None, json_schema_extra={"format": "date"},
                                  description="Publication date (YYYY-MM-DD), when known apart from the text.")
    language: Literal["hi", "en"] | None = Field(None, description="Detected from the script when omitted.")
    events: bool = Field(True, description="False: extraction, sentences and entities only.")

    @field_validator("published")
    @classmethod
    def _iso_day(cls, value: str | None) -> str | None:
        if value is not None and iso_day(value) is None:
            raise ValueError("not a day as YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _one_body(self) -> AnalyzeIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class IngestIn(BaseModel):
    """Documents to analyse and store (needs the API token)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    documents: list[AnalyzeIn] = Field(min_length=1, max_length=MAX_INGEST_DOCUMENTS)


# -- the contract -------------------------------------------------------------------------------


class SkippedOut(_Open):
    """A document that yielded no article, and why (``empty``, ``error``, ...), as ``sambandh analyze``
    reports it."""

    id: str
    source: SourceOut
    skipped: str
    detail: str | None


class SourceOut(_Open):
    path: str | None
    url: str | None
    format: str


class ImageOut(_Open):
    url: str
    caption: str | None


class RelatedOut(_Open):
    title: str
    url: str | None


class SentenceOut(_Open):
    id: int
    text: str
    paragraph: int
    start: int
    end: int


class MentionOut(_Open):
    text: str
    sentence: int
    start: int
    end: int
    how: str


class EntityOut(_Open):
    id: str
    name: str
    type: str
    country: str | None
    code: str | None
    names: dict[str, list[str]]
    mentions: list[MentionOut]


class ActorPhraseOut(_Open):
    sentence: int
    start: int
    end: int
    text: str
    entity: str | None
    name: str
    type: str
    country: str | None
    code: str | None
    how: str


class ActorRefOut(_Open):
    entity: str | None
    name: str
    country: str | None
    code: str | None


class LocationOut(_Open):
    name: str
    country: str | None


class EvidenceOut(_Open):
    start: int
    end: int
    text: str


class EventOut(_Open):
    id: str
    cameo: str
    root: str
    label: str
    plover: str | None
    quad_class: int
    goldstein: float
    source: ActorRefOut
    target: ActorRefOut | None
    date: str | None
    date_precision: str
    location: LocationOut | None
    reported_by: list[str]
    negated: bool
    modality: str
    confidence: float
    sentence: int
    evidence: EvidenceOut


class ArticleOut(_Open):
    """An article as the JSON contract of ``sambandh analyze --format jsonl`` (``docs/contract.md``)."""

    id: str
    source: SourceOut
    language: str | None
    title: str | None
    summary: str | None
    published: str | None
    authors: list[str]
    section: str | None
    image: ImageOut | None
    headings: list[str]
    paragraphs: list[str]
    removed: list[str]
    related: list[RelatedOut]
    extractor: str | None
    sentences: list[SentenceOut]
    entities: list[EntityOut]
    actors: list[ActorPhraseOut]
    events: list[EventOut]


# -- lists --------------------------------------------------------------------------------------


class ArticleSummaryOut(_Open):
    """One line of ``GET /articles``."""

    id: str
    title: str | None
    summary: str | None
    published: str | None
    language: str | None
    source: SourceOut
    events: int
    links: dict[str, str]


class StoredEventOut(EventOut):
    """An event of ``GET /events``: the contract's event, with its article and whole sentence."""

    article_id: str
    article_title: str | None
    sentence_text: str | None


class _Page(_Open):
    total: int = Field(description="How many items match the filters, on all pages.")
    limit: int
    offset: int
    next_offset: int | None = Field(description="The offset of the next page; null on the last page.")


class ArticlePage(_Page):
    items: list[ArticleSummaryOut]


class EventPage(_Page):
    items: list[StoredEventOut]


class IngestOut(_Open):
    ok: Literal[True] = True
    ids: list[str] = Field(description="The id of each document's article, in request order.")
    stored: dict[str, int] = Field(description="What the store added: articles, duplicates, events, ...")
    skipped: list[dict[str, Any]] = Field(description="Documents that yielded no article, and why.")


class QueryResultOut(_Open):
    """A result of the relations queries (actors, dyads, connections, trending, search): a JSON object
    whose keys are those of the query function's ``to_dict()``."""
