"""The mesh's workers, in this process, on a real Redis Cluster with six partitions."""

from __future__ import annotations

import asyncio

from services.contract.models import DocumentTask
from services.contract.store import DocStore
from services.coordinator.main import CoordinatorSettings
from shared.connection import TRANSIENT_ERRORS, connect, initialized
from shared.envelope import new_id
from shared.partitions import layout
from tests.cluster.servers import Cluster
from tests.support.pipeline import pipeline_workers, running
from tests.support.waiting import wait_for

TEXT = "Its a problem that we recieve so many complaints. I think this is TOTALLY WRONG!!!"


async def test_documents_in_every_partition_are_summarized_on_a_cluster(
    empty_cluster: Cluster,
) -> None:
    settings = CoordinatorSettings(redis_url=empty_cluster.url, redis_mode="cluster",
                                   partitions=6, doc_deadline_s=60)  # fmt: skip
    redis = await initialized(connect(settings))
    store = DocStore(redis)
    ids = [layout().id_in(n % 6, new_id) for n in range(24)]  # four in every partition
    # Each worker creates its groups on 6 partitions: allow for a busy machine.
    async with running(pipeline_workers(redis, settings), ready_timeout=60):
        await asyncio.gather(*(_enqueue(store, i) for i in ids))

        async def all_done() -> bool:
            try:
                docs = [await store.get(i) for i in ids]
            except TRANSIENT_ERRORS:  # redis-py dropped a connection mid-refresh: ask again
                return False
            return all(d is not None and d.summary is not None for d in docs)

        await wait_for(all_done, timeout=60, what="24 summaries")
    await redis.aclose()


async def _enqueue(store: DocStore, doc_id: str) -> None:
    """Queue a document as a client would: again after a transient error (the intake is
    idempotent by document id)."""
    for _ in range(10):
        try:
            await store.enqueue(DocumentTask(doc_id=doc_id, text=TEXT), "t")
            return
        except TRANSIENT_ERRORS:
            await asyncio.sleep(0.2)
    await store.enqueue(DocumentTask(doc_id=doc_id, text=TEXT), "t")
