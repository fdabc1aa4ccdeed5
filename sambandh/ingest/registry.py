"""Readers by format name, and how a file's format is guessed when not named."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ..model import Document
from . import html, jsonl, markdown, text

Reader = Callable[[str, str], Iterator[Document]]

READERS: dict[str, Reader] = {
    "markdown": markdown.read,
    "html": html.read,
    "text": text.read,
    "jsonl": jsonl.read,
}

_EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".txt": None,  # sniffed: scrapes are often saved as .txt
}
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]+\)", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.IGNORECASE)


def known_extension(path: Path) -> bool:
    """Whether a folder walk should pick this file up."""
    suffixes = path.suffixes
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1].lower() in _EXTENSIONS


def sniff_format(name: str, head: str) -> str:
    """The format of a file from its name, or else from its first characters."""
    suffix = Path(name.removesuffix(".gz")).suffix.lower()
    by_name = _EXTENSIONS.get(suffix)
    if by_name:
        return by_name
    if _HTML_START.match(head):
        return "html"
    if head.lstrip().startswith("{") and head.lstrip().split("\n", 1)[0].rstrip().endswith("}"):
        return "jsonl"
    if _MARKDOWN_IMAGE.search(head) or _MARKDOWN_HEADING.search(head):
        return "markdown"
    return "text"
