"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata.

A bad line is reported as a skipped record (``ingest.files`` turns the error into
one) and the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import E008, E009, InputError
from ..model import Document, Source

_BODY_KEYS = (("html", "text/html"), ("text", "text/plain"), ("body", "text/plain"), ("content", "text/plain"))


class LineError(InputError):
    """One JSON Lines record could not be read; the rest of the file can."""

    def __init__(self, message: str, *, line: int) -> None:
        super().__init__(message)
        self.line = line


def read(content: str, path: str) -> Iterator[Document | LineError]:
    """Documents, one per non-empty line; a broken line yields a ``LineError`` in its place."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield LineError(E008.format(path=path, line=number, reason=err.msg), line=number)
            continue
        if not isinstance(record, dict):
            yield LineError(E008.format(path=path, line=number, reason="not an object"), line=number)
            continue
        document = _document(record, path=path, line=number)
        if document is None:
            yield LineError(E009.format(path=path, line=number, keys=sorted(record)), line=number)
            continue
        yield document


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
