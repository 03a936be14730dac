"""A lens's commit offers its partial to the document (issue 12): only the partial that
completes the plan reaches the aggregator, and the summary is still exactly one."""

from __future__ import annotations

import json
import time

import pytest
from redis.asyncio import Redis

from services.contract import DocStore, DocumentTask, Partial, Plan, suggestions_stream
from services.contract.keys import doc_key, events_key
from services.contract.specs import lens_spec
from services.contract.store import PARTIALS_LATE, DocSettings
from services.coordinator.main import CoordinatorSettings
from services.specialist.handler import execution_mode, make_specialist
from services.specialist.main import subscribe_specialist
from shared import Committer, Envelope, SpecError
from shared.commit import Guarded, Output
from shared.subscriber import Mesh
from shared.telemetry import current_traceparent, tracer
from tests.support.pipeline import LENSES, pipeline_workers, running
from tests.support.waiting import wait_for

SECTION = "The team met on Monday to plan the next release of the service. " * 8
TEXT = f"# Notes\n\n{SECTION}Its a test of the the mesh.\n\n## More\n\n{SECTION}\n"  # two chunks


async def planned(redis: Redis, doc: str, lenses: list[str], chunks: int = 1) -> DocStore:
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id=doc, text="x"), "t")
    await store.record_plan(doc, Plan(lenses=lenses, chunks=chunks, deadline=time.time() + 60))
    return store


async def offer(redis: Redis, store: DocStore, doc: str, lens: str, chunk: int = 0) -> int:
    """Commit one partial as a lens does: published only if its offer forwards it."""
    partial = Partial(doc_id=doc, lens=lens, chunk_id=chunk, words=3)
    env = Envelope(key=f"{doc}:{chunk}:{lens}:1", kind="partial", body=partial.model_dump())
    outputs = Guarded([Output(suggestions_stream(lens), env)], store.offer_guard(partial))
    return await Committer(redis).commit(outputs, guard=outputs.guard)


async def forwarded(redis: Redis) -> int:
    return sum([int(await redis.xlen(suggestions_stream(lens))) for lens in LENSES])


async def test_only_the_partial_that_completes_the_plan_is_sent_on(redis: Redis) -> None:
    store = await planned(redis, "d1", ["grammar", "tone"], chunks=2)
    pairs = [(c, lens) for c in (0, 1) for lens in ("grammar", "tone")]
    sent = [await offer(redis, store, "d1", lens, c) for c, lens in pairs]
    assert sent == [0, 0, 0, 1]
    assert len(await store.partials("d1")) == 4
    progress = [f[b"done"] for _, f in await redis.xrange(events_key("d1"))]
    assert progress == [b"1", b"2", b"3", b"4"]

    # The aggregator's offer of the forwarded partial stores nothing new and hands back
    # everything the summary needs: no second progress event.
    again = await store.offer_partial(Partial(doc_id="d1", lens="tone", chunk_id=1, words=3))
    assert again.outcome == "stored" and again.count == 4
    assert again.stored is not None and len(again.stored) == 4
    assert await redis.xlen(events_key("d1")) == 4


async def test_the_forwarded_entry_carries_what_the_summary_needs(redis: Redis) -> None:
    """The aggregator needs no round trip of its own: the entry holds the same offer its
    own ``offer_partial`` would have replied."""
    store = await planned(redis, "d5", ["grammar", "tone"], chunks=2)
    await redis.hset(doc_key("d5"), mapping={"title": "Notes", "metadata": '{"team": "a"}'})
    for c, lens in [(0, "grammar"), (0, "tone"), (1, "grammar"), (1, "tone")]:
        await offer(redis, store, "d5", lens, c)
    ((_, fields),) = await redis.xrange(suggestions_stream("tone"))
    carried = DocStore.forwarded(fields)
    again = await store.offer_partial(Partial(doc_id="d5", lens="tone", chunk_id=1, words=3))
    assert carried == again
    assert carried is not None and carried.title == "Notes" and carried.metadata == {"team": "a"}
    assert sorted(carried.stored or {}) == ["0:grammar", "0:tone", "1:grammar", "1:tone"]


async def test_a_large_document_is_forwarded_without_its_partials(
    redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("services.contract.store.FORWARD_MAX_BYTES", 100)  # under 2 partials
    store = await planned(redis, "d6", ["grammar", "tone"])
    assert [await offer(redis, store, "d6", lens) for lens in ("grammar", "tone")] == [0, 1]
    ((_, fields),) = await redis.xrange(suggestions_stream("tone"))
    assert DocStore.forwarded(fields) is None and set(fields) == {b"e"}


async def test_a_partial_with_no_plan_to_count_it_goes_to_the_aggregator(redis: Redis) -> None:
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id="d2", text="x"), "t")
    assert await offer(redis, store, "d2", "grammar") == 1  # its aggregator retries it
    assert await store.partials("d2") == {}
    ((_, fields),) = await redis.xrange(suggestions_stream("grammar"))
    assert DocStore.forwarded(fields) is None  # nothing to carry: the aggregator offers it


@pytest.mark.parametrize("case", ["gone", "cancelled", "summarized", "unplanned lens"])
async def test_a_late_partial_is_dropped_and_counted_in_the_lens(redis: Redis, case: str) -> None:
    store = await planned(redis, "d3", ["grammar", "tone"])
    lens = "clarity" if case == "unplanned lens" else "grammar"
    if case == "gone":
        await redis.delete(doc_key("d3"))
    elif case == "cancelled":
        await redis.hset(doc_key("d3"), "status", "cancelled")
    elif case == "summarized":
        await store.finish("d3", "partial", json.dumps({"id": "d3"}))
    late = PARTIALS_LATE._value.get()
    assert await offer(redis, store, "d3", lens) == 0
    assert PARTIALS_LATE._value.get() == late + 1
    assert await store.partials("d3") == {}


async def test_a_document_reviewed_by_the_fleet_wakes_the_aggregator_once(
    redis: Redis, redis_url: str
) -> None:
    store = DocStore(redis)
    with tracer().start_as_current_span("client") as span:
        trace_id = format(span.get_span_context().trace_id, "032x")
        doc = DocumentTask(doc_id="d4", text=TEXT, format="markdown")
        await store.enqueue(doc, "t", traceparent=current_traceparent())
    settings = CoordinatorSettings(redis_url=redis_url, doc_deadline_s=30)
    async with running(pipeline_workers(redis, settings, aggregators=("a1", "a2"))):

        async def summarized() -> bool:
            return int(await redis.xlen("doc.review.summary")) == 1

        await wait_for(summarized, what="the summary")
    status = await store.get("d4")
    assert status is not None and status.plan is not None and status.plan.chunks == 2
    assert status.status == "done" and status.done == status.expected == 8
    assert status.summary is not None and status.summary["missing_lenses"] == []
    assert await forwarded(redis) == 1  # of eight partials
    # The trace still connects every hop: client → coordinator → a lens → the aggregator.
    [(_, fields)] = await redis.xrange("doc.review.summary")
    summary = Envelope.model_validate_json(fields[b"e"])
    assert summary.traceparent is not None and summary.traceparent.split("-")[1] == trace_id


async def test_a_shadow_writes_its_own_stream_and_never_the_document(redis: Redis) -> None:
    settings = DocSettings()
    spec = execution_mode(lens_spec(settings, "grammar")).model_copy(update={"shadow": "try1"})
    specialist = make_specialist(spec, "grammar")
    with pytest.raises(SpecError, match="shadow"):
        specialist.offer_to(DocStore(redis))
    mesh = Mesh(settings, redis, role="grammar")
    subscribe_specialist(mesh, spec, specialist)  # declares it without the offer
    await planned(redis, "d5", ["grammar"])
    chunk = {"chunk_id": 0, "start": 0, "end": 5, "text": "Hello"}
    task = {"doc_id": "d5", "lens": "grammar", "chunk": chunk, "chunks_total": 1}
    env = Envelope(key="d5:0:grammar", kind="chunk_task", body=task)
    async with running(mesh.ready_workers()):  # a shadow reads from the moment it starts
        await redis.xadd("doc.review.grammar", {"e": env.encode()})

        async def shadowed() -> int:
            return int(await redis.xlen("doc.suggestions.grammar.shadow.try1"))

        await wait_for(shadowed, what="the shadow's partial")
    assert await DocStore(redis).partials("d5") == {}
    assert await forwarded(redis) == 0
