"""HTML pages: the whole page is one document; ``extract`` finds the article in it."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Document, Source


def read(content: str, path: str) -> Iterator[Document]:
    """One document holding the page's HTML."""
    yield Document(source=Source(path=path, format="html"), content=content, content_type="text/html")
