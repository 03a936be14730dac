"""The aggregator against a real Redis: one summary under races, redelivery and deadlines."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from services.contract import DocStore, Partial, Plan, suggestions_stream
from services.contract.models import DocumentTask
from services.contract.store import DocSettings
from shared import Committer, Envelope, Output, Worker
from tests.support.pipeline import aggregator_workers, running
from tests.support.waiting import wait_for

LENSES = ["grammar", "clarity", "tone", "structure"]


@pytest.fixture
async def aggregators(redis: Redis) -> AsyncIterator[list[Worker]]:
    workers = [
        w for i in range(3) for w in aggregator_workers(redis, DocSettings(consumer_name=f"a{i}"))
    ]
    async with running(workers):
        yield workers


async def plan(redis: Redis, doc: str, chunks: int, deadline_s: float = 60) -> None:
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id=doc, text="x"), "t")
    await store.record_plan(
        doc, Plan(lenses=LENSES, chunks=chunks, deadline=time.time() + deadline_s)
    )


async def send_partial(redis: Redis, doc: str, chunk: int, lens: str) -> None:
    p = Partial(doc_id=doc, lens=lens, chunk_id=chunk, words=10)
    env = Envelope(
        key=f"{doc}:{chunk}:{lens}:1:{time.monotonic_ns()}", kind="partial", body=p.model_dump()
    )
    await Committer(redis).commit([Output(suggestions_stream(lens), env)])


async def summaries(redis: Redis) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(f[b"e"])["body"] for _, f in await redis.xrange("doc.review.summary")]


async def test_racing_replicas_and_redelivered_partials_give_one_summary(
    redis: Redis, aggregators: list[Worker]
) -> None:
    await plan(redis, "d1", chunks=3)
    for _ in range(3):  # every partial delivered three times (distinct keys: no dedupe help)
        for c in range(3):
            for lens in LENSES:
                await send_partial(redis, "d1", c, lens)
    await wait_for(lambda: summaries(redis), what="a summary")

    async def drained() -> bool:
        for lens in LENSES:
            stream = suggestions_stream(lens)
            if (await redis.xpending(stream, "aggregator-group"))["pending"]:
                return False
            if (await redis.xinfo_groups(stream))[0]["lag"]:
                return False
        return True

    await wait_for(drained, what="all partials handled")
    [summary] = await summaries(redis)
    assert summary["status"] == "done" and summary["missing_lenses"] == []


async def test_deadline_emits_partial_summary_and_late_partial_adds_nothing(
    redis: Redis, aggregators: list[Worker]
) -> None:
    await plan(redis, "d2", chunks=1, deadline_s=0.5)
    for lens in ("grammar", "clarity", "tone"):
        await send_partial(redis, "d2", 0, lens)
    [summary] = await wait_for(lambda: summaries(redis), timeout=10, what="partial summary")
    assert summary["status"] == "partial"
    assert summary["missing_lenses"] == ["structure"]
    await send_partial(redis, "d2", 0, "structure")  # the late one

    async def handled() -> bool:
        pending = await redis.xpending(suggestions_stream("structure"), "aggregator-group")
        info = await redis.xinfo_groups(suggestions_stream("structure"))
        return pending["pending"] == 0 and info[0]["lag"] == 0

    await wait_for(handled, what="late partial handled")
    assert len(await summaries(redis)) == 1
    status = await DocStore(redis).get("d2")
    assert status is not None and status.status == "partial"


async def test_a_repeated_plan_keeps_its_first_deadline_and_never_reopens_a_document(
    redis: Redis,
) -> None:
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id="d9", text="x"), "t")
    first = await store.record_plan("d9", Plan(lenses=LENSES, chunks=2, deadline=1000.5))
    assert (first.deadline, (await store.get("d9")).status) == (1000.5, "processing")  # type: ignore[union-attr]
    # A redelivered task (e.g. after a coordinator crash) plans again later: same deadline.
    again = await store.record_plan("d9", Plan(lenses=LENSES, chunks=3, deadline=2000.0))
    assert (again.chunks, again.deadline) == (3, 1000.5)
    assert await redis.zscore("doc:deadlines", "d9") == 1000.5
    await store.finish("d9", "done", json.dumps({"id": "d9"}), unschedule=True)
    assert await redis.zscore("doc:deadlines", "d9") is None
    await store.record_plan("d9", Plan(lenses=LENSES, chunks=3, deadline=3000.0))
    assert (await store.get("d9")).status == "done"  # type: ignore[union-attr]
    assert await redis.zscore("doc:deadlines", "d9") is None  # a summarized doc has no deadline
