"""Publication dates: from metadata, a dateline, or a date in a URL path; and the time with its zone."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..text.dates import parse_date_text
from ..text.datetimes import parse_dateline_datetime, parse_iso_datetime

# /2023/07/27/ or /2023-07-27/ in a page or image URL; years bounded to keep ids and versions out.
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)")


def date_from_url(url: str | None) -> str | None:
    """The ISO date found in a URL path, e.g. ``.../2023/07/27/x.jpg`` → ``2023-07-27``."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


def date_from_text(text: str | None) -> str | None:
    """The ISO date of a metadata or dateline string in Hindi or English, or None."""
    if not text:
        return None
    parsed = parse_date_text(text)
    return parsed[0].isoformat() if parsed else None


def first_date(*candidates: tuple[str, str | None]) -> tuple[str | None, str | None]:
    """The first resolvable candidate as ``(iso date, where it came from)``.

    Each candidate is ``(origin, value)`` with origin ``metadata``, ``dateline``, ``url``
    or ``image-url``; URL origins are read as paths, others as date text.
    """
    for origin, value in candidates:
        found = date_from_url(value) if origin.endswith("url") else date_from_text(value)
        if found:
            return found, origin
    return None, None


# Where pages state their publication time, most trusted first: Open Graph / article meta,
# schema.org microdata, JSON-LD, then the first <time datetime>.
_TIME_KEYS = r"(?:article:published_time|og:published_time|pubdate|publishdate|publish-date|datePublished)"
_HTML_TIMES = (
    re.compile(r"<meta[^>]+(?:property|name)\s*=\s*[\"']" + _TIME_KEYS + r"[\"'][^>]*?content\s*=\s*[\"']([^\"']+)",
               re.IGNORECASE),
    re.compile(r"<meta[^>]+content\s*=\s*[\"']([^\"']+)[\"'][^>]*?(?:property|name)\s*=\s*[\"']" + _TIME_KEYS,
               re.IGNORECASE),
    re.compile(r"itemprop\s*=\s*[\"']datePublished[\"'][^>]*?(?:content|datetime)\s*=\s*[\"']([^\"']+)",
               re.IGNORECASE),
    re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\""),
    re.compile(r"<time[^>]+datetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE),
)


def datetime_from_html(page: str) -> datetime | None:
    """The publication date-time with its zone that the page's metadata states, or None."""
    for pattern in _HTML_TIMES:
        for match in pattern.finditer(page):
            found = parse_iso_datetime(match.group(1))
            if found:
                return found
    return None


def published_at(day: str | None, *candidates: str | None) -> str | None:
    """The first candidate's date-time with zone whose date is ``day`` (ISO), or None.

    A candidate is metadata text or a dateline; one that disagrees with the chosen day
    is another date (an update, a related story) and is not used.
    """
    if not day:
        return None
    for text in candidates:
        if not text:
            continue
        found = parse_dateline_datetime(text)
        if found and found.date().isoformat() == day:
            return found.isoformat()
    return None
