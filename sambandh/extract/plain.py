"""Plain text → the parts of an article: paragraphs are blank-line or line separated."""

from __future__ import annotations

from .markdown import ScrapeParts, parse_scrape


def parse_text(text: str, *, title: str | None = None) -> ScrapeParts:
    """The parts of plain text; without a known title, a short first line is taken as it."""
    return parse_scrape(text, title=title, title_line="short")
