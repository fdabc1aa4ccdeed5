"""Writing a generated data file, or checking that it is up to date (``--check``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def run(
    argv: list[str] | None, *, description: str, output: Path, build: Callable[[], Sequence[object]],
    render: Callable[[Sequence[object]], str], script: str,
) -> int:
    """Build the rows, then write them to ``output`` or, with ``--check``, compare with it."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="fail if the file differs from a fresh build")
    parser.add_argument("--output", type=Path, default=output, help="where to write (default: the package)")
    args = parser.parse_args(argv)
    rows = build()
    text = render(rows)
    if args.check:
        current = args.output.read_text("utf-8") if args.output.exists() else ""
        if current != text:
            sys.stderr.write(f"{args.output} is out of date; rerun {script}\n")
            return 1
        return 0
    args.output.write_text(text, "utf-8")
    sys.stdout.write(f"wrote {len(rows)} rows to {args.output}\n")
    return 0
