"""Hindi mediation named by a phrase: "कतर और तुर्की की मध्यस्थता से पाकिस्तान और अफगानिस्तान के बीच युद्धविराम हुआ".

The mediator stands in the genitive before a mediation noun (``grammar_hi.tsv`` role ``mediation_noun``) and its
link (role ``mediation_link``: "से", "में"); the sides are the two parties of a cooperative act (quad classes 1
and 2) of the same sentence. The mediator, and every actor joined to it by "और", mediates (CAMEO 045) with each
side (two sides of one country too: an army and a militia); the sides' own act is coded as usual.
"""

from __future__ import annotations

from ..model import ActorRef, Event, Evidence, event_id, replace
from .cameo import CameoCode, lookup
from .clause import PlacedActor, SentenceView, coordinated
from .cues import grammar_keys

MEDIATE_CODE = "045"
# Acts a mediator brings about: verbal and material cooperation (agreements, ceasefires, talks)
MEDIATED_QUAD_CLASSES = frozenset({1, 2})


def mediated_events(view: SentenceView, events: list[Event], article_id: str) -> list[Event]:
    """The mediator's 045 with each side of the sentence's cooperative acts, when a mediation phrase names it."""
    found_mediators = mediators(view)
    if not found_mediators:
        return []
    own = {m.actor.country for m in found_mediators}
    entry = lookup(MEDIATE_CODE)
    found: dict[tuple[str | None, str | None], Event] = {}
    for event in events:
        if (event.negated or event.target is None or event.quad_class not in MEDIATED_QUAD_CLASSES
                or event.source.country in own or event.target.country in own or event.source.country is None
                or event.target.country is None or event.source == event.target):
            continue
        for mediator in found_mediators:
            for side in (event.source, event.target):
                source = mediator.actor.ref()
                key = (source.country, side.country)
                if key in found:
                    continue
                found[key] = _mediation(view, event, source, side, mediator, entry, article_id)
    return list(found.values())


def mediators(view: SentenceView) -> list[PlacedActor]:
    """The actors before "की मध्यस्थता से/में", with those joined to them by "और"."""
    keys = view.keys
    nouns, links, genitives = (grammar_keys(role) for role in ("mediation_noun", "mediation_link",
                                                                "mediation_genitive"))
    out: list[PlacedActor] = []
    for at in range(1, len(keys) - 1):
        if keys[at] not in nouns or keys[at + 1] not in links or keys[at - 1] not in genitives:
            continue
        before = next((a for a in view.actors if a.last == at - 1 and a.actor.country), None)
        if before is None:
            continue
        out += [a for a in coordinated(list(view.actors), before) if a.actor.country and a not in out]
    return out


def _mediation(view: SentenceView, act: Event, source: ActorRef, side: ActorRef, mediator: PlacedActor,
               entry: CameoCode, article_id: str) -> Event:
    text = view.sentence.text
    begin = min(mediator.actor.start, act.evidence.start)
    end = max(mediator.actor.end, act.evidence.end)
    return replace(act, id=event_id(article_id, view.sentence.id, mediator.actor.start, entry.code, source, side),
                   **entry.event_fields(), source=source, target=side,
                   modality="asserted", evidence=Evidence(start=begin, end=end, text=text[begin:end]),
                   trigger=text[mediator.actor.start:mediator.actor.end])
