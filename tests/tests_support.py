"""Helpers for tests that read ../shared; kept outside conftest so modules can import them."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(relative: str) -> Path:
    """A path inside ../shared; skips the calling test when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is not present")
    return path


def warc_record(kind: str, uri: str, block: bytes, *, content_type: str = "application/http; msgtype=response",
                record_id: str | None = None) -> bytes:
    """One WARC/1.0 record, written by hand so tests need no WARC writer."""
    rid = record_id or f"<urn:uuid:{abs(hash((kind, uri))):032x}>"
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n"
            f"WARC-Record-ID: {rid}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    """An HTTP/1.1 200 response as a WARC response record's block."""
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
