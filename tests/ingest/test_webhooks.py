"""Webhook delivery: signed, retried after failures, dead-lettered when it keeps failing."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis

from services.contract import SUMMARY, DocStore
from services.contract.models import DocumentTask
from services.ingest.retries import RetryPolicy
from services.ingest.webhooks import WebhookDispatcher, sign, verify_signature
from shared import Committer, DeadLetters, Envelope, Output, Worker, parse_spec
from tests.support.pipeline import running
from tests.support.servers import Receiver, receiving
from tests.support.waiting import wait_for

SECRET = "s3cret"


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    async with receiving() as got:
        yield got


@pytest.fixture
async def dispatcher(redis: Redis) -> AsyncIterator[None]:
    spec = parse_spec({"name": "webhook", "inputs": [SUMMARY], "group": "webhook-group",
                       "dead_letter": "doc.failed.webhook", "max_deliveries": 3,
                       "retry_backoff_ms": 20, "claim_idle_ms": 5000,
                       "seen_check": "commit"})  # as services/specs/webhook.yaml  # fmt: skip
    async with httpx.AsyncClient(timeout=5) as client:
        d = WebhookDispatcher(DocStore(redis), client, SECRET, allow_private=True, poll_s=0.05,
                              policy=RetryPolicy((0.02, 0.02)))  # fmt: skip
        worker = Worker(spec, d.handle, redis, consumer="w1")
        d.attach(worker)
        task = asyncio.create_task(worker.run())
        yield
        await worker.drain(1)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def publish_summary(redis: Redis, doc: str, url: str) -> None:
    await DocStore(redis).enqueue(DocumentTask(doc_id=doc, text="x"), "t", webhook_url=url)
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


async def test_a_summary_published_again_is_not_posted_again(
    redis: Redis, receiver: tuple[Receiver, str], dispatcher: None
) -> None:
    rec, url = receiver
    await publish_summary(redis, "d9", url)
    await wait_for(lambda: _delivered(redis, "d9"), what="delivered state")
    # The same summary again (a replay): the handler runs, finds it delivered, and the
    # commit refuses the repeated key.
    env = Envelope(key="summary:d9", kind="summary", body={"id": "d9", "status": "done"})
    await Committer(redis).commit([Output(SUMMARY, env)])
    await wait_for(lambda: _all_acked(redis, 2), what="both summary entries acked")
    assert len(rec.calls) == 1


async def _all_acked(redis: Redis, entries: int) -> bool:
    [group] = await redis.xinfo_groups(SUMMARY)
    return group["entries-read"] == entries and group["pending"] == 0


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


# -- retries on a durable schedule (issue 11, finding 6) ------------------------------


@contextlib.asynccontextmanager
async def _dispatching(
    redis: Redis, consumer: str, poll_s: float = 0.05, delay_s: float = 0.02, **spec: Any
) -> AsyncIterator[None]:
    fields = {"name": "webhook", "inputs": [SUMMARY], "group": "webhook-group",
              "dead_letter": "doc.failed.webhook", "max_deliveries": 3,
              "retry_backoff_ms": 20, "claim_idle_ms": 5000} | spec  # fmt: skip
    async with httpx.AsyncClient(timeout=5) as client:
        d = WebhookDispatcher(DocStore(redis), client, SECRET, allow_private=True, poll_s=poll_s,
                              policy=RetryPolicy((delay_s, delay_s), jitter=0))  # fmt: skip
        worker = Worker(parse_spec(fields), d.handle, redis, consumer=consumer)
        d.attach(worker)
        async with running([worker]):
            yield


async def test_retry_backoff_does_not_hold_a_worker_slot(
    redis: Redis, receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    rec.fail_first = 1  # the first document's webhook fails and backs off 3 s
    async with _dispatching(redis, "w1", concurrency=1, delay_s=3.0):
        await publish_summary(redis, "slow", url)
        await wait_for(lambda: _calls(rec, 1), what="first attempt")
        started = time.monotonic()
        await publish_summary(redis, "next", url)
        await wait_for(lambda: _delivered(redis, "next"), timeout=5, what="next delivered")
        assert time.monotonic() - started < 1.0  # it did not wait out the other's backoff
        slow = await DocStore(redis).get("slow")
        assert slow and slow.webhook
        assert (slow.webhook["status"], slow.webhook["error"]) == ("retrying", "HTTP 500")


async def _acked(redis: Redis) -> bool:
    return (await redis.xpending(SUMMARY, "webhook-group"))["pending"] == 0


async def test_scheduled_retry_survives_a_restart_with_the_same_delivery_id(
    redis: Redis, receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    rec.fail_first = 1
    async with _dispatching(redis, "w1", delay_s=1.5):
        await publish_summary(redis, "d5", url)
        await wait_for(lambda: redis.hexists("mesh:webhook:jobs", "summary:d5"), what="scheduled")
        # The schedule, not the stream, holds the delivery now: the entry is acked (the ack
        # follows the schedule's write, so wait for it, well before the retry is due).
        await wait_for(lambda: _acked(redis), timeout=1.0, what="the summary entry acked")
    assert len(rec.calls) == 1  # stopped before the retry was due
    async with _dispatching(redis, "w2", delay_s=1.5):
        doc = await wait_for(lambda: _delivered(redis, "d5"), what="delivered after restart")
    assert doc.webhook["attempts"] == 2
    assert [h["x-mesh-delivery"] for h, _ in rec.calls] == ["summary:d5", "summary:d5"]
    assert not await redis.hexists("mesh:webhook:jobs", "summary:d5")


async def test_exhausted_delivery_ends_failed_with_its_category_and_can_be_redriven(
    redis: Redis, receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    rec.fail_first = 100
    async with _dispatching(redis, "w1"):
        await publish_summary(redis, "d6", url)
        await wait_for(lambda: redis.xlen("doc.failed.webhook"), what="dead letter")
        doc = await DocStore(redis).get("d6")
        assert doc and doc.webhook
        assert (doc.webhook["status"], doc.webhook["attempts"]) == ("failed", 3)
        assert doc.webhook["error"] == "HTTP 500"
        rec.fail_first = 0
        [letter] = await DeadLetters(redis).list("doc.failed.webhook")
        await DeadLetters(redis).redrive(letter.stream, letter.id)
        await wait_for(lambda: _delivered(redis, "d6"), what="delivered after redrive")


async def test_a_burst_of_one_tenant_is_not_throttled_to_the_retry_timer(
    redis: Redis, receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    # Past the tenant's cap of 4, summaries wait on the schedule; a freed slot starts the
    # next at once, so the burst does not trickle out 4 per poll (the poll is 60 s here).
    outputs = []
    for i in range(60):
        await DocStore(redis).enqueue(DocumentTask(doc_id=f"b{i}", text="x"), "t", webhook_url=url)
        env = Envelope(key=f"summary:b{i}", kind="summary", body={"id": f"b{i}"})
        outputs.append(Output(SUMMARY, env))
    async with _dispatching(redis, "w1", poll_s=60):
        await Committer(redis).commit(outputs)  # one batch: the worker reads 32 at once
        await wait_for(lambda: _calls(rec, 60), timeout=5, what="every webhook of the burst")
    assert len({h["x-mesh-delivery"] for h, _ in rec.calls}) == 60
