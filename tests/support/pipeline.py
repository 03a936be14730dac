"""The document-review roles as in-process workers on the test Redis, declared as each
role's ``main`` declares them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from redis.asyncio import Redis

from services.aggregator.main import subscribe_aggregator
from services.contract.specs import lens_spec
from services.contract.store import DocSettings
from services.coordinator.main import CoordinatorSettings, subscribe_coordinator
from services.specialist.handler import execution_mode, make_specialist
from services.specialist.main import subscribe_specialist
from shared.subscriber import Mesh
from shared.worker import Worker
from tests.support.waiting import wait_for

LENSES = ("grammar", "clarity", "tone", "structure")


def coordinator_workers(redis: Redis, settings: CoordinatorSettings) -> list[Worker]:
    """The coordinator's worker."""
    mesh = Mesh(settings, redis, role="coordinator")
    subscribe_coordinator(mesh)
    return mesh.ready_workers()


def aggregator_workers(redis: Redis, settings: DocSettings) -> list[Worker]:
    """One aggregator replica's worker (deadline sweep included)."""
    mesh = Mesh(settings, redis, role="aggregator")
    subscribe_aggregator(mesh)
    return mesh.ready_workers()


def specialist_workers(
    redis: Redis, settings: DocSettings, lenses: Sequence[str] = LENSES
) -> list[Worker]:
    """One rules specialist per lens."""
    workers = []
    for lens in lenses:
        spec = execution_mode(lens_spec(settings, lens))
        mesh = Mesh(settings.model_copy(update={"consumer_name": lens}), redis, role=lens)
        subscribe_specialist(mesh, spec, make_specialist(spec, lens))
        workers += mesh.ready_workers()
    return workers


def pipeline_workers(
    redis: Redis, settings: CoordinatorSettings, aggregators: Sequence[str] = ("agg1",)
) -> list[Worker]:
    """Coordinator, the four rules specialists and one aggregator per consumer name."""
    workers = coordinator_workers(redis, settings.model_copy(update={"consumer_name": "coord"}))
    workers += specialist_workers(redis, settings)
    for name in aggregators:
        workers += aggregator_workers(redis, DocSettings(**{
            **settings.model_dump(include=set(DocSettings.model_fields)), "consumer_name": name
        }))  # fmt: skip
    return workers


@asynccontextmanager
async def running(
    workers: list[Worker], ready_timeout: float = 15.0, drain_s: float = 1.0
) -> AsyncIterator[list[Worker]]:
    """Run ``workers`` until the block ends, once each has its groups; then drain them."""
    tasks = [asyncio.create_task(w.run()) for w in workers]

    async def ready() -> bool:
        return all(w.ready for w in workers)

    try:
        await wait_for(ready, timeout=ready_timeout, what="workers ready")
        yield workers
    finally:
        await asyncio.gather(*(w.drain(drain_s) for w in workers))
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
