"""`kb`: the user knowledge base (import actor lists, show entries) and name resolution."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from ..errors import SambandhError

PROBLEMS_SHOWN = 5


def kb_dir_option(command):
    """``--kb-dir``, shared by the commands that read or write the user KB."""
    option = click.option("--kb-dir", "kb_dir", default=None, type=click.Path(path_type=Path, file_okay=False),
                          help="The user KB folder (default: $SAMBANDH_KB_DIR, else ~/.local/share/sambandh/kb).")
    return option(command)


@click.group()
def kb() -> None:
    """The knowledge base: import actor dictionaries, look entries up, resolve names."""


@kb.command("import")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--format", "fmt", default=None, type=click.Choice(("petrarch", "wikidata-csv", "wikidata-json")),
              help="The file's format; guessed from its content when omitted.")
@kb_dir_option
def import_(file: Path, fmt: str | None, kb_dir: Path | None) -> None:
    """Import a PETRARCH actor dictionary or a Wikidata officeholder list into the user KB.

    The file itself is not copied: its actors are stored as sambandh's own TSV files in the user KB folder.
    Importing the same file again replaces what it brought before.

    Example:

        sambandh kb import Phoenix.Countries.actors.txt --kb-dir ~/sambandh-kb
    """
    from ..kb.user import import_file
    from ..kb.user import kb_dir as resolve_dir

    try:
        imported = import_file(file, fmt=fmt, directory=kb_dir)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    kinds: dict[str, int] = {}
    for entity in imported.entities:
        kinds[entity.type] = kinds.get(entity.type, 0) + 1
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "no new entities"
    click.echo(f"imported {file.name} ({imported.format}) into {resolve_dir(kb_dir)}: {counts}; "
               f"{len(imported.aliases)} aliases, {len(imported.codes)} dated codes, {len(imported.roles)} roles")
    if imported.problems:
        click.echo(f"{len(imported.problems)} line(s) not used:", err=True)
        for problem in imported.problems[:PROBLEMS_SHOWN]:
            click.echo(f"  {problem}", err=True)
        if len(imported.problems) > PROBLEMS_SHOWN:
            click.echo(f"  ... and {len(imported.problems) - PROBLEMS_SHOWN} more", err=True)


@kb.command("show")
@click.argument("name")
@click.option("--date", "on", default=None, help="A day (YYYY-MM-DD): show the code that holds then.")
@click.option("--limit", default=3, show_default=True, help="How many entries to show.")
@kb_dir_option
def show(name: str, on: str | None, limit: int, kb_dir: Path | None) -> None:
    """Show the KB entries a name (any script) most likely stands for, with their codes and roles, as JSON.

    Example:

        sambandh kb show "डेंग अलोर कुओल" --date 2008-03-05
    """
    from ..kb.names import NameIndex
    from ..kb.user import load_kb

    try:
        day = date.fromisoformat(on) if on else None
        base = load_kb(kb_dir)
    except (ValueError, SambandhError) as err:
        raise click.ClickException(str(err)) from err
    owners: dict[str, list[str]] = {}
    for entity in base.entities.values():
        for text in (*entity.names_en, *entity.names_hi):
            owners.setdefault(text, []).append(entity.id)
    index = NameIndex(owners)
    out = []
    for found in index.best(name, limit=limit):
        for entity_id in owners.get(found.name or "", []):
            entity = base.entities[entity_id]
            dated = base.code_on(entity_id, day)
            out.append({"id": entity.id, "name": entity.name, "type": entity.type, "country": entity.country,
                        "code": entity.code, "matched": found.name, "score": found.score,
                        "code_on_date": dated.code if dated else None,
                        "codes": [{"code": c.code, "start": _iso(c.start), "end": _iso(c.end)}
                                  for c in base.codes if c.entity == entity_id],
                        "roles": [{"office": r.office, "country": r.country, "start": _iso(r.start),
                                   "end": _iso(r.end)} for r in base.roles_of(entity_id)]})
    click.echo(json.dumps(out[:limit], ensure_ascii=False, indent=2))


@kb.command("resolve-names")
@click.option("--candidates", "candidates", required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="A file of candidate names, one per line, in any script.")
@click.option("--exhaustive", is_flag=True, help="Score every candidate, not only those sharing a near word.")
def resolve_names(candidates: Path, exhaustive: bool) -> None:
    """Read names (any script) one per line on stdin; print `name<TAB>score<TAB>best candidate` for each.

    Example:

        printf 'ज़हूर ख़ान\\n' | sambandh kb resolve-names --candidates names.txt
    """
    from ..kb.names import NameIndex

    lines = candidates.read_text("utf-8").splitlines()
    index = NameIndex(line.strip() for line in lines)
    for raw in sys.stdin:
        name = raw.strip()
        if not name:
            continue
        best = index.best(name, exhaustive=exhaustive)[0]
        click.echo(f"{name}\t{best.score:.4f}\t{best.name or ''}")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day and day != date.min else None


COMMANDS = (kb,)
