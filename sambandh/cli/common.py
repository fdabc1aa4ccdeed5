"""Helpers shared by the command modules: input options, running the pipeline, small renderers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import click

from ..errors import SambandhError
from ..model import Article, Skipped
from ..pipeline import Options, Pipeline


def input_options(command: Callable) -> Callable:
    """Options shared by every command that reads inputs."""
    command = click.option("--input-format", "input_format", default=None,
                           help="Input format (markdown, html, text, jsonl, feed, warc); "
                                "guessed per file when omitted.")(command)
    command = click.option("--max-bytes", type=int, default=Options().max_bytes, show_default=True,
                           help="Skip inputs larger than this many bytes.")(command)
    return command


def run_pipeline(paths: Iterable[Path], options: Options) -> Iterable[Article | Skipped]:
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


def is_failure(item: Article | Skipped) -> int:
    return int(isinstance(item, Skipped) and item.reason == "error")


def reasons_text(reasons: Counter[str]) -> str:
    return ", ".join(f"{reason}: {count}" for reason, count in sorted(reasons.items()))


def article_table(item: Article | Skipped) -> str:
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
