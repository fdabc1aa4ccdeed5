"""Queries over a store: `events`, `actors`, `dyad`, `connect`, `trending`, `search`.

Each command opens the store read-only, calls one ``sambandh.query`` function and prints its
result as a table (text), JSON (the result's ``to_dict()``, as the API serves it) or CSV (the
result's main list, one flat row per item).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from ..errors import SambandhError

FORMATS = ("table", "json", "csv")


def _store_options(command: Callable) -> Callable:
    """--db and --format, shared by every query command."""
    command = click.option("--format", "output_format", default="table", type=click.Choice(FORMATS),
                           show_default=True, help="table: text; json: the API's JSON; csv: one row per item.")(command)
    command = click.option("--db", "db_path", default="sambandh.duckdb", show_default=True,
                           type=click.Path(path_type=Path, exists=True, dir_okay=False),
                           help="The DuckDB file to query.")(command)
    return command


def _window_options(command: Callable) -> Callable:
    """--since and --until, as ISO dates."""
    command = click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                           help="Only events on or before this day (YYYY-MM-DD).")(command)
    command = click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                           help="Only events on or after this day (YYYY-MM-DD).")(command)
    return command


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _run(db_path: Path, query: Callable[[Any], Any]) -> Any:
    from ..store.database import LOCK_WAIT_SECONDS, Store

    try:
        with Store.open(db_path, read_only=True, wait=LOCK_WAIT_SECONDS) as store:
            return query(store)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err


def _csv(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                         for k, v in row.items()})
    return out.getvalue()


def _emit(result: Any, output_format: str, render: Callable[[Any], str]) -> None:
    """Prints a result object (with ``to_dict``/``rows``) or a list of items (with ``to_dict``/``row``)."""
    if isinstance(result, list):
        data: Any = [item.to_dict() for item in result]
        rows = [item.row() for item in result]
    else:
        data, rows = result.to_dict(), result.rows()
    if output_format == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    elif output_format == "csv":
        click.echo(_csv(rows), nl=False)
    else:
        click.echo(render(result), nl=False)


@click.command()
@click.option("--actor", default=None, help="Only events of this actor (a name, ISO code or entity id).")
@click.option("--with", "other", default=None, help="With --actor: only events between the two.")
@click.option("--cameo", default=None, help="Only CAMEO codes starting with this (04: consultations).")
@click.option("--limit", default=20, show_default=True, help="How many events.")
@click.option("--offset", default=0, show_default=True, help="Skip this many first.")
@_window_options
@_store_options
def events(actor: str | None, other: str | None, cameo: str | None, limit: int, offset: int,
           since: datetime | None, until: datetime | None, db_path: Path, output_format: str) -> None:
    """List events newest first: one line per event however many articles report it.

    Example:

        sambandh events --actor Russia --with "उत्तर कोरिया" --since 2023-07-01
    """
    from ..query.events import event_clusters
    from ..query.views import render_events

    if other is not None and actor is None:
        raise click.UsageError("--with needs --actor.")
    found = _run(db_path, lambda store: event_clusters(store, actor=actor, other=other, since=_day(since),
                                                       until=_day(until), cameo=cameo, limit=limit, offset=offset))
    _emit(found, output_format, render_events)


@click.command()
@click.argument("name", required=False)
@click.option("--limit", default=10, show_default=True, help="How many partners, events or actors.")
@_window_options
@_store_options
def actors(name: str | None, limit: int, since: datetime | None, until: datetime | None, db_path: Path,
           output_format: str) -> None:
    """Profile one actor (partners, event mix, roles, latest evidence), or list the busiest actors.

    Example:

        sambandh actors "सर्गेई शोइगु"

        sambandh actors --since 2025-01-01 --limit 20
    """
    from ..query.profile import actor_list, actor_profile
    from ..query.views import render_actor_list, render_profile

    if name is None:
        ranked = _run(db_path, lambda store: actor_list(store, since=_day(since), until=_day(until), limit=limit))
        _emit(ranked, output_format, render_actor_list)
        return
    profile = _run(db_path, lambda store: actor_profile(store, name, since=_day(since), until=_day(until),
                                                        limit=limit))
    _emit(profile, output_format, render_profile)


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", default="month", show_default=True, type=click.Choice(("day", "week", "month", "year")),
              help="The period of each row.")
@_window_options
@_store_options
def dyad(a: str, b: str, by: str, since: datetime | None, until: datetime | None, db_path: Path,
         output_format: str) -> None:
    """Show how two actors get on, period by period: events, quad-class mix, mean Goldstein.

    Example:

        sambandh dyad Russia "North Korea" --by week --since 2023-07-01
    """
    from ..query.timeline import dyad_timeline
    from ..query.views import render_timeline

    timeline = _run(db_path, lambda store: dyad_timeline(store, a, b, since=_day(since), until=_day(until), by=by))
    _emit(timeline, output_format, render_timeline)


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--limit", default=5, show_default=True, help="How many paths and shared articles.")
@click.option("--evidence", default=3, show_default=True, help="How many events to show per hop.")
@_window_options
@_store_options
def connect(a: str, b: str, limit: int, evidence: int, since: datetime | None, until: datetime | None,
            db_path: Path, output_format: str) -> None:
    """Explain what links two actors: ranked paths, each hop backed by events and their sentences.

    Example:

        sambandh connect "North Korea" China
    """
    from ..query.connections import connections
    from ..query.views import render_connections

    found = _run(db_path, lambda store: connections(store, a, b, since=_day(since), until=_day(until), limit=limit,
                                                    evidence=evidence))
    _emit(found, output_format, render_connections)


@click.command()
@click.option("--kind", default="actors", show_default=True, type=click.Choice(("actors", "dyads")))
@click.option("--baseline-days", type=int, default=None,
              help="Length of the baseline before --since; four windows by default.")
@click.option("--min-events", default=2, show_default=True, help="The fewest events in the window to be listed.")
@click.option("--limit", default=10, show_default=True)
@_window_options
@_store_options
def trending(kind: str, baseline_days: int | None, min_events: int, limit: int, since: datetime | None,
             until: datetime | None, db_path: Path, output_format: str) -> None:
    """List actors or dyads with more events in a window than their baseline predicts.

    Without dates the window is the last week of the store's events.

    Example:

        sambandh trending --kind dyads --since 2025-05-01 --until 2025-05-15
    """
    from ..query.trending import trending as find_trending
    from ..query.views import render_trending

    found = _run(db_path, lambda store: find_trending(store, kind=kind, since=_day(since), until=_day(until),
                                                      baseline_days=baseline_days, limit=limit,
                                                      min_events=min_events))
    _emit(found, output_format, render_trending)


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--language", default=None, help="Only articles in this language (hi, en).")
@click.option("--limit", default=10, show_default=True)
@click.option("--offset", default=0, show_default=True)
@_window_options
@_store_options
def search(words: tuple[str, ...], language: str | None, limit: int, offset: int, since: datetime | None,
           until: datetime | None, db_path: Path, output_format: str) -> None:
    """Search the articles' text, in Hindi or English; spellings that fold alike match.

    --since and --until bound the publication date.

    Example:

        sambandh search उत्तर कोरिया रूस
    """
    from ..query.search import search as find
    from ..query.views import render_search

    found = _run(db_path, lambda store: find(store, " ".join(words), since=_day(since), until=_day(until),
                                             language=language, limit=limit, offset=offset))
    _emit(found, output_format, render_search)


COMMANDS = (events, actors, dyad, connect, trending, search)
