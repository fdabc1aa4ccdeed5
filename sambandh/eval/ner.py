"""Scoring names: CoNLL gold files, tag schemes, entity-level precision, recall and F1.

A gold file holds one token per line, the token in the first column and its tag in
the last, with a blank line between sentences. Tag schemes map a corpus's labels to
ours (PER, LOC, ORG; everything else is O):

- ``ilner`` (IL-NER): NEP → PER, NEL → LOC, NEO → ORG; dates, numbers, artefacts and
  the rest → O. A few IL-NER tags lack the B/I letter: ``-NEO`` is read as a begin,
  and a bare ``-`` right after it (or after another such ``-``) continues that entity;
  any other bare ``-`` is O.
- ``hiner`` (HiNER, collapsed): PERSON → PER, LOCATION → LOC, ORGANIZATION → ORG.
- ``bio``: tags already PER, LOC, ORG.

A predicted entity counts only when its span and its type both equal a gold entity's.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..errors import E005, InputError
from .scores import precision_recall_f1

log = logging.getLogger(__name__)

TYPES = ("PER", "LOC", "ORG")
SCHEMES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "ilner": MappingProxyType({"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}),
    "hiner": MappingProxyType({"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}),
    "bio": MappingProxyType({"PER": "PER", "LOC": "LOC", "ORG": "ORG"}),
})


@dataclass(frozen=True, slots=True)
class Sentence:
    """The tokens of one gold sentence and their tags in our scheme (BIO over PER, LOC, ORG)."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and figures for one entity type, or for all of them (micro-averaged)."""

    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return precision_recall_f1(self.correct, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return precision_recall_f1(self.correct, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.correct, self.predicted, self.gold)[2]


def read_conll(lines: Iterable[str], *, scheme: str | Mapping[str, str] = "bio",
               source: str = "<input>") -> list[Sentence]:
    """Sentences of a CoNLL text, their tags mapped to PER, LOC, ORG by ``scheme``.

    ``scheme`` names one of ``SCHEMES`` or is itself a mapping from corpus labels to ours.

    Raises:
        InputError: for an unknown scheme.
    """
    if isinstance(scheme, str) and scheme not in SCHEMES:
        raise InputError(E005.format(path=source, line=0,
                                     reason=f"unknown tag scheme {scheme!r}; known: {', '.join(SCHEMES)}"))
    mapping = SCHEMES[scheme] if isinstance(scheme, str) else scheme
    sentences: list[Sentence] = []
    tokens: list[str] = []
    raw: list[str] = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line.strip():
            if tokens:
                sentences.append(Sentence(tuple(tokens), _mapped(raw, mapping)))
                tokens, raw = [], []
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            cells = line.split()
        if len(cells) < 2:
            # a token lost in the corpus (IL-NER train has one line holding just "O"): keep the count
            log.warning("%s:%d: one column only; read as a token tagged O", source, number)
            cells = [cells[0], "O"]
        tokens.append(cells[0])
        raw.append(cells[-1].strip())
    if tokens:
        sentences.append(Sentence(tuple(tokens), _mapped(raw, mapping)))
    return sentences


def read_tokens(lines: Iterable[str]) -> list[list[str]]:
    """Sentences of a one-token-per-line text: the first column of each line, blank lines between sentences."""
    sentences: list[list[str]] = []
    tokens: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if tokens:
                sentences.append(tokens)
                tokens = []
            continue
        tokens.append(line.split("\t")[0].strip() if "\t" in line else line.split()[0])
    if tokens:
        sentences.append(tokens)
    return sentences


def guess_scheme(labels: Iterable[str]) -> str:
    """The scheme whose labels these are: ``ilner`` (NEP, NEL...), ``hiner`` (PERSON...) or ``bio``."""
    kinds = {label.lstrip("BI").lstrip("-") for label in labels}
    if kinds & {"NEP", "NEL", "NEO", "NETI", "NEN", "NEAR"}:
        return "ilner"
    if kinds & {"PERSON", "LOCATION", "ORGANIZATION"}:
        return "hiner"
    return "bio"


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` of a BIO tag sequence; an ``I-`` that continues nothing begins one."""
    found: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if start is not None and not continues:
            found.append((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return found


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Entity-level scores per type and ``"all"`` (micro-averaged), exact span and type.

    Raises:
        ValueError: when a gold and a predicted sentence differ in length.
    """
    counts: Counter[tuple[str, str]] = Counter()
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        if len(gold_tags) != len(predicted_tags):
            raise ValueError(f"sentence lengths differ: {len(gold_tags)} gold tags, {len(predicted_tags)} predicted")
        gold_spans, predicted_spans = set(spans(gold_tags)), set(spans(predicted_tags))
        for span in gold_spans:
            counts[span[2], "gold"] += 1
        for span in predicted_spans:
            counts[span[2], "predicted"] += 1
        for span in gold_spans & predicted_spans:
            counts[span[2], "correct"] += 1
    types = sorted({kind for kind, _ in counts} | set(TYPES))
    result = {kind: Score(counts[kind, "gold"], counts[kind, "predicted"], counts[kind, "correct"])
              for kind in types}
    result["all"] = Score(sum(s.gold for s in result.values()), sum(s.predicted for s in result.values()),
                          sum(s.correct for s in result.values()))
    return result


def _mapped(raw: Sequence[str], mapping: Mapping[str, str]) -> tuple[str, ...]:
    tags: list[str] = []
    previous = "O"
    for tag in raw:
        if tag == "-":
            # IL-NER: a bare dash continues an entity begun by a dash-tag ("-NEO", "-", "-")
            tag = f"I-{previous[2:]}" if previous.startswith("D-") else "O"
            previous = f"D-{tag[2:]}" if tag != "O" else "O"
        elif tag.startswith("-"):
            tag = f"B-{tag[1:]}"
            previous = f"D-{tag[2:]}"
        else:
            previous = "O"
        prefix, _, label = tag.partition("-")
        if prefix in ("B", "I") and label in mapping:
            tags.append(f"{prefix}-{mapping[label]}")
        else:
            tags.append("O")
    return tuple(tags)
