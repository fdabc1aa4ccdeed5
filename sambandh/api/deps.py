"""What routes receive through ``Depends``: the settings, a read-only store per request, the pipeline,
and the token check. Tests swap any of them with ``app.dependency_overrides``.

Why a store per request: DuckDB lets many processes read a file, or one process write it, never both.
A read-only connection held for the server's lifetime would keep ``sambandh ingest`` out; a
read-write one would keep every other reader out. So each request opens the file read-only and
closes it when the response is built. ``sambandh ingest`` holds the file only while it looks ids up
or commits a batch, so a request waits for it a little (``Settings.lock_wait``); if the file is still
held then, the request gets ``503`` with a reason and ``Retry-After``.
"""

from __future__ import annotations

import hmac
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..errors import StoreError
from ..pipeline import Pipeline
from ..store import Store, locked
from .errors import A5, A6, ApiError, StoreBusy

__all__ = ["Settings", "get_pipeline", "get_settings", "get_store", "open_store", "require_token"]

log = logging.getLogger(__name__)

TOKEN_ENV = "SAMBANDH_API_TOKEN"
"""The environment variable ``sambandh serve`` reads the write token from when ``--token`` is not given."""

DEFAULT_MAX_BODY_BYTES = 2_000_000
"""Largest request body, in bytes: room for one long article as JSON (Devanagari is 3 bytes a letter)."""

DEFAULT_LOCK_WAIT = 5.0
"""Long enough for an ingest to commit a batch, short enough that a client is not left hanging."""


@dataclass(frozen=True, kw_only=True)
class Settings:
    """What one API server is told at start: the store, the write token, the limits."""

    db_path: str
    token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    lock_wait: float = DEFAULT_LOCK_WAIT
    """Seconds a request waits for a writer to release the store before answering 503."""

    @property
    def writable(self) -> bool:
        return bool(self.token)


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_pipeline(request: Request) -> Pipeline:
    return request.app.state.pipeline


def open_store(settings: Settings, *, read_only: bool = True) -> Store:
    """The store, opened for one request.

    Raises:
        StoreBusy: a writer holds the file.
        StoreError: the file cannot be opened for another reason.
    """
    try:
        return Store.open(settings.db_path, read_only=read_only, wait=settings.lock_wait)
    except StoreError as err:
        if locked(err):
            log.info("store busy: %s", err)
            raise StoreBusy() from err
        raise


def get_store(settings: Annotated[Settings, Depends(get_settings)]) -> Iterator[Store]:
    """A read-only store for one request, closed after the response is built."""
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


_bearer = HTTPBearer(auto_error=False, description="The API token given to `sambandh serve`.")


def require_token(settings: Annotated[Settings, Depends(get_settings)],
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Lets a write through only with the server's token; refuses every write when none is set.

    Raises:
        ApiError: 403 when the server has no token; 401 when the request's is missing or wrong.
    """
    if not settings.token:
        raise ApiError(403, A5)
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), settings.token.encode("utf-8")):
        raise ApiError(401, A6, headers={"WWW-Authenticate": "Bearer"})


def token_from_env() -> str | None:
    """The write token from :data:`TOKEN_ENV`, or ``None`` when unset or empty."""
    return os.environ.get(TOKEN_ENV) or None
