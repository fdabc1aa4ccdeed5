"""Scoring article extraction against gold body text, token by token.

The gold is a folder in the layout of the article-extraction benchmark: a
``ground-truth.json`` mapping page ids to ``{"articleBody": ..., "url": ...}`` and
an ``html/`` folder with ``<id>.html`` or ``<id>.html.gz``. Each page is scored by
the overlap of the multisets of lower-cased word tokens (our tokenizer, so
Devanagari words stay whole) of the extracted body and the gold body; precision,
recall and F1 are averaged over pages, the benchmark's own convention.

Our body text is the article's sub-headings and paragraphs — the title, standfirst,
captions and furniture are not body. ``trafilatura`` alone is scored on the same
pages in the same run, with its default settings and in its precision mode.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from ..errors import E016, InputError
from ..extract.article import extract
from ..ingest.decode import decode_bytes
from ..model import Article, Document, Source
from ..text.tokens import tokenize
from .scores import precision_recall_f1

Extractor = Callable[[str, str | None], str]


@dataclass(frozen=True, slots=True)
class GoldPage:
    id: str
    html: str
    body: str
    url: str | None


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class ExtractorResult:
    name: str
    mean: Scores
    pages: dict[str, Scores]

    def to_dict(self) -> dict[str, object]:
        return {"extractor": self.name, "pages": len(self.pages), **self.mean.to_dict()}


def load_gold(folder: Path) -> Iterator[GoldPage]:
    """The gold pages of a benchmark folder, in id order.

    Raises:
        InputError: when the folder lacks ``ground-truth.json`` or a page's HTML.
    """
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise InputError(E016.format(path=folder, missing="ground-truth.json"))
    truth = json.loads(truth_path.read_text("utf-8"))
    for page_id in sorted(truth):
        html_path = _html_path(folder / "html", page_id)
        if html_path is None:
            raise InputError(E016.format(path=folder, missing=f"html/{page_id}.html(.gz)"))
        data = html_path.read_bytes()
        if html_path.suffix == ".gz":
            data = gzip.decompress(data)
        record = truth[page_id]
        yield GoldPage(id=page_id, html=decode_bytes(data, html=True), body=record.get("articleBody") or "",
                       url=record.get("url"))


def _html_path(folder: Path, page_id: str) -> Path | None:
    for name in (f"{page_id}.html", f"{page_id}.html.gz"):
        if (folder / name).is_file():
            return folder / name
    return None


def token_scores(gold: str, predicted: str) -> Scores:
    """Precision, recall and F1 of the predicted text's word tokens against the gold's (as multisets)."""
    expected, found = _bag(gold), _bag(predicted)
    if not expected and not found:
        return Scores(1.0, 1.0, 1.0)
    shared = sum((expected & found).values())
    return Scores(*precision_recall_f1(shared, sum(found.values()), sum(expected.values())))


def _bag(text: str) -> Counter[str]:
    return Counter(token.text.lower() for token in tokenize(text))


def body_text(article: Article) -> str:
    """What counts as an article's body: its sub-headings and paragraphs."""
    return "\n".join((*article.headings, *article.paragraphs))


def sambandh_body(html: str, url: str | None) -> str:
    result = extract(Document(source=Source(url=url), content=html, content_type="text/html", url=url))
    return body_text(result) if isinstance(result, Article) else ""


def trafilatura_body(html: str, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def trafilatura_precision_body(html: str, url: str | None) -> str:
    return trafilatura.extract(html, url=url, favor_precision=True) or ""


EXTRACTORS: dict[str, Extractor] = {
    "sambandh": sambandh_body,
    "trafilatura": trafilatura_body,
    "trafilatura-precision": trafilatura_precision_body,
}


def evaluate(folder: Path, extractors: dict[str, Extractor] | None = None) -> list[ExtractorResult]:
    """Each extractor's mean and per-page scores on the gold pages of ``folder``."""
    chosen = extractors or EXTRACTORS
    per_page: dict[str, dict[str, Scores]] = {name: {} for name in chosen}
    for page in load_gold(folder):
        for name, run in chosen.items():
            per_page[name][page.id] = token_scores(page.body, run(page.html, page.url))
    return [ExtractorResult(name, _mean(list(pages.values())), pages) for name, pages in per_page.items()]


def _mean(scores: list[Scores]) -> Scores:
    if not scores:
        return Scores(0.0, 0.0, 0.0)
    count = len(scores)
    return Scores(sum(s.precision for s in scores) / count, sum(s.recall for s in scores) / count,
                  sum(s.f1 for s in scores) / count)
