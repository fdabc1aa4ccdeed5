"""Is this HTML page one story, or a listing (home, section, tag, search page)?

A listing page offers many headlines as links and has little prose of its own; what
an extractor pulls from it is teasers, which are not an article. We decide from the
page alone, without fetching anything:

- a page that declares itself an article (``og:type`` article, JSON-LD ``NewsArticle``
  or ``Article``, ``itemprop="articleBody"``) is a story;
- otherwise it is a listing when it links many headlines and either their words
  outweigh the extracted body's words, or most extracted lines are headline links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.markup import markup_text

# A headline link's text has this many words at least (menus have one or two) and at most LINK_MAX_WORDS.
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 30
# A page with LISTING_MIN_HEADLINES headline links is a listing when their words are at least
# LINK_WORDS_RATIO times the words of the extracted body.
LISTING_MIN_HEADLINES = 10
LINK_WORDS_RATIO = 2.0
# A page whose extracted lines are mostly (this share) headline links is a listing when it has
# at least LINKED_MIN_HEADLINES of them.
LINKED_SHARE = 0.5
LINKED_MIN_HEADLINES = 5

_ANCHOR = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_OG_ARTICLE = re.compile(r"""<meta[^>]+property\s*=\s*["']og:type["'][^>]+content\s*=\s*["']article""", re.IGNORECASE)
_OG_ARTICLE_REVERSED = re.compile(r"""<meta[^>]+content\s*=\s*["']article["'][^>]+property\s*=\s*["']og:type""",
                                  re.IGNORECASE)
_JSONLD_ARTICLE = re.compile(r""""@type"\s*:\s*\[?\s*"(?:News|Report|Blog|Opinion|Analysis|Review)?Article""")
_ARTICLE_BODY = re.compile(r"""itemprop\s*=\s*["']articleBody""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageType:
    listing: bool
    headline_links: int
    reason: str


def headline_links(page: str) -> list[str]:
    """The texts of the page's links that read like headlines, normalised for comparison."""
    found = []
    for match in _ANCHOR.finditer(page):
        text = markup_text(match.group(1))
        if HEADLINE_MIN_WORDS <= len(text.split()) <= HEADLINE_MAX_WORDS:
            found.append(text.casefold())
    return found


def declares_article(page: str) -> bool:
    """Whether the page's metadata says it is one article."""
    return bool(_OG_ARTICLE.search(page) or _OG_ARTICLE_REVERSED.search(page) or _JSONLD_ARTICLE.search(page)
                or _ARTICLE_BODY.search(page))


def classify(page: str, body_lines: list[str]) -> PageType:
    """Listing or story, from the page's HTML and the lines extracted as its body."""
    links = headline_links(page)
    if declares_article(page):
        return PageType(False, len(links), "the page declares itself an article")
    words = sum(len(line.split()) for line in body_lines)
    link_words = sum(len(link.split()) for link in links)
    if len(links) >= LISTING_MIN_HEADLINES and link_words >= LINK_WORDS_RATIO * words:
        return PageType(True, len(links), f"{len(links)} headline links ({link_words} words) "
                                          f"and only {words} words of text")
    linked = set(links)
    as_links = sum(1 for line in body_lines if " ".join(line.split()).casefold() in linked)
    if len(links) >= LINKED_MIN_HEADLINES and body_lines and as_links / len(body_lines) >= LINKED_SHARE:
        return PageType(True, len(links), f"{as_links} of {len(body_lines)} text lines are headline links")
    return PageType(False, len(links), "prose dominates")
