"""The per-process HTTP endpoint: /metrics, /healthz, /readyz."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator

import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

ReadyCheck = Callable[[], Awaitable[str | None]]  # returns None when ready, else the reason


def metrics_response() -> Response:
    """The Prometheus exposition of this process's registry."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def health_routes(ready: ReadyCheck) -> list[BaseRoute]:
    """The three operational endpoints, for any Starlette or FastAPI app."""

    async def healthz(_: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(_: Request) -> Response:
        reason = await ready()
        if reason is None:
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "not ready", "reason": reason}, status_code=503)

    async def metrics(_: Request) -> Response:
        return metrics_response()

    return [
        Route("/healthz", healthz, include_in_schema=False),
        Route("/readyz", readyz, include_in_schema=False),
        Route("/metrics", metrics, include_in_schema=False),
    ]


def health_app(ready: ReadyCheck) -> Starlette:
    """A tiny ASGI app serving only the three operational endpoints."""
    return Starlette(routes=health_routes(ready))


class EmbeddedServer(uvicorn.Server):
    """A uvicorn server that runs inside our loop and leaves signal handling to us."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def install_signal_handlers(self) -> None:  # older uvicorn releases
        return None

    async def start_in_background(self) -> asyncio.Task[None]:
        """Start serving; returns once the socket is bound."""
        task = asyncio.create_task(self.serve())
        while not self.started:
            if task.done():
                task.result()  # re-raise a bind error
            await asyncio.sleep(0.01)
        return task

    @property
    def port(self) -> int:
        """The bound port (useful when configured as 0)."""
        for server in self.servers:
            for sock in server.sockets:
                return int(sock.getsockname()[1])
        return self.config.port


def embedded_server(app: Starlette, host: str, port: int) -> EmbeddedServer:
    """An EmbeddedServer for ``app`` with access logs off."""
    config = uvicorn.Config(
        app, host=host, port=port, log_config=None, access_log=False, lifespan="off"
    )
    return EmbeddedServer(config)
