"""Webhook delivery: signed, retried after failures, dead-lettered when it keeps failing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
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
from services.ingest.webhooks import WebhookDispatcher, sign, verify_signature
from shared import Committer, DeadLetters, Envelope, Output, Worker, parse_spec
from shared.health import EmbeddedServer
from tests.helpers import wait_for

SECRET = "s3cret"


class Receiver:
    def __init__(self) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []
        self.fail_first = 0
        self.status = 204

    async def handle(self, request: Request) -> Response:
        self.calls.append((dict(request.headers), await request.body()))
        if len(self.calls) <= self.fail_first:
            return Response(status_code=500)
        return Response(status_code=self.status)


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    rec = Receiver()
    app = Starlette(routes=[Route("/hook", rec.handle, methods=["POST"])])
    server = EmbeddedServer(uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None))
    task = await server.start_in_background()
    yield rec, f"http://127.0.0.1:{server.port}/hook"
    server.should_exit = True
    await task


@pytest.fixture
async def dispatcher(redis: Redis) -> AsyncIterator[None]:
    spec = parse_spec({"name": "webhook", "inputs": [SUMMARY], "group": "webhook-group",
                       "dead_letter": "doc.failed.webhook", "max_deliveries": 3,
                       "retry_backoff_ms": 20, "claim_idle_ms": 5000})  # fmt: skip
    async with httpx.AsyncClient(timeout=5) as client:
        d = WebhookDispatcher(DocStore(redis), client, SECRET, allow_private=True, poll_s=0.05)
        worker = Worker(spec, d.handle, redis, consumer="w1")
        d.attach(worker)
        task = asyncio.create_task(worker.run())
        yield
        await worker.drain(1)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def publish_summary(redis: Redis, doc: str, url: str) -> None:
    await DocStore(redis).create(doc, "t", title=None, webhook_url=url)
    env = Envelope(key=f"summary:{doc}", kind="summary", body={"id": doc, "status": "done"})
    await Committer(redis).commit([Output(SUMMARY, env)])


async def test_summary_is_posted_once_with_a_verifiable_signature(
    redis: Redis, receiver: tuple[Receiver, str], dispatcher: None
) -> None:
    rec, url = receiver
    await publish_summary(redis, "d1", url)
    await wait_for(lambda: _calls(rec, 1), what="delivery")
    [(headers, body)] = rec.calls
    assert verify_signature(SECRET, headers["x-mesh-timestamp"], body, headers["x-mesh-signature"])
    assert headers["x-mesh-delivery"] == "summary:d1"
    doc = await DocStore(redis).get("d1")
    assert doc is not None and doc.webhook and doc.webhook["status"] == "delivered"


async def test_failed_delivery_is_retried_then_succeeds(
    redis: Redis, receiver: tuple[Receiver, str], dispatcher: None
) -> None:
    rec, url = receiver
    rec.fail_first = 1
    await publish_summary(redis, "d2", url)
    await wait_for(lambda: _calls(rec, 2), what="retry")
    doc = await wait_for(lambda: _delivered(redis, "d2"), what="delivered state")
    assert doc.webhook["attempts"] == 2


async def test_delivery_that_keeps_failing_is_dead_lettered(
    redis: Redis, receiver: tuple[Receiver, str], dispatcher: None
) -> None:
    rec, url = receiver
    rec.fail_first = 100
    await publish_summary(redis, "d3", url)
    await wait_for(lambda: redis.xlen("doc.failed.webhook"), timeout=10, what="dead letter")
    [letter] = await DeadLetters(redis).list("doc.failed.webhook")
    assert letter.attempts == 3 and "HTTP 500" in letter.error
    assert len(rec.calls) == 3


def test_tampered_or_replayed_bodies_fail_verification() -> None:
    ts = str(int(time.time()))
    body = b'{"id":"d"}'
    good = sign(SECRET, ts, body)
    assert verify_signature(SECRET, ts, body, good)
    assert not verify_signature(SECRET, ts, b'{"id":"e"}', good)
    assert not verify_signature("other", ts, body, good)
    old = str(int(time.time()) - 3600)
    assert not verify_signature(SECRET, old, body, sign(SECRET, old, body))


async def _calls(rec: Receiver, n: int) -> bool:
    return len(rec.calls) >= n


async def _delivered(redis: Redis, doc_id: str) -> Any:
    doc = await DocStore(redis).get(doc_id)
    return doc if doc and doc.webhook and doc.webhook["status"] == "delivered" else None
