"""WARC and WARC.gz crawl files, streamed record by record with ``fastwarc``.

Only ``response`` records are documents; request, metadata, warcinfo and revisit
records are passed over. A response that is not HTML (an image, a PDF, a script)
is skipped as ``not-html``; one whose payload is shorter than its headers promise is
``truncated``, and so is the file when it ends inside a record. Records before the
damage are kept. The file is never read whole into memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..model import Document, Skipped, Source, content_id
from .decode import DecodeFailure, decode_bytes

HTML_TYPES = ("text/html", "application/xhtml+xml")


def stream(path: Path, *, max_bytes: int) -> Iterator[Document | Skipped]:
    """Documents for the HTML responses of a WARC file, and a ``Skipped`` for each bad one."""
    with path.open("rb") as handle:
        yield from read_records(handle, name=str(path), max_bytes=max_bytes)


def read_records(handle: BinaryIO, *, name: str, max_bytes: int) -> Iterator[Document | Skipped]:
    for record in ArchiveIterator(handle, record_types=WarcRecordType.response, parse_http=True):
        url = record.headers.get("WARC-Target-URI")
        record_id = record.record_id
        source = Source(path=name, url=url, format="warc", record=record_id)
        content_type = (record.http_headers.get("Content-Type") or "").lower() if record.http_headers else ""
        expected = record.content_length
        if expected > max_bytes:
            yield _skip(source, "too-large", f"record of {expected} bytes, above the limit of {max_bytes}")
            continue
        payload = record.reader.read(max_bytes + 1)
        if len(payload) < expected:
            yield _skip(source, "truncated", f"payload has {len(payload)} of {expected} bytes")
            continue
        if not content_type.startswith(HTML_TYPES):
            yield _skip(source, "not-html", f"response of type {content_type or 'unknown'}")
            continue
        if not payload.strip():
            yield _skip(source, "empty", "response with no body")
            continue
        try:
            text = decode_bytes(payload, html=True, declared=_charset(content_type))
        except DecodeFailure as err:
            yield _skip(source, "decode-error", str(err))
            continue
        yield Document(source=source, content=text, content_type="text/html", url=url,
                       published=None)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _skip(source: Source, reason: str, detail: str) -> Skipped:
    return Skipped(id=content_id(f"{source.path}:{source.record}:{reason}"), source=source, reason=reason,
                   detail=f"{source.url or source.record}: {detail}")
