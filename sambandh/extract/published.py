"""Publication dates: from metadata, a dateline, or a date in a URL path."""

from __future__ import annotations

import re
from datetime import date

from ..text.dates import parse_date_text

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
