"""The runtime's fast paths keep its guarantees: inline batches, the seen-check in the
commit, no spans without an exporter, hiredis packing."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from prometheus_client import REGISTRY
from redis.asyncio import Redis
from redis.exceptions import DataError

from shared import Envelope, Message, Output, PermanentError, Settings
from shared import telemetry as tm
from shared.connection import connect
from shared.keys import seen_key
from shared.streaminfo import unread
from tests.runtime.test_worker import _eq, bodies, echo, make_spec, running, send, settled
from tests.support.waiting import wait_for


def _skipped() -> float:
    value = REGISTRY.get_sample_value(
        "mesh_messages_duplicate_total", {"stream": "in", "group": "g"}
    )
    return value or 0.0


@pytest.mark.parametrize("seen_check", ["read", "commit"])
async def test_inline_batch_publishes_each_key_once_in_order(redis: Redis, seen_check: str) -> None:
    # Sent before the worker starts, so the whole lot arrives as one read batch with
    # repeated keys inside it.
    for i in range(20):
        await send(redis, f"k{i % 10}", {"n": i})
    seen: list[int] = []

    def record(msg: Message) -> Sequence[Output]:
        seen.append(msg.body["n"])
        return echo(msg)

    spec = make_spec(inline=True, seen_check=seen_check, batch_size=64)
    async with running(redis, spec, record):
        await wait_for(lambda: settled(redis), what="every entry acked")
    assert [b["n"] for b in await bodies(redis)] == list(range(10))
    if seen_check == "read":
        assert seen == list(range(10))  # the repeats never reached the handler


async def test_commit_refuses_a_key_already_committed_without_a_read_check(
    redis: Redis,
) -> None:
    await redis.set(seen_key("g", "done"), "1")
    before = _skipped()
    async with running(redis, make_spec(inline=True, seen_check="commit"), echo):
        await send(redis, "done", {"n": 1})
        await send(redis, "new", {"n": 2})
        await wait_for(lambda: settled(redis), what="both acked")
    assert await bodies(redis) == [{"n": 2}]
    assert _skipped() - before == 1


async def test_inline_failure_is_retried_and_a_permanent_one_dead_lettered(
    redis: Redis,
) -> None:
    calls: dict[str, int] = {}

    def flaky(msg: Message) -> Sequence[Output]:
        calls[msg.envelope.key] = calls.get(msg.envelope.key, 0) + 1
        if msg.body.get("permanent"):
            raise PermanentError("bad input")
        if msg.attempt == 1:
            raise RuntimeError("first attempt fails")
        return echo(msg)

    async with running(redis, make_spec(inline=True), flaky):
        await send(redis, "a", {"n": 1})
        await send(redis, "b", {"permanent": True})
        await wait_for(lambda: _eq(redis.xlen("out"), 1), what="retried output")
        await wait_for(lambda: _eq(redis.xlen("in.dlq"), 1), what="dead letter")
        await wait_for(lambda: settled(redis), what="both settled")
    assert await bodies(redis) == [{"n": 1}]
    assert calls == {"a": 2, "b": 1}


async def test_without_an_exporter_no_span_is_built_and_the_trace_passes_through(
    redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tm, "_tracing", False)
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    async with running(redis, make_spec(), echo) as worker:

        def no_spans(*_: object, **__: object) -> None:
            raise AssertionError("a span was built with tracing off")

        monkeypatch.setattr(worker._tracer, "start_as_current_span", no_spans)
        await send(redis, "k", traceparent=parent)
        await wait_for(lambda: settled(redis), what="ack")
    [(_, fields)] = await redis.xrange("out")
    assert Envelope.model_validate_json(fields[b"e"]).traceparent == parent


async def test_hiredis_packing_keeps_redis_py_semantics(redis_url: str) -> None:
    client = connect(Settings(redis_url=redis_url))
    try:
        await client.set("k", "é")
        assert await client.get("k") == "é".encode()
        assert await client.execute_command("CONFIG GET", "maxmemory")  # split like redis-py
        with pytest.raises(DataError):
            await client.set("k", None)  # type: ignore[arg-type]
    finally:
        await client.aclose()


async def test_unread_counts_entries_when_xinfo_lag_is_stale(redis: Redis) -> None:
    """After a failover the promoted replica's lag can stay above 0 with nothing to read
    (entries-read trails last-delivered-id); unread() counts what is really there."""
    for i in range(10):
        await redis.xadd("s", {"n": i})
    await redis.xgroup_create("s", "g", id="0")
    await redis.xreadgroup("g", "c", {"s": ">"}, count=6)
    assert await unread(redis, [("s", "g"), ("missing", "g"), ("s", "nogroup")]) == [4, 0, 0]
    await redis.xreadgroup("g", "c", {"s": ">"})
    # What a promoted replica can show: everything delivered, entries-read still 0.
    await redis.execute_command("XGROUP", "SETID", "s", "g", "$", "ENTRIESREAD", 0)
    assert (await redis.xinfo_groups("s"))[0]["lag"] == 10
    assert await unread(redis, [("s", "g")]) == [0]
