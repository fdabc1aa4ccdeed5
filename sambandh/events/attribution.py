"""Attribution: reporting frames ("X के मुताबिक", "X ने बताया कि", "according to X", "X said") and who they name.

A frame's reporters fill an event's ``reported_by`` and do not become its actors; a pronoun after a
frame ("भारत ने कहा कि वह ...", "Japan said it ...") stands for the reporter (``coder._reporting_subject``).
The frames themselves are data: ``frame`` rows of ``events/data/cues_hi.tsv`` and ``cues_en.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor
from .clause import PlacedActor, SentenceView
from .cues import Cues, find_phrase, grammar, grammar_keys

__all__ = ["REPORTER_GAP", "REPORTER_NAME_WORDS", "Frame", "reporting_frames"]

# English "X said": the reporter ends at most this many tokens before the reporting verb.
REPORTER_GAP = 1
# ... or a name of at most this many words the linker left out ("Egyptian President Hosni Mubarak said").
REPORTER_NAME_WORDS = 3


@dataclass(frozen=True, slots=True)
class Frame:
    """One reporting frame of a clause: its token span and the reporters it names."""

    first: int
    last: int
    reporters: tuple[str, ...]
    actors: tuple[PlacedActor, ...] = ()  # the reporters as actors of the sentence, when linked


def reporting_frames(view: SentenceView, sentence_cues: Cues, first: int, last: int, lang: str) -> list[Frame]:
    """Reporting frames in a clause, with the reporters they name."""
    keys = view.keys
    frames: list[Frame] = []
    agent_markers = sentence_cues.markers.get("agent", ())
    present = set(keys[first:last])  # a frame whose first word is missing is not tried: there are hundreds
    for frame in sentence_cues.frames:
        if frame.after:
            agentive = frame.after[:1] in agent_markers  # "X ने बताया कि": the reporter is the agent
            words = frame.after[1:] if agentive else frame.after
            found = find_phrase(keys, (words,), first, last) if words[:1] and words[0] in present else None
            if found is None:
                continue
            if agentive and found[0] and keys[found[0] - 1] in grammar()["concurrent_participle"]:
                continue  # "X ने Y की निंदा करते हुए कहा कि": X acted as well as spoke; no mere reporter
            if agentive and lang == "hi" and found[0] and keys[found[0] - 1] in grammar_keys("coordinator") and any(
                    a.marker_kind == "agent" and a.last < found[0] - 1 for a in view.actors if a.first >= first):
                continue  # "X ने Y का आभार जताया और कहा कि": X acted before speaking; the act is no report
            before = [a for a in view.actors if first <= a.first and a.last <= found[0]]
            if agentive:
                before = [a for a in before if a.marker_kind == "agent"][-1:]
            elif lang != "hi":
                # English "X said": only the actor right before the verb reports; the rest is content
                before = [a for a in before if found[0] - a.last <= REPORTER_GAP or _name_between(
                    view, a.last, found[0])][-1:]
            start = min((a.first for a in before), default=max(first, found[0] - 1))
            reporters = _reporter_names(before) or (" ".join(t.text for t in view.tokens[start:found[0]]),)
            frames.append(Frame(start, found[1], reporters, tuple(before)))
        elif frame.before:
            found = find_phrase(keys, (frame.before,), first, last) if frame.before[0] in present else None
            if found is None:
                continue
            after = [a for a in view.actors if a.first >= found[1] and a.first - found[1] <= 1][:1]
            end = after[0].last if after else min(found[1] + 1, last)
            reporters = _reporter_names(after) or (" ".join(t.text for t in view.tokens[found[1]:end]),)
            frames.append(Frame(found[0], end, reporters))
    return frames


def _name_between(view: SentenceView, start: int, end: int) -> bool:
    """Only a name stands between: "Egyptian President | Hosni Mubarak | said"."""
    words = view.tokens[start:end]
    return 0 < len(words) <= REPORTER_NAME_WORDS and all(t.text[:1].isupper() for t in words)


def _reporter_names(actors: list[PlacedActor]) -> tuple[str, ...]:
    """Names of the reporters: news media first; a collective ("रूस के रक्षा मंत्रालय") as written."""
    media = [a for a in actors if a.actor.type in ("media", "organization")]
    chosen = media or actors
    return tuple(dict.fromkeys(_reporter_name(a.actor) for a in chosen))


def _reporter_name(actor: Actor) -> str:
    collective = actor.type == "country" and actor.code not in (None, actor.country)
    return actor.text if collective else actor.name
