"""HTTP request metrics as a pure ASGI middleware.

The function middleware it replaces (``@app.middleware("http")``) is a Starlette
BaseHTTPMiddleware: per request it builds a Request, runs the endpoint in a separate task
and streams the response back through memory channels, which was the largest cost in
ingest's profile. This wraps ``send`` to see the status instead, and caches the labelled
metric children so a request costs two dict lookups, not four ``.labels()`` calls.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from prometheus_client import Counter, Histogram

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class HttpMetrics:
    """Counts requests by (method, route template, status) and times them by route."""

    def __init__(self, app: ASGIApp, *, requests: Counter, seconds: Histogram) -> None:
        self.app = app
        self._requests, self._seconds = requests, seconds
        self._counts: dict[tuple[str, str, int], Any] = {}
        self._timers: dict[str, Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app raises before answering

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            # The router leaves the matched route in the scope: label by its template
            # (/v1/documents/{doc_id}), never the raw path, to keep label sets bounded.
            path = getattr(scope.get("route"), "path", "unmatched")
            self._count(scope["method"], path, status).inc()
            self._timer(path).observe(time.perf_counter() - started)

    def _count(self, method: str, path: str, status: int) -> Any:
        key = (method, path, status)
        child = self._counts.get(key)
        if child is None:
            child = self._counts[key] = self._requests.labels(method, path, str(status))
        return child

    def _timer(self, path: str) -> Any:
        child = self._timers.get(path)
        if child is None:
            child = self._timers[path] = self._seconds.labels(path)
        return child
