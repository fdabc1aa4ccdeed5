"""`analyze` (print, store nothing) and `ingest` (store), the two commands that read inputs."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import click

from ..errors import SambandhError
from ..model import Article, Skipped
from ..pipeline import Options
from .common import article_table, input_options, is_failure, reasons_text, run_pipeline

OUTPUT_FORMATS = ("jsonl", "json", "table")
# Articles written to the store per transaction.
INGEST_BATCH = 200


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", default="jsonl", show_default=True,
              type=click.Choice(OUTPUT_FORMATS), help="Output: one JSON object per line, a JSON list, or a table.")
@click.option("--no-events", is_flag=True, help="Extraction, sentences and entities only.")
@input_options
def analyze(paths: tuple[Path, ...], output_format: str, no_events: bool, input_format: str | None,
            max_bytes: int) -> None:
    """Analyse files or folders and print the result; nothing is stored.

    Example:

        sambandh analyze page.md --format jsonl
    """
    options = Options(events=not no_events, format=input_format, max_bytes=max_bytes)
    results = run_pipeline(paths, options)
    failed = 0
    if output_format == "json":
        items = list(results)
        click.echo(json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2))
        failed = sum(1 for item in items if is_failure(item))
    else:
        for item in results:
            failed += is_failure(item)
            if output_format == "jsonl":
                click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
            else:
                click.echo(article_table(item))
    if failed:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default="sambandh.duckdb", show_default=True, type=click.Path(path_type=Path),
              help="The DuckDB file to store into (created when missing).")
@input_options
def ingest(paths: tuple[Path, ...], db_path: Path, input_format: str | None, max_bytes: int) -> None:
    """Analyse files or folders and store the results; content already stored is not added again.

    Example:

        sambandh ingest examples --db sambandh.duckdb
    """
    from ..store import Store

    options = Options(format=input_format, max_bytes=max_bytes)
    started = time.perf_counter()
    reasons: Counter[str] = Counter()
    read = added = duplicates = events = 0
    batch: list[Article] = []
    try:
        with Store.open(db_path) as store:
            for item in run_pipeline(paths, options):
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
               f"{sum(reasons.values())} skipped" + (f" ({reasons_text(reasons)})" if reasons else ""))
    click.echo(f"new events: {events}; store now holds {counts['articles']} articles, "
               f"{counts['entities']} entities, {counts['events']} events ({db_path})")
    if reasons.get("error"):
        sys.exit(1)

COMMANDS = (analyze, ingest)
