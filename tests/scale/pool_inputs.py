"""What the pool tests feed and compare: example documents with skips among them, and a result's essentials."""

from __future__ import annotations

from pathlib import Path

from sambandh.ingest import iter_documents
from sambandh.model import Article, Document, Skipped, Source

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def essentials(item: Article | Skipped) -> tuple:
    """What must not depend on the process: ids, text, entities found and events coded."""
    if isinstance(item, Skipped):
        return ("skipped", item.id, item.reason)
    return (item.id, item.title, tuple(s.text for s in item.sentences),
            tuple(e.id for e in item.entities), tuple(e.to_dict()["id"] for e in item.events))


def inputs(folders: tuple[str, ...] = ("hi", "jsonl"), *, limit: int | None = None) -> list[Document | Skipped]:
    """The example documents, with a record skipped before analysis and a blank one among them."""
    items = list(iter_documents([EXAMPLES / folder for folder in folders]))[:limit]
    items.insert(min(3, len(items)), Skipped(id="x", source=Source(path="bad.jsonl"), reason="bad-record"))
    items.insert(min(7, len(items)), Document(source=Source(path="blank.txt"), content="   \n "))
    return items
