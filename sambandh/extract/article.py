"""The front door of extraction: one ``Document`` in, one ``Article`` (or a ``Skipped``) out."""

from __future__ import annotations

from dataclasses import replace

from ..model import Article, Document, Related, Skipped, Source
from ..text.language import detect_language
from .html import parse_page
from .markdown import parse_scrape
from .pagetype import classify
from .plain import parse_text
from .published import datetime_from_html, first_date, published_at


def extract(document: Document) -> Article | Skipped:
    """The clean article of a document, or a ``Skipped`` saying why there is none.

    The publication date comes from the first of: the document's metadata, the
    page's metadata, a dateline ("अपडेटेड: ..."), the page URL, the lead image URL.
    """
    meta_date = document.published
    url = document.url or document.source.url
    authors: tuple[str, ...] = ()
    section = canonical = page_time = None
    language = document.language
    if document.content_type == "text/html":
        page = parse_page(document.content, url=url)
        kind = classify(document.content, [*page[0].headings, *page[0].paragraphs] if page else [])
        if kind.listing:
            return Skipped(id=document.id, source=document.source, reason="listing-page",
                           detail=f"a listing, not an article: {kind.reason}")
        if page is None:
            return Skipped(id=document.id, source=document.source, reason="empty",
                           detail="no main text found in the HTML page")
        parts, meta = page
        parts.title = document.title or parts.title
        meta_date = meta_date or meta.date
        url = url or meta.url
        authors, section, canonical = meta.authors, meta.section, meta.url
        language = language or meta.language
        stated = datetime_from_html(document.content)
        page_time = stated.isoformat() if stated else None
        extractor = "trafilatura+rules"
    elif document.content_type == "text/markdown":
        parts = parse_scrape(document.content, title=document.title)
        extractor = "markdown-rules"
    else:
        parts = parse_text(document.content, title=document.title)
        extractor = "text-rules"
    if not parts.paragraphs:
        return Skipped(id=document.id, source=document.source, reason="empty",
                       detail="no body paragraphs after removing site furniture")
    published, _origin = first_date(
        ("metadata", meta_date),
        ("dateline", parts.dateline),
        ("url", url),
        ("image-url", parts.image.url if parts.image else None),
        *(("image-url", image_url) for image_url in parts.image_urls),
    )
    body = "\n".join(parts.paragraphs)
    return Article(
        id=document.id,
        source=document.source if document.source.url or not url else _with_url(document, url),
        language=language or detect_language(body),
        title=parts.title,
        summary=parts.summary,
        published=published,
        published_at=published_at(published, document.published, page_time, parts.dateline),
        authors=authors,
        section=section,
        canonical_url=canonical,
        image=parts.image,
        headings=tuple(parts.headings),
        paragraphs=tuple(parts.paragraphs),
        removed=tuple(parts.removed),
        related=tuple(_unique(parts.related)),
        extractor=extractor,
    )


def _with_url(document: Document, url: str) -> Source:
    return replace(document.source, url=url)


def _unique(related: list[Related]) -> list[Related]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for item in related:
        key = (item.title, item.url)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out

