"""The request body limit: a body above the limit gets ``413`` before it is parsed or held in memory.

A declared ``Content-Length`` above the limit is refused at once; a body sent without one (chunked) is
counted as it arrives and refused as soon as it passes the limit.
"""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import A3, error_response

__all__ = ["BodyLimit"]


class BodyLimit:
    """ASGI middleware bounding the size of request bodies."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            response = error_response(413, A3.format(size=declared, limit=self.max_bytes))
            await response(scope, receive, send)
            return
        seen = 0
        limit = self.max_bytes

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # Raised inside the route's body read; the app's handler turns it into the JSON 413.
                    raise HTTPException(413, A3.format(size=f"more than {limit}", limit=limit))
            return message

        await self.app(scope, counted, send)


def _content_length(scope: Scope) -> int | None:
    headers: Any = scope.get("headers") or ()
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
