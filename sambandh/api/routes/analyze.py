"""``POST /analyze`` (analyse, store nothing) and ``POST /ingest`` (analyse and store; needs the token).

Both take the document in the request body; nothing is fetched from the network, whatever ``url`` says.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from ...errors import SambandhError
from ...model import Article, Document, Skipped, Source
from ...pipeline import Pipeline
from ..deps import Settings, get_pipeline, get_settings, open_store, require_token
from ..errors import ERROR_RESPONSES, WRITE_ERROR_RESPONSES
from ..schemas import AnalyzeIn, ArticleOut, IngestIn, IngestOut, SkippedOut

router = APIRouter(tags=["analyze"])

_CONTENT_TYPES = {"text": "text/plain", "markdown": "text/markdown"}


def _document(body: AnalyzeIn) -> Document:
    if body.html is not None:
        content, content_type, fmt = body.html, "text/html", "html"
    else:
        content, content_type, fmt = body.text or "", _CONTENT_TYPES[body.format], body.format
    return Document(source=Source(url=body.url, format=fmt), content=content, content_type=content_type,
                    title=body.title, published=body.published,
                    url=body.url, language=body.language)


def _pipeline(pipeline: Pipeline, body: AnalyzeIn) -> Pipeline:
    return pipeline if body.events else Pipeline(disable=("events",), kb=pipeline.kb)


def _run(pipeline: Pipeline, body: AnalyzeIn) -> Article | Skipped:
    """The article of one document, or why it has none; a failing document never stops a batch."""
    document = _document(body)
    try:
        return _pipeline(pipeline, body).article(document)
    except SambandhError as err:
        return Skipped(id=document.id, source=document.source, reason="error", detail=str(err))


@router.post("/analyze", response_model=ArticleOut | SkippedOut, responses=ERROR_RESPONSES,
             summary="Analyse one text or HTML page; nothing is stored")
def analyze(body: AnalyzeIn, pipeline: Annotated[Pipeline, Depends(get_pipeline)]) -> dict[str, Any]:
    """The article of the text or HTML in the body, as the JSON contract of ``sambandh analyze``.

    Text that holds no article (only site furniture, say) gives, as ``sambandh analyze`` does, a record
    ``{"id", "source", "skipped": "<reason>", "detail"}``. A broken data file is a server error (500).
    """
    return _pipeline(pipeline, body).article(_document(body)).to_dict()


@router.post("/ingest", response_model=IngestOut, responses=WRITE_ERROR_RESPONSES,
             dependencies=[Depends(require_token)], summary="Analyse documents and store them (needs the token)")
def ingest(body: IngestIn, settings: Annotated[Settings, Depends(get_settings)],
           pipeline: Annotated[Pipeline, Depends(get_pipeline)]) -> dict[str, Any]:
    """Analyses each document and stores the articles in one transaction; content already stored is not
    added again. Needs ``Authorization: Bearer <token>``."""
    results = [_run(pipeline, document) for document in body.documents]
    store = open_store(settings, read_only=False)
    try:
        summary = store.add_batch(results)
    finally:
        store.close()
    return {
        "ok": True,
        "ids": [item.id for item in results],
        "stored": summary.to_dict(),
        "skipped": [item.to_dict() for item in results if isinstance(item, Skipped)],
    }
