"""`report`: what the store holds, at a glance."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import SambandhError


@click.command()
@click.option("--db", "db_path", default="sambandh.duckdb", show_default=True,
              type=click.Path(path_type=Path, exists=True, dir_okay=False), help="The DuckDB file to report on.")
@click.option("--dyads", default=10, show_default=True, help="How many of the busiest dyads to show.")
@click.option("--latest", default=8, show_default=True, help="How many of the latest events to show.")
@click.option("--format", "output_format", default="table", type=click.Choice(("table", "json")), show_default=True)
def report(db_path: Path, dyads: int, latest: int, output_format: str) -> None:
    """Print what the store holds: counts, the busiest dyads and the latest events with evidence.

    Example:

        sambandh report --db sambandh.duckdb
    """
    from ..query.render import render_report
    from ..query.report import busiest_dyads, latest_events, summary, top_actors
    from ..store.database import LOCK_WAIT_SECONDS, Store

    try:
        with Store.open(db_path, read_only=True, wait=LOCK_WAIT_SECONDS) as store:
            found = (summary(store), busiest_dyads(store, limit=dyads), latest_events(store, limit=latest, dyadic=True),
                     top_actors(store, limit=10))
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    if output_format == "json":
        head, pairs, recent, actors = found
        click.echo(json.dumps({"summary": head, "dyads": [d.to_dict() for d in pairs],
                               "latest": [e.to_dict() for e in recent], "actors": [a.to_dict() for a in actors]},
                              ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(render_report(*found))

COMMANDS = (report,)
