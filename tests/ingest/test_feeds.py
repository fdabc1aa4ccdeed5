"""RSS and Atom feeds: full items, items whose page is on disk, and items we cannot read here."""

from sambandh.ingest import iter_documents
from sambandh.model import Document, Skipped

LONG = ("विदेश मंत्री ने मंगलवार को नई दिल्ली में अपने जापानी समकक्ष से मुलाकात की और दोनों देशों के बीच रक्षा "
        "सहयोग, व्यापार और हिंद-प्रशांत क्षेत्र की सुरक्षा पर विस्तार से बातचीत की। ") * 3

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News</title><link>https://news.example/</link>
<item><title>विदेश मंत्री की जापानी समकक्ष से मुलाकात</title><link>https://news.example/world/japan-talks</link>
<guid>japan-talks</guid><pubDate>Tue, 05 Mar 2024 10:30:00 +0530</pubDate>
<content:encoded><![CDATA[<p>{LONG}</p>]]></content:encoded></item>
<item><title>Saved page</title><link>https://news.example/world/saved-story.html</link>
<description>Short teaser.</description></item>
<item><title>Not saved</title><link>https://news.example/world/elsewhere</link>
<description>Short teaser.</description></item>
<item><title>Escape attempt</title><link>https://news.example/../../secret</link>
<description>Short teaser.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:example</id>
<updated>2024-03-06T08:00:00Z</updated>
<entry><title>Talks resume</title><id>urn:example:1</id><link href="https://news.example/a1"/>
<updated>2024-03-06T08:00:00Z</updated>
<content type="html">&lt;p&gt;{"The two delegations met again in Geneva on Wednesday and agreed to continue. " * 6}&lt;/p&gt;</content>
</entry></feed>"""

SAVED = ("<html><head><title>Saved page</title></head><body><article><p>"
         + "Officials from both countries met in Dhaka to discuss river water sharing and border trade. " * 3
         + "</p></article></body></html>")


def test_feeds_rss_items_with_content_on_disk_and_missing(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "world").mkdir()
    (tmp_path / "world" / "saved-story.html").write_text(SAVED, encoding="utf-8")
    (tmp_path.parent / "secret").write_text("not for the feed", encoding="utf-8")
    items = list(iter_documents([tmp_path / "feed.rss"]))
    assert len(items) == 4
    full, saved, missing, escape = items
    assert isinstance(full, Document) and full.content_type == "text/html"
    assert full.title == "विदेश मंत्री की जापानी समकक्ष से मुलाकात"
    assert full.published == "2024-03-05T05:00:00+00:00"
    assert full.source.record == "japan-talks"
    assert isinstance(saved, Document) and "river water sharing" in saved.content
    assert saved.source.path.endswith("saved-story.html")
    assert isinstance(missing, Skipped) and missing.reason == "summary-only"
    assert "https://news.example/world/elsewhere" in missing.detail
    assert isinstance(escape, Skipped) and escape.reason == "summary-only"


def test_feeds_atom_content(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    (item,) = iter_documents([path])
    assert isinstance(item, Document)
    assert item.url == "https://news.example/a1"
    assert "Geneva" in item.content


def test_feeds_empty_feed_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    (item,) = iter_documents([path])
    assert isinstance(item, Skipped) and item.reason == "empty"
    assert "no items" in item.detail


def test_feeds_declared_legacy_encoding_is_honoured(tmp_path):
    body = "The caf\u00e9 owners\u2019 union met the mayor. " * 20
    feed = ('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>x</title>'
            f'<item><title>Caf\u00e9 talks</title><link>https://n.example/c</link><description>'
            f'{body}</description></item></channel></rss>')
    path = tmp_path / "legacy.rss"
    path.write_bytes(feed.encode("cp1252"))
    (item,) = iter_documents([path])
    assert item.title == "Caf\u00e9 talks"
    assert "owners\u2019 union" in item.content
