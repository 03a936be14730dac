"""An in-process pipeline (coordinator, four specialists, two aggregators) on the test Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from services.contract import DocStore, DocumentTask
from services.coordinator.main import CoordinatorSettings
from tests.support.pipeline import pipeline_workers, running


@pytest.fixture
async def pipeline(redis: Redis, redis_url: str) -> AsyncIterator[Redis]:
    settings = CoordinatorSettings(redis_url=redis_url, doc_deadline_s=30)
    async with running(pipeline_workers(redis, settings, aggregators=("agg1", "agg2"))):
        yield redis


async def submit(redis: Redis, doc_id: str, text: str, **task: object) -> None:
    """Queue a document the way ingest does."""
    doc = DocumentTask(doc_id=doc_id, text=text, format="markdown", **task)  # type: ignore[arg-type]
    await DocStore(redis).enqueue(doc, "t1")
