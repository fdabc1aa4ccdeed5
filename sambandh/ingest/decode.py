"""Bytes → text without mojibake: BOMs, declared charsets, then UTF-8, then cp1252."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# How much of an HTML page to search for a <meta charset>; browsers look at the first 1024 bytes.
_CHARSET_WINDOW = 4096


class DecodeFailure(ValueError):
    """The bytes are not text in any encoding we can trust."""


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Text of ``data``: BOM first, then a declared HTML charset, then UTF-8, then cp1252.

    Raises:
        DecodeFailure: when the data looks binary (NUL bytes without a UTF-16/32 BOM).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    if b"\x00" in data[:_CHARSET_WINDOW]:
        raise DecodeFailure("binary data (NUL bytes) where text was expected")
    if html:
        declared = _META_CHARSET.search(data[:_CHARSET_WINDOW])
        if declared:
            name = declared.group(1).decode("ascii", errors="ignore").lower()
            try:
                codecs.lookup(name)
            except LookupError:
                name = ""
            if name and name not in {"utf-8", "utf8"}:
                try:
                    return data.decode(name)
                except UnicodeDecodeError:
                    pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
