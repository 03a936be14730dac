"""A guarded commit: a handler's state step runs inside the commit script, before publishing,
and decides whether the outputs go out (the plan before the fan-out, the summary decision
before the summary)."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis

from shared import Committer, Envelope, Output
from shared.commit import Guard, Guarded
from shared.keys import seen_key
from tests.runtime.test_worker import echo, make_spec, pending, running, send
from tests.support.waiting import wait_for

# Store ARGV[1] under KEYS[1] unless it holds something else already: go on only then.
_CLAIM = """
local held = redis.call('GET', KEYS[1])
if held and held ~= ARGV[1] then return {'taken', held} end
redis.call('SET', KEYS[1], ARGV[1])
return {'ok'}
"""


def claim(value: str, seen: list[Any], proceeded: list[bool]) -> Guard:
    return Guard(_CLAIM, ("owner",), (value,), proceed="ok", refused=seen.append,
                 proceeded=lambda: proceeded.append(True))  # fmt: skip


async def _entry(redis: Redis, key: str) -> str:
    await redis.xgroup_create("in", "g", id="0", mkstream=True)
    entry = await send(redis, key)
    await redis.xreadgroup("g", "c1", {"in": ">"})
    return entry


async def test_a_guard_that_lets_go_publishes_and_keeps_its_state(redis: Redis) -> None:
    entry = await _entry(redis, "k1")
    refused: list[Any] = []
    proceeded: list[bool] = []
    published = await Committer(redis).commit(
        [Output("out", Envelope(key="k1", kind="t"))], stream="in", group="g", entry_id=entry,
        seen=seen_key("g", "k1"), guard=claim("a", refused, proceeded),
    )  # fmt: skip
    assert published == 1 and proceeded == [True] and refused == []
    assert await redis.get("owner") == b"a"
    assert await redis.xlen("out") == 1 and await pending(redis) == 0


async def test_a_refusing_guard_publishes_nothing_acks_and_reports_why(redis: Redis) -> None:
    await redis.set("owner", "b")
    entry = await _entry(redis, "k1")
    refused: list[Any] = []
    proceeded: list[bool] = []
    args: dict[str, Any] = {"stream": "in", "group": "g", "entry_id": entry,
                            "seen": seen_key("g", "k1")}  # fmt: skip
    outputs = [Output("out", Envelope(key="k1", kind="t"))]
    committer = Committer(redis)
    assert await committer.commit(outputs, **args, guard=claim("a", refused, proceeded)) == 0
    assert refused == [[b"taken", b"b"]] and proceeded == []
    assert await redis.exists("out") == 0 and await pending(redis) == 0
    # The entry was handled (the answer was "nothing to send"): a redelivery is a repeat.
    assert await committer.commit(outputs, **args, guard=claim("a", refused, proceeded)) == -1
    assert len(refused) == 1


async def test_a_guard_refusing_the_first_part_of_a_big_commit_stops_every_part(
    redis: Redis,
) -> None:
    await redis.set("owner", "b")
    entry = await _entry(redis, "k1")
    refused: list[Any] = []
    outputs = [Output("out", Envelope(key=f"k{i}", kind="t")) for i in range(25)]
    published = await Committer(redis, max_outputs=10).commit(
        outputs, stream="in", group="g", entry_id=entry, seen=seen_key("g", "k1"),
        guard=claim("a", refused, []),
    )  # fmt: skip
    assert published == 0 and len(refused) == 1
    assert await redis.exists("out") == 0 and await pending(redis) == 0


async def test_a_worker_commits_a_handlers_guarded_outputs_with_their_guard(redis: Redis) -> None:
    refused: list[Any] = []

    def guarded(msg: Any) -> Guarded:
        return Guarded(echo(msg), claim(msg.envelope.key, refused, []))

    async def refused_and_acked() -> bool:
        return bool(refused) and await pending(redis) == 0

    async with running(redis, make_spec(), guarded):
        await send(redis, "first", {"n": 1})
        await wait_for(lambda: redis.xlen("out"), what="the first output")
        await send(redis, "second", {"n": 2})  # refused: "owner" is taken by "first"
        await wait_for(refused_and_acked, what="the second refused and acked")
    assert await redis.xlen("out") == 1 and refused == [[b"taken", b"first"]]
