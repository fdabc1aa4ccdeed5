"""Predicate lexicons: Hindi and English verb patterns → CAMEO codes, compiled for matching.

A Hindi pattern is written as ``मुलाकात @कर``: literal words, ``(a|b)``
alternatives and ``@verb`` for any form of a light verb listed in
``light_verbs_hi.tsv`` (each form carries a modality: "करेंगे" is intended,
"करने" non-finite). English patterns use ``@meet`` with forms from
``verb_forms_en.tsv`` in the same way.

``*`` inside a pattern stands for one to ``GAP_WORDS`` words of any kind, the shortest that lets the rest
match: "@withdraw * troops" matches "withdrew some 2,000 troops", "@give * aid" "gave Ukraine more aid".

``predicates_<lang>.tsv`` hold what an actor does ("X ने Y पर हमला किया": the doer must be
named). ``occurrences_<lang>.tsv`` hold words that report that an event took place without
naming who did it ("धमाके में", "हिंसा भड़की", "clashes broke out"); their patterns compete with
the predicates for the longest match and carry ``named_source=False``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from ..datafiles import load_table
from ..errors import E005, DataFileError
from ..text.dates import weekday_names
from ..text.normalize import fold
from ..text.tokens import Token
from .cameo import lookup
from .cues import grammar, grammar_keys

PACKAGE = "sambandh.events"
GAP = "*"  # a pattern token: one to GAP_WORDS words of any kind
# The code of a reading that is no event ("बेहतर प्रदर्शन किया" is a good showing, no protest): such a pattern takes
# part in the longest match, so it blocks the shorter event reading inside it, and the coder drops it.
NO_EVENT = "-"
# At most this many words stand in for "*": "contribute up to 4,000 troops" (up to 4 000) fits, a clause does not.
# Hand-set; 3/4/5/6 gave PLOVER dev F1 .548/.547/.547/.547, so it is set by the examples, not the score.
GAP_WORDS = 4
# Headlines: the light verb stands at most this many words before its noun ("की चीनी विदेश मंत्री से मुलाकात").
HEADLINE_VERB_BEFORE = 6
# Hindi fronting: "उड़ानों पर भारत ने रोक लगाई", "इस समझौते पर दोनों देशों ने हस्ताक्षर किए": a pattern may be split
# after a fronted marker (grammar_hi.tsv role ``fronted_marker``) by the doer's "X ने" and a short adverbial after it.
# At most this many words of the doer's phrase ("अमेरिका के विदेश मंत्री मार्को रुबियो ने") and of the adverbial
# ("फरवरी 2020 में"). Hand-set on our own sentences (tests/events/test_hindi_order.py).
FRONTED_SUBJECT_WORDS = 6
FRONTED_ADVERBIAL_WORDS = 4
# Hindi: a place or a day may stand between a noun and its light verb ("मुलाकात व्लादिवोस्तोक में हुई", "बातचीत बुधवार को
# हुई"): at most INNER_ADVERBIALS of them, each of at most INNER_ADVERBIAL_WORDS words, ending in a locative
# (grammar_hi.tsv role ``inner_adverbial_end``) or in a weekday and "को" (``inner_time_marker``). Hand-set on our
# own sentences (tests/events/test_hindi_adverbials_and_victims.py).
INNER_ADVERBIAL_WORDS = 3
INNER_ADVERBIALS = 2  # "मुलाकात सितंबर 2023 में वोस्तोचनी में हुई": a time and a place
_FORMS_FILE = {"hi": "light_verbs_hi", "en": "verb_forms_en"}
_FORM_COLUMNS = {"hi": ("verb", "form"), "en": ("lemma", "form")}


@dataclass(frozen=True, slots=True)
class Alternative:
    words: tuple[str, ...]  # folded tokens
    modality: str | None = None


class Element(tuple[Alternative, ...]):
    """One element of a pattern: its alternatives, longest first, with an index by first word, so ``_match`` tries only
    the alternatives that can start at a word (a light verb has dozens of forms), and whether it is a ``@verb``."""

    by_first: Mapping[str, tuple[Alternative, ...]]
    is_verb: bool

    def __new__(cls, alternatives: Iterable[Alternative]) -> Element:
        element = super().__new__(cls, alternatives)
        index: dict[str, list[Alternative]] = {}
        for alternative in element:
            index.setdefault(alternative.words[0], []).append(alternative)
        element.by_first = {word: tuple(group) for word, group in index.items()}
        element.is_verb = bool(element) and all(a.modality for a in element)  # "*" has no modality
        return element


@dataclass(frozen=True, slots=True)
class Pattern:
    text: str
    lang: str
    cameo: str
    targets: tuple[str, ...]
    elements: tuple[Element, ...]
    named_source: bool = True  # False: an occurrence, which may leave its doer unnamed
    # per literal element after the first (no "*", no "@verb"): the words one of its alternatives starts with. A
    # match needs one of each in the sentence, so ``_weighed`` skips a pattern cheaply when a set is missing.
    needs: tuple[frozenset[str], ...] = ()

    @property
    def size(self) -> int:
        return sum(max(len(a.words) for a in element) for element in self.elements)


@dataclass(frozen=True, slots=True)
class PredicateMatch:
    """A pattern found at tokens ``[first, last)`` of a token list."""

    first: int
    last: int
    pattern: Pattern
    modality: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    patterns: tuple[Pattern, ...]
    by_first_word: Mapping[str, tuple[Pattern, ...]]
    skippable: frozenset[str] = frozenset()  # words a pattern may skip inside it ("withdrew its troops")
    # words after which a match is no match: its last word is the first half of a compound ("संघर्ष विराम")
    compound_tails: frozenset[str] = frozenset()
    # words a "*" never skips: the doer's "ने" ends the noun phrase before it, so a gap across it would swallow the
    # subject ("X से आने वाली उड़ानों पर भारत ने रोक लगाई" is no "आने वाली * पर * रोक लगाई")
    gap_stops: frozenset[str] = frozenset()
    # Hindi markers after which the doer's "X ने" may stand inside a pattern ("चीन पर भारत ने प्रतिबंध लगाए")
    fronted_markers: frozenset[str] = frozenset()
    # Hindi coordinators: "टैंक और गोला-बारूद भेजे" matches "(हथियार|टैंक) @भेज" (``_match``)
    joins: frozenset[str] = frozenset()
    # Hindi: the last word of an adverbial that may stand before a pattern's light verb ("मुलाकात मास्को में हुई"), and the
    # day words that make "<day> को" one ("बैठक सोमवार को हुई"); see ``_match``
    adverbial_ends: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    time_marker: frozenset[str] = frozenset()
    # per pattern (by id of its elements): where a fronted doer may split it, after an element ending in a fronted
    # marker; computed once, so ``_fronted`` runs only for patterns that can be split
    fronted_splits: Mapping[int, tuple[int, ...]] = field(default_factory=dict)

    def find(self, tokens: Sequence[Token], *, first: int = 0, last: int | None = None) -> list[PredicateMatch]:
        """Non-overlapping predicate matches in ``tokens[first:last]``; longer patterns win."""
        last = len(tokens) if last is None else last
        return _longest_first(self._weighed([t.key for t in tokens], first, last))

    def _weighed(self, keys: list[str], first: int, last: int) -> list[tuple[int, PredicateMatch]]:
        """Every match in ``keys[first:last]`` with its weight: the words it matched, less those a "*" skipped."""
        weighed: list[tuple[int, PredicateMatch]] = []
        present = set(keys[first:last])
        for index in range(first, last):
            for pattern in self.by_first_word.get(keys[index], ()):
                if any(map(present.isdisjoint, pattern.needs)):
                    continue
                end, modality, skipped = _match(pattern.elements, keys, index, last, self.skippable,
                                                stops=self.gap_stops, joins=self.joins, adverbial=self._adverbial)
                if end is None and id(pattern.elements) in self.fronted_splits:
                    end, modality, skipped = self._fronted(pattern.elements, keys, index, last)
                if end is not None and not (end < len(keys) and keys[end] in self.compound_tails):
                    weighed.append((end - index - skipped, PredicateMatch(index, end, pattern, modality or "asserted")))
        return weighed

    def _adverbial(self, keys: list[str], index: int, limit: int) -> int:
        """The words of one or two adverbials at ``index`` that may stand before a light verb ("मास्को में", "बुधवार
        को", "सितंबर 2023 में वोस्तोचनी में"), else 0: each ends in a locative or in "<day> को" within
        INNER_ADVERBIAL_WORDS words, and none holds a doer's "ने"."""
        start, found = index, 0  # where the adverbial being read starts; how many were read
        for end in range(index + 1, limit):
            key = keys[end - 1]
            if key in self.gap_stops or end - start > INNER_ADVERBIAL_WORDS:
                break
            if key in self.adverbial_ends or (key in self.time_marker and end - start >= 2
                                              and keys[end - 2] in self.time_words):
                start, found = end, found + 1
                if found == INNER_ADVERBIALS:
                    break
        return start - index

    def _fronted(
        self, elements: tuple[Element, ...], keys: list[str], index: int, last: int
    ) -> tuple[int | None, str | None, int]:
        """A match of ``elements`` at ``index`` split after a fronted marker by the doer's "X ने" and a short
        adverbial: "कनाडा के राजनयिक को | भारत ने अक्टूबर में | निष्कासित कर दिया". The doer's words and the adverbial
        count as skipped; the doer, inside the match, is found by ``hindi_arguments``."""
        for split in self.fronted_splits[id(elements)]:
            head, _, head_skipped = _match(elements[:split], keys, index, last, self.skippable, stops=self.gap_stops)
            if head is None:
                continue
            ergative = next((j for j in range(head + 1, min(last, head + FRONTED_SUBJECT_WORDS + 1))
                             if keys[j] in self.gap_stops), None)
            if ergative is None:
                continue
            for adverbial in range(FRONTED_ADVERBIAL_WORDS + 1):
                start = ergative + 1 + adverbial
                if start >= last or (adverbial and keys[start - 1] in self.gap_stops):
                    break
                end, modality, skipped = _match(elements[split:], keys, start, last, self.skippable,
                                                stops=self.gap_stops, joins=self.joins)
                if end is not None:
                    return end, modality, head_skipped + skipped + start - head
        return None, None, 0

    def find_headline(
        self, tokens: Sequence[Token], *, first: int = 0, last: int | None = None
    ) -> list[PredicateMatch]:
        """``find`` in a Hindi headline's word order too: the light verb before its noun ("पाकिस्तान ने की भारत की
        आलोचना", "भारत ने पाकिस्तान को दी कड़ी चेतावनी") or no verb at all ("इसराइल का ईरान पर हमला").

        Such a match spans the noun words only, so the actors between the verb and the noun stay before the
        predicate, where the argument rules look; it takes the verb's modality (a verbless one is asserted, and
        must end the clause). Longer matches win, as in ``find``.
        """
        last = len(tokens) if last is None else last
        keys = [t.key for t in tokens]
        weighed = self._weighed(keys, first, last)
        for index in range(first, last):
            for pattern in self.by_first_word.get(keys[index], ()):
                elements = pattern.elements
                if len(elements) < 2 or not is_verb_element(elements[-1]) or is_verb_element(elements[0]):
                    continue
                end, _, skipped = _match(pattern.elements[:-1], keys, index, last, self.skippable,
                                         stops=self.gap_stops)
                if end is None:
                    continue
                modality = _verb_before(pattern.elements[-1], keys, max(first, index - HEADLINE_VERB_BEFORE), index)
                # verbless: only an act whose noun alone says it ("हमला" of "@कर", not "संघर्ष विराम" of "@तोड़")
                if modality is None and (end != last or not pattern.named_source
                                         or pattern.text.split()[-1] not in grammar(self.lang)["empty_verb"]):
                    continue
                if modality != "nonfinite":
                    weighed.append((end - index - skipped, PredicateMatch(index, end, pattern, modality or "asserted")))
        return _longest_first(weighed)


def _longest_first(weighed: list[tuple[int, PredicateMatch]]) -> list[PredicateMatch]:
    """Non-overlapping matches in text order, chosen by weight: the most words matched wins (words a "*" skips do
    not count), then the first, then the pattern text (so the choice never depends on the file's order)."""
    weighed = sorted(weighed, key=lambda pair: (-pair[0], pair[1].first, pair[1].pattern.text))
    chosen: list[PredicateMatch] = []
    for _, match in weighed:
        if all(match.last <= c.first or match.first >= c.last for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.first)


def is_verb_element(element: Element) -> bool:
    """A ``@verb`` element: every alternative is a verb form, with its modality."""
    return element.is_verb


def _verb_before(element: Element, keys: list[str], start: int, end: int) -> str | None:
    """The modality of the last form of ``element`` that ends in ``keys[start:end]``, else None."""
    for stop in range(end, start, -1):
        for alternative in element:
            size = len(alternative.words)
            if stop - size >= start and tuple(keys[stop - size:stop]) == alternative.words:
                return alternative.modality
    return None


def _match(
    elements: tuple[Element, ...], keys: list[str], index: int, limit: int,
    skippable: frozenset[str] = frozenset(), *, inside: bool = False, stops: frozenset[str] = frozenset(),
    joins: frozenset[str] = frozenset(), adverbial: Callable[[list[str], int, int], int] | None = None,
) -> tuple[int | None, str | None, int]:
    """The end index of the longest match of ``elements`` at ``index``, its verb modality and the words "*" skipped.

    Inside a pattern (not before its first element) one ``skippable`` word may stand before an element
    that does not name it: "withdrew its troops" matches "@withdraw (troops|forces)". A "*" skips no word of ``stops``.
    Before a verb, a word of ``joins`` and the one or two words of a second noun after it may stand once: "टैंक और
    गोला-बारूद भेजे" matches "(हथियार|टैंक) @भेज"; the skipped words do not count towards the match's weight.
    So, once, may the words of an ``adverbial`` (a function giving their number at an index): "मुलाकात मास्को में हुई".
    """
    if not elements:
        return index, None, 0
    if elements[0] == _GAP_ELEMENT:
        for gap in range(1, GAP_WORDS + 1):  # the shortest gap after which the rest matches
            if index + gap >= limit or keys[index + gap - 1] in stops:
                break
            end, modality, skipped = _match(elements[1:], keys, index + gap, limit, skippable, inside=True,
                                            stops=stops, joins=joins, adverbial=adverbial)
            if end is not None:
                return end, modality, skipped + gap
        return None, None, 0
    best: tuple[int | None, str | None, int] = (None, None, 0)
    element = elements[0]
    for alternative in element.by_first.get(keys[index], ()) if index < limit else ():  # longest first
        words = alternative.words
        size = len(words)
        if index + size > limit or (size > 1 and tuple(keys[index:index + size]) != words):
            continue
        end, modality, skipped = _match(elements[1:], keys, index + size, limit, skippable, inside=True,
                                        stops=stops, joins=joins, adverbial=adverbial)
        if end is not None and (best[0] is None or end > best[0]):
            best = (end, alternative.modality or modality, skipped)
    if best[0] is None and inside and index < limit and keys[index] in skippable:
        return _match(elements, keys, index + 1, limit, stops=stops)
    if best[0] is None and inside and index < limit and keys[index] in joins and element.is_verb:
        for noun_words in (1, 2):  # the second noun: "गोला बारूद"
            if index + 1 + noun_words >= limit or keys[index + noun_words] in stops:
                break
            end, modality, skipped = _match(elements, keys, index + 1 + noun_words, limit, stops=stops)
            if end is not None:
                return end, modality, skipped + 1 + noun_words
    if best[0] is None and inside and adverbial is not None and element.is_verb:
        size = adverbial(keys, index, limit)
        if size:
            end, modality, skipped = _match(elements, keys, index + size, limit, stops=stops)
            if end is not None:
                return end, modality, skipped + size
    return best


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled predicate lexicon of a language (``hi`` or ``en``)."""
    patterns = [*_patterns(lang, "predicates", named_source=True),
                *_patterns(lang, "occurrences", named_source=False)]
    index: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for alternative in pattern.elements[0]:
            index.setdefault(alternative.words[0], []).append(pattern)
    skippable = frozenset(fold(row["marker"]) for row in load_table(PACKAGE, "case_markers")
                          if row["lang"] == lang and row["kind"] in ("possessive", "inner_modifier"))
    fronted = grammar_keys("fronted_marker", lang)
    splits = {id(p.elements): _fronted_splits(p.elements, fronted) for p in patterns}
    return Lexicon(lang=lang, patterns=tuple(patterns),
                   by_first_word=MappingProxyType({k: tuple(v) for k, v in index.items()}), skippable=skippable,
                   compound_tails=grammar_keys("compound_tail", lang), gap_stops=grammar_keys("ergative", lang),
                   fronted_markers=fronted,
                   fronted_splits=MappingProxyType({key: value for key, value in splits.items() if value}),
                   joins=grammar_keys("coordinator", lang) if lang == "hi" else frozenset(),
                   adverbial_ends=grammar_keys("inner_adverbial_end", lang),
                   time_marker=grammar_keys("inner_time_marker", lang), time_words=weekday_names(lang))


def _fronted_splits(elements: tuple[Element, ...], markers: frozenset[str]) -> tuple[int, ...]:
    """Where a doer may stand inside a pattern: after each element (not a "*") that ends in a fronted marker."""
    return tuple(split for split in range(1, len(elements)) if elements[split - 1] != _GAP_ELEMENT
                 and any(a.words[-1] in markers for a in elements[split - 1]))


def _patterns(lang: str, kind: str, *, named_source: bool) -> list[Pattern]:
    forms = _verb_forms(lang)
    patterns = []
    source = f"events/data/{kind}_{lang}.tsv"
    for number, row in enumerate(load_table(PACKAGE, f"{kind}_{lang}"), start=1):
        try:
            elements = tuple(_element(token, forms) for token in row["pattern"].split())
        except KeyError as err:
            raise DataFileError(E005.format(path=source, line=f"row {number}",
                                            reason=f"unknown verb {err.args[0]!r}")) from None
        if _GAP_ELEMENT in (elements[0], elements[-1]):
            raise DataFileError(E005.format(path=source, line=f"row {number}",
                                            reason=f"{GAP!r} stands between words, not first or last"))
        if row["cameo"] != NO_EVENT:
            lookup(row["cameo"], source=source)
        targets = tuple(" ".join(fold(w) for w in t.split()) for t in row["target"].split("|") if t.strip())
        needs = tuple(frozenset(element.by_first) for element in elements[1:]
                      if element != _GAP_ELEMENT and not element.is_verb)
        patterns.append(Pattern(text=row["pattern"], lang=lang, cameo=row["cameo"], targets=targets,
                                elements=elements, named_source=named_source, needs=needs))
    return patterns


_GAP_ELEMENT = Element((Alternative((GAP,)),))


def _element(token: str, forms: Mapping[str, Element]) -> Element:
    if token == GAP:
        return _GAP_ELEMENT
    if token.startswith("@"):
        return forms[token[1:]]
    if token.startswith("(") and token.endswith(")"):
        return _longest_alternatives(Alternative(tuple(fold(w).split())) for w in token[1:-1].split("|") if w)
    return Element((Alternative((fold(token),)),))


def _longest_alternatives(alternatives: Iterable[Alternative]) -> Element:
    """Alternatives with the most words first (stable), the order ``_match`` tries them in."""
    return Element(sorted(alternatives, key=lambda a: -len(a.words)))


@functools.cache
@functools.cache
def finite_forms(lang: str = "hi") -> frozenset[str]:
    """One-word finite verb forms of any verb (no infinitive, conjunctive or participle): "रही", "डाले", "गया"."""
    return frozenset(alt.words[0] for alts in _verb_forms(lang).values() for alt in alts
                     if len(alt.words) == 1 and alt.modality != "nonfinite")


def _verb_forms(lang: str) -> Mapping[str, Element]:
    verb_column, form_column = _FORM_COLUMNS[lang]
    groups: dict[str, list[Alternative]] = {}
    for row in load_table(PACKAGE, _FORMS_FILE[lang]):
        modality = row.get("modality") or "asserted"
        groups.setdefault(row[verb_column], []).append(
            Alternative(tuple(fold(row[form_column]).split()), modality))
    return MappingProxyType({verb: _longest_alternatives(alts) for verb, alts in groups.items()})
