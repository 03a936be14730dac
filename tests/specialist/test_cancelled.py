"""A model-backed specialist skips the tasks of a cancelled document without calling the
model: one HGET of the document's status before each call on a task that waited."""

from __future__ import annotations

import time
from dataclasses import replace
from functools import partial

from redis.asyncio import Redis

from services.contract.catalog import Catalog, is_cancelled
from services.contract.models import Chunk, ChunkTask, DocumentTask
from services.contract.store import DocStore
from services.specialist.findings import Finding, LensContext
from services.specialist.handler import Specialist
from services.specialist.options import lens_options
from tests.specialist.test_handler import lens_spec, message


class CountingModel:
    """Stands in for a paid model: counts the calls it gets."""

    def __init__(self) -> None:
        self.calls = 0

    async def review(self, text: str, ctx: LensContext) -> list[Finding]:
        self.calls += 1
        return [Finding(0, 4, "tone/x", "a finding")]

    async def aclose(self) -> None:
        """Nothing to release."""


def _task(doc_id: str) -> ChunkTask:
    text = "Some text to review."
    chunk = Chunk(chunk_id=0, start=0, end=len(text), text=text, utf16_start=0)
    return ChunkTask(doc_id=doc_id, lens="tone", chunk=chunk, chunks_total=1)


async def test_cancelled_documents_tasks_are_skipped_without_a_model_call(redis: Redis) -> None:
    spec = lens_spec("tone")
    model = CountingModel()
    specialist = Specialist(spec, "tone", model, lens_options(spec))
    specialist.skip_cancelled(partial(is_cancelled, redis))
    store = DocStore(redis)
    for doc_id in ("live", "stopped"):
        await store.enqueue(DocumentTask(doc_id=doc_id, text="Some text to review."), "t")
    await Catalog(redis).cancel("stopped")

    kept = await specialist.handle(_task("live"), message(spec, _task("live").model_dump()))
    skipped = await specialist.handle(
        _task("stopped"), message(spec, _task("stopped").model_dump())
    )
    assert model.calls == 1 and skipped == [] and len(kept) == 1
    [out] = kept
    assert out.envelope.body["suggestions"][0]["utf16_end"] == 4


async def test_a_task_picked_up_right_after_its_fan_out_is_reviewed_without_the_check(
    redis: Redis,
) -> None:
    spec = lens_spec("tone")
    model = CountingModel()
    asked: list[str] = []

    async def cancelled(doc_id: str) -> bool:
        asked.append(doc_id)
        return await is_cancelled(redis, doc_id)

    specialist = Specialist(spec, "tone", model, lens_options(spec))
    specialist.skip_cancelled(cancelled)
    await DocStore(redis).enqueue(DocumentTask(doc_id="gone", text="Some text to review."), "t")
    await Catalog(redis).cancel("gone")
    task = _task("gone")
    now_ms = int(time.time() * 1000)
    fresh = replace(message(spec, task.model_dump()), entry_id=f"{now_ms - 100}-0")
    waited = replace(fresh, entry_id=f"{now_ms - 5000}-0")

    assert len(await specialist.handle(task, fresh)) == 1  # reviewed, no round trip
    assert asked == [] and model.calls == 1
    assert await specialist.handle(task, waited) == []  # checked, skipped
    assert asked == ["gone"] and model.calls == 1
