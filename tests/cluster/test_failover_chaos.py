"""`make chaos` failover scenarios (skipped unless MESH_FAILOVER_DOCS is set): while that many
documents flow through the whole mesh, a Redis primary dies or hangs. Each must end with every
document summarized once, none lost, and every webhook delivered once."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from shared.connection import connect
from shared.localredis import LocalRedis
from shared.settings import Settings
from tests.cluster.meshes import (
    cluster_env,
    mesh_on,
    receiver,
    sentinel_env,
    submit,
    summaries,
    summaries_per_doc,
    webhooks_once,
)
from tests.cluster.servers import PASSWORD, SERVICE, Cluster, SentinelSet

DOCS = int(os.environ.get("MESH_FAILOVER_DOCS", "0"))
pytestmark = pytest.mark.skipif(not DOCS, reason="make chaos sets MESH_FAILOVER_DOCS")
Fault = Callable[[], Awaitable[LocalRedis]]


async def _flow(tmp: Path, url: str, env: dict[str, str], fault: Fault, settings: Settings) -> str:
    """Submit DOCS documents, inject ``fault`` once they flow, check the outcome; a summary line."""
    started = time.monotonic()
    with receiver() as hook, mesh_on(tmp, url, env) as mesh:
        async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
            flowing = asyncio.create_task(submit(client, DOCS, hook, "chaos"))
            await asyncio.sleep(2.0)
            await fault()
            ids = await flowing
            await summaries(client, ids, timeout=60 + DOCS * 0.3)
        deliveries = await webhooks_once(ids, timeout=120)
        redis = connect(settings)
        per_doc = await summaries_per_doc(
            redis, settings.partitions, settings.redis_mode == "cluster"
        )
        await redis.aclose()
    assert len(set(ids)) == DOCS
    lost = [i for i in ids if per_doc[i] == 0]
    duplicated = [i for i in ids if per_doc[i] > 1]
    assert (lost, duplicated) == ([], []), (len(lost), len(duplicated))
    assert set(deliveries.values()) == {1} and len(deliveries) == DOCS
    took = time.monotonic() - started
    return f"{DOCS} docs, 0 lost, 0 duplicated, {DOCS} webhooks once, {took:.0f} s"


def _cluster_settings(cluster: Cluster) -> Settings:
    return Settings(redis_url=cluster.url, redis_mode="cluster", partitions=6)


async def test_sigkill_of_a_cluster_primary_loses_nothing(
    empty_cluster: Cluster, tmp_path: Path
) -> None:
    victim = empty_cluster.primaries()[0]

    async def kill() -> LocalRedis:
        victim.stop(kill=True)  # its replica is promoted after the 1 s node timeout
        return victim

    url, env = cluster_env(empty_cluster)
    print(await _flow(tmp_path, url, env, kill, _cluster_settings(empty_cluster)))
    victim.start()
    empty_cluster.wait_healthy()


async def test_sigstop_of_a_cluster_primary_past_the_node_timeout(
    empty_cluster: Cluster, tmp_path: Path
) -> None:
    victim = empty_cluster.primaries()[1]

    async def hang() -> LocalRedis:
        assert victim.proc is not None
        victim.proc.send_signal(signal.SIGSTOP)
        await asyncio.sleep(empty_cluster.node_timeout_ms / 1000 * 4)  # replaced meanwhile
        victim.proc.send_signal(signal.SIGCONT)
        return victim

    url, env = cluster_env(empty_cluster)
    print(await _flow(tmp_path, url, env, hang, _cluster_settings(empty_cluster)))
    empty_cluster.wait_healthy()
    assert victim not in empty_cluster.primaries()  # it came back as a replica


async def test_sigkill_of_the_sentinel_managed_primary_loses_nothing(
    empty_sentinels: SentinelSet, tmp_path: Path
) -> None:
    victim = empty_sentinels.primary()

    async def kill() -> LocalRedis:
        victim.stop(kill=True)
        return victim

    url, env = sentinel_env(empty_sentinels)
    settings = Settings(
        redis_mode="sentinel", redis_sentinels=empty_sentinels.addresses,
        redis_sentinel_service=SERVICE, redis_password=PASSWORD, partitions=2,
    )  # fmt: skip
    print(await _flow(tmp_path, url, env, kill, settings))
    victim.start()  # the Sentinels make it a replica of the new primary
    deadline = time.monotonic() + 30
    while not empty_sentinels.healthy() and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert empty_sentinels.healthy()
