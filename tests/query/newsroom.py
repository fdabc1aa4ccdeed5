"""A small news store written by hand for the query tests: our own sentences, real actors.

July 2023: Russia's and China's delegations visit North Korea in the same week (reported by three
articles, so the two visits are two events with several reports each); Kim Jong Un meets Sergei
Shoigu. May 2024: Putin praises Xi Jinping. May 2025: India and Pakistan clash, reported twice.
"""

from __future__ import annotations

from sambandh.model import ActorRef, Article, Entity, Event, Evidence, Mention, Sentence, Source
from sambandh.store import Store

#: id → (name, type, country, code, Hindi name as written in our sentences)
ENTITIES = {
    "sb:country-rus": ("Russia", "country", "RUS", "RUS", "रूस"),
    "sb:country-prk": ("North Korea", "country", "PRK", "PRK", "उत्तर कोरिया"),
    "sb:country-chn": ("China", "country", "CHN", "CHN", "चीन"),
    "sb:country-ind": ("India", "country", "IND", "IND", "भारत"),
    "sb:country-pak": ("Pakistan", "country", "PAK", "PAK", "पाकिस्तान"),
    "sb:place-pyongyang": ("Pyongyang", "place", "PRK", "PRK", "प्योंगयांग"),
    "Q56226": ("Kim Jong Un", "person", "PRK", "PRKGOV", "किम जोंग उन"),
    "Q313029": ("Sergei Shoigu", "person", "RUS", "RUSMIL", "सर्गेई शोइगु"),
    "Q7747": ("Vladimir Putin", "person", "RUS", "RUSGOV", "पुतिन"),
    "Q15031": ("Xi Jinping", "person", "CHN", "CHNGOV", "शी जिनपिंग"),
}
CAMEO = {"042": ("Make a visit", 1, 1.9), "040": ("Consult", 1, 1.0), "051": ("Praise or endorse", 1, 3.4),
         "190": ("Use conventional military force", 4, -10.0), "112": ("Accuse", 3, -2.0)}


def _ref(entity: str) -> ActorRef:
    name, _, country, code, _ = ENTITIES[entity]
    return ActorRef(entity=entity, name=name, country=country, code=code)


def _article(n: int, published: str, title: str, facts: list[tuple[str, str, str, str, str]]) -> Article:
    """Article ``n``; each fact is (source entity, cameo, target entity, date, sentence) on its own line."""
    sentences, events, mentions = [], [], {}
    for i, (source, cameo, target, day, text) in enumerate(facts):
        sentences.append(Sentence(id=i, text=text, paragraph=i, start=0, end=len(text)))
        label, quad, goldstein = CAMEO[cameo]
        events.append(Event(id=f"e{n}-{i}", cameo=cameo, root=cameo[:2], label=label, plover=None, quad_class=quad,
                            goldstein=goldstein, source=_ref(source), target=_ref(target), date=day,
                            date_precision="day", sentence=i, evidence=Evidence(start=0, end=len(text), text=text),
                            confidence=0.8))
        for entity in (source, target):
            written = ENTITIES[entity][4]
            start = text.find(written)
            if start >= 0:
                mentions.setdefault(entity, []).append(
                    Mention(text=written, sentence=i, start=start, end=start + len(written)))
    entities = tuple(Entity(id=e, name=ENTITIES[e][0], type=ENTITIES[e][1], country=ENTITIES[e][2],
                            code=ENTITIES[e][3], mentions=tuple(ms)) for e, ms in sorted(mentions.items()))
    return Article(id=f"art{n}", source=Source(path=f"art{n}.md", format="markdown"), language="hi", title=title,
                   published=published, paragraphs=tuple(s.text for s in sentences), sentences=tuple(sentences),
                   entities=entities, events=tuple(events))


ARTICLES = (
    _article(1, "2023-07-27", "प्योंगयांग में रूसी और चीनी प्रतिनिधिमंडल", [
        ("sb:country-rus", "042", "sb:country-prk", "2023-07-24", "रूस का प्रतिनिधिमंडल इस सप्ताह उत्तर कोरिया पहुंचा।"),
        ("sb:country-chn", "042", "sb:country-prk", "2023-07-24", "चीन का प्रतिनिधिमंडल भी उत्तर कोरिया पहुंचा।"),
        ("Q56226", "040", "Q313029", "2023-07-26", "किम जोंग उन ने सर्गेई शोइगु से मुलाकात की।"),
    ]),
    _article(2, "2023-07-26", "शोइगु प्योंगयांग पहुंचे", [
        ("Q313029", "042", "sb:place-pyongyang", "2023-07-25", "सर्गेई शोइगु मंगलवार को प्योंगयांग पहुंचे।"),
    ]),
    _article(3, "2023-07-28", "चीनी दल उत्तर कोरिया में", [
        ("sb:country-chn", "042", "sb:country-prk", "2023-07-26", "चीन के दल ने उत्तर कोरिया का दौरा किया।"),
    ]),
    _article(4, "2024-05-16", "पुतिन और शी जिनपिंग", [
        ("Q7747", "051", "Q15031", "2024-05-16", "पुतिन ने शी जिनपिंग की तारीफ की।"),
    ]),
    _article(5, "2025-05-08", "भारत-पाकिस्तान तनाव", [
        ("sb:country-ind", "190", "sb:country-pak", "2025-05-07", "भारत ने पाकिस्तान में ठिकानों पर हमला किया।"),
        ("sb:country-pak", "112", "sb:country-ind", "2025-05-07", "पाकिस्तान ने भारत पर आरोप लगाया।"),
    ]),
    _article(6, "2025-05-09", "हिन्दी समाचार: सीमा पर हमले", [
        ("sb:country-ind", "190", "sb:country-pak", "2025-05-08", "भारत के हमले पाकिस्तान में जारी रहे।"),
    ]),
)


def newsroom() -> Store:
    """An in-memory store holding :data:`ARTICLES`; close it when done."""
    store = Store.open(":memory:")
    store.add_articles(ARTICLES)
    return store
