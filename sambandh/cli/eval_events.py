"""`sambandh eval events`: score the event coder against PLOVER, PETRARCH2 or EDNIL gold files."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import SambandhError
from ..eval.events import FORMATS, SPLITS, EventEvaluation, evaluate_events


@click.command(name="events")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The gold file: PLOVER_GSR_CAMEO.json, PETR2_GSR_validation.xml, EDNIL train.jsonl, or "
                   "our own triples JSON Lines (with --texts).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="The gold format; guessed from the file name when omitted.")
@click.option("--split", type=click.Choice(SPLITS), default="all", show_default=True,
              help="Held-out part of a gold file without one (PLOVER records, EDNIL): 'test' is every 5th "
                   "item, 'dev' the rest; tune on dev only.")
@click.option("--limit", type=int, default=None, help="Score only the first N items.")
@click.option("--texts", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="With a triples gold (our own annotations, which hold no text): the JSON Lines file of "
                   "the articles it annotates, e.g. ../shared/corpora/bbc-hindi/articles.jsonl.")
@click.option("--show-errors", type=int, default=0, show_default=True,
              help="List up to N misses and false alarms (triples) or missed documents (EDNIL).")
def events(gold: Path, fmt: str | None, split: str, limit: int | None, texts: Path | None,
           show_errors: int) -> None:
    """Score coded events against gold data: precision, recall and F1, or EDNIL document rates.

    Example:

        sambandh eval events --gold ../shared/eval/events-hi-ednil/train.jsonl --split test

        sambandh eval events --gold gold.jsonl --texts ../shared/corpora/bbc-hindi/articles.jsonl
    """
    try:
        result = evaluate_events(gold, fmt=fmt, split=split, limit=limit, texts=texts)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    click.echo(_report(result, show_errors))


def _report(result: EventEvaluation, show_errors: int) -> str:
    lines = [f"gold format {result.format}, split {result.split}"]
    if result.documents is not None:
        docs = result.documents
        lines.append(f"violent documents with an event of root 14/18/19/20: {docs.violent_hit}/{docs.violent} "
                     f"= {docs.violent_rate:.3f}")
        lines.append(f"disaster/accident-only documents with one:           {docs.calm_hit}/{docs.calm} "
                     f"= {docs.calm_rate:.3f}")
        if show_errors:
            lines += [f"  missed  {doc}" for doc in docs.violent_missed[:show_errors]]
            lines += [f"  flagged {doc}" for doc in docs.calm_flagged[:show_errors]]
    if result.triples is not None:
        score = result.triples
        kind = "PLOVER type" if result.format == "plover" else "root"
        lines.append(f"{score.items} items; (source country, target country, {kind}) triples: "
                     f"tp {score.true_positives}, fp {score.false_positives}, fn {score.false_negatives}")
        lines.append(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")
        if show_errors:
            lines += [f"  miss  {item}  {' '.join(t)}" for item, t in score.misses[:show_errors]]
            lines += [f"  extra {item}  {' '.join(t)}" for item, t in score.extras[:show_errors]]
    if result.skipped:
        lines.append(f"{result.skipped} items gave no article")
    return "\n".join(lines)


EVAL_COMMANDS = (events,)
