"""The event coder: sentences with actors → CAMEO events with evidence.

For each clause: set aside reporting frames ("KCNA के मुताबिक", "X ने बताया कि",
"according to X") as ``reported_by``; find predicates from the lexicon; take the
source and target from case marking in Hindi ("X ने", "Y से/को/की/पर") and from
position in English (subject before the verb, object or prepositional phrase
after); read negation and modality from cue words; date the clause from the
nearest date expression, anchored on the publication date.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from ..model import Actor, Article, Event, Evidence, Location, replace
from ..text.dates import DateMention, find_dates, iso_day
from .cameo import lookup
from .clause import NONE_MARKER, PlacedActor, SentenceView, prepare
from .cues import Cues, cues, find_phrase
from .lexicon import PredicateMatch, lexicon

# Confidence parts. Hand-set for the foundation coder; to be tuned on the events eval (issue 5).
BASE_CONFIDENCE = 0.4
MARKED_SOURCE_BONUS = 0.25  # "X ने" in Hindi, a subject right before the verb in English
PREFERRED_TARGET_BONUS = 0.2  # the target carries the pattern's first-choice marker
OTHER_TARGET_BONUS = 0.1
DATED_BONUS = 0.05
CARRIED_SOURCE_PENALTY = 0.15  # the source came from an earlier clause ("उन्होंने", dropped subject)
MAX_CONFIDENCE = 0.95
# English: how many tokens may stand between a verb and its object ("met the Russian minister").
ENGLISH_OBJECT_WINDOW = 4
# Cue words this many tokens after a predicate still govern it ("हमला कर सकता है").
MODAL_WINDOW = 4
# ... and this many before it ("may attack", "is expected to meet").
MODAL_BEFORE = 2
# English "X said": the reporter ends at most this many tokens before the reporting verb.
REPORTER_GAP = 1
LOCATION_TYPES = frozenset({"place", "country"})
# A city or region is where things happen, not who does them.
SOURCELESS_TYPES = frozenset({"place"})
# Material conflict (quad class 4) in a place with no named target is aimed at that place's country.
LOCATED_TARGET_QUAD_CLASSES = frozenset({4})


@dataclass(frozen=True, slots=True)
class _Frame:
    first: int
    last: int
    reporters: tuple[str, ...]


def code_events(article: Article) -> Article:
    """The article with ``events`` coded from its sentences and actors."""
    lang = "hi" if article.language == "hi" else "en"
    sentence_cues = cues(lang)
    published = iso_day(article.published)
    by_sentence: dict[int, list[Actor]] = {}
    for actor in article.actors:
        by_sentence.setdefault(actor.sentence, []).append(actor)
    events: list[Event] = []
    carried: PlacedActor | None = None
    for sentence in article.sentences:
        view = prepare(sentence, by_sentence.get(sentence.id, []), sentence_cues)
        dates = find_dates(sentence.text, published=published)
        found, carried = _code_sentence(article, view, lang, sentence_cues, dates, published, carried)
        events.extend(found)
    return replace(article, events=tuple(_dedupe(events)))


def _code_sentence(
    article: Article,
    view: SentenceView,
    lang: str,
    sentence_cues: Cues,
    dates: list[DateMention],
    published: date | None,
    carried: PlacedActor | None,
) -> tuple[list[Event], PlacedActor | None]:
    keys = view.keys
    events: list[Event] = []
    opinion = find_phrase(keys, sentence_cues.phrases.get("opinion", ()), 0, len(keys)) is not None
    for first, last in view.clauses:
        frames = _frames(view, sentence_cues, first, last, lang)
        reporters = tuple(dict.fromkeys(name for frame in frames for name in frame.reporters))
        framed = {i for frame in frames for i in range(frame.first, frame.last)}
        actors = [a for a in view.actors if first <= a.first and a.last <= last and a.first not in framed]
        locations = [a for a in actors if a.marker_kind == "location" and a.actor.type in LOCATION_TYPES]
        location = locations[0] if locations else None
        actors = [a for a in actors if a.marker_kind != "location"]
        predicates = [p for p in lexicon(lang).find(view.tokens, first=first, last=last)
                      if not framed.intersection(range(p.first, p.last))]
        # a non-finite verb with a finite one after it is embedded ("उल्लंघन करने का आरोप लगाया",
        # "मुलाकात करने पहुंचे"): the finite verb carries the event
        predicates = [p for index, p in enumerate(predicates)
                      if p.modality != "nonfinite" or index == len(predicates) - 1]
        window_start = first
        for predicate in predicates:
            if lang == "hi":
                sources, targets, marked = _hindi_arguments(actors, predicate, window_start)
            else:
                sources, targets, marked = _english_arguments(actors, predicate, window_start, last)
            from_earlier = False
            if not sources and carried is not None and _pronoun_or_dropped(view, sentence_cues, window_start,
                                                                             predicate.first, actors):
                sources, from_earlier = [carried], True
            window_start = predicate.last
            if not sources:
                continue
            sources = [a for a in sources if a.actor.type not in SOURCELESS_TYPES]
            if not sources:
                continue
            target, preferred = targets
            if target is None:  # "भारत ने पाकिस्तान में ठिकानों पर हमले किए": force used in a country
                target = _located_target(predicate, sources, locations)
            if target is None and ("-" not in predicate.pattern.targets or from_earlier):
                continue  # a carried subject with no target is too weak to code
            carried = sources[0]
            confidence = _confidence(marked, preferred, target, from_earlier, dates)
            for source, aimed in _pairs(sources, target):
                events.append(_event(article, view, predicate, source, aimed, location, reporters,
                                     dates, published, lang, sentence_cues, opinion, carried_source=from_earlier,
                                     confidence=confidence))
    return events, carried


def _pairs(
    sources: list[PlacedActor], target: PlacedActor | None
) -> list[tuple[PlacedActor, PlacedActor | None]]:
    """(source, target) pairs; "भारत और पाकिस्तान ने ... सहमति जताई" with no target is reciprocal."""
    if target is None and len({s.actor.entity for s in sources}) > 1:
        return [(a, b) for a in sources for b in sources if a.actor.entity != b.actor.entity]
    return [(s, target) for s in sources if target is None or s.actor.entity != target.actor.entity]


def _hindi_arguments(
    actors: list[PlacedActor], predicate: PredicateMatch, window_start: int
) -> tuple[list[PlacedActor], tuple[PlacedActor | None, bool], bool]:
    """Source and target of a Hindi predicate from the case markers of the actors before it."""
    before = [a for a in actors if a.last <= predicate.first]
    in_window = [a for a in before if a.first >= window_start]
    agents = [a for a in before if a.marker_kind == "agent"]
    marked = bool(agents)
    if agents:
        source = agents[-1]
    else:
        bare = [a for a in in_window if a.marker_kind == "none"]
        source = bare[0] if bare else None
    sources = _coordinated(actors, source) if source else []
    target, preferred = None, False
    for rank, marker in enumerate(predicate.pattern.targets):
        if marker == "-":
            break
        candidates = [a for a in in_window if a not in sources and _has_marker(a, marker)]
        if marker == NONE_MARKER:
            candidates = [a for a in candidates if a.last == predicate.first or a is in_window[-1]]
        elif not candidates:
            # an earlier predicate of the clause may stand between ("X पर उल्लंघन करने का आरोप लगाया")
            candidates = [a for a in before if a not in sources and a.first >= _source_end(sources)
                          and _has_marker(a, marker)]
        if candidates:
            target, preferred = candidates[-1], rank == 0
            break
    return sources, (target, preferred), marked


def _source_end(sources: list[PlacedActor]) -> int:
    return max((a.last for a in sources), default=0)


def _english_arguments(
    actors: list[PlacedActor], predicate: PredicateMatch, window_start: int, clause_end: int
) -> tuple[list[PlacedActor], tuple[PlacedActor | None, bool], bool]:
    """Source and target of an English predicate: the subject before it, the object after it."""
    before = [a for a in actors if window_start <= a.first and a.last <= predicate.first]
    after = [a for a in actors if a.first >= predicate.last and a.last <= clause_end]
    source = before[-1] if before else None
    sources = _coordinated(actors, source) if source is not None else []
    target, preferred = None, False
    for rank, marker in enumerate(predicate.pattern.targets):
        if marker == "-":
            break
        if marker == NONE_MARKER:
            candidates = [a for a in after if a.first - predicate.last <= ENGLISH_OBJECT_WINDOW]
        else:
            candidates = [a for a in after if marker in a.preceding]
        if candidates:
            target, preferred = candidates[0], rank == 0
            break
    return sources, (target, preferred), source is not None


def _located_target(
    predicate: PredicateMatch, sources: list[PlacedActor], locations: list[PlacedActor]
) -> PlacedActor | None:
    if lookup(predicate.pattern.cameo).quad_class not in LOCATED_TARGET_QUAD_CLASSES:
        return None
    countries = {s.actor.country for s in sources}
    return next((place for place in locations if place.actor.country not in countries), None)


def _has_marker(actor: PlacedActor, marker: str) -> bool:
    if marker == NONE_MARKER:
        return actor.marker_kind == "none"
    return actor.marker == marker


def _coordinated(actors: list[PlacedActor], source: PlacedActor) -> list[PlacedActor]:
    """The source and every actor joined to it by "और"/"and"."""
    index = actors.index(source)
    chain = [source]
    left = index - 1
    while left >= 0 and actors[left].joined and actors[left].marker == source.marker:
        chain.insert(0, actors[left])
        left -= 1
    right = index
    while right + 1 < len(actors) and actors[right].joined and actors[right + 1].marker == source.marker:
        right += 1
        chain.append(actors[right])
    return chain


def _pronoun_or_dropped(
    view: SentenceView, sentence_cues: Cues, start: int, end: int, actors: list[PlacedActor]
) -> bool:
    """Whether the subject is a pronoun ("उन्होंने") or missing altogether before the predicate."""
    pronouns = sentence_cues.markers.get("pronoun", ())
    if find_phrase(view.keys, pronouns, start, end) is not None:
        return True
    agent_markers = sentence_cues.markers.get("agent", ())
    if find_phrase(view.keys, agent_markers, start, end) is not None:
        return False  # an agent the KB does not know ("दोनों देशों के राजनेताओं ने") is still a subject
    return not any(a.marker_kind in ("agent", "none") for a in actors if start <= a.first < end)


def _frames(view: SentenceView, sentence_cues: Cues, first: int, last: int, lang: str) -> list[_Frame]:
    """Reporting frames in a clause, with the reporters they name."""
    keys = view.keys
    frames: list[_Frame] = []
    agent_markers = sentence_cues.markers.get("agent", ())
    for frame in sentence_cues.frames:
        if frame.after:
            agentive = frame.after[:1] in agent_markers  # "X ने बताया कि": the reporter is the agent
            words = frame.after[1:] if agentive else frame.after
            found = find_phrase(keys, (words,), first, last)
            if found is None:
                continue
            before = [a for a in view.actors if first <= a.first and a.last <= found[0]]
            if agentive:
                before = [a for a in before if a.marker_kind == "agent"][-1:]
            elif lang != "hi":
                # English "X said": only the actor right before the verb reports; the rest is content
                before = [a for a in before if found[0] - a.last <= REPORTER_GAP][-1:]
            start = min((a.first for a in before), default=max(first, found[0] - 1))
            reporters = _reporter_names(before) or (" ".join(t.text for t in view.tokens[start:found[0]]),)
            frames.append(_Frame(start, found[1], reporters))
        elif frame.before:
            found = find_phrase(keys, (frame.before,), first, last)
            if found is None:
                continue
            after = [a for a in view.actors if a.first >= found[1] and a.first - found[1] <= 1][:1]
            end = after[0].last if after else min(found[1] + 1, last)
            reporters = _reporter_names(after) or (" ".join(t.text for t in view.tokens[found[1]:end]),)
            frames.append(_Frame(found[0], end, reporters))
    return frames


def _reporter_names(actors: list[PlacedActor]) -> tuple[str, ...]:
    """Names of the reporters: news media first; a collective ("रूस के रक्षा मंत्रालय") as written."""
    media = [a for a in actors if a.actor.type in ("media", "organization")]
    chosen = media or actors
    return tuple(dict.fromkeys(_reporter_name(a.actor) for a in chosen))


def _reporter_name(actor: Actor) -> str:
    collective = actor.type == "country" and actor.code not in (None, actor.country)
    return actor.text if collective else actor.name


def _event(
    article: Article,
    view: SentenceView,
    predicate: PredicateMatch,
    source: PlacedActor,
    target: PlacedActor | None,
    location: PlacedActor | None,
    reporters: tuple[str, ...],
    dates: list[DateMention],
    published: date | None,
    lang: str,
    sentence_cues: Cues,
    opinion: bool,
    *,
    carried_source: bool,
    confidence: float,
) -> Event:
    entry = lookup(predicate.pattern.cameo)
    sentence = view.sentence
    trigger_start = view.tokens[predicate.first].start
    trigger_end = view.tokens[predicate.last - 1].end
    spans = [trigger_start, trigger_end]
    if not carried_source:  # a carried source stands in an earlier sentence or clause
        spans += [source.actor.start, source.actor.end]
    if target is not None:
        spans += [target.actor.start, target.actor.end]
    evidence_start, evidence_end = min(spans), max(spans)
    when, precision = _date_for(dates, trigger_start, published)
    negated = _negated(view, predicate)
    modality = _modality(view, predicate, sentence_cues, opinion)
    source_ref = source.actor.ref()
    target_ref = target.actor.ref() if target else None
    key = "|".join([article.id, str(sentence.id), str(trigger_start), entry.code, source_ref.entity or "",
                    target_ref.entity if target_ref else ""])
    return Event(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        cameo=entry.code, root=entry.root, label=entry.name, plover=entry.plover,
        quad_class=entry.quad_class, goldstein=entry.goldstein,
        source=source_ref, target=target_ref,
        date=when, date_precision=precision,
        location=Location(name=location.actor.name, country=location.actor.country,
                          entity=location.actor.entity) if location else None,
        reported_by=reporters, negated=negated, modality=modality,
        confidence=round(confidence, 2), sentence=sentence.id,
        evidence=Evidence(start=evidence_start, end=evidence_end,
                          text=sentence.text[evidence_start:evidence_end]),
        trigger=sentence.text[trigger_start:trigger_end],
    )


def _date_for(dates: list[DateMention], position: int, published: date | None) -> tuple[str | None, str]:
    before = [d for d in dates if d.start < position]
    chosen = before[-1] if before else (dates[0] if dates else None)
    if chosen is not None:
        return chosen.value.isoformat(), chosen.precision
    if published is not None:
        return published.isoformat(), "published"
    return None, "published"


def _negated(view: SentenceView, predicate: PredicateMatch) -> bool:
    return any(predicate.first <= i <= predicate.last for i in view.negated_at)


def _modality(view: SentenceView, predicate: PredicateMatch, sentence_cues: Cues, opinion: bool) -> str:
    keys = view.keys
    after = (predicate.first, min(len(keys), predicate.last + MODAL_WINDOW))
    clause_start = max((a for a, b in view.clauses if a <= predicate.first), default=0)
    if find_phrase(keys, sentence_cues.phrases.get("hypothetical", ()), clause_start, predicate.first):
        return "hypothetical"
    if opinion:
        return "reported_opinion"
    before = (max(clause_start, predicate.first - MODAL_BEFORE), predicate.first)
    possible = sentence_cues.phrases.get("possible", ())
    if _cue(view, possible, after) or _cue(view, possible, before):
        return "possible"
    intended = sentence_cues.phrases.get("intended", ())
    if predicate.modality in ("intended", "nonfinite") or find_phrase(keys, intended, *after) or (
        find_phrase(keys, intended, *before)
    ):
        return "intended"
    return "asserted"


def _cue(view: SentenceView, options: tuple[tuple[str, ...], ...], span: tuple[int, int]) -> bool:
    """A cue in ``span``; a Latin cue must be lower case in the text ("may", not the month "May")."""
    start, end = span
    while start < end:
        found = find_phrase(view.keys, options, start, end)
        if found is None:
            return False
        text = view.tokens[found[0]].text
        if not text.isascii() or text.islower():
            return True
        start = found[0] + 1
    return False


def _confidence(
    marked: bool, preferred: bool, target: PlacedActor | None, from_earlier: bool, dates: list[DateMention]
) -> float:
    score = BASE_CONFIDENCE
    if marked:
        score += MARKED_SOURCE_BONUS
    if target is not None:
        score += PREFERRED_TARGET_BONUS if preferred else OTHER_TARGET_BONUS
    if dates:
        score += DATED_BONUS
    if from_earlier:
        score -= CARRIED_SOURCE_PENALTY
    return min(score, MAX_CONFIDENCE)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (date, source, target, code) within an article; the first evidence wins."""
    seen: set[tuple] = set()
    out = []
    for event in events:
        key = (event.date, event.source.entity, event.source.code,
               event.target.entity if event.target else None, event.cameo, event.negated)
        if key in seen:
            continue
        seen.add(key)
        out.append(event)
    return out
