"""`analyze` (print, store nothing) and `ingest` (store), the two commands that read inputs."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import SambandhError
from ..model import Skipped
from ..pipeline import Options
from .common import article_table, input_options, is_failure, reasons_text, run_pipeline

if TYPE_CHECKING:
    from ..scale.ingest import IngestSummary

OUTPUT_FORMATS = ("jsonl", "json", "table")
# Inputs (articles and skipped documents) written to the store per transaction.
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
        articles, skipped = 0, Counter()
        for item in results:
            failed += is_failure(item)
            if isinstance(item, Skipped):
                skipped[item.reason] += 1
            else:
                articles += 1
            if output_format == "jsonl":
                click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
            else:
                click.echo(article_table(item))
        if output_format == "table":
            click.echo(f"{articles + sum(skipped.values())} documents: {articles} articles, "
                       f"{sum(skipped.values())} skipped" + (f" ({reasons_text(skipped)})" if skipped else ""))
    if failed:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default="sambandh.duckdb", show_default=True, type=click.Path(path_type=Path),
              help="The DuckDB file to store into (created when missing).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes analysing documents  [default: every CPU; 1 = no extra process]")
@click.option("--ray", "cluster", default=None, metavar="ADDRESS",
              help="Analyse on a Ray cluster instead: 'auto' (the cluster `ray start` made), "
                   "'ray://host:10001', or 'local' to start Ray here. Needs the 'ray' extra.")
@click.option("--batch-size", type=click.IntRange(min=1), default=INGEST_BATCH, show_default=True,
              help="Inputs stored per transaction; a crash loses at most the batch being written.")
@input_options
def ingest(paths: tuple[Path, ...], db_path: Path, workers: int | None, cluster: str | None, batch_size: int,
           input_format: str | None, max_bytes: int) -> None:
    """Analyse files or folders and store the results; content already stored is not added again.

    Safe to interrupt: what was committed stays, and running the same command again finishes the job
    with the same contents as an uninterrupted run. The database is locked only while a batch is
    committed, so other commands can read it while ingest runs.

    Example:

        sambandh ingest examples --db sambandh.duckdb --workers 4

        sambandh ingest crawl/ --db crawl.duckdb --ray auto
    """
    from ..scale.ingest import ingest as run_ingest

    for path in paths:
        if not path.exists():
            raise click.ClickException(f"[E010] Path does not exist: {path}.")
    options = Options(format=input_format, max_bytes=max_bytes)
    try:
        with _IngestProgress() as progress:
            summary = run_ingest(paths, db_path, options=options, workers=workers, cluster=cluster,
                                 batch_size=batch_size,
                                 on_item=progress.item, on_commit=progress.commit)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    counts = summary.stored
    reasons = summary.skipped
    click.echo(f"read {summary.documents} documents in {summary.seconds:.1f}s "
               f"({summary.documents_per_second:.1f} documents/s): {summary.articles} articles added, "
               f"{summary.duplicates} already stored, {sum(reasons.values())} skipped"
               + (f" ({reasons_text(reasons)})" if reasons else ""))
    click.echo(f"new: {summary.entities} entities, {summary.events} events; store now holds "
               f"{counts['articles']} articles, {counts['entities']} entities, {counts['events']} events "
               f"({db_path})")
    if reasons.get("error"):
        sys.exit(1)


class _IngestProgress:
    """A rich progress bar on stderr when it is a terminal; otherwise one plain line per committed batch."""

    def __init__(self) -> None:
        self._bar: Progress | None = None
        if sys.stderr.isatty():
            self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                 console=Console(stderr=True), transient=True)
            self._task = self._bar.add_task("starting workers")

    def __enter__(self) -> _IngestProgress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def item(self, summary: IngestSummary) -> None:
        if self._bar is not None:
            rate = summary.documents / summary.seconds if summary.seconds else 0.0
            self._bar.update(self._task, description=(
                f"{summary.documents} read ({rate:.1f}/s) · {summary.articles} added · {summary.duplicates} "
                f"known · {sum(summary.skipped.values())} skipped · {summary.events} events"))

    def commit(self, summary: IngestSummary) -> None:
        if self._bar is None:
            click.echo(f"committed batch {summary.batches}: {summary.documents} documents read, "
                       f"{summary.articles} articles added, {summary.duplicates} already stored, "
                       f"{sum(summary.skipped.values())} skipped ({summary.seconds:.1f}s)", err=True)


COMMANDS = (analyze, ingest)
