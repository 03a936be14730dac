"""Serving an ASGI app on a free loopback port, and a webhook receiver that records POSTs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from shared.health import EmbeddedServer


@asynccontextmanager
async def serving(app: Any) -> AsyncIterator[str]:
    """``app`` served by uvicorn (lifespan included) for the block; yields its base URL."""
    server = EmbeddedServer(uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None))
    task = await server.start_in_background()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.should_exit = True
        await task


class Receiver:
    """Records every POST; answers 500 to the first ``fail_first``, then ``status``."""

    def __init__(self) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []
        self.fail_first = 0
        self.status = 204

    async def handle(self, request: Request) -> Response:
        self.calls.append((dict(request.headers), await request.body()))
        if len(self.calls) <= self.fail_first:
            return Response(status_code=500)
        return Response(status_code=self.status)

    async def count(self, n: int) -> bool:
        """At least ``n`` POSTs arrived (for ``wait_for``)."""
        return len(self.calls) >= n


@asynccontextmanager
async def receiving() -> AsyncIterator[tuple[Receiver, str]]:
    """A Receiver served for the block; yields it and its URL."""
    rec = Receiver()
    async with serving(Starlette(routes=[Route("/hook", rec.handle, methods=["POST"])])) as base:
        yield rec, f"{base}/hook"
