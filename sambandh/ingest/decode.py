"""Bytes → text without mojibake: BOMs, declared charsets, UTF-16 by its NUL pattern, UTF-8, then cp1252.

Declared charsets follow the WHATWG encoding standard browsers use: a page that says
``iso-8859-1`` or ``ascii`` is decoded as windows-1252, which is what its author saw.
Data that decodes to control characters and replacement marks is binary, not text.
"""

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
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""")
# How much of an HTML page to search for a <meta charset>; browsers look at the first 1024 bytes.
_CHARSET_WINDOW = 4096
# WHATWG: these labels all mean windows-1252 in a browser.
_WINDOWS_1252 = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
                           "iso_8859-1", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"})
# Text with more than this share of control characters or U+FFFD is binary.
BINARY_SHARE = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")


class DecodeFailure(ValueError):
    """The bytes are not text in any encoding we can trust."""


def decode_bytes(data: bytes, *, html: bool = False, declared: str | None = None) -> str:
    """Text of ``data``: BOM, then the declared charset (HTTP header, then HTML meta), then UTF-16
    recognised by its NUL bytes, then UTF-8, then cp1252.

    Raises:
        DecodeFailure: when the data is binary.
    """
    text = _decode(data, html=html, declared=declared)
    sample = text[:_CHARSET_WINDOW * 4]
    if sample and len(_CONTROL.findall(sample)) > BINARY_SHARE * len(sample):
        raise DecodeFailure("binary data where text was expected")
    return text


def _decode(data: bytes, *, html: bool, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    wide = _utf16_order(data[:_CHARSET_WINDOW])
    if wide:
        return data.decode(wide, errors="replace")
    if b"\x00" in data[:_CHARSET_WINDOW]:
        raise DecodeFailure("binary data (NUL bytes) where text was expected")
    names = [declared] if declared else []
    found_xml = _XML_ENCODING.match(data[:_CHARSET_WINDOW])
    if found_xml:
        names.append(found_xml.group(1).decode("ascii", errors="ignore"))
    if html:
        found = _META_CHARSET.search(data[:_CHARSET_WINDOW])
        if found:
            names.append(found.group(1).decode("ascii", errors="ignore"))
    for name in names:
        codec = _codec(name)
        if codec and codec != "utf-8":
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# High bytes of UTF-16 code units in Latin, Devanagari and general punctuation text.
_WIDE_HIGH_BYTES = frozenset({0x00, 0x09, 0x20})


def _utf16_order(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the bytes look like BOM-less UTF-16 text: every other byte is the
    high byte of a Latin or Devanagari code unit (mostly NUL or 0x09) and NULs are not elsewhere."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    for high, low, order in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if (0 in high and sum(byte in _WIDE_HIGH_BYTES for byte in high) > 0.8 * len(high)
                and low.count(0) < 0.1 * len(low)):
            return order
    return None
