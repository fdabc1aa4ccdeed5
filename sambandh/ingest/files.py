"""Walking paths and folders into documents, skipping bad inputs with a reason.

Nothing a user brings may stop the run: an unreadable, empty, binary or oversized
file becomes a ``Skipped`` record with a reason and the walk goes on.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import E003, E007, E010, InputError
from ..model import Document, Skipped, Source, content_id
from .decode import DecodeFailure, decode_bytes
from .jsonl import LineError
from .registry import FORMATS, READERS, STREAM_READERS, format_by_name, known_extension, sniff_format

log = logging.getLogger(__name__)

# A news page is rarely above 5 MB; 50 MB keeps a runaway file from filling memory.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_SNIFF_CHARS = 2048
# A folder's README or LICENSE describes the folder; it is not an article. Named on the command
# line, such a file is still read.
_FOLDER_DOCUMENTATION = frozenset({"README", "LICENSE", "CHANGELOG"})


def iter_documents(
    paths: Iterable[str | Path], *, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | Skipped]:
    """Documents from files and folders (recursively, sorted), and a ``Skipped`` for each bad input.

    Args:
        paths: files or folders.
        fmt: a format name from ``READERS``; ``None`` guesses from the name and content.
        max_bytes: files (or decompressed contents) above this are skipped as ``too-large``.

    Raises:
        InputError: when ``fmt`` names no reader.
    """
    if fmt is not None and fmt not in FORMATS:
        raise InputError(E003.format(fmt=fmt, known=", ".join(FORMATS)))
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p, path)):
                yield from _read_file(child, fmt=fmt, max_bytes=max_bytes)
        elif path.is_file():
            yield from _read_file(path, fmt=fmt, max_bytes=max_bytes)
        else:
            yield _skipped(path, "missing", E010.format(path=path))


def _wanted(path: Path, root: Path) -> bool:
    """Files a folder walk reads: known extensions, not hidden, not a folder's own documentation."""
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    documentation = path.name.split(".")[0].upper() in _FOLDER_DOCUMENTATION
    return known_extension(path) and not hidden and not documentation


def _read_file(path: Path, *, fmt: str | None, max_bytes: int) -> Iterator[Document | Skipped]:
    name = str(path)
    streamed = fmt or format_by_name(name)
    if streamed in STREAM_READERS:
        yield from _read_stream(path, streamed, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _skipped(path, "too-large", E007.format(path=name, size=size, limit=max_bytes))
            return
        data = path.read_bytes()
        if name.endswith(".gz"):
            data = _gunzip(data, max_bytes=max_bytes)
    except OSError as err:
        yield _skipped(path, "unreadable", str(err))
        return
    except _TooLarge as err:
        yield _skipped(path, "too-large", E007.format(path=name, size=err.size, limit=max_bytes))
        return
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield _skipped(path, "truncated", f"{name}: {err}")
        return
    if not data.strip():
        yield _skipped(path, "empty", f"{name} has no content")
        return
    inner = name.removesuffix(".gz")
    looks_html = inner.lower().endswith((".html", ".htm", ".xhtml")) or fmt == "html"
    try:
        content = decode_bytes(data, html=looks_html)
    except DecodeFailure as err:
        yield _skipped(path, "decode-error", f"{name}: {err}")
        return
    chosen = fmt or sniff_format(inner, content[:_SNIFF_CHARS])
    yield from _records(READERS[chosen](content, name), name=name, fmt=chosen)


def _read_stream(path: Path, fmt: str, *, max_bytes: int) -> Iterator[Document | Skipped]:
    """A corpus or crawl file, record by record; a file that cannot be opened is skipped."""
    name = str(path)
    try:
        if path.stat().st_size == 0:
            yield _skipped(path, "empty", f"{name} has no content")
            return
        yield from _records(STREAM_READERS[fmt](path, max_bytes=max_bytes), name=name, fmt=fmt)
    except OSError as err:
        yield _skipped(path, "unreadable", str(err))


def _records(items: Iterator, *, name: str, fmt: str) -> Iterator[Document | Skipped]:
    for item in items:
        if isinstance(item, LineError):
            yield Skipped(id=content_id(f"{name}:{item.line}"),
                          source=Source(path=name, format=fmt, record=f"line {item.line}"),
                          reason=item.reason, detail=str(item))
        else:
            yield item


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _gunzip(data: bytes, *, max_bytes: int) -> bytes:
    """Decompressed bytes, refusing to grow past ``max_bytes`` (a gzip bomb stays small)."""
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    out = decompressor.decompress(data, max_bytes + 1)
    if len(out) > max_bytes or decompressor.unconsumed_tail:
        raise _TooLarge(len(out))
    if not decompressor.eof:
        raise EOFError("compressed stream ended early")
    return out


def _skipped(path: Path, reason: str, detail: str) -> Skipped:
    log.warning("skipped %s: %s", path, detail)
    return Skipped(id=content_id(f"{path}:{reason}"), source=Source(path=str(path)), reason=reason,
                   detail=detail)


__all__ = ["DEFAULT_MAX_BYTES", "InputError", "iter_documents"]
