"""The user knowledge base: imported actors kept beside the built-in one.

It lives in a folder: ``--kb-dir`` when given, else ``$SAMBANDH_KB_DIR``, else
``$XDG_DATA_HOME/sambandh/kb`` (``~/.local/share/sambandh/kb``). It holds our own TSV
files, never the imported files themselves:

* ``entities.tsv``: ``id``, ``type``, ``name_en``, ``names_en``, ``names_hi``, ``country``, ``code``,
  ``sector``, ``source``
* ``aliases.tsv``: ``alias``, ``lang``, ``kind``, ``target``, ``source``
* ``codes.tsv``: ``entity``, ``code``, ``country``, ``start``, ``end``, ``source`` (dates ISO, empty = open)
* ``roles.tsv``: ``person``, ``office``, ``country``, ``start``, ``end``, ``source``

``source`` is the imported file's name: importing a file again replaces what it
brought before. ``load_kb`` merges the folder with ``builtin()``; the built-in record
wins when both have an id or an alias, so an import adds and never overrides (a
built-in entity takes only dated codes from an import, for days its roles do not cover).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..datafiles import Row, parse_tsv, split_values
from ..errors import E004, DataFileError, InputError
from ..text.normalize import fold
from .base import Alias, DatedCode, KBEntity, KnowledgeBase, Role, builtin
from .importers import Imported, read_actors

ENV_VAR = "SAMBANDH_KB_DIR"
TABLES: dict[str, tuple[str, ...]] = {
    "entities": ("id", "type", "name_en", "names_en", "names_hi", "country", "code", "sector", "source"),
    "aliases": ("alias", "lang", "kind", "target", "source"),
    "codes": ("entity", "code", "country", "start", "end", "source"),
    "roles": ("person", "office", "country", "start", "end", "source"),
}
_HEADER = ("# sambandh user knowledge base: {table}. Written by `sambandh kb import`; edit with care.\n"
           "# Columns: {columns}. Multi-valued cells are '|'-separated; dates are ISO, empty = open.\n")


@dataclass(frozen=True)
class UserKB:
    """What a user KB folder holds, read into records."""

    entities: tuple[KBEntity, ...] = ()
    aliases: tuple[Alias, ...] = ()
    codes: tuple[DatedCode, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.entities or self.aliases or self.codes or self.roles)


def kb_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The user KB folder: ``path``, else ``$SAMBANDH_KB_DIR``, else ``~/.local/share/sambandh/kb``."""
    if path:
        return Path(path).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "sambandh" / "kb"


def load_kb(path: str | os.PathLike[str] | None = None) -> KnowledgeBase:
    """The built-in knowledge base merged with the user KB in ``kb_dir(path)``.

    Without user files this is ``builtin()`` itself. The merged KB is cached until a file changes.

    Raises:
        DataFileError: when a user KB file is malformed.
    """
    folder = kb_dir(path)
    stamps = _stamps(folder)
    if not stamps:
        return builtin()
    return _merged(str(folder), stamps)


def read_user_kb(path: str | os.PathLike[str] | None = None) -> UserKB:
    """The records of the user KB folder (empty when it has none).

    Raises:
        DataFileError: when a file is malformed (a bad row count, id or date), naming file and line.
    """
    folder = kb_dir(path)
    entities = tuple(_entity(row, folder) for row in _rows(folder, "entities"))
    aliases = tuple(Alias(r["alias"], r["lang"], r["kind"], r["target"]) for r in _rows(folder, "aliases"))
    codes = tuple(DatedCode(r["entity"], r["code"], r["country"] or None, _day(r["start"], folder, "codes"),
                            _day(r["end"], folder, "codes")) for r in _rows(folder, "codes"))
    roles = tuple(Role(r["person"], r["office"], r["country"], _day(r["start"], folder, "roles") or date.min,
                       _day(r["end"], folder, "roles")) for r in _rows(folder, "roles"))
    return UserKB(entities, aliases, codes, roles)


def merge(base: KnowledgeBase, user: UserKB) -> KnowledgeBase:
    """One knowledge base of ``base`` and ``user``; ``base`` wins on ids and aliases."""
    if user.empty:
        return base
    entities = dict(base.entities)
    for entity in user.entities:
        entities.setdefault(entity.id, entity)
    known = {fold(a.text) for a in base.aliases}
    aliases = list(base.aliases)
    aliases.extend(a for a in user.aliases if fold(a.text) not in known and a.target in entities)
    # a built-in entity keeps its own code as the default: only dated user codes apply to it
    codes = [*base.codes, *(c for c in user.codes if c.entity in entities
                            and (c.dated or c.entity not in base.entities))]
    roles = [*base.roles, *(r for r in user.roles if r.person in entities and r.office in base.offices)]
    return KnowledgeBase(entities.values(), aliases, base.offices.values(), roles, codes)


def import_file(path: str | os.PathLike[str], *, fmt: str | None = None,
                directory: str | os.PathLike[str] | None = None) -> Imported:
    """Read an actor file and store its records in the user KB, replacing those of an earlier import of it.

    Args:
        path: a PETRARCH actor dictionary or a Wikidata CSV/JSON officeholder list.
        fmt: ``petrarch``, ``wikidata-csv`` or ``wikidata-json``; guessed from the content when None.
        directory: the user KB folder (see ``kb_dir``).

    Raises:
        InputError: when the file cannot be read or its format is unknown.
    """
    source = Path(path)
    try:
        text = source.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(E004.format(path=source, reason=err)) from err
    imported = read_actors(text, fmt=fmt, source=source.name, kb=builtin())
    store(imported, directory)
    return imported


def store(imported: Imported, directory: str | os.PathLike[str] | None = None) -> Path:
    """Write an import's records into the user KB folder; returns the folder."""
    folder = kb_dir(directory)
    folder.mkdir(parents=True, exist_ok=True)
    name = imported.source
    new_rows = {
        "entities": [(e.id, e.type, e.name, "|".join(e.names_en), "|".join(e.names_hi), e.country or "",
                      e.code or "", e.sector or "", name) for e in imported.entities],
        "aliases": [(a.text, a.lang, a.kind, a.target, name) for a in imported.aliases],
        "codes": [(c.entity, c.code, c.country or "", _iso(c.start), _iso(c.end), name) for c in imported.codes],
        "roles": [(r.person, r.office, r.country, _iso(r.start), _iso(r.end), name) for r in imported.roles],
    }
    for table, columns in TABLES.items():
        kept = [tuple(row[c] for c in columns) for row in _rows(folder, table) if row["source"] != name]
        _write(folder / f"{table}.tsv", table, columns, [*kept, *(_clean(r) for r in new_rows[table])])
    return folder


@functools.lru_cache(maxsize=4)
def _merged(folder: str, stamps: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    return merge(builtin(), read_user_kb(folder))


def _stamps(folder: Path) -> tuple[tuple[str, int, int], ...]:
    found = []
    for table in TABLES:
        path = folder / f"{table}.tsv"
        if path.is_file():
            stat = path.stat()
            found.append((table, stat.st_mtime_ns, stat.st_size))
    return tuple(found)


def _rows(folder: Path, table: str) -> tuple[Row, ...]:
    path = folder / f"{table}.tsv"
    if not path.is_file():
        return ()
    rows = parse_tsv(path.read_text("utf-8").splitlines(), source=str(path))
    if rows and tuple(rows[0]) != TABLES[table]:
        raise DataFileError(f"[E005] {path}:1: expected the columns {', '.join(TABLES[table])}.")
    return rows


def _entity(row: Row, folder: Path) -> KBEntity:
    if not row["id"] or not row["name_en"]:
        raise DataFileError(f"[E005] {folder / 'entities.tsv'}: a row without id or name_en: {dict(row)}.")
    return KBEntity(id=row["id"], name=row["name_en"], type=row["type"] or "person", country=row["country"] or None,
                    code=row["code"] or None, sector=row["sector"] or None,
                    names_hi=split_values(row["names_hi"]), names_en=split_values(row["names_en"]))


def _day(text: str, folder: Path, table: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise DataFileError(f"[E005] {folder / (table + '.tsv')}: bad date {text!r}.") from err


def _iso(day: date | None) -> str:
    return day.isoformat() if day and day != date.min else ""


def _clean(row: Sequence[str]) -> tuple[str, ...]:
    return tuple(" ".join(str(cell).replace("\t", " ").split()) for cell in row)


def _write(path: Path, table: str, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    temporary = path.with_suffix(".tsv.tmp")
    with temporary.open("w", encoding="utf-8", newline="\n") as out:
        out.write(_HEADER.format(table=table, columns=", ".join(columns)))
        out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    temporary.replace(path)
