"""Site furniture: which lines of a page are links, menus and promotions, not the story.

The cues live in ``extract/data/boilerplate.tsv``; this module only decides how a
line relates to them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..datafiles import load_table
from ..text.normalize import normalize

_PUNCTUATION = re.compile(r"[\s:：\-–—|।.!?»«>\"'“”‘’()\[\]#*_]+")
_SEPARATORS = ":：-–—|[»>"
KINDS = frozenset({"related", "furniture", "tail", "promo_image", "dateline", "notice"})
# A notice cue marks a line only up to this many words: a long paragraph that quotes
# "all rights reserved" is still body text.
NOTICE_MAX_WORDS = 60
# A menu is a line of at least this many short items split by "|" (or "\|").
MENU_MIN_ITEMS = 3
MENU_ITEM_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Cues:
    related: tuple[str, ...]
    furniture: frozenset[str]
    tail: frozenset[str]
    promo_image: frozenset[str]
    dateline: tuple[str, ...]
    notice: tuple[str, ...]


def _key(text: str) -> str:
    """A comparison key: normalised, lower-cased, punctuation and spaces squeezed out."""
    return _PUNCTUATION.sub(" ", normalize(text)).strip().casefold()


@functools.cache
def cues() -> Cues:
    """The boilerplate cues, grouped by kind; read once."""
    groups: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for row in load_table("sambandh.extract", "boilerplate"):
        groups[row["kind"]].append(_key(row["cue"]))
    # longest first so "यह भी देखें" wins over "पढ़ें"-style short cues
    by_length = lambda items: tuple(sorted(set(items), key=lambda c: (-len(c), c)))  # noqa: E731
    return Cues(
        related=by_length(groups["related"]),
        furniture=frozenset(groups["furniture"]),
        tail=frozenset(groups["tail"]),
        promo_image=frozenset(groups["promo_image"]),
        dateline=by_length(groups["dateline"]),
        notice=by_length(groups["notice"]),
    )


def related_rest(line: str) -> str | None:
    """For an "also read" line, the text after its cue ("" when the cue stands alone); else None.

    The cue must stand alone or be followed by a separator (``:``, ``-``, ``|``) or a link,
    so a body sentence that merely starts with "Related" is left alone.
    """
    text = normalize(line).lstrip("*_#>» ")
    folded = text.casefold()
    for cue in cues().related:
        if not folded.startswith(cue):
            continue
        rest = text[len(cue):].strip(" *_")
        if not rest:
            return ""
        if rest[0] in _SEPARATORS:
            return rest.lstrip(":：-–—|»> ").strip()
    return None


def is_furniture(line: str) -> bool:
    """Whether the whole line is a menu item, share bar or similar."""
    return _key(line) in cues().furniture


def is_notice(line: str) -> bool:
    """Whether a short line is a site notice: copyright, legal, cookie or subscription text."""
    key = _key(line)
    if len(key.split()) > NOTICE_MAX_WORDS:
        return False
    padded = f" {key} "
    return any(f" {cue} " in padded for cue in cues().notice)


def is_menu(line: str) -> bool:
    """Whether the line is a row of short navigation items ("Home | About us | Contact | RSS")."""
    items = [item.strip(" *_\\") for item in line.replace("\\|", "|").split("|")]
    items = [item for item in items if item]
    return len(items) >= MENU_MIN_ITEMS and all(len(item.split()) <= MENU_ITEM_MAX_WORDS for item in items)


def is_tail(line: str) -> bool:
    """Whether the line opens the trailing lists of a page (trending, top headlines)."""
    return _key(line) in cues().tail


def is_promo_image(alt: str) -> bool:
    """Whether an image's alt text marks it as a promotion."""
    return _key(alt) in cues().promo_image


def dateline_rest(line: str) -> str | None:
    """For a dateline ("अपडेटेड: 27 Jul 2023 ..."), the text after its cue; else None."""
    key = _key(line)
    for cue in cues().dateline:
        if key.startswith(cue + " "):
            return _strip_cue(line, cue)
    return None


def _strip_cue(line: str, cue: str) -> str:
    """The part of ``line`` after the words of ``cue`` and any punctuation that follows them."""
    words = cue.split()
    text = normalize(line)
    position = 0
    for word in words:
        found = text.casefold().find(word, position)
        if found < 0:
            return ""
        position = found + len(word)
    return text[position:].lstrip(" :：-–—|>»").strip()
