"""One tenant's hanging webhooks do not delay another tenant's (issue 11, finding 6)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import uvicorn
from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from services.contract import SUMMARY, DocStore
from services.contract.models import DocumentTask
from shared import Committer, Envelope, Output
from shared.health import EmbeddedServer
from tests.support.waiting import wait_for


class SlowAndFast:
    """Tenant A's path never answers (until the test ends); tenant B's answers at once."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.hanging = 0
        self.most_hanging = 0
        self.b_arrived: float | None = None

    async def hang(self, request: Request) -> Response:
        self.hanging += 1
        self.most_hanging = max(self.most_hanging, self.hanging)
        try:
            await self.release.wait()
        finally:
            self.hanging -= 1
        return Response(status_code=204)

    async def answer(self, request: Request) -> Response:
        self.b_arrived = time.monotonic()
        return Response(status_code=204)


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[SlowAndFast, str]]:
    rec = SlowAndFast()
    routes = [Route("/a", rec.hang, methods=["POST"]), Route("/b", rec.answer, methods=["POST"])]
    config = uvicorn.Config(Starlette(routes=routes), host="127.0.0.1", port=0, log_config=None)
    server = EmbeddedServer(config)
    task = await server.start_in_background()
    yield rec, f"http://127.0.0.1:{server.port}"
    rec.release.set()
    server.should_exit = True
    await task


async def _summaries(redis: Redis, tenant: str, url: str, ids: list[str]) -> None:
    store = DocStore(redis)
    outputs = []
    for doc in ids:
        await store.enqueue(DocumentTask(doc_id=doc, text="x"), tenant, webhook_url=url)
        env = Envelope(key=f"summary:{doc}", kind="summary", tenant=tenant,
                       body={"id": doc, "status": "done"})  # fmt: skip
        outputs.append(Output(SUMMARY, env))
    await Committer(redis).commit(outputs)


async def test_hanging_webhooks_of_one_tenant_do_not_delay_another_tenants(
    redis: Redis, serve: Callable[..., Any], receiver: tuple[SlowAndFast, str]
) -> None:
    rec, base = receiver
    # A's requests hang until released: none may time out before the checks below (a timed-out
    # request still hangs at the receiver while the next one starts, which a loaded machine
    # showed as 8 "in flight" with a 1 s timeout). B's arrival is checked within 2 s.
    api = await serve(webhook_timeout_s=5.0, webhook_allow_private=True)
    async with httpx.AsyncClient() as client:
        await wait_for(lambda: _ready(client, api), what="ingest ready")
    await _summaries(redis, "tenant-a", f"{base}/a", [f"a{i}" for i in range(100)])
    await _summaries(redis, "tenant-b", f"{base}/b", ["b1"])
    published = time.monotonic()
    await wait_for(lambda: _arrived(rec), timeout=10, what="tenant B's webhook")
    assert rec.b_arrived is not None
    assert rec.b_arrived - published < 2.0, f"B waited {rec.b_arrived - published:.2f}s"
    # Tenant A never has more than its cap (MESH_WEBHOOK_TENANT_CONCURRENCY, 4) in flight,
    # and the rest wait on the schedule, not in worker slots.
    assert rec.most_hanging <= 4
    assert await redis.zcard("mesh:webhook:due:tenant-a") >= 90


async def _ready(client: httpx.AsyncClient, api: str) -> bool:
    return (await client.get(f"{api}/readyz")).status_code == 200


async def _arrived(rec: SlowAndFast) -> bool:
    return rec.b_arrived is not None
