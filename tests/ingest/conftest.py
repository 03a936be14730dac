"""The ingest app served in-process by uvicorn (real HTTP, real lifespan, real Redis)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import uvicorn
from redis.asyncio import Redis

from services.ingest.app import create_app
from services.ingest.settings import IngestSettings
from shared.health import EmbeddedServer

KEYS = "tenant-a:key-a,tenant-b:key-b"
SECRET = "test-secret"


@pytest.fixture
async def serve(redis: Redis, redis_url: str) -> AsyncIterator[Callable[..., Any]]:
    servers: list[tuple[EmbeddedServer, Any]] = []

    async def start(**overrides: Any) -> str:
        given = {"api_keys": KEYS, "webhook_secret": SECRET, **overrides}
        settings = IngestSettings(redis_url=redis_url, port=0, **given)
        config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_config=None)
        server = EmbeddedServer(config)
        task = await server.start_in_background()
        servers.append((server, task))
        return f"http://127.0.0.1:{server.port}"

    yield start
    for server, task in servers:
        server.should_exit = True
        await task


@pytest.fixture
async def api(serve: Callable[..., Any]) -> AsyncIterator[httpx.AsyncClient]:
    base = await serve()
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as c:
        yield c
