"""Plain text files: the whole file is one document."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Document, Source


def read(content: str, path: str) -> Iterator[Document]:
    """One document holding the text; its first short line may be the title."""
    yield Document(source=Source(path=path, format="text"), content=content, content_type="text/plain")
