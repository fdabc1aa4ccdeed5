"""The real Hindi news pages in ../shared/corpora/hindi-html: title, date and a clean body.

The pages and their gold dates are read from ../shared (never copied here); the tests
skip when it is absent. Titles are checked against the page's own <h1>/<title>, so no
headline is written into this file.
"""

import html as html_lib
import json
import re

import pytest
from tests_support import shared_path

from sambandh.extract import boilerplate
from sambandh.extract.article import extract
from sambandh.ingest.decode import decode_bytes
from sambandh.model import Article, Document, Source

FOLDER = "corpora/hindi-html"
# The oneindia page has no gold file; its datePublished meta says 2020-06-28.
ONEINDIA = ("mcmetadata_hindi_oneindia_567287.html", "2020-06-28")


def _pages() -> list[tuple[str, str]]:
    folder = shared_path(FOLDER)
    gold = json.loads((folder / "htmldate_gold_dates.json").read_text("utf-8"))
    return [(f"htmldate_{entry['file']}", entry["date"]) for entry in gold.values()] + [ONEINDIA]


def _article(name: str) -> tuple[Article, str]:
    raw = (shared_path(FOLDER) / name).read_bytes()
    page = decode_bytes(raw, html=True)
    result = extract(Document(source=Source(path=name), content=page, content_type="text/html"))
    assert isinstance(result, Article), result
    return result, page


@pytest.fixture(scope="module")
def pages():
    return _pages()


def test_hindi_pages_dates_equal_gold(pages):
    for name, day in pages:
        article, _ = _article(name)
        assert article.published and article.published[:10] == day, name


def test_hindi_pages_titles_are_the_pages_headline(pages):
    for name, _ in pages:
        article, page = _article(name)
        assert article.title, name
        headlines = [html_lib.unescape(re.sub(r"<[^>]+>", "", h)).strip()
                     for h in re.findall(r"<(?:h1|title)[^>]*>(.*?)</(?:h1|title)>", page, re.S | re.I)]
        assert any(article.title in h for h in headlines), (name, article.title)
        assert re.search(r"[\u0900-\u097f]", article.title)


def test_hindi_pages_paragraphs_have_no_furniture(pages):
    for name, _ in pages:
        article, _ = _article(name)
        assert article.paragraphs, name
        for paragraph in article.paragraphs:
            assert boilerplate.related_rest(paragraph) is None, (name, paragraph)
            assert not boilerplate.is_furniture(paragraph), (name, paragraph)
            assert not boilerplate.is_menu(paragraph), (name, paragraph)
            assert not boilerplate.is_notice(paragraph), (name, paragraph)
            assert re.search(r"[\u0900-\u097f]", paragraph), (name, paragraph)
            assert paragraph != article.title


def test_hindi_pages_authors_keep_their_vowel_signs(pages):
    for name, _ in pages:
        article, page = _article(name)
        for author in article.authors:
            # a name cut before a vowel sign would be followed by that sign on the page
            assert not re.search(re.escape(author) + "[\u093e-\u094c]", page), (name, author)
