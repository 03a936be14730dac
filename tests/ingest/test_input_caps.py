"""Caps at the ingest edge: title and metadata sizes, and load shedding on lens backlog."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
from redis.asyncio import Redis

from tests.support.intake import queued


async def test_title_and_metadata_over_their_caps_get_422(
    serve: Callable[..., Any],
    redis: Redis,
) -> None:
    base = await serve(max_title_chars=40, max_metadata_bytes=200)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        title = await api.post("/v1/documents", json={"text": "x", "title": "t" * 41})
        meta = await api.post("/v1/documents", json={"text": "x", "metadata": {"k": "v" * 200}})
        fine = await api.post(
            "/v1/documents", json={"text": "x", "title": "t" * 40, "metadata": {"k": "v"}}
        )
    assert title.status_code == 422 and "MESH_MAX_TITLE_CHARS" in title.json()["detail"]
    assert meta.status_code == 422 and "MESH_MAX_METADATA_BYTES" in meta.json()["detail"]
    assert fine.status_code == 202
    assert len(await queued(redis)) == 1


async def test_backlog_on_a_lens_stream_sheds_load_too(
    serve: Callable[..., Any], redis: Redis
) -> None:
    # The intake is empty; one lens's task stream is over the limit (a fan-out backlog).
    await redis.xgroup_create("doc.review.tone", "tone-group", id="0", mkstream=True)
    for _ in range(5):
        await redis.xadd("doc.review.tone", {"e": b"{}"})
    base = await serve(backlog_limit=3)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        r = await api.post("/v1/documents", json={"text": "x"})
        assert r.status_code == 429
        assert r.headers["Retry-After"] == "5"
        # Once the lens catches up (read and acked), the next read (after 1 s) lets work in.
        entries = await redis.xreadgroup("tone-group", "c1", {"doc.review.tone": ">"})
        ids = [entry_id for _, rows in entries for entry_id, _ in rows]
        await redis.xack("doc.review.tone", "tone-group", *ids)
        for _ in range(40):
            r = await api.post("/v1/documents", json={"text": "x"})
            if r.status_code == 202:
                break
            await asyncio.sleep(0.05)
        assert r.status_code == 202
