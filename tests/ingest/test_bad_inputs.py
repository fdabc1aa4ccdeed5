"""A corpus of bad inputs next to good ones: the run finishes, each bad input is extracted
correctly or skipped with a reason, and the good inputs are not lost."""

import gzip
import json

import pytest
from click.testing import CliRunner
from tests_support import http_response, warc_record

from sambandh.cli import main

STORY_EN = ("The foreign ministers of India and Japan met in Tokyo on Friday and agreed to hold joint naval "
            "exercises next year, according to a statement issued after the talks. ") * 3
STORY_HI = ("भारत और जापान के विदेश मंत्रियों ने शुक्रवार को टोक्यो में मुलाकात की और अगले साल संयुक्त नौसैनिक "
            "अभ्यास करने पर सहमति जताई। बैठक के बाद जारी बयान में यह जानकारी दी गई। ") * 3
PAGE = "<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"


def _page(title: str, body: str, meta: str = "") -> str:
    return PAGE.format(title=title, body=body, meta=meta)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    # good inputs
    (root / "good.html").write_text(_page("India and Japan to hold naval drills", STORY_EN), encoding="utf-8")
    (root / "good.md").write_text("# भारत-जापान नौसैनिक अभ्यास\n\n" + STORY_HI + "\n", encoding="utf-8")
    # truncated HTML: cut inside a tag after the story
    (root / "truncated.html").write_text(_page("Talks in Tokyo", STORY_EN)[:-40] + "<div cla", encoding="utf-8")
    # binary data named .html
    (root / "binary.html").write_bytes(bytes(range(256)) * 64)
    # UTF-16 page with a BOM, and without one
    (root / "utf16.html").write_bytes(_page("टोक्यो में वार्ता", STORY_HI).encode("utf-16"))
    (root / "utf16le.html").write_bytes(_page("टोक्यो में बैठक", STORY_HI).encode("utf-16-le"))
    # cp1252 page, declared and not
    cafe = "Caf\u00e9 owners in Lyon said the \u201cnew rules\u201d announced by the minister hurt their trade. " * 4
    (root / "cp1252.html").write_bytes(_page("Caf\u00e9 owners protest", cafe,
                                             '<meta charset="windows-1252">').encode("cp1252"))
    (root / "cp1252-undeclared.html").write_bytes(_page("Caf\u00e9 owners march", cafe).encode("cp1252"))
    # a 50 MB page
    big = _page("Huge", STORY_EN).encode() + b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p>"
    (root / "huge.html").write_bytes(big)
    # an empty feed and an empty file
    (root / "empty.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>')
    (root / "empty.html").write_bytes(b"")
    # a truncated WARC.gz with one good record before the damage
    records = [warc_record("response", f"https://news.example/{n}",
                           http_response(_page(f"Story {n}", STORY_EN.replace("Friday", day)).encode()))
               for n, day in enumerate(["Monday", "Tuesday"])]
    whole = b"".join(gzip.compress(r) for r in records)
    (root / "crawl.warc.gz").write_bytes(whole[:-50])
    # a page that is only a list of headline links
    links = "".join(f'<li><a href="/story/{n}">Minister meets delegation from country number {n} in capital</a></li>'
                    for n in range(25))
    (root / "listing.html").write_text(f"<html><head><title>World news</title></head><body><ul>{links}</ul>"
                                       "</body></html>", encoding="utf-8")
    # a JSON Lines file with a broken line between good ones, gzipped and cut short
    lines = [json.dumps({"id": "a", "text": STORY_EN}), "{not json", json.dumps({"id": "b", "text": STORY_HI})]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def results(corpus):
    result = CliRunner().invoke(main, ["analyze", str(corpus), "--no-events", "--format", "jsonl"])
    assert result.exit_code == 0, result.output[-2000:]
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    by_file: dict[str, list[dict]] = {}
    for record in records:
        by_file.setdefault(record["source"]["path"].rsplit("/", 1)[-1], []).append(record)
    return by_file


def _one(results, name):
    (record,) = results[name]
    return record


def test_bad_inputs_good_inputs_are_not_lost(results):
    assert "naval exercises" in " ".join(_one(results, "good.html")["paragraphs"])
    assert "नौसैनिक" in " ".join(_one(results, "good.md")["paragraphs"])


@pytest.mark.parametrize(("name", "reason"), [
    ("binary.html", "decode-error"),
    ("huge.html", "too-large"),
    ("empty.rss", "empty"),
    ("empty.html", "empty"),
    ("listing.html", "listing-page"),
])
def test_bad_inputs_are_skipped_with_a_reason(results, name, reason):
    record = _one(results, name)
    assert record.get("skipped") == reason, record
    assert record["detail"]


def test_bad_inputs_truncated_html_is_still_extracted(results):
    assert "naval exercises" in " ".join(_one(results, "truncated.html")["paragraphs"])


@pytest.mark.parametrize("name", ["utf16.html", "utf16le.html"])
def test_bad_inputs_utf16_pages_decode(results, name):
    record = _one(results, name)
    assert "संयुक्त नौसैनिक अभ्यास" in " ".join(record["paragraphs"])


@pytest.mark.parametrize("name", ["cp1252.html", "cp1252-undeclared.html"])
def test_bad_inputs_cp1252_pages_have_no_mojibake(results, name):
    text = " ".join(_one(results, name)["paragraphs"])
    assert "Caf\u00e9 owners" in text and "\u201cnew rules\u201d" in text
    assert "Ã" not in text and "â€" not in text


def test_bad_inputs_truncated_warc_keeps_the_good_record(results):
    records = results["crawl.warc.gz"]
    assert [r.get("skipped") for r in records] == [None, "truncated"]
    assert "Monday" in " ".join(records[0]["paragraphs"])


def test_bad_inputs_jsonl_broken_line_is_a_bad_record(results):
    records = results["wire.jsonl"]
    assert [r.get("skipped") for r in records] == [None, "bad-record", None]
