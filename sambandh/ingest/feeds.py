"""RSS 2.0, RSS 1.0 and Atom feeds, read with ``feedparser`` from a file on disk.

Each item becomes one document: its own full content when the feed carries it
(``content:encoded``, Atom ``content``); else the page it links to when that page is
already on disk beside the feed (saved by a crawler, by URL path or by file name).
Nothing is fetched: an item with neither is skipped as ``summary-only`` with its URL,
so the user can fetch it and run again. A feed with no items is skipped as ``empty``.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser

from ..model import Document, Skipped, Source, content_id
from ..text.markup import markup_text
from .decode import DecodeFailure, decode_bytes

# An item's own content counts as the article when it has at least this many characters of text;
# shorter content is a teaser.
FULL_CONTENT_MIN_CHARS = 400
_PAGE_SUFFIXES = ("", ".html", ".htm", "/index.html")


def read(content: str, path: str) -> Iterator[Document | Skipped]:
    """Documents for a feed's items, with a ``Skipped`` for items that cannot be read here."""
    # A stream, never a string: feedparser opens strings that look like URLs or file names. The
    # content is already decoded, so the header says UTF-8 and overrides the XML declaration.
    parsed = feedparser.parse(io.BytesIO(content.encode("utf-8")),
                              response_headers={"content-type": "application/xml; charset=utf-8"})
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f"{path}: the feed has no items" + (f" ({problem})" if problem else "")
        yield Skipped(id=content_id(f"{path}:empty-feed"), source=Source(path=path, format="feed"),
                      reason="empty", detail=detail)
        return
    folder = Path(path).parent
    for number, entry in enumerate(entries, start=1):
        yield _item(entry, number=number, path=path, folder=folder)


def _item(entry: dict, *, number: int, path: str, folder: Path) -> Document | Skipped:
    link = entry.get("link") or None
    record = entry.get("id") or link or f"item {number}"
    source = Source(path=path, url=link, format="feed", record=record)
    title = (entry.get("title") or "").strip() or None
    published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    body = _full_content(entry)
    if body is not None:
        return Document(source=source, content=body, content_type="text/html", title=title, published=published,
                        url=link, language=_language(entry))
    page = _page_on_disk(link, folder) if link else None
    if page is not None:
        try:
            html = decode_bytes(page.read_bytes(), html=True)
        except (OSError, DecodeFailure) as err:
            return Skipped(id=content_id(f"{path}:{record}"), source=source, reason="decode-error",
                           detail=f"{page}: {err}")
        return Document(source=Source(path=str(page), url=link, format="feed", record=record), content=html,
                        content_type="text/html", title=title, published=published, url=link)
    return Skipped(id=content_id(f"{path}:{record}"), source=source, reason="summary-only",
                   detail=f"item {number} has only a summary and its page is not on disk: {link or '(no link)'}")


def _full_content(entry: dict) -> str | None:
    for item in entry.get("content") or []:
        value = item.get("value") or ""
        if len(markup_text(value)) >= FULL_CONTENT_MIN_CHARS:
            return value if "<" in value else f"<p>{value}</p>"
    summary = entry.get("summary") or ""
    if len(markup_text(summary)) >= FULL_CONTENT_MIN_CHARS:
        return summary if "<" in summary else f"<p>{summary}</p>"
    return None


def _page_on_disk(link: str, folder: Path) -> Path | None:
    """The saved copy of ``link`` under the feed's folder: by host and path (a mirror), by path, by name."""
    parts = urlsplit(link)
    url_path = unquote(parts.path).strip("/")
    candidates = []
    if url_path:
        candidates += [f"{parts.netloc}/{url_path}", url_path, url_path.rsplit("/", 1)[-1]]
    root = folder.resolve()
    for candidate in candidates:
        for suffix in _PAGE_SUFFIXES:
            path = (folder / f"{candidate}{suffix}").resolve()
            # a link must not lead out of the feed's folder ("../../etc/passwd")
            if path.is_file() and path.is_relative_to(root):
                return path
    return None


def _iso(parsed: object) -> str | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def _language(entry: dict) -> str | None:
    for item in entry.get("content") or []:
        if item.get("language"):
            return str(item["language"])[:2]
    return None
