"""Times of day and time zones in publication datelines and page metadata.

``published`` in the contract is a day; ``published_at`` adds the time and the UTC
offset when the page states them: ISO 8601 metadata ("2023-07-27T08:05:00+05:30",
"...Z"), or a dateline with a clock time and a zone word ("अपडेटेड: 27 Jul 2023
08:05 AM (IST)", "२७ जुलाई २०२३, ०८:०५ बजे भारतीय समयानुसार"). A time without a
zone is not given an offset we would have to guess; it is left out.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..datafiles import load_table
from .dates import parse_date_text, to_ascii_digits

_ISO = re.compile(r"(?P<d>\d{4}-\d{2}-\d{2})[T ](?P<t>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?P<z>Z|[+-]\d{2}:?\d{2})$")
_CLOCK = re.compile(r"(?<![\d:])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*"
                    r"(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?(?!\d)")


@functools.cache
def _zones() -> tuple[tuple[str, dt.timezone], ...]:
    """Zone words, longest first, with their offsets."""
    zones = []
    for row in load_table("sambandh.text", "time_zones"):
        sign = -1 if row["offset"].startswith("-") else 1
        hours, minutes = row["offset"][1:].split(":")
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes)) * sign
        zones.append((row["zone"], dt.timezone(offset)))
    return tuple(sorted(zones, key=lambda z: -len(z[0])))


def parse_iso_datetime(text: str) -> dt.datetime | None:
    """An ISO 8601 date-time with an explicit zone ("Z" or an offset), else None."""
    match = _ISO.match(text.strip())
    if not match:
        return None
    zone = match["z"].replace("Z", "+00:00")
    if ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    try:
        return dt.datetime.fromisoformat(f"{match['d']}T{match['t']}{zone}")
    except ValueError:
        return None


def parse_dateline_datetime(text: str) -> dt.datetime | None:
    """The date, clock time and zone of a dateline, when all three are written, else None."""
    text = to_ascii_digits(text)
    iso = parse_iso_datetime(text)
    if iso:
        return iso
    day = parse_date_text(text)
    clock = _CLOCK.search(text)
    zone = _zone_in(text)
    if not day or not clock or zone is None:
        return None
    hour, minute, second = int(clock["h"]), int(clock["m"]), int(clock["s"] or 0)
    marker = (clock["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if marker == "pm" and hour < 12:
        hour += 12
    elif marker == "am" and hour == 12:
        hour = 0
    return dt.datetime.combine(day[0], dt.time(hour, minute, second), tzinfo=zone)


def _zone_in(text: str) -> dt.timezone | None:
    for word, zone in _zones():
        if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text):
            return zone
    return None
