"""The command line: parse, call the library, print. Nothing else lives here.

Each module of this package holds one command or command group and lists it in
``COMMANDS`` (scorers of ``sambandh eval`` in ``EVAL_COMMANDS``); they are attached
here, so a new command is a new module and nothing else changes.
"""

from __future__ import annotations

import importlib
import pkgutil

import click


@click.group()
@click.version_option(package_name="sambandh")
def main() -> None:
    """sambandh: who did what to whom in Hindi and English news, and how they are connected."""


def _attach_commands() -> None:
    from .evaluate import evaluate

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for command in getattr(module, "COMMANDS", ()):
            main.add_command(command)
        for command in getattr(module, "EVAL_COMMANDS", ()):
            evaluate.add_command(command)


_attach_commands()

__all__ = ["main"]
