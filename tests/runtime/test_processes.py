"""Worker processes under faults: SIGKILL, SIGTERM, Redis restarts."""

from __future__ import annotations

import signal
from pathlib import Path

from redis.asyncio import Redis

from shared import Envelope
from shared.localredis import LocalRedis
from tests.support.processes import spawn_worker, stop_process
from tests.support.specs import write_spec
from tests.support.waiting import wait_for

MODULE = "tests.procs.echo_worker"


async def _send(redis: Redis, key: str, **body: object) -> None:
    await redis.xadd("in", {"e": Envelope(key=key, kind="t", body=body).encode()})


async def _outputs(redis: Redis) -> list[dict[str, object]]:
    return [Envelope.model_validate_json(f[b"e"]).body for _, f in await redis.xrange("out")]


async def test_killed_worker_entry_is_reclaimed_by_another_with_one_output(
    redis: Redis, redis_url: str, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "s.yaml", claim_idle_ms=500)
    marker = tmp_path / "started"
    victim = spawn_worker(MODULE, redis_url, spec, "victim")
    try:
        await wait_for(lambda: redis.exists("in"), what="group created")
        await _send(redis, "k1", marker=str(marker), sleep=30, sleep_attempts=1)
        await wait_for(lambda: _exists(marker), what="victim started the handler")
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=5)
        survivor = spawn_worker(MODULE, redis_url, spec, "survivor")
        try:
            out = await wait_for(lambda: _outputs(redis), timeout=60, what="reclaimed output")
        finally:
            assert stop_process(survivor) == 0
    finally:
        stop_process(victim)
    assert len(out) == 1
    assert out[0]["handled_attempt"] == 2
    assert (await redis.xpending("in", "g"))["pending"] == 0


async def _exists(p: Path) -> bool:
    return p.exists()


async def test_restarted_consumer_rereads_its_own_pending_entries_first(
    redis: Redis, redis_url: str, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "s.yaml", claim_idle_ms=600_000)  # no reclaim: only ID 0 helps
    marker = tmp_path / "started"
    first = spawn_worker(MODULE, redis_url, spec, "same-name")
    await wait_for(lambda: redis.exists("in"), what="group created")
    await _send(redis, "k1", marker=str(marker), sleep=0.5)
    await wait_for(lambda: _exists(marker), what="handler started")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=5)
    assert await redis.xlen("out") == 0
    again = spawn_worker(MODULE, redis_url, spec, "same-name")
    try:
        out = await wait_for(lambda: _outputs(redis), timeout=20, what="output after restart")
    finally:
        assert stop_process(again) == 0
    assert len(out) == 1


async def test_sigterm_drains_in_flight_handlers_and_exits_zero(
    redis: Redis, redis_url: str, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "s.yaml")
    marker = tmp_path / "started"
    proc = spawn_worker(MODULE, redis_url, spec, "drainer", MESH_DRAIN_DEADLINE_S="10")
    try:
        await wait_for(lambda: redis.exists("in"), what="group created")
        await _send(redis, "k1", marker=str(marker), sleep=1.5)
        await wait_for(lambda: _exists(marker), what="handler started")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        stop_process(proc)
    assert len(await _outputs(redis)) == 1
    assert (await redis.xpending("in", "g"))["pending"] == 0


async def test_sigterm_past_drain_deadline_leaves_entry_pending(
    redis: Redis, redis_url: str, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "s.yaml")
    marker = tmp_path / "started"
    proc = spawn_worker(MODULE, redis_url, spec, "slowpoke", MESH_DRAIN_DEADLINE_S="0.3")
    try:
        await wait_for(lambda: redis.exists("in"), what="group created")
        await _send(redis, "k1", marker=str(marker), sleep=30)
        await wait_for(lambda: _exists(marker), what="handler started")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        stop_process(proc)
    assert await redis.xlen("out") == 0
    assert (await redis.xpending("in", "g"))["pending"] == 1  # left for another replica


async def test_worker_recovers_when_redis_restarts_under_it(tmp_path: Path) -> None:
    server = LocalRedis(tmp_path / "redis", appendfsync="always").start()
    spec = write_spec(tmp_path / "s.yaml")
    client = Redis.from_url(server.url)
    proc = spawn_worker(MODULE, server.url, spec, "survivor")
    try:
        await wait_for(lambda: client.exists("in"), what="group created")
        await _send(client, "before")
        await wait_for(lambda: client.xlen("out"), what="first output")
        server.stop(kill=True)
        server.start()  # same port, same AOF
        await client.aclose()
        client = Redis.from_url(server.url)
        await _send(client, "after")
        await wait_for(lambda: _count(client, 2), timeout=30, what="output after restart")
        assert proc.poll() is None, "worker crashed instead of reconnecting"
    finally:
        assert stop_process(proc) == 0
        await client.aclose()
        server.stop()


async def test_worker_recreates_its_group_when_redis_lost_everything(tmp_path: Path) -> None:
    server = LocalRedis(tmp_path / "redis").start()
    spec = write_spec(tmp_path / "s.yaml")
    client = Redis.from_url(server.url)
    proc = spawn_worker(MODULE, server.url, spec, "survivor")
    try:
        await wait_for(lambda: client.exists("in"), what="group created")
        await client.flushall()  # what a restart without persistence looks like
        await wait_for(lambda: client.exists("in"), timeout=20, what="group recreated")
        await _send(client, "after")
        await wait_for(lambda: client.xlen("out"), timeout=20, what="output")
    finally:
        assert stop_process(proc) == 0
        await client.aclose()
        server.stop()


async def _count(client: Redis, n: int) -> bool:
    return int(await client.xlen("out")) >= n
