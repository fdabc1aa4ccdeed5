"""`eval names`: Hindi → English name resolution against a names gold file.

The gold file is a JSON array of records with ``english_name`` and ``hindi_long_name``
(the layout of ``players_with_hindi_names.json``). The task: each distinct English name
written out in full (not "Surname, Initials", not in Devanagari) is a query, written as
its record's Hindi full name; the candidates are every distinct English name not in
Devanagari, list forms included as distractors. Top-1 is the share of queries whose
best candidate is their own English name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def name_task(records: list[dict]) -> tuple[list[tuple[str, str]], list[str]]:
    """(queries as (Hindi full name, English gold)), candidates) of a players-style gold file."""
    english = list(dict.fromkeys(str(r.get("english_name") or "").strip() for r in records))
    candidates = [n for n in english if n and not _DEVANAGARI.search(n)]
    full = {n for n in candidates if "," not in n}
    queries: dict[str, str] = {}
    for record in records:
        gold = str(record.get("english_name") or "").strip()
        hindi = str(record.get("hindi_long_name") or "").strip()
        if gold in full and hindi and gold not in queries:
            queries[gold] = hindi
    return [(hindi, gold) for gold, hindi in queries.items()], candidates


@click.command("names")
@click.option("--gold", required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="A JSON array of records with english_name and hindi_long_name.")
@click.option("--baseline", is_flag=True, help="Also score plain romanise-then-fuzzy-match (token_sort_ratio).")
@click.option("--errors", "show_errors", is_flag=True, help="List the queries resolved wrongly.")
def names(gold: Path, baseline: bool, show_errors: bool) -> None:
    """Score Hindi → English name resolution (top-1) on a names gold file.

    Example:

        sambandh eval names --gold ../shared/reference/names-hi-en/players_with_hindi_names.json --baseline
    """
    from ..kb.names import NameIndex

    try:
        records = json.loads(gold.read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise click.ClickException(f"[E004] Cannot read {gold}: {err}.") from err
    queries, candidates = name_task(records)
    index = NameIndex(candidates)
    wrong = []
    for hindi, expected in queries:
        found = index.best(hindi)[0]
        if found.name != expected:
            wrong.append((hindi, expected, found.name, found.score))
    right = len(queries) - len(wrong)
    click.echo(f"queries {len(queries)}  candidates {len(candidates)}  top-1 {right / max(len(queries), 1):.4f} "
               f"({right}/{len(queries)})")
    if baseline:
        click.echo(f"baseline (romanise + token_sort_ratio) top-1 {_baseline(queries, candidates):.4f}")
    if show_errors:
        for hindi, expected, got, score in wrong:
            click.echo(f"  {hindi}\texpected {expected}\tgot {got} ({score})")


def _baseline(queries: list[tuple[str, str]], candidates: list[str]) -> float:
    from rapidfuzz import fuzz, process, utils

    from ..kb.romanize import romanize

    right = 0
    for hindi, expected in queries:
        best = process.extractOne(romanize(hindi), candidates, scorer=fuzz.token_sort_ratio,
                                  processor=utils.default_process)
        right += best is not None and best[0] == expected
    return right / max(len(queries), 1)


EVAL_COMMANDS = (names,)
