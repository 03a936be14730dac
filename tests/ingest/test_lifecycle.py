"""Documents as a collection: listed newest first with a cursor, cancelled, deleted (with the
mesh still working on them), and the summary echoing the submission's title and metadata."""

from __future__ import annotations

import json
from typing import Any

import httpx
from redis.asyncio import Redis

from services.contract.keys import doc_key, events_key, partials_key, tenant_docs_key, text_key
from services.contract.store import PARTIALS_LATE as LATE
from services.coordinator.main import CoordinatorSettings
from tests.support.pipeline import (
    aggregator_workers,
    coordinator_workers,
    pipeline_workers,
    running,
    specialist_workers,
)
from tests.support.waiting import wait_for

TEXT = "# Notes\n\nThis is is a short note. Its a test of the the mesh.\n\nWe recieve mail.\n"


async def _submit(api: httpx.AsyncClient, text: str = TEXT, **extra: Any) -> str:
    r = await api.post("/v1/documents", json={"text": text, "format": "markdown", **extra})
    assert r.status_code == 202, r.text
    doc_id: str = r.json()["id"]
    return doc_id


async def _summaries(redis: Redis) -> list[dict[str, Any]]:
    return [json.loads(f[b"e"])["body"] for _, f in await redis.xrange("doc.review.summary")]


def _settings(redis_url: str) -> CoordinatorSettings:
    return CoordinatorSettings(redis_url=redis_url, doc_deadline_s=30)


async def _idle(redis: Redis) -> bool:
    """Every group of the mesh has read and acked everything."""
    for stream in [s.decode() for s in await redis.keys("doc.*")]:
        if await redis.type(stream) != b"stream":
            continue
        for g in await redis.xinfo_groups(stream):
            if g["pending"] or g.get("lag"):
                return False
    return True


async def test_listing_is_the_tenants_own_newest_first_with_a_cursor(
    api: httpx.AsyncClient, redis: Redis
) -> None:
    ids = [await _submit(api, title=f"doc {i}") for i in range(5)]
    base = str(api.base_url)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-b"}) as other:
        theirs = await _submit(other)
        listed = (await other.get("/v1/documents")).json()
    assert [d["id"] for d in listed["items"]] == [theirs] and listed["next_cursor"] is None

    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await api.get("/v1/documents", params=params)).json()
        assert len(page["items"]) <= 2
        seen += [d["id"] for d in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ids[::-1]
    first = (await api.get("/v1/documents", params={"limit": 1})).json()["items"][0]
    assert first["title"] == "doc 4" and first["status"] == "queued"
    assert (await api.get("/v1/documents", params={"status": "done"})).json()["items"] == []
    bad = await api.get("/v1/documents", params={"cursor": "not-a-cursor"})
    assert bad.status_code == 422 and "cursor" in bad.json()["detail"]

    # A document whose state expired is dropped from the listing when the listing meets it.
    await redis.delete(doc_key(ids[2]))
    page = (await api.get("/v1/documents", params={"limit": 10})).json()
    assert ids[2] not in [d["id"] for d in page["items"]] and len(page["items"]) == 4
    assert await redis.zscore(tenant_docs_key("tenant-a"), ids[2]) is None


async def test_listing_filters_by_status_across_pages(api: httpx.AsyncClient, redis: Redis) -> None:
    ids = [await _submit(api) for _ in range(6)]
    for doc_id in ids[::2]:
        assert (await api.post(f"/v1/documents/{doc_id}/cancel")).status_code == 200
    got, cursor = [], None
    while True:
        params = {"limit": 1, "status": "cancelled", **({"cursor": cursor} if cursor else {})}
        page = (await api.get("/v1/documents", params=params)).json()
        got += [(d["id"], d["status"]) for d in page["items"]]
        if (cursor := page["next_cursor"]) is None:
            break
    assert got == [(i, "cancelled") for i in ids[::2][::-1]]


async def test_deleted_document_is_gone_and_its_work_in_flight_is_dropped(
    api: httpx.AsyncClient, redis: Redis, redis_url: str
) -> None:
    settings = _settings(redis_url)
    doc_id = await _submit(api, text=TEXT * 40)
    # The coordinator plans and fans out; the lenses have not started: work is in flight.
    async with running(coordinator_workers(redis, settings)):
        await wait_for(lambda: redis.xlen("doc.review.grammar"), what="tasks fanned out")
    assert await redis.exists(text_key(doc_id))
    late_before = LATE._value.get()

    r = await api.delete(f"/v1/documents/{doc_id}")
    assert r.status_code == 204 and r.content == b""
    for path in ("", "/summary", "/webhook", "/revised", "/events"):
        assert (await api.get(f"/v1/documents/{doc_id}{path}")).status_code == 404, path
    assert (await api.delete(f"/v1/documents/{doc_id}")).status_code == 404
    assert doc_id not in [d["id"] for d in (await api.get("/v1/documents")).json()["items"]]

    workers = specialist_workers(redis, settings) + aggregator_workers(redis, settings)
    async with running(workers):
        await wait_for(lambda: _idle(redis), timeout=30, what="the mesh to finish the tasks")
    assert LATE._value.get() > late_before  # partials arrived, and were dropped as late
    for key in (doc_key(doc_id), partials_key(doc_id), text_key(doc_id), events_key(doc_id)):
        assert not await redis.exists(key), key
    assert await _summaries(redis) == []


async def test_cancelled_document_gets_a_cancelled_summary_and_no_more_work(
    api: httpx.AsyncClient, redis: Redis, redis_url: str
) -> None:
    settings = _settings(redis_url)
    doc_id = await _submit(api, text=TEXT * 40, title="Q3 notes", metadata={"ref": 7})
    async with running(coordinator_workers(redis, settings)):
        await wait_for(lambda: redis.xlen("doc.review.grammar"), what="tasks fanned out")

    r = await api.post(f"/v1/documents/{doc_id}/cancel")
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    again = await api.post(f"/v1/documents/{doc_id}/cancel")
    assert again.status_code == 200 and again.json()["status"] == "cancelled"  # idempotent

    async with running(specialist_workers(redis, settings) + aggregator_workers(redis, settings)):
        [outcome] = await wait_for(lambda: _summaries(redis), timeout=30, what="the outcome")
        await wait_for(lambda: _idle(redis), timeout=30, what="the mesh to finish the tasks")
    assert outcome["status"] == "cancelled" and outcome["title"] == "Q3 notes"
    assert outcome["metadata"] == {"ref": 7}
    assert await redis.hlen(partials_key(doc_id)) == 0  # nothing landed after the cancel
    summary = (await api.get(f"/v1/documents/{doc_id}/summary")).json()
    assert summary["status"] == "cancelled" and summary["id"] == doc_id
    assert (await api.get(f"/v1/documents/{doc_id}")).json()["status"] == "cancelled"
    assert len(await _summaries(redis)) == 1
    late = await api.post(f"/v1/documents/{doc_id}/cancel")
    assert late.status_code == 200  # still cancelled: cancelling again changes nothing


async def test_document_cancelled_while_queued_is_never_fanned_out(
    api: httpx.AsyncClient, redis: Redis, redis_url: str
) -> None:
    doc_id = await _submit(api)
    assert (await api.post(f"/v1/documents/{doc_id}/cancel")).status_code == 200
    async with running(pipeline_workers(redis, _settings(redis_url))):
        [outcome] = await wait_for(lambda: _summaries(redis), timeout=30, what="the outcome")
        await wait_for(lambda: _idle(redis), timeout=30, what="the intake read")
    assert outcome["status"] == "cancelled" and outcome["lenses"] == {}
    assert await redis.xlen("doc.review.grammar") == 0


async def test_finished_document_cannot_be_cancelled_and_summary_echoes_the_submission(
    api: httpx.AsyncClient, redis: Redis, redis_url: str
) -> None:
    doc_id = await _submit(api, title="Launch", metadata={"team": "docs", "n": [1, 2]})
    async with running(pipeline_workers(redis, _settings(redis_url))):
        await wait_for(lambda: _summaries(redis), timeout=30, what="the summary")
    summary = (await api.get(f"/v1/documents/{doc_id}/summary")).json()
    assert summary["status"] == "done"
    assert summary["title"] == "Launch" and summary["metadata"] == {"team": "docs", "n": [1, 2]}
    r = await api.post(f"/v1/documents/{doc_id}/cancel")
    assert r.status_code == 409 and "done" in r.json()["detail"]
    async with httpx.AsyncClient(base_url=str(api.base_url), headers={"X-API-Key": "key-b"}) as b:
        assert (await b.post(f"/v1/documents/{doc_id}/cancel")).status_code == 404
        assert (await b.delete(f"/v1/documents/{doc_id}")).status_code == 404
