"""The report as plain text for a terminal: counts, busiest dyads, top actors, latest events.

Columns are padded by character count. Devanagari vowel signs take no column of their own,
so a Hindi name may sit a little short of its column; that is accepted over guessing at
terminal widths.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from .report import ActorSummary, DyadSummary, EventRow

__all__ = ["render_report"]

WIDTH = 100
"""Where evidence sentences wrap."""

_INDENT = "    "
_DASH = "—"
_RANGE = "…"
_ARROW = "→"
_PARTS = (("sentence", "sentences"), ("entity", "entities"), ("mention", "mentions"), ("event", "events"))


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _heading(text: str) -> list[str]:
    return ["", text, "-" * len(text)]


def _range(first: Any, last: Any) -> str:
    if first is None and last is None:
        return "no dates"
    if first == last:
        return str(first)
    return f"{first} {_RANGE} {last}"


def _actor(name: str | None, code: str | None) -> str:
    label = name or "?"
    return f"{label} ({code})" if code else label


def _header(summary: dict[str, Any]) -> list[str]:
    counts = summary.get("counts", {})
    dates = summary.get("dates", {})
    events, articles = dates.get("events", {}), dates.get("articles", {})
    title = "sambandh report"
    return [
        title,
        "=" * len(title),
        f"{_count(counts.get('documents', 0), 'document', 'documents')}: "
        f"{_count(counts.get('articles', 0), 'article', 'articles')}, {counts.get('skipped', 0)} skipped",
        "  ".join(_count(counts.get(many, 0), one, many) for one, many in _PARTS),
        f"events: {_range(events.get('first'), events.get('last'))}   "
        f"articles published: {_range(articles.get('first'), articles.get('last'))}",
    ]


def _dyads(dyads: Sequence[DyadSummary]) -> list[str]:
    lines = _heading("Busiest dyads")
    if not dyads:
        return [*lines, "(none)"]
    names = [f"{d.a_name} {_DASH} {d.b_name}" for d in dyads]
    name_width = max(len(n) for n in names)
    count_width = max(len(str(d.events)) for d in dyads)
    for name, d in zip(names, dyads, strict=True):
        mean = f"{d.mean_goldstein:.1f}" if d.mean_goldstein is not None else "n/a"
        top = ", ".join(f"{c.cameo} {c.label or ''}".rstrip() for c in d.top_cameo)
        lines.append(
            f"{name.ljust(name_width)}   {_count(d.events, 'event ', 'events').rjust(count_width + 7)}  "
            f"coop {d.verbal_cooperation}/{d.material_cooperation}  "
            f"conflict {d.verbal_conflict}/{d.material_conflict}  mean Goldstein {mean}  "
            f"{_range(d.first, d.last)}  top: {top}")
    return lines


def _actors(actors: Sequence[ActorSummary]) -> list[str]:
    lines = _heading("Top actors")
    if not actors:
        return [*lines, "(none)"]
    labels = [_actor(a.name, a.code or a.country) for a in actors]
    label_width = max(len(label) for label in labels)
    count_width = max(len(str(a.events)) for a in actors)
    for label, a in zip(labels, actors, strict=True):
        lines.append(f"{str(a.events).rjust(count_width)}  {label.ljust(label_width)}   "
                     f"source {a.as_source}  target {a.as_target}")
    return lines


def _events(events: Sequence[EventRow]) -> list[str]:
    lines = _heading("Latest events")
    if not events:
        return [*lines, "(none)"]
    for e in events:
        what = f"{e.cameo} {e.label or ''}".rstrip()
        parts = [_actor(e.source_name, e.source_code), what]
        if e.target_name is not None or e.target_code is not None:
            parts.append(_actor(e.target_name, e.target_code))
        day = e.date.isoformat() if e.date is not None else "undated"
        lines.append(f"{day}  {f' {_ARROW} '.join(parts)}")
        said = e.sentence or e.evidence
        if said:
            lines.append(textwrap.fill(" ".join(said.split()), width=WIDTH,
                                       initial_indent=_INDENT, subsequent_indent=_INDENT))
        if e.title:
            lines.append(f"{_INDENT}{_DASH} {e.title}")
    return lines


def render_report(summary: dict[str, Any], dyads: Sequence[DyadSummary], events: Sequence[EventRow],
                  actors: Sequence[ActorSummary]) -> str:
    """Returns the report as text: a header with counts, the busiest dyads, top actors, latest events.

    Args:
        summary: what :func:`sambandh.query.report.summary` returns.
        dyads: from :func:`~sambandh.query.report.busiest_dyads`.
        events: from :func:`~sambandh.query.report.latest_events`.
        actors: from :func:`~sambandh.query.report.top_actors`.
    """
    lines = [*_header(summary), *_dyads(dyads), *_actors(actors), *_events(events)]
    return "\n".join(lines) + "\n"
