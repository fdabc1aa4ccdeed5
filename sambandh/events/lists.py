"""Hindi groups whose members a sentence of their own lists: "इन देशों में अमेरिका, स्पेन और जर्मनी शामिल हैं".

Hindi news names a group by its size or by a demonstrative ("13 देशों को", "963 लोगों को", "इन देशों को") and
lists its members in a sentence of their own: "<group> में A, B और C शामिल हैं" (the membership word and its
auxiliary: ``grammar_hi.tsv`` roles ``membership`` and ``membership_auxiliary``). An act aimed at the group is aimed
at each member:

- **Forward**: "इन देशों में A, B और C शामिल हैं। ... इन देशों को टीके भेजे गए हैं": a demonstrative (role
  ``demonstrative``) and the same group noun (role ``group_noun``) after the list, at most ``LIST_REACH`` sentences on.
- **Backward**: "963 लोगों को ब्लैकलिस्ट किया गया। 963 लोगों में 12 अमेरिकी, 40 ब्रिटिश ... शामिल हैं": the same
  count before a group noun, at most ``LIST_REACH`` sentences before the list.

Members are the actors of the list joined to the last one before the membership word (``clause.coordinated``, with
counted items: ``clause._counted_list``), at least ``MIN_MEMBERS`` of them, each with a country.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Actor, Article
from ..text.normalize import fold, fold_with_map
from .clause import GENERIC_HOW, PlacedActor, SentenceView, coordinated, prepare
from .context import place_generic
from .cues import Cues, grammar_keys

# A group's list stands at most this many sentences from the act aimed at the group.
LIST_REACH = 3
# A list names at least this many members; one is no list ("इनमें भारत शामिल है" names a member, not the group).
MIN_MEMBERS = 2
# "963 लोगों में 12 अमेरिकी": at most this many count words between "में" and the first member; and between the last
# member and the membership word ("33 श्रीलंकाई नागरिक शामिल हैं": the members' noun).
COUNT_WORDS = 2
MEMBER_NOUN_WORDS = 1


@dataclass(frozen=True, slots=True)
class Membership:
    """A group listed in sentence ``sentence``: its noun, its count or demonstrative, and its members."""

    sentence: int
    noun: str
    count: str | None  # the count before the noun ("963"), None when a demonstrative points to it ("इन देशों")
    members: tuple[PlacedActor, ...]


def membership(view: SentenceView) -> Membership | None:
    """The group the sentence lists the members of ("इन देशों में A, B और C शामिल हैं"), or None."""
    keys = view.keys
    words, auxiliaries = grammar_keys("membership"), grammar_keys("membership_auxiliary")
    at = next((i for i, key in enumerate(keys) if key in words
               and (i + 1 == len(keys) or keys[i + 1] in auxiliaries)), None)
    if at is None:
        return None
    before = [a for a in view.actors if a.last <= at and at - a.last <= MEMBER_NOUN_WORDS]
    if not before:
        return None
    last = before[-1]
    index = view.actors.index(last)
    if index and last.actor.how == GENERIC_HOW and view.actors[index - 1].last == last.first:
        last = view.actors[index - 1]  # "रूसी और बेलारूसी अधिकारी": the list is of the countries before the noun
    members = coordinated(list(view.actors), last)
    if len(members) < MIN_MEMBERS or not all(m.actor.country for m in members):
        return None
    locative = next((i for i in range(members[0].first - 1, max(-1, members[0].first - COUNT_WORDS - 2), -1)
                     if keys[i] in grammar_keys("location")), None)
    if locative is None or locative < 2 or keys[locative - 1] not in grammar_keys("group_noun"):
        return None
    pointer = keys[locative - 2]
    if pointer in grammar_keys("demonstrative"):
        count = None
    elif pointer.isdigit():
        count = pointer
    else:
        return None
    return Membership(view.sentence.id, keys[locative - 1], count, tuple(members))


def article_memberships(
    article: Article, by_sentence: dict[int, list[Actor]], sentence_cues: Cues, home: str | None
) -> tuple[Membership, ...]:
    """The groups the article's sentences list the members of, read before coding so that an act told before its
    list finds it too; only sentences with a membership word are prepared."""
    words = grammar_keys("membership")
    found = []
    for sentence in article.sentences:
        if words.isdisjoint(fold_with_map(sentence.text)[0].split()):  # folded once already, by the name matcher
            continue
        view = prepare(sentence, by_sentence.get(sentence.id, []), sentence_cues)
        listed = membership(replace(view, actors=place_generic(view.actors, home, view.keys)))
        if listed is not None:
            found.append(listed)
    return tuple(found)


def group_members(
    view: SentenceView, start: int, end: int, markers: tuple[str, ...], memberships: tuple[Membership, ...]
) -> tuple[PlacedActor, ...]:
    """The members of a group that ``keys[start:end]`` names in one of ``markers`` (or as the predicate's own first
    words, ``end`` being where it stops): "इन देशों को" after its list, "963 लोगों को" before it."""
    keys = view.keys
    nouns = grammar_keys("group_noun")
    folded = {tuple(fold(m).split()) for m in markers if m not in ("-", "0")}
    sentence = view.sentence.id
    for i in range(max(start, 1), end):
        if keys[i] not in nouns:
            continue
        after = tuple(keys[i + 1:i + 1 + max((len(m) for m in folded), default=0)])
        if not any(after[:len(m)] == m for m in folded):
            continue
        pointer = keys[i - 1]
        for listed in memberships:
            if abs(listed.sentence - sentence) > LIST_REACH or listed.sentence == sentence:
                continue
            forward = (listed.count is None and listed.sentence < sentence and keys[i] == listed.noun
                       and pointer in grammar_keys("demonstrative"))
            backward = listed.count is not None and listed.sentence > sentence and pointer == listed.count
            if forward or backward:
                return listed.members
    return ()
