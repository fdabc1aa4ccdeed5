"""`sambandh eval extraction`: our extractor and trafilatura alone, on the same gold pages."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import SambandhError


@click.command(name="extraction")
@click.option("--gold", "gold", required=True, type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="A folder with ground-truth.json and html/ (the article-extraction benchmark layout).")
@click.option("--format", "output_format", default="table", show_default=True, type=click.Choice(("table", "json")))
@click.option("--pages", is_flag=True, help="Also list every page's F1 for each extractor.")
def extraction(gold: Path, output_format: str, pages: bool) -> None:
    """Token precision, recall and F1 of extracted body text, averaged over pages.

    Example:

        sambandh eval extraction --gold ../shared/eval/extraction-aeb
    """
    from ..eval.extraction import evaluate

    try:
        results = evaluate(gold)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    if output_format == "json":
        payload = [{**r.to_dict(), **({"per_page": {k: v.to_dict() for k, v in r.pages.items()}} if pages else {})}
                   for r in results]
        click.echo(json.dumps(payload, indent=2))
        return
    click.echo(f"{'extractor':<24}{'pages':>6}{'precision':>11}{'recall':>9}{'F1':>8}")
    for result in results:
        mean = result.mean
        click.echo(f"{result.name:<24}{len(result.pages):>6}{mean.precision:>11.4f}{mean.recall:>9.4f}{mean.f1:>8.4f}")
    if pages:
        names = [r.name for r in results]
        click.echo("\npage" + "".join(f"{name:>24}" for name in names))
        for page_id in results[0].pages:
            click.echo(page_id[:16] + "".join(f"{r.pages[page_id].f1:>24.3f}" for r in results))


EVAL_COMMANDS = (extraction,)
