"""Idempotency-Key: one atomic intake step, keys no tenant can forge, one request per key."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
from redis.asyncio import Redis

from services.contract import DocStore, DocumentTask
from services.contract.keys import idempotency_key
from tests.ingest.test_api import tasks


async def test_concurrent_requests_with_one_key_on_two_replicas_queue_one_document(
    serve: Callable[..., Any], redis: Redis
) -> None:
    bases = [await serve(), await serve()]  # two ingest replicas sharing one Redis
    clients = [httpx.AsyncClient(base_url=b, headers={"X-API-Key": "key-a"}) for b in bases]
    try:
        body = {"text": "One document, sent twenty times at once."}
        replies = await asyncio.gather(
            *(
                clients[i % 2].post("/v1/documents", json=body, headers={"Idempotency-Key": "k1"})
                for i in range(20)
            )
        )
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))
    assert {r.status_code for r in replies} == {202}
    assert len({r.json()["id"] for r in replies}) == 1
    assert len(await tasks(redis)) == 1


async def test_same_key_with_a_different_body_is_refused_and_queues_nothing(
    api: httpx.AsyncClient, redis: Redis
) -> None:
    headers = {"Idempotency-Key": "order-7"}
    first = await api.post("/v1/documents", json={"text": "First."}, headers=headers)
    other = await api.post("/v1/documents", json={"text": "Second."}, headers=headers)
    assert first.status_code == 202
    assert other.status_code == 422
    assert other.json()["detail"] == "Idempotency-Key reused with a different request"
    assert len(await tasks(redis)) == 1
    # The same body again is still a retry of the first request.
    again = await api.post("/v1/documents", json={"text": "First."}, headers=headers)
    assert again.status_code == 202 and again.json()["id"] == first.json()["id"]


async def test_a_tenant_and_key_cannot_name_another_tenants_entry(redis: Redis) -> None:
    # "acme" + "eu:order-1" and "acme:eu" + "order-1" were both "idem:acme:eu:order-1".
    assert idempotency_key("acme", "eu:order-1") != idempotency_key("acme:eu", "order-1")
    store = DocStore(redis)
    ids = []
    for tenant, key in (("acme:eu", "order-1"), ("acme", "eu:order-1")):
        task = DocumentTask(doc_id=f"doc-{tenant}", text="Same text.")
        intake = await store.enqueue_once(task, tenant, key=key, digest="d", key_ttl_s=60)
        assert intake.outcome == "queued"
        ids.append(intake.doc_id)
    assert ids == ["doc-acme:eu", "doc-acme"]
    assert (await store.get("doc-acme")).tenant == "acme"  # type: ignore[union-attr]


async def test_a_key_whose_document_state_is_gone_queues_it_again_under_its_id(
    redis: Redis,
) -> None:
    store = DocStore(redis)
    task = DocumentTask(doc_id="d1", text="Text.")
    first = await store.enqueue_once(task, "t", key="k", digest="d", key_ttl_s=60)
    again = await store.enqueue_once(task.model_copy(update={"doc_id": "d2"}), "t", key="k",
                                      digest="d", key_ttl_s=60)  # fmt: skip
    assert (first.outcome, again.outcome, again.doc_id) == ("queued", "existing", "d1")
    await redis.delete("doc:{d1}")  # purged, or never written
    back = await store.enqueue_once(task.model_copy(update={"doc_id": "d3"}), "t", key="k",
                                    digest="d", key_ttl_s=60)  # fmt: skip
    assert (back.outcome, back.doc_id) == ("requeued", "d1")
    state = await store.get("d1")
    assert state is not None and state.status == "queued" and state.task_id
    assert await redis.ttl("doc:{d1}") > 0
