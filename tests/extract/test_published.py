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
