"""The command line: parse, call the library, print. Nothing else lives here."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import click

from .errors import SambandhError
from .model import Article, Skipped
from .pipeline import Options, Pipeline

OUTPUT_FORMATS = ("jsonl", "json", "table")
# Articles written to the store per transaction.
INGEST_BATCH = 200


def _input_options(command: Callable) -> Callable:
    """Options shared by every command that reads inputs."""
    command = click.option("--input-format", "input_format", default=None,
                           help="Input format (markdown, html, text, jsonl); guessed per file when omitted.")(command)
    command = click.option("--max-bytes", type=int, default=Options().max_bytes, show_default=True,
                           help="Skip inputs larger than this many bytes.")(command)
    return command


@click.group()
@click.version_option(package_name="sambandh")
def main() -> None:
    """sambandh: who did what to whom in Hindi and English news, and how they are connected."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", default="jsonl", show_default=True,
              type=click.Choice(OUTPUT_FORMATS), help="Output: one JSON object per line, a JSON list, or a table.")
@click.option("--no-events", is_flag=True, help="Extraction, sentences and entities only.")
@_input_options
def analyze(paths: tuple[Path, ...], output_format: str, no_events: bool, input_format: str | None,
            max_bytes: int) -> None:
    """Analyse files or folders and print the result; nothing is stored.

    Example:

        sambandh analyze page.md --format jsonl
    """
    options = Options(events=not no_events, format=input_format, max_bytes=max_bytes)
    results = _run(paths, options)
    failed = 0
    if output_format == "json":
        items = list(results)
        click.echo(json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2))
        failed = sum(1 for item in items if _failed(item))
    else:
        for item in results:
            failed += _failed(item)
            if output_format == "jsonl":
                click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
            else:
                click.echo(_table(item))
    if failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default="sambandh.duckdb", show_default=True, type=click.Path(path_type=Path),
              help="The DuckDB file to store into (created when missing).")
@_input_options
def ingest(paths: tuple[Path, ...], db_path: Path, input_format: str | None, max_bytes: int) -> None:
    """Analyse files or folders and store the results; content already stored is not added again.

    Example:

        sambandh ingest examples --db sambandh.duckdb
    """
    from .store import Store

    options = Options(format=input_format, max_bytes=max_bytes)
    started = time.perf_counter()
    reasons: Counter[str] = Counter()
    read = added = duplicates = events = 0
    batch: list[Article] = []
    try:
        with Store.open(db_path) as store:
            for item in _run(paths, options):
                read += 1
                if isinstance(item, Skipped):
                    reasons[item.reason] += 1
                    store.add_skipped(item.id, item.source, item.reason)
                    continue
                batch.append(item)
                if len(batch) >= INGEST_BATCH:
                    written = store.add_articles(batch)
                    added, duplicates = added + written.articles, duplicates + written.duplicates
                    events += written.events
                    batch = []
            if batch:
                written = store.add_articles(batch)
                added, duplicates = added + written.articles, duplicates + written.duplicates
                events += written.events
            counts = store.counts()
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    elapsed = time.perf_counter() - started
    click.echo(f"read {read} documents in {elapsed:.1f}s: {added} articles added, {duplicates} already stored, "
               f"{sum(reasons.values())} skipped" + (f" ({_reasons(reasons)})" if reasons else ""))
    click.echo(f"new events: {events}; store now holds {counts['articles']} articles, "
               f"{counts['entities']} entities, {counts['events']} events ({db_path})")
    if reasons.get("error"):
        sys.exit(1)


@main.command()
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
    from .query.render import render_report
    from .query.report import busiest_dyads, latest_events, summary, top_actors
    from .store import Store

    try:
        with Store.open(db_path, read_only=True) as store:
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


def _run(paths: Iterable[Path], options: Options) -> Iterable[Article | Skipped]:
    try:
        pipeline = Pipeline(options=options)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    for path in paths:
        if not path.exists():
            raise click.ClickException(f"[E010] Path does not exist: {path}.")
    try:
        yield from pipeline.run(paths)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err


def _failed(item: Article | Skipped) -> int:
    return int(isinstance(item, Skipped) and item.reason == "error")


def _reasons(reasons: Counter[str]) -> str:
    return ", ".join(f"{reason}: {count}" for reason, count in sorted(reasons.items()))


def _table(item: Article | Skipped) -> str:
    if isinstance(item, Skipped):
        return f"SKIPPED {item.source.path}: {item.reason} — {item.detail}\n"
    lines = [f"{item.title or '(untitled)'}",
             f"  {item.source.path or item.source.url}  published {item.published or '?'}  "
             f"language {item.language}  {len(item.paragraphs)} paragraphs, {len(item.sentences)} sentences"]
    if item.entities:
        lines.append("  entities: " + ", ".join(f"{e.name} ({e.code or e.type})" for e in item.entities))
    for event in item.events:
        target = event.target.name if event.target else "—"
        lines.append(f"  {event.date or '?'}  {event.source.name} [{event.source.code}] → {event.cameo} "
                     f"{event.label} → {target} [{event.target.code if event.target else ''}]  "
                     f"({event.modality}{', negated' if event.negated else ''}, {event.confidence})")
        lines.append(f"      “{event.evidence.text}”")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    main()
