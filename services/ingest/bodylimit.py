"""A request-body limit enforced on the bytes as they arrive, not on Content-Length.

A chunked body has no Content-Length, and Starlette reads a JSON body into memory (and a
multipart one into a temporary file) before the application can look at its size. This
pure ASGI middleware counts the bytes of each ``http.request`` message on the way in and
answers 413 as soon as the limit is crossed, so a body never costs more than the limit.

The connection is kept: the server discards the rest of the body as it arrives (nothing
is buffered) and the client, which reads only once it has sent its body, still gets the
413. Closing instead would reset the connection under unread data and lose the answer.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyTooLarge(HTTPException):
    """The request body passed its limit while it was being read."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over MESH_MAX_DOC_BYTES ({limit} bytes)")


class BodyLimit:
    """Caps the body of POSTs to ``paths``: ``limit`` bytes, plus ``multipart_extra``
    for multipart/form-data (boundaries and part headers around the file)."""

    def __init__(
        self, app: ASGIApp, *, paths: frozenset[str], limit: int, multipart_extra: int
    ) -> None:
        self.app, self.paths = app, paths
        self.limit, self.multipart_extra = limit, multipart_extra

    def _cap(self, scope: Scope) -> int:
        headers = dict(scope.get("headers") or [])
        ctype = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        return self.limit + (self.multipart_extra if ctype == b"multipart/form-data" else 0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or scope["path"].rstrip("/") not in self.paths
        ):
            await self.app(scope, receive, send)
            return
        cap = self._cap(scope)
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > cap:
            await _refuse(send, self.limit)
            return
        seen, started = 0, False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:
                    # Raised inside the route's read, so FastAPI turns it into the 413.
                    raise BodyTooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            # Read outside a route's exception handling (a middleware): answer it here.
            if started:
                raise
            await _refuse(send, self.limit)


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps({"detail": BodyTooLarge(limit).detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
