"""The query results as plain text for a terminal, one function per result type.

Each ``render_*`` takes what the matching query function returns and gives text ending in a
newline. Like ``render.py``, columns are padded by character count, so Hindi names may sit a
little short of their column. Evidence sentences wrap at :data:`~sambandh.query.render.WIDTH`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date

from .connections import Connections, Hop
from .events import EventCluster
from .profile import ActorProfile, ActorRank
from .render import WIDTH
from .report import EventRow
from .search import SearchResults
from .timeline import DyadTimeline
from .trending import Trending

__all__ = ["render_actor_list", "render_connections", "render_events", "render_profile", "render_search",
           "render_timeline", "render_trending"]

_INDENT = "    "
_ARROW = "→"
_BOTH = "↔"
_RANGE = "…"
_BAR = "█"
BAR_WIDTH = 30
"""The longest bar of a timeline, in characters."""


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else "undated"


def _span(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return "undated"
    return _day(first) if first == last else f"{_day(first)} {_RANGE} {_day(last)}"


def _window(since: date | None, until: date | None) -> str:
    if since is None and until is None:
        return "all dates"
    return f"{_day(since) if since else 'start'} {_RANGE} {_day(until) if until else 'now'}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _side(name: str | None, code: str | None) -> str:
    label = name or "?"
    return f"{label} ({code})" if code else label


def _line(e: EventRow) -> str:
    parts = [_side(e.source_name, e.source_code), f"{e.cameo} {e.label or ''}".rstrip()]
    if e.target_name is not None or e.target_code is not None:
        parts.append(_side(e.target_name, e.target_code))
    return f" {_ARROW} ".join(parts)


def _wrap(text: str | None, indent: str) -> list[str]:
    if not text:
        return []
    return textwrap.wrap(" ".join(text.split()), width=WIDTH, initial_indent=indent, subsequent_indent=indent)


def _cluster(c: EventCluster, indent: str = "") -> list[str]:
    reports = f"  [{_count(c.mentions, 'report', 'reports')}, {_count(c.articles, 'article', 'articles')}]" \
        if c.mentions > 1 else ""
    lines = [f"{indent}{_span(c.first, c.last)}  {_line(c.evidence)}{reports}"]
    lines += _wrap(f"“{c.evidence.sentence or c.evidence.evidence}”", indent + _INDENT)
    if c.evidence.title:
        lines += _wrap(f"— {c.evidence.title}", indent + _INDENT)
    return lines


def render_events(events: Sequence[EventCluster]) -> str:
    """Events newest first, each with its reports and evidence."""
    if not events:
        return "(no events)\n"
    lines: list[str] = []
    for c in events:
        lines += _cluster(c)
    return "\n".join(lines) + "\n"


def render_actor_list(actors: Sequence[ActorRank]) -> str:
    """Actors busiest first."""
    if not actors:
        return "(no actors)\n"
    labels = [_side(a.name, a.code or a.country) for a in actors]
    width = max(len(label) for label in labels)
    lines = [f"{'events':>6}  {'actor'.ljust(width)}  source  target  mentions  id"]
    for label, a in zip(labels, actors, strict=True):
        lines.append(f"{a.events:>6}  {label.ljust(width)}  {a.as_source:>6}  {a.as_target:>6}  {a.mentions:>8}  "
                     f"{a.entity}")
    return "\n".join(lines) + "\n"


def _quads(q: Sequence[int]) -> str:
    return f"cooperation {q[0]} verbal / {q[1]} material, conflict {q[2]} verbal / {q[3]} material"


def render_profile(p: ActorProfile) -> str:
    """An actor's profile: counts, partners, event mix, codes, roles, latest events."""
    a = p.actor
    title = f"{a.name} ({a.key}, {a.scope})"
    mean = f"{p.mean_goldstein:.1f}" if p.mean_goldstein is not None else "n/a"
    lines = [title, "=" * len(title),
             f"{_window(p.since, p.until)}: {_count(p.events, 'event', 'events')} "
             f"({p.as_source} as source, {p.as_target} as target), {_count(p.mentions, 'report', 'reports')} in "
             f"{_count(p.articles, 'article', 'articles')}; {_span(p.first, p.last)}",
             f"{_quads(p.quad_classes)}; mean Goldstein {mean}"]
    if p.roles:
        lines.append("roles: " + "; ".join(f"{r.office} of {r.country} since {_day(r.start)}"
                                           + (f" until {_day(r.end)}" if r.end else "") for r in p.roles))
    if p.codes:
        lines.append("acting as: " + ", ".join(f"{c.code} {c.events}" for c in p.codes))
    lines += ["", "Partners", "--------"]
    if p.partners:
        width = max(len(x.name) for x in p.partners)
        for x in p.partners:
            g = f"{x.mean_goldstein:+.1f}" if x.mean_goldstein is not None else "n/a"
            lines.append(f"{x.name.ljust(width)}  {x.events:>4} events  out {x.outgoing} / in {x.incoming}  "
                         f"coop {x.cooperation}  conflict {x.conflict}  Goldstein {g}  last {_day(x.last)}")
    else:
        lines.append("(none)")
    lines += ["", "Event mix", "---------"]
    lines += [f"{c.events:>4}  {c.code} {c.label or ''}".rstrip() for c in p.event_mix] or ["(none)"]
    lines += ["", "Latest events", "-------------"]
    for c in p.recent:
        lines += _cluster(c)
    if not p.recent:
        lines.append("(none)")
    return "\n".join(lines) + "\n"


def render_timeline(t: DyadTimeline) -> str:
    """A dyad's periods as rows with a bar of events."""
    title = f"{t.a.name} {_BOTH} {t.b.name}, by {t.by}"
    mean = f"{t.mean_goldstein:.1f}" if t.mean_goldstein is not None else "n/a"
    lines = [title, "=" * len(title),
             f"{_window(t.since, t.until)}: {_count(t.events, 'event', 'events')}, "
             f"{_count(t.mentions, 'report', 'reports')} in {_count(t.articles, 'article', 'articles')}; "
             f"mean Goldstein {mean}"]
    if not t.periods:
        return "\n".join([*lines, "(no dated events)"]) + "\n"
    top = max(p.events for p in t.periods) or 1
    lines.append(f"{'period':<10}  {'events':>6}  {'a→b':>4}  {'b→a':>4}  {'coop':>7}  {'conflict':>8}  "
                 f"{'Goldstein':>9}")
    for p in t.periods:
        g = f"{p.mean_goldstein:+.1f}" if p.mean_goldstein is not None else ""
        bar = _BAR * max(1, round(p.events / top * BAR_WIDTH)) if p.events else ""
        lines.append(f"{p.start.isoformat():<10}  {p.events:>6}  {p.a_to_b:>4}  {p.b_to_a:>4}  "
                     f"{p.verbal_cooperation:>3}/{p.material_cooperation:<3}  "
                     f"{p.verbal_conflict:>4}/{p.material_conflict:<3}  {g:>9}  {bar}")
    return "\n".join(lines) + "\n"


def _hop(h: Hop) -> list[str]:
    lines = [f"  {h.source_name} {_BOTH} {h.target_name}: {_count(h.events, 'event', 'events')} "
             f"({_count(h.mentions, 'report', 'reports')}, {_count(h.articles, 'article', 'articles')}), "
             f"{_span(h.first, h.last)}"]
    for c in h.evidence:
        lines += _cluster(c, indent="    ")
    return lines


def render_connections(c: Connections) -> str:
    """The ranked paths between two actors with their evidence, the context and shared articles."""
    title = f"Connections: {c.a.name} {_BOTH} {c.b.name} ({_window(c.since, c.until)})"
    lines = [title, "=" * len(title)]
    if not c.paths:
        lines.append("(no path: no events link them, directly or through one other actor)")
    for rank, p in enumerate(c.paths, start=1):
        kind = "direct" if len(p.hops) == 1 else f"via {p.names[1]}"
        gap = ""
        if p.gap_days is not None:
            gap = "; closest events " + ("on the same day" if p.gap_days == 0 else
                                         f"{_count(p.gap_days, 'day', 'days')} apart" +
                                         (" (same week)" if p.gap_days <= 7 else ""))
        lines += ["", f"{rank}. {f' {_BOTH} '.join(p.names)}  [{kind}, score {p.score:g}{gap}]"]
        for h in p.hops:
            lines += _hop(h)
    if c.context:
        lines += ["", "Around the direct link (same week)", "----------------------------------"]
        for e in c.context:
            lines += _cluster(e)
    if c.articles:
        lines += ["", "Articles reporting both", "-----------------------"]
        for a in c.articles:
            lines.append(f"{_day(a.published)}  {a.title or a.article_id}")
            lines += _wrap(f"“{a.sentence}”" if a.sentence else None, _INDENT)
    return "\n".join(lines) + "\n"


def render_trending(t: Trending) -> str:
    """Trending actors or dyads, highest score first."""
    title = f"Trending {t.kind}: {_window(t.since, t.until)} against {_window(t.baseline_since, t.baseline_until)}"
    lines = [title, "=" * len(title)]
    if not t.trends:
        return "\n".join([*lines, "(nothing above the minimum number of events)"]) + "\n"
    width = max(len(x.name) for x in t.trends)
    lines.append(f"{'name'.ljust(width)}  {'window':>6}  {'baseline':>8}  {'expected':>8}  {'score':>6}")
    for x in t.trends:
        lines.append(f"{x.name.ljust(width)}  {x.window:>6}  {x.baseline:>8}  {x.expected:>8.1f}  {x.score:>6.2f}")
    return "\n".join(lines) + "\n"


def render_search(r: SearchResults) -> str:
    """Search hits, best first, with a sentence each."""
    lines = [f"{_count(r.total, 'article', 'articles')} for {r.query!r} (terms: {', '.join(r.terms)})"]
    for n, h in enumerate(r.hits, start=1):
        lines.append(f"{n:>2}. {h.title or h.article_id}  ({_day(h.published)}, {h.language or '?'}, "
                     f"score {h.score:.2f}, {h.matched} of {len(r.terms)} terms)")
        lines += _wrap(h.snippet, _INDENT)
        lines.append(f"{_INDENT}{h.article_id}")
    return "\n".join(lines) + "\n"
