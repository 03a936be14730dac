"""Behaviour of the consumer-group worker, in-process, against a real Redis."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from shared import (
    AgentSpec,
    Committer,
    DeadLetters,
    Envelope,
    Message,
    Output,
    PermanentError,
    RetryLater,
    Worker,
    parse_spec,
)
from shared.keys import seen_key
from shared.telemetry import tracer
from tests.support.pipeline import running as running_workers
from tests.support.waiting import wait_for


def make_spec(**over: Any) -> AgentSpec:
    base: dict[str, Any] = {
        "name": "echo",
        "inputs": ["in"],
        "group": "g",
        "outputs": ["out"],
        "claim_idle_ms": 500,
        "retry_backoff_ms": 10,
        "max_deliveries": 3,
        "block_ms": 100,
    }
    return parse_spec(base | over)


def echo(msg: Message) -> Sequence[Output]:
    return [msg.derive(msg.spec.outputs[0], key=msg.envelope.key, kind="echo", body=msg.body)]


@asynccontextmanager
async def running(
    redis: Redis, spec: AgentSpec, handler: Callable[..., Any], consumer: str = "c1"
) -> AsyncIterator[Worker]:
    async def handle(msg: Message) -> Sequence[Output]:
        result = handler(msg)
        if asyncio.iscoroutine(result):
            result = await result
        return result  # type: ignore[no-any-return]

    worker = Worker(spec, handle, redis, consumer=consumer)
    async with running_workers([worker], drain_s=2.0):
        yield worker


async def send(redis: Redis, key: str, body: dict[str, Any] | None = None, **env: Any) -> str:
    e = Envelope(key=key, kind="test", body=body or {}, **env)
    entry_id = await redis.xadd("in", {"e": e.encode()})
    return entry_id.decode()


async def bodies(redis: Redis, stream: str = "out") -> list[dict[str, Any]]:
    return [Envelope.model_validate_json(f[b"e"]).body for _, f in await redis.xrange(stream)]


async def pending(redis: Redis, stream: str = "in", group: str = "g") -> int:
    return int((await redis.xpending(stream, group))["pending"])


async def settled(redis: Redis, stream: str = "in", group: str = "g") -> bool:
    """Every entry of ``stream`` was read by ``group`` and acked (no lag, nothing pending):
    unlike pending == 0 alone, not already true before the worker has read anything."""
    for g in await redis.xinfo_groups(stream):
        if g["name"].decode() == group:
            return not g["pending"] and not g.get("lag")
    return False


async def test_handled_entry_is_published_and_acked_together(redis: Redis) -> None:
    async with running(redis, make_spec(), echo):
        await send(redis, "k1", {"n": 1})
        await wait_for(lambda: redis.xlen("out"), what="output")
        await wait_for(lambda: _eq(pending(redis), 0), what="ack")
    assert await bodies(redis) == [{"n": 1}]


async def test_commit_survives_redis_losing_its_script_cache(redis: Redis) -> None:
    # A Redis restart empties the script cache; the committer must reload, not fail.
    async with running(redis, make_spec(), echo):
        await send(redis, "k1", {"n": 1})
        await wait_for(lambda: _eq(redis.xlen("out"), 1), what="first output")
        await redis.script_flush()
        await send(redis, "k2", {"n": 2})
        await wait_for(lambda: _eq(redis.xlen("out"), 2), what="output after SCRIPT FLUSH")
        await wait_for(lambda: _eq(pending(redis), 0), what="ack")
    assert await bodies(redis) == [{"n": 1}, {"n": 2}]


async def _eq(aw: Any, expected: Any) -> bool:
    return bool(await aw == expected)


async def test_failed_commit_publishes_nothing_and_keeps_entry_pending(redis: Redis) -> None:
    # "broken" is a plain string, so XADD to it would fail: the commit must fail before any write.
    await redis.set("broken", "x")
    await redis.xgroup_create("in", "g", id="0", mkstream=True)
    entry = await send(redis, "k1")
    await redis.xreadgroup("g", "c1", {"in": ">"})
    env = Envelope(key="k1", kind="t")
    with pytest.raises(ResponseError, match="WRONGTYPE"):
        await Committer(redis).commit(
            [Output("out", env), Output("broken", env)],
            stream="in",
            group="g",
            entry_id=entry,
            seen=seen_key("g", "k1"),
        )
    assert await redis.xlen("out") == 0
    assert await pending(redis) == 1
    assert not await redis.exists(seen_key("g", "k1"))


async def test_repeat_idempotency_key_is_a_noop(redis: Redis) -> None:
    async with running(redis, make_spec(), echo):
        await send(redis, "same", {"n": 1})
        await send(redis, "same", {"n": 2})
        await send(redis, "other", {"n": 3})
        await wait_for(lambda: _eq(redis.xlen("out"), 2), what="two outputs")
        await wait_for(lambda: _eq(pending(redis), 0), what="all acked")
    assert sorted(await bodies(redis), key=lambda b: b["n"]) == [{"n": 1}, {"n": 3}]


async def test_poison_entry_is_dead_lettered_after_max_deliveries_and_loop_continues(
    redis: Redis,
) -> None:
    attempts: list[int] = []

    def handler(msg: Message) -> Sequence[Output]:
        if msg.body.get("poison"):
            attempts.append(msg.attempt)
            raise ValueError("cannot digest this")
        return echo(msg)

    async with running(redis, make_spec(max_deliveries=3), handler):
        await send(redis, "bad", {"poison": True})
        await send(redis, "good", {"n": 1})
        await wait_for(lambda: redis.xlen("in.dlq"), what="dead letter")
        await wait_for(lambda: redis.xlen("out"), what="good output")
    assert attempts == [1, 2, 3]
    [letter] = await DeadLetters(redis).list()
    assert letter.attempts == 3
    assert letter.error == "ValueError: cannot digest this"
    assert (letter.role, letter.version, letter.source) == ("echo", "1", "in")
    assert await pending(redis) == 0


async def test_permanent_error_is_dead_lettered_at_once(redis: Redis) -> None:
    def handler(msg: Message) -> Sequence[Output]:
        raise PermanentError("schema says no")

    async with running(redis, make_spec(max_deliveries=5), handler):
        await send(redis, "k")
        await wait_for(lambda: redis.xlen("in.dlq"), what="dead letter")
    [letter] = await DeadLetters(redis).list()
    assert letter.attempts == 1


async def test_undecodable_entry_is_dead_lettered_at_once(redis: Redis) -> None:
    async with running(redis, make_spec(), echo):
        await redis.xadd("in", {"e": b"{not json"})
        await redis.xadd("in", {"other": b"field"})
        await send(redis, "fine")
        await wait_for(lambda: _eq(redis.xlen("in.dlq"), 2), what="two dead letters")
        await wait_for(lambda: redis.xlen("out"), what="good output")
    errors = sorted(d.error for d in await DeadLetters(redis).list())
    assert errors[0].startswith("entry has no 'e' field")
    assert errors[1].startswith("invalid envelope")


async def test_dead_letter_redrive_puts_entry_back_and_it_is_handled(redis: Redis) -> None:
    fail = True

    def handler(msg: Message) -> Sequence[Output]:
        if fail:
            raise PermanentError("downstream was broken")
        return echo(msg)

    async with running(redis, make_spec(), handler):
        await send(redis, "k", {"n": 7})
        await wait_for(lambda: redis.xlen("in.dlq"), what="dead letter")
        fail = False
        dlq = DeadLetters(redis)
        [letter] = await dlq.list()
        assert await dlq.redrive(letter.stream, letter.id)
        await wait_for(lambda: redis.xlen("out"), what="output after redrive")
    assert await bodies(redis) == [{"n": 7}]
    assert await redis.xlen("in.dlq") == 0


async def test_retry_later_pauses_without_burning_deliveries(redis: Redis) -> None:
    calls: list[int] = []

    def handler(msg: Message) -> Sequence[Output]:
        calls.append(msg.attempt)
        if len(calls) < 4:
            raise RetryLater(0.05, "HTTP 429")
        return echo(msg)

    async with running(redis, make_spec(max_deliveries=2), handler):
        await send(redis, "k")
        await wait_for(lambda: redis.xlen("out"), what="output")
    assert calls == [1, 1, 1, 1]
    assert await redis.xlen("in.dlq") == 0


async def test_slow_handler_keeps_its_lease_and_is_not_duplicated(redis: Redis) -> None:
    started: list[str] = []

    async def slow(msg: Message) -> Sequence[Output]:
        started.append(msg.entry_id)
        await asyncio.sleep(1.6)  # > 3 x claim_idle_ms: only the lease keeps it ours
        return echo(msg)

    spec = make_spec(claim_idle_ms=400)
    async with running(redis, spec, slow, "c1"), running(redis, spec, slow, "c2"):
        await send(redis, "k")
        await wait_for(lambda: redis.xlen("out"), timeout=10, what="output")
        await wait_for(lambda: _eq(pending(redis), 0), what="ack")
    assert len(started) == 1
    assert await redis.xlen("out") == 1


async def test_concurrency_bounds_handlers_in_flight(redis: Redis) -> None:
    now = 0
    peak = 0

    async def handler(msg: Message) -> Sequence[Output]:
        nonlocal now, peak
        now += 1
        peak = max(peak, now)
        await asyncio.sleep(0.02)
        now -= 1
        return echo(msg)

    async with running(redis, make_spec(concurrency=3, batch_size=10), handler):
        for i in range(30):
            await send(redis, f"k{i}")
        await wait_for(lambda: _eq(redis.xlen("out"), 30), what="30 outputs")
    assert peak == 3


async def test_trace_continues_across_the_hop(redis: Redis) -> None:
    with tracer().start_as_current_span("client") as span:
        from shared.telemetry import current_traceparent

        parent = current_traceparent()
        trace_id = format(span.get_span_context().trace_id, "032x")
    async with running(redis, make_spec(), echo):
        await send(redis, "k", traceparent=parent)
        await wait_for(lambda: redis.xlen("out"), what="output")
    [(_, fields)] = await redis.xrange("out")
    out = Envelope.model_validate_json(fields[b"e"])
    assert out.traceparent is not None
    assert out.traceparent.split("-")[1] == trace_id
    assert out.traceparent != parent  # a new span in the same trace


async def test_output_trimming_never_drops_unacked_entries(redis: Redis) -> None:
    from shared.retention import trim
    from shared.spec import Retention

    await redis.xgroup_create("s", "reader", id="0", mkstream=True)
    for i in range(1000):
        await redis.xadd("s", {"n": str(i)})
    await redis.xreadgroup("reader", "r", {"s": ">"}, count=600)
    # ack the first 500; entries 500..599 stay pending, 600..999 undelivered
    ids = [i for i, _ in await redis.xrange("s", count=500)]
    await redis.xack("s", "reader", *ids)
    await trim(redis, "s", Retention(max_len=5, max_age_s=None))
    remaining = await redis.xrange("s")
    kept = {int(f[b"n"]) for _, f in remaining}
    assert set(range(500, 1000)) <= kept
    assert len(remaining) <= 600  # trimmed to the pending floor (whole nodes, MINID ~)


def test_invalid_spec_names_the_field() -> None:
    from shared import SpecError

    with pytest.raises(SpecError, match="field 'concurrency'"):
        parse_spec({"name": "x", "inputs": ["a"], "group": "g", "concurrency": 0})
    with pytest.raises(SpecError, match="field 'inputs'"):
        parse_spec({"name": "x", "group": "g"})
    with pytest.raises(SpecError, match=r"field 'model'.*needs model\.model"):
        parse_spec({"name": "x", "inputs": ["a"], "group": "g", "model": {"provider": "openai"}})


def test_spec_env_overrides_yaml(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from shared import load_spec
    from tests.support.specs import write_spec

    path = write_spec(tmp_path / "s.yaml", concurrency=4)
    monkeypatch.setenv("MESH_SPEC__CONCURRENCY", "9")
    monkeypatch.setenv("MESH_SPEC__MODEL__PROVIDER", "rules")
    spec = load_spec(path)
    assert spec.concurrency == 9
    assert spec.model.provider == "rules"


async def test_shadow_spec_reads_same_input_in_own_group_and_never_writes_production(
    redis: Redis,
) -> None:
    prod = make_spec()
    shadow = make_spec(shadow="canary", version="2")
    async with running(redis, prod, echo, "p1"), running(redis, shadow, echo, "s1"):
        await send(redis, "k", {"n": 1})
        await wait_for(lambda: redis.xlen("out"), what="production output")
        await wait_for(lambda: redis.xlen("out.shadow.canary"), what="shadow output")
    assert await redis.xlen("out") == 1  # the shadow did not publish to production
    groups = {g["name"].decode() for g in await redis.xinfo_groups("in")}
    assert groups == {"g", "g.shadow.canary"}
