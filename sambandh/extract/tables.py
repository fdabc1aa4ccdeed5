"""Markdown tables in extracted text: data tables are kept, layout tables are unpacked.

Old news sites lay whole pages out in tables, so the extractor's output is full of
rows like ``| | Home | | Economy | |`` around one cell that holds the story. A data
table (results, standings) fills most of its cells in rows of one width; a layout
table leaves most of them empty, or its flattened rows differ in width. Data rows
stay as text lines; from a layout table only the cells that read like prose are
kept, each as its own line — the rest (menus, bylines, ads, language switchers) is
furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A layout table fills fewer than this share of its cells.
LAYOUT_MAX_FILLED = 0.5
# A layout cell is prose when it has this many words, or ends a sentence and has PROSE_MIN_WORDS.
PROSE_LONG_WORDS = 25
PROSE_MIN_WORDS = 8

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_SENTENCE_END = re.compile(r"[।.?!॥\"'”’)]$")


@dataclass(slots=True)
class Unpacked:
    lines: list[str] = field(default_factory=list)
    data_rows: set[int] = field(default_factory=set)  # indexes in `lines` of data-table rows
    removed: list[str] = field(default_factory=list)


def unpack_tables(lines: list[str]) -> Unpacked:
    """The lines with every Markdown table resolved as a data or a layout table."""
    out = Unpacked()
    index = 0
    while index < len(lines):
        if not _ROW.match(lines[index]):
            out.lines.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and _ROW.match(lines[end]):
            end += 1
        _resolve(lines[index:end], out)
        index = end
    return out


def _cells(row: str) -> list[str]:
    inner = row.strip()[1:-1]
    return [cell.replace("\\|", "|").strip() for cell in _CELL_SPLIT.split(inner)]


def _resolve(rows: list[str], out: Unpacked) -> None:
    table = [cells for cells in map(_cells, rows) if not _is_rule_row(cells)]
    total = sum(len(cells) for cells in table)
    filled = sum(1 for cells in table for cell in cells if cell)
    if not filled:
        out.removed.extend(rows)
        return
    layout = (filled / total < LAYOUT_MAX_FILLED
              or len({len(cells) for cells in table}) > 1
              or all(sum(1 for c in cells if c) <= 1 for cells in table))
    for cells in table:
        present = [cell for cell in cells if cell]
        if not present:
            continue
        if not layout:
            out.data_rows.add(len(out.lines))
            out.lines.append(" | ".join(present))
            continue
        for cell in present:
            if _is_prose(cell):
                out.lines.append(cell)
            else:
                out.removed.append(cell)


def _is_rule_row(cells: list[str]) -> bool:
    """The ``|---|---|`` row under a table's header."""
    present = [cell for cell in cells if cell]
    return bool(present) and all(_RULE_CELL.match(cell) for cell in present)


def _is_prose(cell: str) -> bool:
    words = len(cell.split())
    return words >= PROSE_LONG_WORDS or (words >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(cell)))
