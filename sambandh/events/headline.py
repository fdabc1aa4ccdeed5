"""Events from the headline, only when the body gives none.

A headline restates the story's main event in telegraphic words; coded beside the body it would
count that event twice, under a weaker reading. So the headline is coded only when the body
yields no event with a known doer — a feed item with a one-line summary, a wire brief, a photo
story, a body that says only "clashes broke out" — and the headline is the only place the
article says who did what to whom. The body's events, if any, are kept.

Its text then becomes one more sentence of the article, appended after the body's so their ids
do not move, with ``paragraph`` :data:`HEADLINE_PARAGRAPH` and offsets into the headline; its
entities, actors and events carry that sentence id like any other, so the evidence stays
traceable.

Hindi headlines have a grammar of their own, which the coder reads in the headline only: the light verb
before its noun ("भारत ने पाकिस्तान को दी चेतावनी"), no verb at all with the doer in the genitive ("इसराइल का
ईरान पर हमला"), or the doer last ("पुतिन से मिले मोदी"): ``Lexicon.find_headline`` and ``hindi.headline_doers``.

Example: an article whose body is "The talks lasted two hours." and whose title is "Jaishankar
meets Wang Yi in Beijing" gets the meeting (IND → CHN, 040) with the title as its evidence.
"""

from __future__ import annotations

from dataclasses import replace

from ..entities.linker import link_entities
from ..kb.base import KnowledgeBase
from ..model import Article, Entity, Event, Sentence
from .clause import HEADLINE_PARAGRAPH
from .coder import code_events

__all__ = ["HEADLINE_PARAGRAPH", "code_headline"]




def code_headline(article: Article, *, kb: KnowledgeBase) -> Article:
    """The article, with the headline's events when no body event has a known doer (else unchanged)."""
    title = (article.title or "").strip()
    if not title or any(_known_doer(event) for event in article.events):
        return article
    sentence = Sentence(id=len(article.sentences), text=title, paragraph=HEADLINE_PARAGRAPH,
                        start=0, end=len(title))
    probe = replace(article, sentences=(sentence,), entities=(), actors=(), events=())
    probe = code_events(link_entities(probe, kb=kb))
    if not probe.events:
        return article
    return replace(article, sentences=(*article.sentences, sentence),
                   entities=_merged(article.entities, probe.entities),
                   actors=(*article.actors, *probe.actors), events=(*article.events, *probe.events))


def _known_doer(event: Event) -> bool:
    return bool(event.source.entity or event.source.country)


def _merged(body: tuple[Entity, ...], headline: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The body's entities with the headline's mentions added; entities only the headline names last."""
    extra = {entity.id: entity for entity in headline}
    merged = [replace(entity, mentions=(*entity.mentions, *extra.pop(entity.id).mentions))
              if entity.id in extra else entity for entity in body]
    return (*merged, *extra.values())
