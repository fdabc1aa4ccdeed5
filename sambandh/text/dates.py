"""Date expressions in Hindi and English news, resolved against the publication date.

``find_dates`` finds, in text order:

* day + month names, with or without a year: "26 जुलाई", "२६ जुलाई २०२३",
  "26 July 2023", "July 26", "Jul 26, 2023"; with a weekday before them,
  bare or in brackets: "बुधवार (26 जुलाई)", "Wednesday, July 26" (day);
* month + year: "जुलाई 2023", "July 2023" (month);
* a year after a cue word of ``data/year_cues.tsv``: "साल 2023", "in 2023" (year);
* ISO and numeric dates: "2023-07-26", "2023/07/26", "26/07/2023", "26.07.2023"
  (numeric dates are read day first, as Indian news writes them) (day);
* weekdays alone: "बुधवार", "Wednesday" (day);
* relative phrases of ``data/relative_dates.tsv``: "आज", "कल", "पिछले सप्ताह",
  "इस हफ्ते", "last month" (day, week, month or year).

Names come from ``data/months.tsv`` and ``data/weekdays.tsv``. Matching runs on
the folded text (``normalize.fold``), so "फ़रवरी"/"फरवरी" and "सितम्बर"/"सितंबर"
are one name, and Devanagari digits count as digits. A match must stand on word
boundaries: "मई" does not match in "मईना", nor "कल" in "कलकत्ता" or "सकल".
English month and weekday names need a capital first letter ("march" is a verb).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NoReturn

from ..datafiles import Row, load_table
from ..errors import E005, DataFileError
from .normalize import fold, fold_with_map

PACKAGE = "sambandh.text"
DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
PRECISIONS = (DAY, WEEK, MONTH, YEAR)
LANGUAGES = ("hi", "en")
# A day and month without a year go in the year that puts them nearest the publication date, but no more
# than this many days after it: news reports the past far more than it announces the future.
MAX_DAYS_AHEAD = 183

_DIGITS = {0x0966 + value: ord("0") + value for value in range(10)}  # ० … ९ → 0 … 9
# Characters that continue a word: \w plus Devanagari and Latin combining marks (vowel signs, virama, nukta).
_WORD = r"\w\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0300-\u036f"
_START = rf"(?<![{_WORD}])"
_STOP = rf"(?![{_WORD}])"
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_YEAR = rf"(?P<y>(?:1[89]|2[01])\d\d){_STOP}"
_DAY_MONTH_SEP = r"(?:\s*-\s*|\s+)"
_MONTH_YEAR_SEP = r"(?:\s*,\s*|\s*-\s*|\s+)"
_ISO_DATETIME = re.compile(
    r"\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its span in the text, the date it names and how precisely.

    ``value`` is the day itself for ``day``, the Monday for ``week``, the 1st for
    ``month`` and 1 January for ``year``.
    """

    start: int
    end: int
    text: str
    value: dt.date
    precision: str


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    months: Mapping[str, tuple[int, str]]  # folded name → (month, lang)
    weekdays: Mapping[str, tuple[int, str]]  # folded name → (weekday, lang)
    relative: Mapping[str, tuple[str, int]]  # folded phrase → (unit, offset)
    year_cues: frozenset[str]


def to_ascii_digits(text: str) -> str:
    """``text`` with Devanagari digits replaced by ASCII ones; same length. ``"२६ जुलाई"`` → ``"26 जुलाई"``."""
    return text.translate(_DIGITS)


def find_dates(text: str, *, published: dt.date | None) -> list[DateMention]:
    """Every date expression of ``text``, in order, non-overlapping (the longest wins).

    Args:
        text: a sentence or paragraph, Hindi or English.
        published: the publication date that weekdays, relative phrases and
            day-month dates without a year are resolved against; with ``None``
            only expressions that carry their own year are returned.

    Returns:
        The mentions; offsets point into ``text``. With ``published=2023-07-27``,
        "बुधवार (26 जुलाई) को" gives 2023-07-26 (day); "बुधवार" alone the most
        recent Wednesday on or before publication; "इस सप्ताह" the Monday of the
        publication week (week); "कल" is read as yesterday.

    Raises:
        DataFileError: when a bundled word list of ``text/data`` is malformed.
    """
    folded, index = fold_with_map(text)
    folded = to_ascii_digits(folded)
    vocabulary = _vocabulary()
    candidates: list[tuple[int, int, tuple[dt.date, str] | None]] = []
    for pattern, resolve in _patterns():
        for match in pattern.finditer(folded):
            if _cased(match, text, index, vocabulary):
                candidates.append((match.start(), match.end(), resolve(match, vocabulary, published)))
    # Longest first; an expression that does not resolve (31 June, no year to go on) still takes its
    # span, so "31 जून 2023" does not shrink to "जून 2023".
    chosen: list[tuple[int, int, tuple[dt.date, str] | None]] = []
    for candidate in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(candidate[1] <= other[0] or other[1] <= candidate[0] for other in chosen):
            chosen.append(candidate)
    mentions = []
    for first, last, resolved in sorted(chosen, key=lambda c: c[0]):
        if resolved is not None:
            start, end = _original_span(text, index, first, last)
            mentions.append(DateMention(start, end, text[start:end], *resolved))
    return mentions


def parse_date_text(text: str) -> tuple[dt.date, str] | None:
    """The date of a standalone publication-date string, with its precision, or None.

    Reads ISO dates and datetimes with a zone ("2023-07-27T08:05:00+05:30": the
    date as written, in its own zone), compact "20230727", and datelines in any
    form ``find_dates`` knows: "अपडेटेड: 27 Jul 2023 08:05 AM (IST)",
    "Updated: 27 Jul 2023", "27 जुलाई 2023", "July 2023" (month). The first date
    found wins; relative words ("आज") are not resolved.

    Raises:
        DataFileError: when a bundled word list of ``text/data`` is malformed.
    """
    iso = _ISO_DATETIME.fullmatch(to_ascii_digits(text))
    if iso:
        try:
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"])), DAY
        except ValueError:
            return None
    mentions = find_dates(text, published=None)
    return (mentions[0].value, mentions[0].precision) if mentions else None


# ---------------------------------------------------------------------------- resolving

_Resolved = tuple[dt.date, str] | None
_Resolver = Callable[[re.Match[str], _Vocabulary, dt.date | None], _Resolved]


def _day_month(match: re.Match[str], vocabulary: _Vocabulary, published: dt.date | None) -> _Resolved:
    month = vocabulary.months[match["mon"]][0]
    day = int(match["d"])
    if match["y"]:
        return _valid(int(match["y"]), month, day, DAY)
    if published is None:
        return None
    years = (published.year - 1, published.year, published.year + 1)
    options = [option for option in (_valid(year, month, day, DAY) for year in years)
               if option and (option[0] - published).days <= MAX_DAYS_AHEAD]
    weekday = match.groupdict().get("wd")
    if weekday:
        same = [option for option in options if option[0].weekday() == vocabulary.weekdays[weekday][0]]
        options = same or options
    return min(options, key=lambda option: (abs((option[0] - published).days), option[0]), default=None)


def _numeric(match: re.Match[str], vocabulary: _Vocabulary, published: dt.date | None) -> _Resolved:
    return _valid(int(match["y"]), int(match["m"]), int(match["d"]), DAY)


def _month_year(match: re.Match[str], vocabulary: _Vocabulary, published: dt.date | None) -> _Resolved:
    return dt.date(int(match["y"]), vocabulary.months[match["mon"]][0], 1), MONTH


def _year(match: re.Match[str], vocabulary: _Vocabulary, published: dt.date | None) -> _Resolved:
    return dt.date(int(match["y"]), 1, 1), YEAR


def _weekday(match: re.Match[str], vocabulary: _Vocabulary, published: dt.date | None) -> _Resolved:
    if published is None:
        return None
    weekday = vocabulary.weekdays[match["wd"]][0]
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7), DAY


def _relative(match: re.Match[str], vocabulary: _Vocabulary, published: dt.date | None) -> _Resolved:
    if published is None:
        return None
    unit, offset = vocabulary.relative[re.sub(r"\s+", " ", match["rel"])]
    if unit == DAY:
        return published + dt.timedelta(days=offset), DAY
    if unit == WEEK:
        return published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset), WEEK
    if unit == MONTH:
        year, month = divmod(published.year * 12 + published.month - 1 + offset, 12)
        return dt.date(year, month + 1, 1), MONTH
    return dt.date(published.year + offset, 1, 1), YEAR


def _valid(year: int, month: int, day: int, precision: str) -> _Resolved:
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        return None


# ---------------------------------------------------------------------------- matching


def _cased(match: re.Match[str], text: str, index: list[int], vocabulary: _Vocabulary) -> bool:
    """English month and weekday names must start with a capital in the original text."""
    groups = match.groupdict()
    for group, table in (("mon", vocabulary.months), ("wd", vocabulary.weekdays)):
        name = groups.get(group)
        if name and table[name][1] == "en" and not text[index[match.start(group)]].isupper():
            return False
    return True


def _original_span(text: str, index: list[int], first: int, last: int) -> tuple[int, int]:
    start = index[first]
    end = index[last] if last < len(index) else len(text)
    while end > start + 1 and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) == "Cf"):
        end -= 1
    return start, end


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], _Resolver], ...]:
    vocabulary = _vocabulary()
    month = rf"(?P<mon>{_alternation(vocabulary.months)}){_STOP}(?:\.(?=\s*\d))?"
    weekday = rf"(?P<wd>{_alternation(vocabulary.weekdays)}){_STOP}"
    day_month = rf"{_DAY}{_DAY_MONTH_SEP}{month}(?:{_MONTH_YEAR_SEP}{_YEAR})?"
    month_day = rf"{month}\s+{_DAY}{_STOP}(?:(?:\s*,\s*|\s+){_YEAR})?"
    sources: list[tuple[str, _Resolver]] = []
    for core in (day_month, month_day):
        sources += [
            (rf"{_START}{core}", _day_month),
            (rf"{_START}{weekday}\s*\(\s*{core}\s*\)", _day_month),
            (rf"{_START}{weekday}(?:\s*,\s*|\s+){core}", _day_month),
        ]
    sources += [
        (rf"{_START}(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})(?!\d)", _numeric),
        (rf"{_START}(?P<d>\d{{1,2}})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<y>\d{{4}})(?!\d)", _numeric),
        (rf"{_START}{month}{_MONTH_YEAR_SEP}{_YEAR}", _month_year),
        (rf"{_START}(?:{_alternation(vocabulary.year_cues)})\s+{_YEAR}", _year),
        (rf"{_START}{weekday}", _weekday),
        (rf"{_START}(?P<rel>{_alternation(vocabulary.relative)}){_STOP}", _relative),
    ]
    return tuple((re.compile(source), resolve) for source, resolve in sources)


def _alternation(keys: Mapping[str, object] | frozenset[str]) -> str:
    """A regex alternation of folded phrases, longest first; spaces match any whitespace run."""
    return "|".join(r"\s+".join(re.escape(word) for word in key.split())
                    for key in sorted(keys, key=lambda k: (-len(k), k)))


def weekday_names(lang: str) -> frozenset[str]:
    """The folded weekday names of a language (``data/weekdays.tsv``), for rules that need to know a day word."""
    return frozenset(name for name, (_, of) in _vocabulary().weekdays.items() if of == lang)


@functools.cache
def _vocabulary() -> _Vocabulary:
    months = _table("months", "name", "month", range(1, 13))
    weekdays = _table("weekdays", "name", "weekday", range(7))
    relative: dict[str, tuple[str, int]] = {}
    for number, row in enumerate(load_table(PACKAGE, "relative_dates"), start=1):
        _check_language("relative_dates", number, row)
        if row["unit"] not in PRECISIONS:
            _bad("relative_dates", number, f"unit {row['unit']!r} is not one of {', '.join(PRECISIONS)}")
        key = fold(row["phrase"])
        try:
            value = (row["unit"], int(row["offset"]))
        except ValueError:
            _bad("relative_dates", number, f"offset {row['offset']!r} is not an integer")
        if relative.setdefault(key, value) != value:
            _bad("relative_dates", number, f"{row['phrase']!r} repeats a phrase with another meaning")
    cues = frozenset(fold(row["phrase"]) for row in load_table(PACKAGE, "year_cues"))
    return _Vocabulary(months, weekdays, MappingProxyType(relative), cues)


def _table(name: str, word: str, number_column: str, allowed: range) -> Mapping[str, tuple[int, str]]:
    table: dict[str, tuple[int, str]] = {}
    for number, row in enumerate(load_table(PACKAGE, name), start=1):
        _check_language(name, number, row)
        value = row[number_column]
        if not value.isdigit() or int(value) not in allowed:
            _bad(name, number, f"{number_column} {value!r} is not in {allowed.start}-{allowed.stop - 1}")
        entry = (int(value), row["lang"])
        if table.setdefault(fold(row[word]), entry)[0] != entry[0]:
            _bad(name, number, f"{row[word]!r} folds like an earlier name with another {number_column}")
    return MappingProxyType(table)


def _check_language(name: str, number: int, row: Row) -> None:
    if row["lang"] not in LANGUAGES:
        _bad(name, number, f"lang {row['lang']!r} is not one of {', '.join(LANGUAGES)}")


def _bad(name: str, number: int, reason: str) -> NoReturn:
    path = f"sambandh/text/data/{name}.tsv"
    raise DataFileError(E005.format(path=path, line=f"row {number}", reason=reason))


def iso_day(text: str | None) -> dt.date | None:
    """The date of an ISO date or datetime string ("2023-07-27", "2023-07-27T08:05+05:30"), or None."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
