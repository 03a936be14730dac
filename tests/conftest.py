"""Shared fixtures: a real Redis server for the whole session, a clean database per test."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from redis.asyncio import Redis

from shared.localredis import LocalRedis

ROOT = Path(__file__).resolve().parent.parent


def _docker_available() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _worker_database(url: str) -> str:
    """``url`` with its database number moved up by this pytest-xdist worker's number: each
    test process flushes its own database of a shared server, never another's."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    parts = urlsplit(url)
    db = int(parts.path.strip("/") or 0) + int(worker.removeprefix("gw"))
    return urlunsplit(parts._replace(path=f"/{db}"))


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """MESH_TEST_REDIS_URL, else a private redis-server on a free port, else testcontainers."""
    given = os.environ.get("MESH_TEST_REDIS_URL")
    if given:
        yield _worker_database(given)
        return
    try:
        server = LocalRedis(tmp_path_factory.mktemp("redis")).start()
    except Exception:
        if not _docker_available():
            raise
        from testcontainers.redis import RedisContainer  # type: ignore[import-not-found]

        with RedisContainer("redis:7-alpine") as c:
            yield f"redis://{c.get_container_host_ip()}:{c.get_exposed_port(6379)}/0"
        return
    yield server.url
    server.stop()


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    """A client on a flushed database."""
    # In-process tests run several roles on this one client, where production gives each
    # process a pool of its own: room for all of their blocking reads and handlers at once.
    client = Redis.from_url(redis_url, max_connections=1000)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture(scope="session", autouse=True)
def _tracing() -> None:
    """A real tracer provider exporting to memory, so spans and traceparents are valid in
    tests (with no exporter at all the runtime builds no spans)."""
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from shared.telemetry import setup_tracing

    setup_tracing("mesh-tests", processor=SimpleSpanProcessor(InMemorySpanExporter()))
