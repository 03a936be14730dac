"""Exactly once past every TTL: a document's markers outlive its state, and a message that
outlives the state is dropped as late, never summarized again (short TTLs, real Redis)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from services.contract import TASKS, DocStore, DocumentTask, Partial, Plan, suggestions_stream
from services.contract.store import DocSettings
from services.coordinator.main import CoordinatorSettings
from shared import Committer, Envelope, Output, Worker
from shared.keys import once_key
from tests.support.pipeline import aggregator_workers, coordinator_workers, running
from tests.support.specs import copy_specs
from tests.support.waiting import wait_for

LENSES = ["grammar", "clarity", "tone", "structure"]
DOC_TTL_S = 3
ONCE = once_key("summary:{}")


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    # Markers set to expire long before the state: the runtime must not let them.
    return copy_specs(tmp_path / "specs", {"aggregator": {"dedupe_ttl_s": 1}})


@pytest.fixture
async def aggregator(redis: Redis, specs: Path) -> AsyncIterator[list[Worker]]:
    settings = DocSettings(consumer_name="a1", doc_ttl_s=DOC_TTL_S, spec_dir=specs)
    async with running(aggregator_workers(redis, settings)) as workers:
        yield workers


async def plan(redis: Redis, doc: str, deadline_s: float = 60) -> DocStore:
    store = DocStore(redis, DOC_TTL_S)
    await store.enqueue(DocumentTask(doc_id=doc, text="x"), "t")
    await store.record_plan(doc, Plan(lenses=LENSES, chunks=1, deadline=time.time() + deadline_s))
    return store


async def send_partial(redis: Redis, doc: str, lens: str) -> None:
    """A partial as a redelivery or `mesh replay` would bring it: a new entry."""
    p = Partial(doc_id=doc, lens=lens, chunk_id=0, words=10)
    env = Envelope(key=f"{doc}:0:{lens}:1:{time.monotonic_ns()}", kind="partial",
                   body=p.model_dump())  # fmt: skip
    await Committer(redis).commit([Output(suggestions_stream(lens), env)])


async def summaries(redis: Redis, doc: str) -> list[dict]:  # type: ignore[type-arg]
    rows = await redis.xrange("doc.review.summary")
    return [b for _, f in rows if (b := json.loads(f[b"e"])["body"])["id"] == doc]


async def handled(redis: Redis) -> bool:
    """Every partial sent so far is acked (none waits for a retry)."""
    for lens in LENSES:
        stream = suggestions_stream(lens)
        if not await redis.exists(stream):
            continue
        info = await redis.xinfo_groups(stream)
        if not info or info[0]["pending"] or info[0]["lag"]:
            return False
    return True


async def test_a_summary_stays_single_until_its_state_expires_then_late_partials_are_dropped(
    redis: Redis, aggregator: list[Worker]
) -> None:
    await plan(redis, "d1")
    for lens in LENSES:
        await send_partial(redis, "d1", lens)
    await wait_for(lambda: summaries(redis, "d1"), what="the summary")
    await wait_for(lambda: handled(redis), what="partials handled")
    # The summary's once-marker and the seen-marker of the partial that completed the document
    # outlive the state, which that last partial refreshed. Each earlier partial's marker was
    # set to outlive the state as it was then: under load the partials are handled some
    # milliseconds apart, and a repeat in that span is counted again and held by the
    # once-guard (as the repeat below shows).
    doc_ttl = await redis.pttl("doc:{d1}")
    assert await redis.pttl(ONCE.format("d1")) >= doc_ttl > 0
    seen = [k async for k in redis.scan_iter("mesh:seen:aggregator-group:d1:*")]
    ttls = [await redis.pttl(k) for k in seen]
    assert len(ttls) == len(LENSES) and max(ttls) >= doc_ttl and min(ttls) > 0, (ttls, doc_ttl)

    await asyncio.sleep(1.2)  # past the spec's 1 s dedupe TTL, within the state's 3 s
    await send_partial(redis, "d1", "tone")  # counted: republished, and held by the once-guard
    await wait_for(lambda: handled(redis), what="the repeat handled")
    assert len(await summaries(redis, "d1")) == 1

    async def state_gone() -> bool:
        return not await redis.exists("doc:{d1}")

    await wait_for(state_gone, timeout=DOC_TTL_S + 2, what="the state to expire")
    await send_partial(redis, "d1", "grammar")  # a replay from a stream that outlived the state
    await wait_for(lambda: handled(redis), timeout=3, what="the late partial dropped, not retried")
    assert len(await summaries(redis, "d1")) == 1
    assert not await redis.exists("doc:{d1}")  # not brought back without a TTL
    assert not await redis.exists("doc.failed.aggregator")


async def test_the_deadline_summary_guard_lives_as_long_as_the_state_not_an_hour(
    redis: Redis, aggregator: list[Worker]
) -> None:
    await plan(redis, "d2", deadline_s=0.3)
    for lens in ("grammar", "clarity", "tone"):
        await send_partial(redis, "d2", lens)
    [summary] = await wait_for(lambda: summaries(redis, "d2"), what="the deadline summary")
    assert summary["status"] == "partial" and summary["missing_lenses"] == ["structure"]
    once_ms = await redis.pttl(ONCE.format("d2"))
    assert await redis.pttl("doc:{d2}") <= once_ms <= DOC_TTL_S * 1000


async def test_a_partial_before_its_plan_is_retried_but_one_after_its_state_is_dropped(
    redis: Redis, aggregator: list[Worker]
) -> None:
    store = DocStore(redis, DOC_TTL_S)
    await store.enqueue(DocumentTask(doc_id="d3", text="x"), "t")  # queued, not planned yet
    for lens in LENSES:
        await send_partial(redis, "d3", lens)
    await asyncio.sleep(0.3)
    assert not await handled(redis)  # waiting for the plan, not dropped
    await store.record_plan("d3", Plan(lenses=LENSES, chunks=1, deadline=time.time() + 60))
    [summary] = await wait_for(lambda: summaries(redis, "d3"), timeout=15, what="the summary")
    assert summary["status"] == "done"
    await send_partial(redis, "never-known", "tone")  # no state at all: late
    await wait_for(lambda: handled(redis), what="every partial handled")
    assert await summaries(redis, "never-known") == []
    assert not await redis.exists("doc.failed.aggregator")  # dropped as late, not a failure


async def test_the_coordinator_drops_a_task_whose_document_state_is_gone(
    redis: Redis, redis_url: str, specs: Path
) -> None:
    settings = CoordinatorSettings(redis_url=redis_url, doc_ttl_s=DOC_TTL_S, spec_dir=specs)
    workers = coordinator_workers(redis, settings)
    assert workers[0].spec.dedupe_ttl_s >= DOC_TTL_S
    body = DocumentTask(doc_id="gone", text="A replayed task.\n").model_dump()
    env = Envelope(key="doc:gone", kind="document", tenant="t", body=body)
    await Committer(redis).commit([Output(TASKS, env)])
    async with running(workers):

        async def done() -> bool:
            info = await redis.xinfo_groups(TASKS)
            return bool(info) and not info[0]["pending"] and not info[0]["lag"]

        await wait_for(done, what="the task handled")
    assert not await redis.exists("doc:{gone}")
    # No lens task went out (the intake's own keys, its lanes and open budget, aside).
    assert not [
        k async for k in redis.scan_iter("doc.review.*") if not k.startswith(TASKS.encode())
    ]
