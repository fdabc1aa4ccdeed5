"""Errors as JSON: one shape, ``{"ok": false, "error": "<reason>", "status": <code>}``, for every failure.

Routes raise :class:`ApiError`; library errors, validation errors, unknown routes and unexpected
exceptions are mapped here, at the boundary, so a client never sees an HTML page or a bare traceback.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, StoreError
from .schemas import ErrorOut

__all__ = ["ERROR_RESPONSES", "ApiError", "StoreBusy", "error_response", "install_handlers"]

log = logging.getLogger(__name__)

MAX_REASON_CHARS = 500
"""Longest reason echoed back: a validation message quotes its input, which may be hostile or huge."""

_CODE = re.compile(r"\[E\d+\]")

RETRY_AFTER_SECONDS = 5
"""Sent with 503 when the store is busy: long enough for a small ingest batch to commit."""

A1 = "[A1] Unknown path {path!r}. See /docs for the endpoints."
A2 = "[A2] Method {method} is not allowed on {path!r}."
A3 = "[A3] The request body is {size} bytes, above the limit of {limit}. Send smaller documents."
A4 = "[A4] Invalid request: {details}."
A5 = "[A5] Writes are disabled: the server has no API token. Start it with --token or SAMBANDH_API_TOKEN."
A6 = "[A6] This endpoint needs the API token: send 'Authorization: Bearer <token>'."
A7 = "[A7] No article with id {id!r}."
A8 = "[A8] Internal error ({kind}); the server log has the details."
A9 = "[A9] The store failed ({code}); the server log has the details."
A11 = ("[A11] The API needs a database file: each request opens the store anew, and an in-memory database would "
       "be empty every time. Give a path, as `sambandh serve --db FILE` does.")
A12 = ("[A12] The store is busy: an ingest has it open for writing, and DuckDB lets readers in only when no "
       "writer holds the file. Retry when the ingest has finished.")


class ApiError(Exception):
    """An error with an HTTP status and a reason for the client."""

    def __init__(self, status: int, reason: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.headers = headers


class StoreBusy(ApiError):
    """The store is locked by a writer in another process (or this one): 503, try again later."""

    def __init__(self) -> None:
        super().__init__(503, A12, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def _clip(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[:MAX_REASON_CHARS] + "…"


def error_response(status: int, reason: str, *, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON response of an error."""
    body = ErrorOut(error=_clip(reason), status=status).model_dump()
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_details(errors: Any) -> str:
    parts = []
    for error in list(errors)[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "malformed request"


def install_handlers(app: FastAPI) -> None:
    """Registers the handlers that turn every failure into :class:`~sambandh.api.schemas.ErrorOut`."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.reason, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, A4.format(details=_validation_details(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            reason = A1.format(path=request.url.path[:200])
        elif exc.status_code == 405:
            reason = A2.format(method=request.method, path=request.url.path[:200])
        else:
            reason = str(exc.detail)
        return error_response(exc.status_code, reason, headers=getattr(exc, "headers", None))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        return error_response(422, str(exc))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        # The message names files and SQL: it goes to the log, and only its code to the client.
        log.error("store error on %s: %s", request.url.path, exc)
        code = _CODE.match(str(exc))
        return error_response(500, A9.format(code=code.group(0) if code else "StoreError"))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, A8.format(kind=type(exc).__name__))


def _doc(description: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _doc("Malformed request."),
    404: _doc("Not found."),
    413: _doc("Request body too large."),
    422: _doc("Invalid parameters or body; the reason names the field."),
    503: _doc("The store is busy (an ingest holds it) or not available; retry later."),
}
"""Error responses every route may give, for the OpenAPI document."""

WRITE_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: _doc("Missing or wrong API token."),
    403: _doc("Writes are disabled: the server has no API token."),
}
