"""Names the knowledge base does not know: provisional entities from the name tagger, and near spellings.

The tagger (``entities/ner.py``) marks people, places and organisations; a span no KB match touches
becomes a provisional entity, ``sb:provisional-<slug>`` where the slug is the romanised name
("सदस्य झाओ लिजियान" → ``sb:provisional-jhao-lijiyan``), the same in every run and process. Only
spans that look like names are kept: a person needs two words, or a title right before one word
("प्रवक्ता झाओ"); no word may be a Hindi function word (``kb/data/name_stopwords.tsv``), a trap's common
word (``entities/data/traps.tsv``) or a word the tagger's training data saw mostly outside names.
The country comes from the sentence when it gives one (``entities/data/context_cues.tsv``): a demonym
or "<country> के" right before ("पाकिस्तानी नेता X", "रूस के X"), a country right after a comma
("X, चीन के ..."), or, for "X शहर", the one country the sentence names.

A misspelt KB name ("ली होंगजोंगस" for "ली होंगजोंग") is found by ``near_spellings``: a run of words
equal to a KB name of as many words but for one letter in one long word.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..datafiles import load_table
from ..kb.base import Alias, KBEntity, KnowledgeBase
from ..kb.romanize import is_devanagari, romanize
from ..text.normalize import fold
from ..text.tokens import Token
from .matcher import Match
from .ner import NameSpan
from .romanized import name_stopwords
from .traps import common_words

PREFIX = "sb:provisional-"
TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}
# Spans longer than this are tagger run-ons ("पारंपरिक DPRK नॉर्थ कोरिया रूस संबंधों"), not names.
MAX_WORDS = 4
# A word seen this often outside names in the tagger's training data, and COMMON_RATIO times more often
# outside names than inside, is an ordinary word ("ली" = took, "उन" = those). Checked by hand on the seed
# articles and 300 BBC Hindi articles; rerun tests/entities after changing.
COMMON_MIN = 5
COMMON_RATIO = 2
# "अमेरिकी पत्रकार इवान गर्शकोविच पर": at most this many words between a title and a case marker are a name.
TITLED_NAME_WORDS = 3
# A misspelt word is compared only when this long (code points): shorter words differ by one letter too often.
SPELLING_MIN_LENGTH = 5
_GAP = re.compile(r"^[\s\-‐]*$")
_AFTER = re.compile(r"^\s*[,(]\s*$")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Provisional:
    """A name the KB lacks, found in a sentence: its span, stable id, type and country (if the text gives one)."""

    start: int
    end: int
    text: str
    id: str
    type: str
    country: str | None


@dataclass(frozen=True, slots=True)
class Known:
    """A KB match of the sentence as context: where it is, the alias read and the entity, if any."""

    start: int
    end: int
    alias: Alias
    entity: KBEntity | None


@functools.cache
def cues() -> dict[str, frozenset[str]]:
    """Cue words by kind (``entities/data/context_cues.tsv``), folded."""
    groups: dict[str, set[str]] = {}
    for row in load_table("sambandh.entities", "context_cues"):
        groups.setdefault(row["kind"], set()).add(fold(row["word"]))
    return {kind: frozenset(words) for kind, words in groups.items()}


@functools.cache
def common_vocabulary() -> frozenset[str]:
    """Folded words the tagger's training data saw mostly outside names (``ner_vocab.tsv``)."""
    try:
        rows = load_table("sambandh.entities", "ner_vocab")
    except Exception:  # the tagger's data belongs to ner.py; without it, no vocabulary filter
        return frozenset()
    common = set()
    for row in rows:
        try:
            outside = int(row["O"])
            inside = int(row["PER"]) + int(row["LOC"]) + int(row["ORG"])
        except (KeyError, ValueError):
            continue
        if outside >= COMMON_MIN and outside > COMMON_RATIO * inside:
            common.add(row["word"])
    return frozenset(common)


def is_common(key: str) -> bool:
    """Whether a folded word is an ordinary word, never a name on its own."""
    return key in common_words() or key in _stopwords() or key in common_vocabulary()


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(fold(word) for word in name_stopwords())


def provisional_id(name: str) -> str:
    """``sb:provisional-<slug>``: the romanised, lower-case name; a hash of the folded name if it has no letters."""
    slug = _SLUG.sub("-", romanize(name).lower()).strip("-")
    if not slug:
        slug = hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:12]
    return PREFIX + slug


def worth_tagging(text: str, tokens: Sequence[Token], taken: Sequence[tuple[int, int]]) -> bool:
    """Whether the tagger could find a name here that ``find`` would keep: two adjacent words that are
    neither taken nor ordinary, or one such word after a title or before a place or organisation noun.

    Tagging costs more than the rest of linking together; most sentences hold no such words once the
    KB's names are taken, and are not tagged.
    """
    cue = cues()
    free = [not any(a < t.end and t.start < b for a, b in taken) and not is_common(t.key)
            and not t.key.isdigit() and len(t.key) >= 2 for t in tokens]
    nouns = cue.get("place_noun", frozenset()) | cue.get("org_noun", frozenset())
    for i, ok in enumerate(free):
        if not ok:
            continue
        if i + 1 < len(tokens) and free[i + 1] and _GAP.match(text[tokens[i].end:tokens[i + 1].start]):
            return True
        if i > 0 and tokens[i - 1].key in cue.get("title", ()):
            return True
        if i + 1 < len(tokens) and tokens[i + 1].key in nouns:
            return True
    return False


def find(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan], known: Sequence[Known],
         taken: Sequence[tuple[int, int]]) -> list[Provisional]:
    """Provisional entities for the tagger's ``spans`` over ``tokens`` that no ``taken`` span touches."""
    cue = cues()
    found = []
    for span in spans:
        kind = TYPES.get(span.type)
        first = span.start
        while kind == "person" and first < span.end - 1 and tokens[first].key in cue.get("title", ()):
            first += 1  # "सुपरस्टार X Y": the title is not part of the name
        words = tokens[first:span.end]
        if kind is None or not words or len(words) > MAX_WORDS:
            continue
        if not _free_run(words, taken, text):
            continue
        start, end = words[0].start, words[-1].end
        if any(is_common(w.key) or w.key.isdigit() or len(w.key) < 2 for w in words):
            continue
        before = tokens[first - 1].key if first > 0 else ""
        after = tokens[span.end].key if span.end < len(tokens) else ""
        if len(words) == 1:
            if kind == "person" and before not in cue.get("title", ()):
                continue
            if kind == "place" and after not in cue.get("place_noun", ()):
                continue
            if kind == "organization" and after not in cue.get("org_noun", ()):
                continue
        surface = text[start:end]
        country = _country(text, start, end, kind, after, known)
        found.append(Provisional(start, end, surface, provisional_id(surface), kind, country))
    return found


def after_titles(text: str, tokens: Sequence[Token], known: Sequence[Known],
                 taken: Sequence[tuple[int, int]]) -> list[Provisional]:
    """People named right after their title and before a case marker: "अमेरिकी पत्रकार इवान गर्शकोविच पर",
    "बांग्लादेश के उच्चायुक्त नूरल इस्लाम को", "मुख्य जज निनो दि मैट्टेओ ने".

    The tagger misses many foreign names (its training text has few); here the grammar says where the name
    is. The title is a title word (``context_cues.tsv``) that ends an office or agent phrase the KB matched or
    stands free of any KB match (then the name needs two words); the words between it and the marker (at most
    ``TITLED_NAME_WORDS``) must be free, unlinked and no ordinary words.
    """
    cue = cues()
    titles, ends = cue.get("title", frozenset()), cue.get("name_end", frozenset())
    starts = []
    for part in known:
        if part.alias.kind in ("office", "agent") and fold(text[part.start:part.end].split()[-1]) in titles:
            starts.append(next((i for i, t in enumerate(tokens) if t.start >= part.end), len(tokens)))
    free = {i + 1 for i, t in enumerate(tokens)
            if t.key in titles and not any(k.start <= t.start < k.end for k in known)}
    found = []
    for first in sorted(set(starts) | free):
        if first == 0 or first >= len(tokens) or text[tokens[first - 1].end:tokens[first].start] != " ":
            continue
        last = first
        while (last < len(tokens) and last - first < TITLED_NAME_WORDS and tokens[last].key not in ends
               and not is_common(tokens[last].key) and len(tokens[last].key) >= 2 and not tokens[last].key.isdigit()):
            last += 1
        if last == first or last == len(tokens) or tokens[last].key not in ends:
            continue
        words = tokens[first:last]
        if not _free_run(words, taken, text) or text[words[-1].end:tokens[last].start] != " ":
            continue
        if first in free and first not in starts and len(words) < 2:
            continue  # after a bare title ("खिलाड़ी", "डॉक्टर") one word is too often no name ("क्रीज़ पर")
        start, end = words[0].start, words[-1].end
        surface = text[start:end]
        country = _country(text, start, end, "person", tokens[last].key, known)
        found.append(Provisional(start, end, surface, provisional_id(surface), "person", country))
    return found


def _country(text: str, start: int, end: int, kind: str, after: str, known: Sequence[Known]) -> str | None:
    cue = cues()
    glue = cue.get("genitive", frozenset()) | cue.get("title", frozenset())
    edge = start
    for part in sorted((k for k in known if k.end <= start), key=lambda k: -k.end):
        gap = [fold(w) for w in text[part.end:edge].split()]
        if len(gap) > 3 or any(w not in glue for w in gap):
            break
        country = _country_of(part)
        if country:
            return country
        if part.alias.kind not in ("office", "agent"):
            break
        edge = part.start
    following = [k for k in known if k.start >= end]
    if following:
        nearest = min(following, key=lambda k: k.start)
        if _AFTER.match(text[end:nearest.start]) and _country_of(nearest):
            return _country_of(nearest)
    if kind == "place" and after in cue.get("place_noun", ()):
        countries = {c for c in (_country_of(k) for k in known) if c}
        if len(countries) == 1:
            return countries.pop()
    return None


def _country_of(part: Known) -> str | None:
    entity = part.entity
    if entity is None:
        return None
    if part.alias.kind == "demonym" or entity.type == "country":
        return entity.country
    return None


@functools.cache
def _spelling_index(kb: KnowledgeBase) -> dict[tuple[int, int, tuple[str, ...]], frozenset[tuple[str, Alias]]]:
    """KB Hindi names of 2-4 words, keyed by word count, one word's position and the other words."""
    index: dict[tuple[int, int, tuple[str, ...]], set[tuple[str, Alias]]] = {}
    for alias in kb.aliases:
        if alias.kind != "name" or alias.lang != "hi":
            continue
        entity = kb.entity(alias.target)
        if entity is None or entity.type not in ("person", "place"):
            continue
        words = tuple(fold(w) for w in alias.text.split())
        if not 2 <= len(words) <= MAX_WORDS:
            continue
        for i, word in enumerate(words):
            if len(word) >= SPELLING_MIN_LENGTH:
                index.setdefault((len(words), i, words[:i] + words[i + 1:]), set()).add((word, alias))
    return {key: frozenset(value) for key, value in index.items()}


@functools.cache
def _name_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every folded word of the names ``_spelling_index`` holds."""
    return frozenset(word for key in _spelling_index(kb) for word in key[2])


def near_spellings(text: str, tokens: Sequence[Token], kb: KnowledgeBase,
                   taken: Sequence[tuple[int, int]]) -> list[Match]:
    """Runs of Devanagari words that spell a KB name of as many words but for one letter in one long word."""
    if not is_devanagari(text):
        return []
    index = _spelling_index(kb)
    words = _name_words(kb)
    stop = _stopwords()
    found: list[Match] = []
    for first in range(len(tokens)):
        # every word of the run but one spells the name exactly, so one of the first two must be a name's word
        if tokens[first].key not in words and (first + 1 >= len(tokens) or tokens[first + 1].key not in words):
            continue
        for size in range(MAX_WORDS, 1, -1):
            run = tokens[first:first + size]
            if len(run) < size or any(found and t.start < found[-1].end for t in run[:1]):
                continue
            if not _free_run(run, taken, text):
                continue
            start, end = run[0].start, run[-1].end
            keys = tuple(t.key for t in run)
            # the other words spell the name exactly; the one that differs must not be an ordinary word
            aliases = {alias for i, word in enumerate(keys)
                       if len(word) >= SPELLING_MIN_LENGTH - 1 and word not in stop and not is_common(word)
                       for known, alias in index.get((size, i, keys[:i] + keys[i + 1:]), ())
                       if _one_edit(word, known)}
            if len({a.target for a in aliases}) == 1:
                ordered = tuple(sorted(aliases, key=lambda a: a.text))
                found.append(Match(start, end, text[start:end], ordered))
                break
    return found


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _free_run(words: Sequence[Token], taken: Sequence[tuple[int, int]], text: str) -> bool:
    """Words that overlap nothing already linked and stand joined only by spaces or hyphens: one name."""
    start, end = words[0].start, words[-1].end
    return (not any(a < end and start < b for a, b in taken)
            and all(_GAP.match(text[a.end:b.start]) for a, b in itertools.pairwise(words)))
