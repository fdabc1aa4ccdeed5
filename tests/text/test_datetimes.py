"""Publication times with their zones, from metadata and Hindi or English datelines."""

import datetime as dt

import pytest

from sambandh.text.datetimes import parse_dateline_datetime, parse_iso_datetime

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


@pytest.mark.parametrize(("text", "expected"), [
    ("अपडेटेड: 27 Jul 2023 08:05 AM (IST)", dt.datetime(2023, 7, 27, 8, 5, tzinfo=IST)),
    ("२७ जुलाई २०२३, ०८:०५ बजे भारतीय समयानुसार", dt.datetime(2023, 7, 27, 8, 5, tzinfo=IST)),
    ("Updated: July 27, 2023 10:18 PM IST", dt.datetime(2023, 7, 27, 22, 18, tzinfo=IST)),
    ("Published 3 March 2024 12:30 PM GMT", dt.datetime(2024, 3, 3, 12, 30, tzinfo=dt.UTC)),
    ("Posted: 1 Jan 2024 12:10 AM IST", dt.datetime(2024, 1, 1, 0, 10, tzinfo=IST)),
])
def test_datetimes_datelines(text, expected):
    assert parse_dateline_datetime(text) == expected


@pytest.mark.parametrize("text", [
    "Friday, February 14, 2020 10:18 PM",  # no zone: we do not guess one
    "27 जुलाई 2023",  # no time
    "08:05 AM IST",  # no date
])
def test_datetimes_incomplete_datelines_give_none(text):
    assert parse_dateline_datetime(text) is None


@pytest.mark.parametrize(("text", "offset"), [
    ("2023-07-27T08:05:00+05:30", 330), ("2023-07-27T08:05:00Z", 0), ("2023-07-27T08:05:00+0530", 330),
    ("2023-07-27 08:05-04:00", -240),
])
def test_datetimes_iso_with_zone(text, offset):
    found = parse_iso_datetime(text)
    assert found.utcoffset() == dt.timedelta(minutes=offset)


def test_datetimes_iso_without_zone_is_not_taken():
    assert parse_iso_datetime("2023-07-27T08:05:00") is None
