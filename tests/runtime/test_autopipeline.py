"""The auto-pipelining client answers every command exactly as redis-py's own client does,
sends the commands of one loop turn in one write, and rides out a killed connection."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from shared.autopipeline import AutoPipelined
from shared.connection import connect
from shared.link import Link
from shared.settings import Settings


@pytest.fixture
async def auto(redis: Redis, redis_url: str) -> AsyncIterator[AutoPipelined]:
    client = connect(Settings(redis_url=redis_url))
    assert isinstance(client, AutoPipelined)
    yield client
    await client.aclose()


async def _replies(client: Redis) -> list[object]:
    """A spread of commands whose replies redis-py parses differently."""
    await client.hset("h", mapping={"a": "1", "b": "2"})
    await client.zadd("z", {"x": 1.5, "y": 2})
    await client.xadd("s", {"f": "v"}, id="1-0")
    return [
        await client.hgetall("h"),
        await client.zrange("z", 0, -1, withscores=True),
        await client.xrange("s"),
        await client.exists("h", "nope"),
        await client.set("k", "v", nx=True),
        await client.set("k", "v", nx=True),
        await client.get("nope"),
        await client.eval("return {1, 'two', KEYS[1]}", 1, "key"),
        await client.ttl("h"),
        await client.type("z"),
    ]


async def test_replies_are_parsed_as_redis_py_parses_them(
    auto: AutoPipelined, redis: Redis
) -> None:
    expected = await _replies(redis)
    await redis.flushdb()
    assert await _replies(auto) == expected


async def test_an_error_reply_raises_for_its_caller_only(auto: AutoPipelined) -> None:
    await auto.set("str", "v")
    results = await asyncio.gather(auto.lpush("str", "x"), auto.get("str"), return_exceptions=True)
    assert isinstance(results[0], ResponseError) and "WRONGTYPE" in str(results[0])
    assert results[1] == b"v"


async def test_a_script_is_loaded_again_after_redis_forgot_it(auto: AutoPipelined) -> None:
    script = auto.register_script("return ARGV[1]")
    assert await script(args=["a"]) == b"a"
    await auto.script_flush()
    assert await script(args=["b"]) == b"b"  # NOSCRIPT reached the Script, which reloaded


async def test_commands_of_one_loop_turn_share_one_write(
    auto: AutoPipelined, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[int] = []
    real = Link.call

    async def counted(self: Link, commands: Any, **kw: Any) -> Any:
        writes.append(len(commands))
        return await real(self, commands, **kw)

    monkeypatch.setattr(Link, "call", counted)
    values = await asyncio.gather(*(auto.incr("n") for _ in range(50)))
    assert sorted(values) == list(range(1, 51))
    assert writes == [50], f"50 commands of one turn went out as {writes}"


async def test_a_blocking_command_does_not_hold_up_the_others(auto: AutoPipelined) -> None:
    reader = asyncio.create_task(auto.xread({"quiet": "$"}, block=3000))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    assert await auto.ping()
    assert time.monotonic() - started < 1.0, "PING waited behind the blocked XREAD"
    reader.cancel()


async def test_a_killed_connection_is_retried_on_a_new_one(
    auto: AutoPipelined, redis: Redis
) -> None:
    await auto.set("before", "1")
    killed = await redis.client_kill_filter(_type="normal", skipme=True)
    assert killed >= 1
    assert await auto.get("before") == b"1"  # sent on the dead link, then again


async def test_a_link_gives_up_on_a_silent_redis_within_its_socket_timeout(
    redis: Redis, redis_url: str
) -> None:
    """One deadline bounds a whole exchange; past it the call raises redis-py's
    TimeoutError and the next call gets its answer on a new connection."""
    client = Redis.from_url(redis_url, socket_timeout=0.3)
    link = Link(client)
    try:
        assert await link.call([("SET", "k", "1")]) == [b"OK"]
        await redis.execute_command("CLIENT", "PAUSE", 1500, "ALL")
        started = time.monotonic()
        with pytest.raises(RedisTimeoutError):
            await link.call([("GET", "k"), ("GET", "k")])
        assert time.monotonic() - started < 1.2  # the timeout, not the pause, ended it
        await redis.execute_command("CLIENT", "UNPAUSE")
        assert await link.call([("GET", "k")]) == [b"1"]
    finally:
        await redis.execute_command("CLIENT", "UNPAUSE")
        await link.close()
        await client.aclose()
