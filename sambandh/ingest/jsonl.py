"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata.

A bad line is reported as a skipped record (``ingest.files`` turns the error into
one) and the lines after it are still read. Files are streamed line by line
(``.gz`` too), so a corpus of any size is never held in memory; a line above the
size limit is skipped, and a compressed file that ends early stops with a
``truncated`` record after the lines it did hold.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import E007, E008, E009, E050, InputError
from ..model import Document, Skipped, Source, content_id

_BODY_KEYS = (("html", "text/html"), ("text", "text/plain"), ("body", "text/plain"), ("content", "text/plain"))


class LineError(InputError):
    """One JSON Lines record could not be read; the rest of the file can."""

    def __init__(self, message: str, *, line: int, reason: str = "bad-record") -> None:
        super().__init__(message)
        self.line = line
        self.reason = reason
        """The skip reason: ``bad-record``, or ``empty`` for a record whose text is blank."""


def read(content: str, path: str) -> Iterator[Document | LineError]:
    """Documents, one per non-empty line; a broken line yields a ``LineError`` in its place."""
    for number, line in enumerate(content.splitlines(), start=1):
        if line.strip():
            yield parse_line(line, path=path, number=number)


def stream(path: Path, *, max_bytes: int) -> Iterator[Document | LineError | Skipped]:
    """Documents from a JSON Lines file (or ``.jsonl.gz``), read one line at a time."""
    name = str(path)
    opener = gzip.open if name.endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            while raw := handle.readline(max_bytes + 1):
                number += 1
                if len(raw) > max_bytes and not raw.endswith(b"\n"):
                    yield LineError(E007.format(path=f"{name}:{number}", size=f"more than {max_bytes}",
                                                limit=max_bytes), line=number)
                    _skip_rest_of_line(handle, max_bytes)
                    continue
                line = raw.decode("utf-8", errors="replace")
                if line.strip():
                    yield parse_line(line, path=name, number=number)
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield Skipped(id=content_id(f"{name}:truncated"), source=Source(path=name, format="jsonl"),
                      reason="truncated", detail=f"{name}: ends early after line {number}: {err}")


def _skip_rest_of_line(handle, max_bytes: int) -> None:
    while (chunk := handle.readline(max_bytes + 1)) and not chunk.endswith(b"\n"):
        pass


def parse_line(line: str, *, path: str, number: int) -> Document | LineError:
    """The document of one JSON Lines record, or the error that says why there is none."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return LineError(E008.format(path=path, line=number, reason=err.msg), line=number)
    if not isinstance(record, dict):
        return LineError(E008.format(path=path, line=number, reason="not an object"), line=number)
    document = _document(record, path=path, line=number)
    if document is None:
        blank = next((key for key, _ in _BODY_KEYS if isinstance(record.get(key), str)), None)
        if blank is not None:
            return LineError(E050.format(path=path, line=number, key=blank), line=number, reason="empty")
        return LineError(E009.format(path=path, line=number, keys=sorted(record)), line=number)
    return document


def _document(record: dict, *, path: str, line: int) -> Document | None:
    found = next(((record[key], kind) for key, kind in _BODY_KEYS
                  if isinstance(record.get(key), str) and record[key].strip()), None)
    if found is None:
        return None
    body, content_type = found
    url = record.get("url") if isinstance(record.get("url"), str) else None
    record_id = record.get("id")
    return Document(
        source=Source(path=path, url=url, format="jsonl",
                      record=str(record_id) if record_id is not None else f"line {line}"),
        content=body,
        content_type=content_type,
        title=_text_or_none(record.get("title")),
        published=_text_or_none(record.get("published") or record.get("date")),
        url=url,
        language=_text_or_none(record.get("language")),
    )


def _text_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
