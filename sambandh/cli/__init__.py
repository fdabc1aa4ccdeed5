"""The command line: parse, call the library, print. Nothing else lives here.

Each command group lives in its own module and is attached to `main` here.
"""

from __future__ import annotations

import click

from .analyze import analyze, ingest
from .report import report


@click.group()
@click.version_option(package_name="sambandh")
def main() -> None:
    """sambandh: who did what to whom in Hindi and English news, and how they are connected."""


for _command in (analyze, ingest, report):
    main.add_command(_command)

__all__ = ["main"]
