"""HTML pages → the parts of an article, with trafilatura for main text and metadata.

trafilatura finds the main text and the metadata (title, date, authors, section,
image); its Markdown-formatted output then goes through the same line rules as a
scrape, so "also read" boxes and furniture are handled one way everywhere.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from ..model import Image
from ..text.markup import markup_text
from ..text.normalize import normalize
from .markdown import ScrapeParts, parse_scrape

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None
    date: str | None
    authors: tuple[str, ...]
    section: str | None
    url: str | None
    image: str | None
    description: str | None
    language: str | None


def parse_page(html: str, *, url: str | None = None) -> tuple[ScrapeParts, PageMetadata] | None:
    """The article parts and metadata of an HTML page, or None when no main text is found."""
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_formatting=True,
                                         include_comments=False, include_tables=True,
                                         favor_precision=True)
    if result is None:
        return None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not text.strip():
        return None
    meta = PageMetadata(
        title=_clean(data.get("title")),
        date=_clean(data.get("date")),
        authors=tuple(_complete_marks(name, html) for name in _authors(data.get("author"))),
        section=_first(data.get("categories")),
        url=_clean(data.get("url")) or url,
        image=_clean(data.get("image")),
        description=_clean(data.get("description")),
        language=_clean(data.get("language")),
    )
    parts = parse_scrape(text, title=meta.title or "")
    if parts.title == "":
        parts.title = None
    if parts.image is None and meta.image and _names_a_file(meta.image) \
            and meta.image.rstrip("/") != (meta.url or "").rstrip("/"):
        parts.image = Image(url=meta.image, caption=image_caption(html, meta.image))
    if meta.description and not _starts_body(meta.description, parts.paragraphs):
        parts.summary = parts.summary or meta.description
    return parts, meta


# Devanagari signs that follow a consonant (vowel signs, virama, nukta, anusvara...).
_COMBINING = "[\u0900-\u0903\u093a-\u094f\u0955-\u0957\u0962\u0963]*"


def _complete_marks(name: str, html: str) -> str:
    """A name with the Devanagari vowel signs trafilatura's cleaning cut off its end restored from the page.

    trafilatura trims trailing non-word characters, and Python's ``\\w`` does not cover
    vowel signs, so "चक्रवर्ती" comes back as "चक्रवर्त".
    """
    if not name or not "\u0900" <= name[-1] <= "\u097f":
        return name
    found = re.search(re.escape(name) + _COMBINING, html)
    return found.group(0) if found else name


_IMAGE_ALT = re.compile(r"""<meta[^>]+(?:property|name)\s*=\s*["'](?:og:image:alt|twitter:image:alt)["'][^>]*?"""
                        r"""content\s*=\s*["']([^"']+)""", re.IGNORECASE)
_FIGURE = re.compile(r"<figure\b.*?</figure\s*>", re.IGNORECASE | re.DOTALL)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)


def _names_a_file(url: str) -> bool:
    """Whether a URL has a path to a file, not just a site's address (pages declare their home as og:image)."""
    path = urlsplit(url).path.strip("/")
    return (bool(path) and "." in path.rsplit("/", 1)[-1]) or "/" in path


def image_caption(page: str, image_url: str) -> str | None:
    """The caption of the lead image: the <figcaption> of the figure showing it, else its declared alt text."""
    name = image_url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
    if name:
        for figure in _FIGURE.finditer(page):
            block = figure.group(0)
            caption = _FIGCAPTION.search(block)
            if caption and name in block:
                text = _clean(markup_text(caption.group(1), tags_as_spaces=False))
                if text:
                    return text
    alt = _IMAGE_ALT.search(page)
    return _clean(markup_text(alt.group(1))) if alt else None


def _starts_body(description: str, paragraphs: list[str]) -> bool:
    head = " ".join(description.split())[:60]
    return any(paragraph.startswith(head) for paragraph in paragraphs[:2])


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalize(value)
    return value or None


def _authors(value: object) -> tuple[str, ...]:
    text = _clean(value)
    if not text:
        return ()
    return tuple(name.strip() for name in text.split(";") if name.strip())


def _first(value: object) -> str | None:
    if isinstance(value, list) and value:
        return _clean(value[0])
    return _clean(value)
