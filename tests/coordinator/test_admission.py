"""Admission batches under load: documents waiting in lanes are admitted together each tick;
a mesh that drains what it gets widens the windows, a busy one narrows them back, and the
open intake's budget is never widened (issue 12)."""

from __future__ import annotations

from redis.asyncio import Redis

from services.contract import TASKS, DocStore, DocumentTask
from services.contract.keys import intake_open_key
from services.contract.lanes import Lanes
from services.contract.streams import COORDINATOR_GROUP, lens_group, lens_stream
from services.coordinator.admission import Admitter, Queue, Windows

QUEUE = Queue(TASKS, COORDINATOR_GROUP, ((lens_stream("grammar"), lens_group("grammar")),))


async def _admitter(redis: Redis) -> Admitter:
    await redis.xgroup_create(TASKS, COORDINATOR_GROUP, id="0", mkstream=True)
    return Admitter(redis, [QUEUE], Windows(intake=32, lens=64, max_scale=8))


async def _queue(redis: Redis, n: int) -> None:
    """``n`` documents queued while the intake is closed: all of them wait in the lane."""
    store = DocStore(redis)
    for i in range(n):
        await store.enqueue(DocumentTask(doc_id=f"d{i}", text="Some text."), "t")


async def _drain(redis: Redis) -> int:
    """The coordinator reads everything on the intake (the mesh keeps up)."""
    resp = await redis.xreadgroup(COORDINATOR_GROUP, "c", {TASKS: ">"}, count=10_000)
    return sum(len(entries) for _, entries in resp)


async def test_a_mesh_that_keeps_up_is_given_bigger_batches(redis: Redis) -> None:
    admitter = await _admitter(redis)
    await _queue(redis, 600)
    admitted = []
    for _ in range(5):
        await admitter.tick()
        admitted.append(await _drain(redis))
    assert admitted == [32, 64, 128, 256, 120], admitted  # doubling up to 8x, then the rest
    assert await Lanes(redis, TASKS).waiting() == 0


async def test_a_busy_mesh_narrows_the_window_back(redis: Redis) -> None:
    admitter = await _admitter(redis)
    await _queue(redis, 1000)
    scales, admitted = [], []
    for drained in (True, True, False, False, False, False):
        before = await redis.xlen(TASKS)
        await admitter.tick()
        admitted.append(await redis.xlen(TASKS) - before)
        scales.append(admitter.scale)
        if drained:
            await _drain(redis)
    # Starved twice (the coordinator read it all), then 128 admitted that nobody reads: the
    # next tick fills the widened window (256) and halves the scale; then there is no room.
    assert admitted == [32, 64, 128, 128, 0, 0], admitted
    assert scales == [2, 4, 8, 4, 2, 1], scales


async def test_the_open_budget_stays_one_window(redis: Redis) -> None:
    admitter = await _admitter(redis)
    await _queue(redis, 100)
    for _ in range(4):
        await admitter.tick()
        await _drain(redis)
    assert admitter.scale == 8
    await admitter.tick()  # nobody waits now: the intake opens
    assert int(await redis.get(intake_open_key(TASKS)) or 0) == 32
