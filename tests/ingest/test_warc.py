"""WARC crawl files: HTML responses become documents, everything else is passed over or skipped."""

import gzip

from tests_support import http_response, warc_record

from sambandh.ingest import iter_documents
from sambandh.model import Document, Skipped

STORY = ("<html><head><title>Ceasefire talks in Cairo</title></head><body><article>"
         "<p>Negotiators from Egypt and Qatar met the two delegations in Cairo on Tuesday to discuss a ceasefire "
         "and the exchange of prisoners, officials said after the meeting.</p></article></body></html>")


def _warc(tmp_path, records, *, name="crawl.warc.gz", compress=True):
    data = b"".join(gzip.compress(r) if compress else r for r in records)
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_warc_keeps_html_responses_and_passes_over_requests(tmp_path):
    path = _warc(tmp_path, [
        warc_record("warcinfo", "", b"software: test\r\n", content_type="application/warc-fields"),
        warc_record("request", "https://news.example/a", b"GET /a HTTP/1.1\r\n\r\n",
                    content_type="application/http; msgtype=request"),
        warc_record("response", "https://news.example/a", http_response(STORY.encode())),
        warc_record("metadata", "https://news.example/a", b"fetchTimeMs: 12\r\n",
                    content_type="application/warc-fields"),
    ])
    items = list(iter_documents([path]))
    assert len(items) == 1
    document = items[0]
    assert isinstance(document, Document)
    assert document.content_type == "text/html"
    assert document.url == "https://news.example/a"
    assert document.source.format == "warc" and document.source.record


def test_warc_non_html_response_is_skipped_as_not_html(tmp_path):
    path = _warc(tmp_path, [warc_record("response", "https://news.example/logo.png",
                                        http_response(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))])
    (item,) = iter_documents([path])
    assert isinstance(item, Skipped) and item.reason == "not-html"


def test_warc_uses_the_http_charset(tmp_path):
    page = "<html><body><p>Caf\u00e9 owners said the \u201cnew rules\u201d hurt trade.</p></body></html>"
    path = _warc(tmp_path, [warc_record("response", "https://news.example/b",
                                        http_response(page.encode("cp1252"), "text/html; charset=windows-1252"))],
                 name="plain.warc", compress=False)
    (item,) = iter_documents([path])
    assert "Caf\u00e9" in item.content and "\u201cnew rules\u201d" in item.content


def test_warc_truncated_file_keeps_the_records_before_the_damage(tmp_path):
    records = [warc_record("response", f"https://news.example/{n}", http_response(STORY.replace("Tuesday", d).encode()))
               for n, d in enumerate(["Monday", "Tuesday", "Wednesday"])]
    whole = b"".join(gzip.compress(r) for r in records)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[:-40])
    items = list(iter_documents([path]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Skipped"]
    assert items[-1].reason == "truncated"
