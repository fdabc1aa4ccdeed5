"""Token features for the statistical name tagger: the word, its shape and context, and what we know.

Besides the word itself, its affixes, character trigrams and neighbours, every token
carries what we know about it: what the knowledge base says (inside a KB person, place
or organisation alias, a demonym, an office), whether it falls in a name of the
gazetteers ``entities/data/ner_gazetteer.tsv``, ``ner_world.tsv`` and ``ner_places.tsv``, or in a word
sequence spelling one of those names or a KB name loosely (``fuzzy_labels``: vowel length, nasals,
conjuncts set aside), the cue words of ``ner_cues.tsv``, ``ner_names.tsv`` and ``ner_person_names.tsv``
around it (a title before, a postposition after, a place or organisation noun next to it, a word that
spells Latin letters: an acronym), and how often
training saw the word and inside which names (``ner_vocab.tsv``). The CRF learns how much each is
worth; the same function serves training (``tools/train_ner.py``) and tagging (``entities/ner.py``).

Example: ``sentence_features(["श्री", "मोदी", "ने"])[1]`` holds ``"-1:cue=title"``,
``"kb=B-PER"`` and ``"+1:cue=postposition"``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from ..datafiles import load_table
from ..kb.base import Alias, KnowledgeBase, builtin
from ..text.normalize import fold
from .matcher import AliasMatcher, Match, matcher_for

PACKAGE = "sambandh.entities"
CUE_KINDS = ("title", "person_after", "postposition", "place_noun", "place_suffix", "org_noun", "letter")
NAME_KINDS = ("given", "surname", "foreign_given")

# KB entity types as NER types; other alias kinds keep their own feature name.
KB_TYPES = MappingProxyType({"person": "PER", "country": "LOC", "place": "LOC",
                             "organization": "ORG", "media": "ORG", "group": "ORG"})
KB_KIND_FEATURE = MappingProxyType({"demonym": "DEM", "office": "OFF", "agent": "AGT", "surname": "SUR"})

# Affix lengths in characters (code points; a Devanagari vowel sign counts as one).
PREFIX_LENGTHS = (1, 2, 3)
SUFFIX_LENGTHS = (1, 2, 3, 4)
# A place ending counts only on a word with at least this many more characters ("नागपुर", not "पुर").
PLACE_SUFFIX_MIN_STEM = 2
# Character n-grams of a word (with ^ and $ at its ends) taken as features; 0 turns them off.
CHAR_NGRAM = 3
# Context words taken on each side of a token.
WINDOW = 2
# How often a word was seen in training, and how often inside a name (``ner_vocab.tsv``): a word seen
# fewer than RARE_COUNT times is "rare"; ENTITY_SHARE_* bound the "low" and "high" shares of name uses.
RARE_COUNT = 3
ENTITY_SHARE_LOW = 0.1
ENTITY_SHARE_HIGH = 0.5
VOCAB_LABELS = ("O", "PER", "LOC", "ORG")

# Loose matching (``fuzzy_labels``): a name of the KB or the gazetteers also marks word sequences that spell it
# with another vowel length, vowel, nasal or conjunct (अंडोरा/एंडोरा, बेलजियम/बेल्जियम, फिलिपिन्स/फिलीपींस):
# each word is reduced to a skeleton by SKELETON_FOLD (then SKELETON_DROP dropped); skeletons of fewer than
# FUZZY_MIN_CHARS characters (all words together) are not matched. Foreign names have no settled Hindi spelling.
SKELETON_FOLD = MappingProxyType({
    "ी": "ि", "ू": "ु", "ै": "े", "ॅ": "े", "ौ": "ो", "ॉ": "ो", "ा": "", "ई": "इ", "ऊ": "उ", "ऐ": "ए", "ऑ": "ओ",
    "औ": "ओ", "आ": "अ", "ष": "स", "श": "स", "ण": "न", "ङ": "न", "ञ": "न",
})
SKELETON_DROP = frozenset("्ंँ़ःअइएओ")
# A nasal consonant with a virama before another consonant is a nasal like anusvara (फिलिपिन्स, फिलीपींस).
SKELETON_NASAL = re.compile("[ङञणनम]्(?=[क-ह])")
FUZZY_MIN_CHARS = 4
FUZZY_MAX_WORDS = 5

# Folded word -> how often training saw it outside a name, in a person's, a place's, an organisation's.
Vocabulary = Mapping[str, tuple[int, int, int, int]]


@functools.cache
def cue_words() -> Mapping[str, frozenset[str]]:
    """Folded cue words by kind, from ``ner_cues.tsv`` and ``ner_names.tsv``."""
    table: dict[str, set[str]] = {kind: set() for kind in (*CUE_KINDS, *NAME_KINDS)}
    for name in ("ner_cues", "ner_names", "ner_person_names"):
        for row in load_table(PACKAGE, name):
            table[row["kind"]].add(fold(row["word"]))
    return MappingProxyType({kind: frozenset(words) for kind, words in table.items()})


@functools.cache
def vocabulary() -> Vocabulary:
    """Word counts of the tagger's training data, from ``ner_vocab.tsv`` (written by ``make train-ner``)."""
    rows = load_table(PACKAGE, "ner_vocab")
    return MappingProxyType({row["word"]: tuple(int(row[label]) for label in VOCAB_LABELS) for row in rows})


def skeleton(word: str) -> str:
    """The loose key of a folded word: vowel length, nasals, conjuncts and initial vowels set aside."""
    word = SKELETON_NASAL.sub("", word)
    return "".join(char for char in (SKELETON_FOLD.get(char, char) for char in word) if char not in SKELETON_DROP)


@functools.cache
def fuzzy_names(kb: KnowledgeBase) -> Mapping[tuple[str, ...], frozenset[str]]:
    """Skeletons of the names of ``kb`` and the gazetteers (word by word) -> their types (PER, LOC, ORG)."""
    table: dict[tuple[str, ...], set[str]] = {}

    def add(name: str, kind: str) -> None:
        key = tuple(skeleton(fold(word)) for word in name.split())
        if 0 < len(key) <= FUZZY_MAX_WORDS and sum(len(part) for part in key) >= FUZZY_MIN_CHARS:
            table.setdefault(key, set()).add(kind)

    for alias in kb.aliases:
        entity = kb.entities.get(alias.target) if alias.kind == "name" else None
        if entity is not None and entity.type in KB_TYPES:
            add(alias.text, KB_TYPES[entity.type])
    for name in ("ner_gazetteer", "ner_world"):
        for row in load_table(PACKAGE, name):
            add(row["name"], row["type"])
    for row in load_table(PACKAGE, "ner_places"):
        add(row["name"], "LOC")
    return MappingProxyType({key: frozenset(kinds) for key, kinds in table.items()})


def fuzzy_labels(words: Sequence[str], kb: KnowledgeBase) -> list[tuple[str, ...]]:
    """For each folded word, the tags of the KB or gazetteer names whose skeletons it falls under: ``B-LOC``..."""
    table = fuzzy_names(kb)
    keys = [skeleton(word) for word in words]
    labels: list[set[str]] = [set() for _ in words]
    for i in range(len(words)):
        for size in range(1, min(FUZZY_MAX_WORDS, len(words) - i) + 1):
            for kind in sorted(table.get(tuple(keys[i:i + size]), ())):
                for j in range(i, i + size):
                    labels[j].add(("B-" if j == i else "I-") + kind)
    return [tuple(sorted(found)) for found in labels]


@functools.cache
def gazetteer() -> AliasMatcher:
    """A matcher over ``ner_gazetteer.tsv``, ``ner_world.tsv`` and ``ner_places.tsv``; an alias's target: its type."""
    names = [(row["name"], row["type"]) for name in ("ner_gazetteer", "ner_world") for row in load_table(PACKAGE, name)]
    names.extend((row["name"], "LOC") for row in load_table(PACKAGE, "ner_places"))
    return AliasMatcher(Alias(name, "hi", "name", kind) for name, kind in names)


def gazetteer_labels(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """For each token, the gazetteer tags it falls under: ``B-LOC``, ``I-PER``..."""
    labels: list[set[str]] = [set() for _ in tokens]
    for first, last, match in _token_matches(tokens, gazetteer()):
        for kind in sorted({alias.target for alias in match.aliases}):
            for i in range(first, last + 1):
                labels[i].add(("B-" if i == first else "I-") + kind)
    return [tuple(sorted(found)) for found in labels]


def gazetteer_spans(tokens: Sequence[str], types: Sequence[str] = ("LOC",)) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, type)`` of gazetteer names of one of ``types``, leftmost-longest."""
    spans = []
    for first, last, match in _token_matches(tokens, gazetteer()):
        kinds = sorted({alias.target for alias in match.aliases})
        if len(kinds) == 1 and kinds[0] in types:
            spans.append((first, last + 1, kinds[0]))
    return spans


def kb_labels(tokens: Sequence[str], kb: KnowledgeBase) -> list[tuple[str, ...]]:
    """For each token, the KB tags it falls under: ``B-LOC``, ``I-PER``, ``B-DEM``...

    The tokens are joined with single spaces and the KB alias matcher runs over the
    text; a match that does not begin and end on token boundaries is ignored.
    """
    labels: list[set[str]] = [set() for _ in tokens]
    for first, last, match in _token_matches(tokens, matcher_for(kb)):
        for kind in sorted(_kb_kinds(match.aliases, kb)):
            for i in range(first, last + 1):
                labels[i].add(("B-" if i == first else "I-") + kind)
    return [tuple(sorted(found)) for found in labels]


def kb_spans(tokens: Sequence[str], kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, type)`` of KB names (PER, LOC, ORG), leftmost-longest."""
    spans = []
    for first, last, match in _token_matches(tokens, matcher_for(kb)):
        types = sorted(t for t in _kb_kinds(match.aliases, kb) if t in ("PER", "LOC", "ORG"))
        if len(types) == 1:
            spans.append((first, last + 1, types[0]))
    return spans


def sentence_features(tokens: Sequence[str], *, kb: KnowledgeBase | None = None,
                      vocab: Vocabulary | None = None) -> list[list[str]]:
    """CRF features of every token of one sentence, as feature-name strings.

    ``vocab`` defaults to the shipped training vocabulary; training passes counts from the other folds.
    """
    kb = kb if kb is not None else builtin()
    vocab = vocab if vocab is not None else vocabulary()
    cues = cue_words()
    words = [fold(token) for token in tokens]
    kb_tags = [(*k, *(f"gz:{g}" for g in gz), *(f"fz:{z}" for z in fz))
               for k, gz, fz in zip(kb_labels(tokens, kb), gazetteer_labels(tokens), fuzzy_labels(words, kb),
                                    strict=True)]
    own = [[*_own_features(token, word, cues), *_vocab_features(word, vocab)]
           for token, word in zip(tokens, words, strict=True)]
    rows: list[list[str]] = []
    for i, word in enumerate(words):
        feats = ["bias", f"w={word}", *own[i]]
        feats.extend(f"kb={tag}" for tag in kb_tags[i])
        for offset in range(-WINDOW, WINDOW + 1):
            if offset == 0:
                continue
            j = i + offset
            if 0 <= j < len(words):
                feats.append(f"w{offset:+d}={words[j]}")
                feats.extend(f"{offset:+d}:{name}" for name in own[j] if name.startswith(("cue=", "shape=", "v=")))
                if abs(offset) == 1:
                    feats.extend(f"{offset:+d}:kb={tag}" for tag in kb_tags[j])
                    feats.append(f"{offset:+d}:s2={words[j][-2:]}")
            else:
                feats.append(f"w{offset:+d}=<{'s' if offset < 0 else '/s'}>")
        if i > 0:
            feats.append(f"w-1|w={words[i - 1]}|{word}")
        if i + 1 < len(words):
            feats.append(f"w|w+1={word}|{words[i + 1]}")
        rows.append(feats)
    return rows


def _own_features(token: str, word: str, cues: Mapping[str, frozenset[str]]) -> list[str]:
    feats = [f"shape={_shape(token)}", f"len={min(len(word), 8)}"]
    feats.extend(f"p{n}={word[:n]}" for n in PREFIX_LENGTHS if len(word) > n)
    feats.extend(f"s{n}={word[-n:]}" for n in SUFFIX_LENGTHS if len(word) > n)
    if CHAR_NGRAM:
        marked = f"^{word}$"
        feats.extend(sorted({f"c={marked[i:i + CHAR_NGRAM]}" for i in range(len(marked) - CHAR_NGRAM + 1)}))
    for kind in (*CUE_KINDS, *NAME_KINDS):
        if kind == "place_suffix":
            if any(len(word) >= len(end) + PLACE_SUFFIX_MIN_STEM and word.endswith(end) for end in cues[kind]):
                feats.append("cue=place_suffix")
        elif kind == "letter":
            if _spells_letters(word, cues[kind]):
                feats.append("cue=acronym")
        elif word in cues[kind]:
            feats.append(f"cue={kind}")
    return feats


def _spells_letters(word: str, letters: frozenset[str]) -> bool:
    """Whether ``word`` is two or more Latin letter names written in Devanagari (बीजेपी, एनसीआर): an acronym."""
    longest = max((len(letter) for letter in letters), default=0)
    # reach[i]: the fewest letter names that spell word[:i], if any do
    reach: list[int | None] = [0] + [None] * len(word)
    for i in range(len(word)):
        if reach[i] is None:
            continue
        for size in range(1, min(longest, len(word) - i) + 1):
            if word[i:i + size] in letters:
                count = reach[i] + 1
                if reach[i + size] is None or count > reach[i + size]:
                    reach[i + size] = count
    return (reach[-1] or 0) >= 2


def _vocab_features(word: str, vocab: Vocabulary) -> list[str]:
    counts = vocab.get(word)
    total = sum(counts) if counts else 0
    if not total:
        return ["v=unseen"]
    names = total - counts[0]
    share = names / total
    feats = ["v=rare" if total < RARE_COUNT else "v=seen",
             "v=name0" if not names else "v=name-" if share < ENTITY_SHARE_LOW
             else "v=name+" if share >= ENTITY_SHARE_HIGH else "v=name~"]
    if share >= ENTITY_SHARE_HIGH:
        best = max(range(1, len(VOCAB_LABELS)), key=lambda k: counts[k])
        feats.append(f"v=type-{VOCAB_LABELS[best]}")
    return feats


def _shape(token: str) -> str:
    classes = []
    for char in token:
        if "\u0900" <= char <= "\u097f":
            cls = "d"
        elif char.isascii() and char.isalpha():
            cls = "X" if char.isupper() else "x"
        elif char.isdigit():
            cls = "9"
        elif unicodedata.category(char)[0] == "P":
            cls = "."
        else:
            cls = "o"
        if not classes or classes[-1] != cls:
            classes.append(cls)
    return "".join(classes[:4])


def _kb_kinds(aliases, kb: KnowledgeBase) -> set[str]:
    kinds = set()
    for alias in aliases:
        if alias.kind == "name":
            entity = kb.entities.get(alias.target)
            if entity is not None and entity.type in KB_TYPES:
                kinds.add(KB_TYPES[entity.type])
        elif alias.kind in KB_KIND_FEATURE:
            kinds.add(KB_KIND_FEATURE[alias.kind])
    return kinds


def _token_matches(tokens: Sequence[str], matcher: AliasMatcher) -> tuple[tuple[int, int, Match], ...]:
    """Matches over the tokens joined by spaces, as (first token, last token, match); others are dropped.

    Tagging a sentence asks for the same matches twice (features, then the KB merge): they are kept.
    """
    return _token_matches_of(tuple(tokens), matcher)


@functools.lru_cache(maxsize=64)
def _token_matches_of(tokens: tuple[str, ...], matcher: AliasMatcher) -> tuple[tuple[int, int, Match], ...]:
    starts, ends, position = {}, {}, 0
    for i, token in enumerate(tokens):
        starts[position] = i
        position += len(token)
        ends[position] = i
        position += 1
    found = []
    for match in matcher.find(" ".join(tokens)):
        first, last = starts.get(match.start), ends.get(match.end)
        if first is not None and last is not None:
            found.append((first, last, match))
    return tuple(found)
