import pytest

from sambandh.extract.published import date_from_url, first_date


@pytest.mark.parametrize("url,expected", [
    ("https://x.in/images/2023/07/27/a.jpg", "2023-07-27"),
    ("https://x.in/news/2024-06-19/putin-kim", "2024-06-19"),
    ("https://x.in/news/2024/13/40/x", None),
    ("https://x.in/story/12345", None),
    (None, None),
])
def test_published_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_published_first_date_prefers_metadata():
    assert first_date(("metadata", "2023-07-27"), ("url", "https://x.in/2020/01/01/a")) == ("2023-07-27", "metadata")


def test_published_falls_back_to_image_url():
    assert first_date(("metadata", None), ("image-url", "https://x.in/2023/07/27/a.jpg")) == (
        "2023-07-27", "image-url")


def test_published_datetime_from_html_meta_and_json_ld():
    from sambandh.extract.published import datetime_from_html

    meta = '<meta property="article:published_time" content="2024-03-05T10:30:00+05:30">'
    assert datetime_from_html(meta).isoformat() == "2024-03-05T10:30:00+05:30"
    reversed_order = '<meta content="2024-03-05T05:00:00Z" property="article:published_time" />'
    assert datetime_from_html(reversed_order).isoformat() == "2024-03-05T05:00:00+00:00"
    json_ld = '<script type="application/ld+json">{"datePublished": "2024-03-05T10:30:00+05:30"}</script>'
    assert datetime_from_html(json_ld).isoformat() == "2024-03-05T10:30:00+05:30"
    assert datetime_from_html("<p>no dates</p>") is None


def test_published_at_must_agree_with_the_day():
    from sambandh.extract.published import published_at

    assert published_at("2023-07-27", None, "अपडेटेड: 27 Jul 2023 08:05 AM (IST)") == "2023-07-27T08:05:00+05:30"
    assert published_at("2023-07-28", "अपडेटेड: 27 Jul 2023 08:05 AM (IST)") is None
    assert published_at(None, "2023-07-27T08:05:00Z") is None
