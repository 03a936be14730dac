"""Live progress over Server-Sent Events: progress per partial, one summary, then the end;
resumed from Last-Event-ID, served by any replica, kept open with heartbeats."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from redis.asyncio import Redis

from services.contract.store import DocStore
from services.coordinator.main import CoordinatorSettings
from tests.support.pipeline import pipeline_workers, running

TEXT = "# Notes\n\nThis is is a short note.\n\n## More\n\nIts a test of the the mesh.\n"


@dataclass
class Stream:
    """What one reader of an event stream received."""

    status: int
    events: list[tuple[str, str, Any]] = field(default_factory=list)  # (id, event, data)
    comments: list[str] = field(default_factory=list)


async def read_events(
    client: httpx.AsyncClient, doc_id: str, headers: dict[str, str] | None = None, *,
    stop_after_comments: int = 0, timeout: float = 30,
) -> Stream:  # fmt: skip
    """Read the document's event stream until the server closes it (or enough comments)."""
    url = f"/v1/documents/{doc_id}/events"
    async with client.stream("GET", url, headers=headers, timeout=timeout) as r:
        out = Stream(r.status_code)
        if r.status_code != 200:
            return out
        assert r.headers["content-type"].startswith("text/event-stream")
        current: dict[str, str] = {}
        async for line in r.aiter_lines():
            if line.startswith(":"):
                out.comments.append(line[1:].strip())
                if stop_after_comments and len(out.comments) >= stop_after_comments:
                    return out
            elif line == "" and current:
                data = json.loads(current["data"])
                out.events.append((current["id"], current["event"], data))
                current = {}
            elif ":" in line:
                name, _, value = line.partition(":")
                current[name] = value.strip()
    return out


async def test_progress_events_then_one_summary_then_the_stream_ends(
    api: httpx.AsyncClient, redis: Redis, redis_url: str
) -> None:
    r = await api.post("/v1/documents", json={"text": TEXT, "format": "markdown"})
    doc_id = r.json()["id"]
    settings = CoordinatorSettings(redis_url=redis_url, doc_deadline_s=30)
    async with running(pipeline_workers(redis, settings)):
        stream = await read_events(api, doc_id)
    kinds = [e for _, e, _ in stream.events]
    assert kinds[-1] == "summary" and set(kinds[:-1]) == {"progress"}
    progress = [d for _, e, d in stream.events if e == "progress"]
    expected = progress[0]["expected"]
    assert [p["done"] for p in progress] == list(range(1, expected + 1))
    assert {p["lens"] for p in progress} == {"grammar", "clarity", "tone", "structure"}
    summary = stream.events[-1][2]
    assert summary == (await api.get(f"/v1/documents/{doc_id}/summary")).json()

    # Resuming after the second event replays only what followed it.
    resumed = await read_events(api, doc_id, {"Last-Event-ID": stream.events[1][0]})
    assert resumed.events == stream.events[2:]
    # After the summary there is nothing left: 204 tells EventSource not to reconnect.
    done = await read_events(api, doc_id, {"Last-Event-ID": stream.events[-1][0]})
    assert done.status == 204
    bad = await api.get(f"/v1/documents/{doc_id}/events", headers={"Last-Event-ID": "x"})
    assert bad.status_code == 422


async def test_another_replica_serves_the_stream_with_heartbeats_while_idle(
    api: httpx.AsyncClient, serve: Callable[..., Any], redis: Redis, redis_url: str
) -> None:
    r = await api.post("/v1/documents", json={"text": TEXT, "format": "markdown"})
    doc_id = r.json()["id"]
    other = await serve(sse_heartbeat_s=0.2, sse_poll_s=0.05)
    async with httpx.AsyncClient(base_url=other, headers={"X-API-Key": "key-a"}) as replica:
        # Nothing runs the document yet: the stream stays open on heartbeats.
        idle = await read_events(replica, doc_id, stop_after_comments=3)
        assert idle.status == 200 and idle.events == []
        assert idle.comments.count("heartbeat") >= 2
        settings = CoordinatorSettings(redis_url=redis_url, doc_deadline_s=30)
        async with running(pipeline_workers(redis, settings)):
            stream = await read_events(replica, doc_id)
        async with httpx.AsyncClient(base_url=other, headers={"X-API-Key": "key-b"}) as b:
            assert (await b.get(f"/v1/documents/{doc_id}/events")).status_code == 404
    assert stream.events[-1][1] == "summary" and stream.events[-1][2]["id"] == doc_id


async def test_failed_document_stream_ends_with_a_failed_event(
    api: httpx.AsyncClient, redis: Redis
) -> None:
    r = await api.post("/v1/documents", json={"text": TEXT})
    doc_id = r.json()["id"]
    await DocStore(redis).mark_failed(doc_id, "empty document")
    stream = await read_events(api, doc_id)
    [(_, event, data)] = stream.events
    assert event == "failed" and data == {"status": "failed", "error": "empty document"}
