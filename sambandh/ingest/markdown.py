"""Markdown scrapes of news pages: the whole file is one document."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Document, Source


def read(content: str, path: str) -> Iterator[Document]:
    """One document holding the scrape; ``extract`` finds title, image, body and furniture."""
    yield Document(source=Source(path=path, format="markdown"), content=content,
                   content_type="text/markdown")
