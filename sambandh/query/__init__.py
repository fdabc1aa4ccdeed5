"""Analytics over the store: the report's counts, dyads, actors and events, and their text rendering."""

from .render import render_report
from .report import (
    ActorSummary,
    CameoCount,
    DyadSummary,
    EventRow,
    busiest_dyads,
    latest_events,
    summary,
    top_actors,
)

__all__ = [
    "ActorSummary",
    "CameoCount",
    "DyadSummary",
    "EventRow",
    "busiest_dyads",
    "latest_events",
    "render_report",
    "summary",
    "top_actors",
]
