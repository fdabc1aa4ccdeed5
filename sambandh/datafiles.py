"""Reading the package's data files: TSV tables with a commented header.

A data file starts with ``#`` comment lines (source, licence, columns), then one
header row naming the columns, then rows. Blank lines are ignored. A row with the
wrong number of columns is an error naming the file and line, never skipped.
Multi-valued cells separate values with ``|``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType

from .errors import E001, E002, DataFileError

Row = Mapping[str, str]


def parse_tsv(lines: Iterable[str], *, source: str) -> tuple[Row, ...]:
    """Rows of a commented TSV text as read-only mappings, in file order.

    Raises:
        DataFileError: when a row's column count differs from the header's.
    """
    header: list[str] | None = None
    rows: list[Row] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise DataFileError(
                E001.format(path=source, line=number, expected=len(header),
                            columns=", ".join(header), found=len(cells))
            )
        rows.append(MappingProxyType(dict(zip(header, cells, strict=True))))
    return tuple(rows)


@functools.cache
def load_table(package: str, name: str) -> tuple[Row, ...]:
    """Rows of ``<package>/data/<name>.tsv`` in file order; read once per process.

    Raises:
        DataFileError: when the file is missing or malformed.
    """
    folder = resources.files(package).joinpath("data")
    path = folder.joinpath(f"{name}.tsv")
    if not path.is_file():
        known = sorted(p.name for p in folder.iterdir() if p.name.endswith(".tsv"))
        raise DataFileError(E002.format(name=name, package=package, known=", ".join(known)))
    text = path.read_text("utf-8")
    return parse_tsv(text.splitlines(), source=f"{package.replace('.', '/')}/data/{name}.tsv")


def split_values(cell: str) -> tuple[str, ...]:
    """The ``|``-separated values of a cell, stripped, empty ones dropped."""
    return tuple(value.strip() for value in cell.split("|") if value.strip())
