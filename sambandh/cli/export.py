"""`export`: the store's events as GDELT 2.0 TSV, PLOVER JSON Lines or Parquet; its articles as JSON Lines."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from ..errors import SambandhError

FORMATS = ("gdelt", "plover", "parquet", "jsonl")


@click.command()
@click.option("--db", "db_path", default="sambandh.duckdb", show_default=True,
              type=click.Path(path_type=Path, exists=True, dir_okay=False), help="The DuckDB file to export.")
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS),
              help="gdelt: GDELT 2.0 event TSV (61 columns, no header); plover: PLOVER JSON Lines; "
                   "parquet: the events table; jsonl: every article as the analyze contract.")
@click.option("--output", "-o", "output", default="-", show_default=True,
              help="File to write, or - for standard output (not for parquet).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only events (articles, for jsonl) on or after this day.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only events (articles, for jsonl) on or before this day.")
def export(db_path: Path, fmt: str, output: str, since: datetime | None, until: datetime | None) -> None:
    """Export the store: GDELT 2.0 events, PLOVER events, Parquet or the JSON contract.

    The store is read in batches and each batch written before the next is read, so a large store
    exports in flat memory. A summary goes to standard error.

    Example:

        sambandh export --db sambandh.duckdb --format gdelt --output events.tsv
    """
    from ..events.cameo import cameo_table
    from ..store.database import LOCK_WAIT_SECONDS, Store
    from ..store.export import BINARY_FORMATS
    from ..store.export import export as write

    if fmt in BINARY_FORMATS and output == "-":
        raise click.UsageError(f"--format {fmt} writes a binary file: give --output FILE.")
    table = cameo_table()

    def plover(code: str) -> str | None:
        entry = table.get(code)
        return entry.plover if entry is not None else None

    try:
        with Store.open(db_path, read_only=True, wait=LOCK_WAIT_SECONDS) as store:
            if output == "-":
                summary = write(store, fmt, sys.stdout, since=since and since.date(), until=until and until.date(),
                                plover=plover)
            else:
                mode, encoding = ("wb", None) if fmt in BINARY_FORMATS else ("w", "utf-8")
                with open(output, mode, encoding=encoding, newline=None if encoding is None else "\n") as out:
                    summary = write(store, fmt, out, since=since and since.date(),
                                    until=until and until.date(), plover=plover)
    except (SambandhError, OSError) as err:
        raise click.ClickException(str(err)) from err
    skipped = ", ".join(f"{reason}: {count}" for reason, count in sorted(summary.skipped.items()))
    click.echo(f"exported {summary.rows} {fmt} records" + (f" (left out: {skipped})" if skipped else "")
               + f" from {db_path}", err=True)


COMMANDS = (export,)
