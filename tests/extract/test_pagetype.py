"""Listing pages (home, section, tag pages) are told apart from stories."""

from sambandh.extract.article import extract
from sambandh.extract.pagetype import classify, declares_article, headline_links
from sambandh.model import Article, Document, Skipped, Source

HEADLINES = [f"Minister meets the delegation from country number {n} in the capital" for n in range(12)]


def _teaser_page(meta: str = "") -> str:
    items = "".join(f'<div class="card"><h3><a href="/s/{n}">{h}</a></h3><p>Short teaser about it.</p></div>'
                    for n, h in enumerate(HEADLINES))
    return f"<html><head><title>World</title>{meta}</head><body><nav><a href='/'>Home</a></nav>{items}</body></html>"


def _story_page(meta: str = "") -> str:
    body = "".join(f"<p>On day {n} of the talks in Geneva the delegations worked late into the night on the text "
                   f"of a joint statement, which officials said was close to agreed on point {n}.</p>" for n in range(5))
    aside = "".join(f'<li><a href="/s/{n}">{h}</a></li>' for n, h in enumerate(HEADLINES))
    return (f"<html><head><title>Talks end</title>{meta}</head><body><article><h1>Talks end</h1>{body}</article>"
            f"<aside><ul>{aside}</ul></aside></body></html>")


def test_pagetype_headline_links_ignore_menu_words():
    page = '<a href="/">Home</a><a href="/w">World news</a><a href="/s">Minister meets the visiting delegation</a>'
    assert headline_links(page) == ["minister meets the visiting delegation"]


def test_pagetype_teaser_page_is_a_listing():
    kind = classify(_teaser_page(), ["Short teaser about it."] * 12)
    assert kind.listing
    assert kind.headline_links == 12


def test_pagetype_story_with_related_links_is_not_a_listing():
    lines = ["The talks in Geneva went on late into the night and ended with a joint statement. " * 3] * 4
    assert not classify(_story_page(), lines).listing


def test_pagetype_page_that_declares_an_article_is_a_story():
    meta = '<meta property="og:type" content="article">'
    assert declares_article(_teaser_page(meta))
    assert not classify(_teaser_page(meta), []).listing
    assert declares_article('<script type="application/ld+json">{"@type": "NewsArticle"}</script>')


def test_pagetype_extract_reports_listing_as_skipped():
    result = extract(Document(source=Source(path="home.html"), content=_teaser_page(), content_type="text/html"))
    assert isinstance(result, Skipped) and result.reason == "listing-page"
    story = extract(Document(source=Source(path="story.html"), content=_story_page(), content_type="text/html"))
    assert isinstance(story, Article)
