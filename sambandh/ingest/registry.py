"""Readers by format name, and how a file's format is guessed when not named."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ..model import Document, Skipped
from . import feeds, html, jsonl, markdown, text, warc

# A reader takes a whole decoded file (small: a page, a feed) and its path.
Reader = Callable[[str, str], Iterator[Document | Skipped]]
# A stream reader opens a file itself and reads it record by record (corpora, crawls).
StreamReader = Callable[..., Iterator[Document | Skipped]]

READERS: dict[str, Reader] = {
    "markdown": markdown.read,
    "html": html.read,
    "text": text.read,
    "jsonl": jsonl.read,
    "feed": feeds.read,
}
STREAM_READERS: dict[str, StreamReader] = {
    "jsonl": jsonl.stream,
    "warc": warc.stream,
}
FORMATS = tuple(sorted({*READERS, *STREAM_READERS}))

_EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
    ".txt": None,  # sniffed: scrapes are often saved as .txt
    ".xml": None,  # sniffed: a feed, or a page saved as XHTML
}
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]+\)", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_FEED_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.IGNORECASE)


def known_extension(path: Path) -> bool:
    """Whether a folder walk should pick this file up."""
    suffixes = path.suffixes
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1].lower() in _EXTENSIONS


def format_by_name(name: str) -> str | None:
    """The format a file's extension names, when it names one (``.warc.gz`` is ``warc``)."""
    return _EXTENSIONS.get(Path(name.removesuffix(".gz")).suffix.lower())


def sniff_format(name: str, head: str) -> str:
    """The format of a file from its name, or else from its first characters."""
    by_name = format_by_name(name)
    if by_name:
        return by_name
    if _FEED_START.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    if head.lstrip().startswith("{") and head.lstrip().split("\n", 1)[0].rstrip().endswith("}"):
        return "jsonl"
    if _MARKDOWN_IMAGE.search(head) or _MARKDOWN_HEADING.search(head):
        return "markdown"
    return "text"
