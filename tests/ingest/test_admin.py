"""Dead letters over the admin API: listed with their reason, redriven, purged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from redis.asyncio import Redis

from shared.deadletter import dead_letter_fields
from shared.envelope import Envelope
from shared.keys import DEAD_LETTER_STREAMS


async def _dead_letter(redis: Redis, tenant: str) -> None:
    env = Envelope(key="k", kind="chunk_task", tenant=tenant, body={"x": 1})
    fields = dead_letter_fields(
        source="doc.review.tone", entry_id="1-0", group="tone-group", role="tone", version="3",
        attempts=4, error="RuntimeError: model down", raw={b"e": env.encode()},
    )  # fmt: skip
    await redis.xadd("doc.failed.tone", fields)
    await redis.sadd(DEAD_LETTER_STREAMS, "doc.failed.tone")


async def test_admin_lists_redrives_and_purges_dead_letters(
    serve: Callable[..., Any], redis: Redis
) -> None:
    await _dead_letter(redis, "tenant-a")
    await _dead_letter(redis, "tenant-b")
    base = await serve(admin_key="root")
    async with httpx.AsyncClient(base_url=base, headers={"X-Admin-Key": "root"}) as admin:
        letters = (await admin.get("/v1/admin/dead-letters")).json()
        assert len(letters) == 2
        assert letters[0]["error"] == "RuntimeError: model down"
        assert (letters[0]["role"], letters[0]["version"], letters[0]["attempts"]) == (
            "tone",
            "3",
            4,
        )
        mine = (await admin.get("/v1/admin/dead-letters", params={"tenant": "tenant-a"})).json()
        assert [d["tenant"] for d in mine] == ["tenant-a"]
        r = await admin.post(f"/v1/admin/dead-letters/doc.failed.tone/{mine[0]['id']}/redrive")
        assert r.json()["redriven"] == 1
        assert await redis.xlen("doc.review.tone") == 1
        assert (await admin.delete("/v1/admin/dead-letters")).json() == {"purged": 1}
    async with httpx.AsyncClient(base_url=base, headers={"X-Admin-Key": "wrong"}) as intruder:
        assert (await intruder.get("/v1/admin/dead-letters")).status_code == 403
