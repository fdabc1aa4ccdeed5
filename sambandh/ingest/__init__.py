"""Readers: files, folders, Markdown scrapes, HTML, plain text and JSON Lines → ``Document``."""

from .files import DEFAULT_MAX_BYTES, iter_documents
from .registry import READERS, sniff_format

__all__ = ["DEFAULT_MAX_BYTES", "READERS", "iter_documents", "sniff_format"]
