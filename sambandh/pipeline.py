"""``analyze()`` and ``Pipeline``: the one place that knows the order of the stages.

A stage takes an ``Article`` and returns an ``Article``; it declares the fields it
reads and writes, and ``Pipeline`` checks the chain when it is built. Extraction
comes first and turns a ``Document`` into an ``Article`` (or a ``Skipped``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .entities.linker import link_entities
from .errors import E014, E015, InputError, SambandhError
from .events.coder import code_events
from .events.headline import code_headline
from .extract import extract
from .ingest import DEFAULT_MAX_BYTES, iter_documents
from .kb.base import KnowledgeBase, builtin
from .kb.user import load_kb
from .model import Article, Document, Sentence, Skipped, Source, replace
from .text.sentences import split_sentences

log = logging.getLogger(__name__)

StageFunction = Callable[..., Article]


@dataclass(frozen=True, kw_only=True)
class Options:
    """Everything a run can be told; the CLI, the API and ``scale/`` build this same object."""

    events: bool = True  # False: extraction, sentences and entities only (``--no-events``)
    entities: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES  # inputs above this are skipped as too-large
    format: str | None = None  # input format name; None guesses per file
    disable: tuple[str, ...] = ()  # stage names to leave out
    kb_dir: str | None = None  # user KB folder (``sambandh kb import``); None: $SAMBANDH_KB_DIR or ~/.local/share
    user_kb: bool = True  # False: the built-in knowledge base only


@dataclass(frozen=True)
class Stage:
    name: str
    function: StageFunction
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    needs_kb: bool = False


# What extraction fills in; later stages may read these.
EXTRACTED = ("id", "source", "language", "title", "summary", "published", "paragraphs", "headings")


def split_into_sentences(article: Article) -> Article:
    """Sentences of the body paragraphs, with offsets into their paragraph."""
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(article.paragraphs):
        for start, end in split_sentences(paragraph):
            sentences.append(Sentence(id=len(sentences), text=paragraph[start:end], paragraph=number,
                                      start=start, end=end))
    return replace(article, sentences=tuple(sentences))


def _link(article: Article, *, kb: KnowledgeBase) -> Article:
    return link_entities(article, kb=kb)


STAGES: tuple[Stage, ...] = (
    Stage("sentences", split_into_sentences, reads=("paragraphs",), writes=("sentences",)),
    Stage("entities", _link, reads=("sentences", "published"), writes=("entities", "actors"), needs_kb=True),
    Stage("events", code_events, reads=("sentences", "actors", "published", "language"), writes=("events",)),
    # the headline is coded only when the body gave no event (events/headline.py)
    Stage("headline", code_headline, reads=("title", "events"),
          writes=("sentences", "entities", "actors", "events"), needs_kb=True),
)


@dataclass
class Pipeline:
    """Extraction followed by the named stages, in order.

    Example:
        >>> pipeline = Pipeline(disable=("events",))
        >>> article = pipeline.article(Document(source=Source(), content="..."))
    """

    disable: tuple[str, ...] = ()
    kb: KnowledgeBase | None = None
    options: Options = field(default_factory=Options)
    stages: tuple[Stage, ...] = field(init=False)

    def __post_init__(self) -> None:
        disabled = set(self.disable) | set(self.options.disable)
        if not self.options.events:
            disabled.add("events")
        if not self.options.entities:
            disabled.update({"entities", "events"})
        if "events" in disabled:  # the headline is coded only as the events' fallback
            disabled.add("headline")
        known = {stage.name for stage in STAGES}
        unknown = disabled - known
        if unknown:
            raise InputError(E015.format(stage=sorted(unknown)[0], known=", ".join(sorted(known))))
        self.stages = tuple(stage for stage in STAGES if stage.name not in disabled)
        available = set(EXTRACTED)
        for stage in self.stages:
            for needed in stage.reads:
                if needed not in available:
                    order = " → ".join(s.name for s in self.stages)
                    raise InputError(E014.format(stage=stage.name, field=needed, order=order))
            available.update(stage.writes)
        if self.kb is None and any(stage.needs_kb for stage in self.stages):
            self.kb = load_kb(self.options.kb_dir) if self.options.user_kb else builtin()

    @property
    def names(self) -> tuple[str, ...]:
        return ("extract", *(stage.name for stage in self.stages))

    def article(self, document: Document) -> Article | Skipped:
        """The article of one document after every stage, or the reason it has none."""
        extracted = extract(document)
        if isinstance(extracted, Skipped):
            return extracted
        return self.process(extracted)

    def process(self, article: Article) -> Article:
        """Run the stages after extraction on an article."""
        for stage in self.stages:
            article = stage.function(article, kb=self.kb) if stage.needs_kb else stage.function(article)
        return article

    def run(self, paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
        """Articles (and skipped inputs) from files and folders; a failing document never stops the run."""
        for item in iter_documents(paths, fmt=self.options.format, max_bytes=self.options.max_bytes):
            if isinstance(item, Skipped):
                yield item
                continue
            try:
                yield self.article(item)
            except SambandhError as err:
                log.warning("skipped %s: %s", item.source.path, err)
                yield Skipped(id=item.id, source=item.source, reason="error", detail=str(err))


def analyze(
    text: str | Document,
    *,
    language: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    content_type: str = "text/plain",
    options: Options | None = None,
) -> Article:
    """The analysed article of one text, Markdown scrape or HTML page.

    Args:
        text: the content, or a ready ``Document``.
        language: ``hi`` or ``en``; detected from the script when None.
        title: the title when known apart from the text.
        url: where the text came from (its path may give the publication date).
        published: the publication date (ISO) when known.
        content_type: ``text/plain``, ``text/markdown`` or ``text/html``.
        options: run options.

    Raises:
        InputError: when the text holds no article (empty, or only site furniture).

    Example:
        >>> article = analyze("भारत ने मंगलवार को पाकिस्तान की आलोचना की।", published="2025-05-07")
    """
    if isinstance(text, Document):
        document = text
    else:
        document = Document(source=Source(url=url, format=_format_of(content_type)), content=text,
                            content_type=content_type, title=title, published=published, url=url,
                            language=language)
    result = Pipeline(options=options or Options()).article(document)
    if isinstance(result, Skipped):
        raise InputError(f"[E006] No article in the input: {result.reason} ({result.detail}).")
    return result


def _format_of(content_type: str) -> str:
    return {"text/html": "html", "text/markdown": "markdown"}.get(content_type, "text")
