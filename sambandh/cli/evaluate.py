"""`sambandh eval ...`: score our output against gold data the user points at."""

from __future__ import annotations

import click


@click.group(name="eval")
def evaluate() -> None:
    """Score sambandh against gold data: extraction, names, events."""


COMMANDS = (evaluate,)
