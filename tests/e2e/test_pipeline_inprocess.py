"""Coordinator → specialists → aggregator in one process against a real Redis (fast path)."""

from __future__ import annotations

import asyncio
import json

from redis.asyncio import Redis

from services.contract import DocStore
from tests.e2e.conftest import submit
from tests.support.waiting import wait_for

TEXT = "# Notes\n\nThis is is a short note. Its a test of the the mesh.\n"


async def test_document_flows_to_exactly_one_summary(pipeline: Redis) -> None:
    redis = pipeline
    for i in range(20):
        await submit(redis, f"d{i}", TEXT)
    await submit(redis, "d0", TEXT)  # a client retry: same key, must not produce a second summary

    async def count() -> bool:
        return int(await redis.xlen("doc.review.summary")) >= 20

    await wait_for(count, timeout=30, what="20 summaries")
    await asyncio.sleep(0.5)  # give a duplicate the chance to appear
    ids = [json.loads(f[b"e"])["body"]["id"] for _, f in await redis.xrange("doc.review.summary")]
    assert sorted(ids) == sorted(f"d{i}" for i in range(20))
    status = await DocStore(redis).get("d3")
    assert status is not None and status.status == "done"
    assert status.done == status.expected == 4 * (status.plan.chunks if status.plan else 0)
    summary = status.summary or {}
    rules = {s["rule"] for s in summary["suggestions"]}
    assert "grammar/repeated-word" in rules
    for s in summary["suggestions"]:
        assert TEXT[s["start"] : s["end"]] == s["original"]
