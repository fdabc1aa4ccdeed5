"""Markdown scrapes of news pages → the parts of an article.

A scrape keeps the page's order: headline, standfirst, lead image, body with
sub-headings, then the site's trailing furniture. We read it line by line:
images, "also read" links and furniture are recognised by cues from data; short
lines without final punctuation between paragraphs are sub-headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Image, Related
from ..text.normalize import normalize
from . import boilerplate
from .tables import unpack_tables

_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_ATX_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# A backslash escaping Markdown punctuation ("\\*", "\\#") is markup, not text.
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>~\s]|$)")
_SENTENCE_END = re.compile(r"[।.?!॥:\"'”’)]$")

# A sub-heading is a short line: at most this many characters and words. Tuned on
# Hindi news scrapes (sub-headings run 3-9 words); rerun the extraction tests after changing.
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
# The lead image counts as the page's lead only within the first lines of the scrape.
LEAD_IMAGE_WINDOW = 5


@dataclass(slots=True)
class ScrapeParts:
    """What a scrape holds, before sentences and entities."""

    title: str | None = None
    summary: str | None = None
    image: Image | None = None
    headings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    dateline: str | None = None
    image_urls: list[str] = field(default_factory=list)


def parse_scrape(text: str, *, title: str | None = None, title_line: str = "always") -> ScrapeParts:
    """The parts of a Markdown scrape of a news page.

    Args:
        text: the scrape.
        title: a title known from elsewhere (a JSON record); else the first line may be the title.
        title_line: ``always`` takes the first of several lines as the title (scrapes);
            ``short`` only when it reads like a headline (plain text); ``never``.
    """
    lines = [normalize(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    parts = ScrapeParts(title=title)
    if parts.title is None and len(lines) > 1 and _first_line_is_title(lines[0], title_line):
        parts.title = _plain(lines.pop(0))
    lead = _lead_image_index(lines)
    if lead is not None and lead > 0:
        parts.summary = " ".join(_plain(line) for line in lines[:lead])
        lines = lines[lead:]
    unpacked = unpack_tables(lines)
    lines = unpacked.lines
    parts.removed.extend(unpacked.removed)
    in_tail = False
    for index, line in enumerate(lines):
        if in_tail:
            _drop(parts, line)
            continue
        if index in unpacked.data_rows:
            parts.paragraphs.append(_plain(line))
            continue
        if _consume_image(parts, line):
            continue
        rest = boilerplate.related_rest(line)
        if rest is not None:
            _add_related(parts, line, rest)
            continue
        if boilerplate.is_tail(line):
            in_tail = True
            parts.removed.append(line)
            continue
        if boilerplate.is_furniture(_plain(line)) or boilerplate.is_notice(line) or boilerplate.is_menu(line):
            parts.removed.append(line)
            continue
        dated = boilerplate.dateline_rest(line)
        if dated is not None and len(line) <= HEADING_MAX_CHARS:
            parts.dateline = parts.dateline or dated
            parts.removed.append(line)
            continue
        if _only_links(line):
            _add_links(parts, line)
            continue
        plain = _plain(line)
        if not plain:
            parts.removed.append(line)
        elif parts.title and plain.casefold() == parts.title.casefold():
            parts.removed.append(line)  # the headline repeated inside the body
        elif _is_heading(line, plain, following=lines[index + 1:]):
            parts.headings.append(plain)
        else:
            parts.paragraphs.append(plain)
    _drop_foreign_tail(parts)
    return parts


def _drop_foreign_tail(parts: ScrapeParts) -> None:
    """Trailing Latin-only paragraphs of a Devanagari article are site text (disclaimers, SEO lines).

    Hindi news translates what it quotes, so a story's own paragraphs carry Devanagari;
    once the body has ended in Devanagari, English-only lines after it are the site's.
    """
    devanagari = [sum("\u0900" <= char <= "\u097f" for char in p) for p in parts.paragraphs]
    last = max((i for i, count in enumerate(devanagari) if count), default=-1)
    body = parts.paragraphs[:last + 1]
    if last < 0 or sum(devanagari) * 2 <= sum(char.isalpha() for p in body for char in p):
        return
    while len(parts.paragraphs) > last + 1:
        parts.removed.append(parts.paragraphs.pop())


def _first_line_is_title(line: str, rule: str) -> bool:
    if rule == "never" or _IMAGE.fullmatch(line):
        return False
    if rule == "short":
        plain = _plain(line)
        return len(plain) <= HEADING_MAX_CHARS * 2 and not re.search(r"[।.?!]$", plain)
    return True


def _lead_image_index(lines: list[str]) -> int | None:
    for index, line in enumerate(lines[:LEAD_IMAGE_WINDOW]):
        match = _IMAGE.fullmatch(line)
        if match and not boilerplate.is_promo_image(match["alt"]):
            return index
    return None


def _consume_image(parts: ScrapeParts, line: str) -> bool:
    """Handle a line that is only images: the first real one is the lead, the rest are removed."""
    images = list(_IMAGE.finditer(line))
    if not images or _IMAGE.sub("", line).strip():
        return False
    for match in images:
        parts.image_urls.append(match["url"])
        if parts.image is None and not boilerplate.is_promo_image(match["alt"]):
            parts.image = Image(url=match["url"], caption=_caption(match["alt"], parts.title))
        else:
            parts.removed.append(match.group(0))
    return True


def _caption(alt: str, title: str | None) -> str | None:
    """The image's alt text without the headline that scrapers often repeat in it."""
    alt = " ".join(alt.split())
    if title:
        trimmed = " ".join(alt.replace(title, " ").split())
        if trimmed:
            return trimmed
    return alt or None


def _add_related(parts: ScrapeParts, line: str, rest: str) -> None:
    parts.removed.append(line)
    links = list(_LINK.finditer(rest))
    if links:
        for link in links:
            parts.related.append(Related(title=_plain(link["text"]), url=link["url"]))
    elif rest:
        parts.related.append(Related(title=_plain(rest), url=None))


def _only_links(line: str) -> bool:
    body = _LIST_MARKER.sub("", line)
    return bool(_LINK.search(body)) and not _plain(_LINK.sub("", body)).strip(" |,-•·")


def _add_links(parts: ScrapeParts, line: str) -> None:
    parts.removed.append(line)
    for link in _LINK.finditer(line):
        parts.related.append(Related(title=_plain(link["text"]), url=link["url"]))


def _is_heading(line: str, plain: str, *, following: list[str]) -> bool:
    if _ATX_HEADING.match(line):
        return True
    if len(plain) > HEADING_MAX_CHARS or len(plain.split()) > HEADING_MAX_WORDS:
        return False
    if _SENTENCE_END.search(plain):
        return False
    # a heading introduces text: the next content line must be a paragraph, not more furniture
    for nxt in following:
        if _IMAGE.fullmatch(nxt):
            continue
        return len(_plain(nxt)) > len(plain) and not boilerplate.is_tail(nxt)
    return False


def _plain(line: str) -> str:
    """Markdown markup removed: heading marks, list marks, emphasis, links (their text kept)."""
    line = _ATX_HEADING.sub("", line)
    line = _LIST_MARKER.sub("", line)
    line = _LINK.sub(lambda m: m["text"], line)
    line = _EMPHASIS.sub("", line)
    line = _ESCAPE.sub("", line)
    if not any(char.isalnum() for char in line):
        return ""  # rules, separators and stray markup carry no text
    return " ".join(line.split())


def _drop(parts: ScrapeParts, line: str) -> None:
    parts.removed.append(line)
    for image in _IMAGE.finditer(line):
        parts.image_urls.append(image["url"])
