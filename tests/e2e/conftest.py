"""An in-process pipeline (coordinator, four specialists, two aggregators) on the test Redis."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from services.aggregator.main import build_aggregator
from services.contract import TASKS, DocStore, DocumentTask
from services.contract.specs import lens_spec
from services.contract.store import DocSettings
from services.coordinator.main import CoordinatorSettings, build_coordinator
from services.specialist.handler import make_specialist
from shared import Committer, Envelope, Output, Worker


@pytest.fixture
async def pipeline(redis: Redis, redis_url: str) -> AsyncIterator[Redis]:
    settings = CoordinatorSettings(redis_url=redis_url, doc_deadline_s=30)
    spec, coordinator = build_coordinator(settings, redis)
    workers = [Worker(spec, coordinator.handle, redis, consumer="coord")]
    for lens in ("grammar", "clarity", "tone", "structure"):
        lspec = lens_spec(settings, lens)
        workers.append(Worker(lspec, make_specialist(lspec, lens).handle, redis, consumer=lens))
    workers += [build_aggregator(DocSettings(consumer_name="agg1"), redis)[1]]
    workers += [build_aggregator(DocSettings(consumer_name="agg2"), redis)[1]]
    tasks = [asyncio.create_task(w.run()) for w in workers]
    yield redis
    await asyncio.gather(*(w.drain(1) for w in workers))
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def submit(redis: Redis, doc_id: str, text: str, **task: object) -> None:
    """Queue a document the way ingest does."""
    store = DocStore(redis)
    await store.create(doc_id, "t1", title=None, webhook_url=None)
    body = DocumentTask(doc_id=doc_id, text=text, format="markdown", **task).model_dump()  # type: ignore[arg-type]
    env = Envelope(key=f"doc:{doc_id}", kind="document", tenant="t1", body=body)
    await Committer(redis).commit([Output(TASKS, env)])
