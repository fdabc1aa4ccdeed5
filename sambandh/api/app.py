"""The REST API: a FastAPI app over one store, thin over ``sambandh.query`` and the pipeline.

``create_app`` builds it; ``sambandh serve --db FILE`` runs it with uvicorn. The OpenAPI document is
at ``/openapi.json`` and the interactive docs at ``/docs``.

Reads open the store read-only per request (see :mod:`sambandh.api.deps` for why), so
``sambandh ingest`` can run beside the server: while it holds the file, reads get ``503`` with a
reason and ``Retry-After``. Writes (``POST /ingest``) need the token; with no token, writes are refused.

Example::

    app = create_app("news.duckdb", token=os.environ.get("SAMBANDH_API_TOKEN"))
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI

from ..errors import StoreError
from ..pipeline import Pipeline
from ..store import Store
from .deps import DEFAULT_LOCK_WAIT, DEFAULT_MAX_BODY_BYTES, Settings
from .errors import A11, install_handlers
from .limits import BodyLimit
from .routes import actors, analyze, articles, connections, dyads, events, search, trending

__all__ = ["create_app"]

log = logging.getLogger(__name__)

# Routers in the order the docs list them; each route calls one sambandh.query function (or the pipeline).
_ROUTERS = (analyze, articles, events, search, actors, dyads, connections, trending)


def _version() -> str:
    try:
        return version("sambandh")
    except PackageNotFoundError:
        return "0"


def _prepare_store(path: str) -> None:
    """Creates or migrates the store once at start, so per-request read-only opens find it current."""
    if Path(path).is_file():
        try:
            Store.open(path, read_only=True).close()
            return
        except StoreError as err:
            log.info("store %s needs preparing: %s", path, err)
    try:
        Store.open(path).close()
    except StoreError as err:  # busy, most likely: reads will answer 503 until the writer is done
        log.warning("could not prepare store %s: %s", path, err)


def create_app(db_path: str | Path, *, token: str | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, lock_wait: float = DEFAULT_LOCK_WAIT,
               pipeline: Pipeline | None = None) -> FastAPI:
    """Returns the API over the store at ``db_path``.

    Args:
        db_path: the DuckDB file; created (empty) when missing, migrated when older than this sambandh.
        token: the token ``POST /ingest`` must present as ``Authorization: Bearer <token>``; with
            ``None`` or empty, writes are refused (403).
        max_body_bytes: largest request body; larger ones get 413.
        lock_wait: seconds a read waits for a writer (``sambandh ingest``) to release the store
            before answering 503.
        pipeline: the pipeline ``/analyze`` and ``/ingest`` run; the default one when ``None``.

    Raises:
        StoreError: ``db_path`` is ``":memory:"`` ([A11]).
    """
    if str(db_path) == ":memory:":
        raise StoreError(A11)
    settings = Settings(db_path=str(db_path), token=token or None, max_body_bytes=max_body_bytes,
                        lock_wait=lock_wait)
    _prepare_store(settings.db_path)
    app = FastAPI(
        title="sambandh",
        version=_version(),
        summary="Who did what to whom in Hindi and English news, and how they are connected.",
        description=("Articles, actors and CAMEO-coded events from a sambandh store, and analysis of text "
                     "sent in the request. Errors are JSON: `{\"ok\": false, \"error\": \"...\", \"status\": N}`."),
    )
    app.state.settings = settings
    app.state.pipeline = pipeline or Pipeline()
    install_handlers(app)
    for module in _ROUTERS:
        app.include_router(module.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app
