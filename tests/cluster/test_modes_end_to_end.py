"""Submit over HTTP → summary and webhook, with the mesh as real processes on a real
3-primary/3-replica Redis Cluster and behind Sentinels; and a primary killed mid-flow."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.cluster.meshes import (
    cluster_env,
    mesh_on,
    receiver,
    sentinel_env,
    submit,
    summaries,
    webhooks_once,
)
from tests.cluster.servers import PASSWORD, Cluster, SentinelSet


def _keys_per_primary(cluster: Cluster) -> list[int]:
    out = []
    for node in cluster.primaries():
        dbsize = subprocess.run(
            ["redis-cli", "-p", str(node.port), "-a", PASSWORD, "--no-auth-warning", "dbsize"],
            capture_output=True, text=True, timeout=5,
        )  # fmt: skip
        out.append(int(dbsize.stdout.strip() or 0))
    return out


async def test_documents_flow_end_to_end_on_a_redis_cluster(
    empty_cluster: Cluster, tmp_path: Path
) -> None:
    url, env = cluster_env(empty_cluster)
    with receiver() as hook, mesh_on(tmp_path, url, env) as mesh:
        async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
            ids = await submit(client, 12, hook, "cluster")
            await summaries(client, ids, timeout=90)
            r = await client.get(f"/v1/documents/{ids[0]}/summary")
            assert r.status_code == 200 and r.json()["suggestions"]
        deliveries = await webhooks_once(ids)
    assert set(deliveries.values()) == {1}, deliveries
    # Six partitions spread over the three primaries: each holds part of the data.
    assert all(n > 0 for n in _keys_per_primary(empty_cluster))


async def test_documents_flow_end_to_end_behind_sentinels(
    empty_sentinels: SentinelSet, tmp_path: Path
) -> None:
    url, env = sentinel_env(empty_sentinels)
    with receiver() as hook, mesh_on(tmp_path, url, env) as mesh:
        async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
            ids = await submit(client, 8, hook, "sentinel")
            await summaries(client, ids, timeout=90)
        deliveries = await webhooks_once(ids)
    assert set(deliveries.values()) == {1}, deliveries


async def test_intake_without_a_confirming_replica_is_503_with_retry_after(
    empty_cluster: Cluster, tmp_path: Path
) -> None:
    url, env = cluster_env(empty_cluster)
    env["MESH_INTAKE_MIN_REPLICAS"] = "2"  # each primary has one replica: never confirmed
    env["MESH_INTAKE_WAIT_MS"] = "100"
    with mesh_on(tmp_path, url, env) as mesh:
        async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
            r = await client.post("/v1/documents", json={"text": "A note."},
                                  headers={"Idempotency-Key": "k1"})  # fmt: skip
    assert r.status_code == 503, r.text
    assert r.headers["Retry-After"].isdigit() and "Idempotency-Key" in r.json()["detail"]


@pytest.mark.parametrize("sig", [signal.SIGKILL])
async def test_nothing_is_lost_when_a_cluster_primary_is_killed_mid_flow(
    empty_cluster: Cluster, tmp_path: Path, sig: signal.Signals
) -> None:
    url, env = cluster_env(empty_cluster)
    with receiver() as hook, mesh_on(tmp_path, url, env) as mesh:
        async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
            first = asyncio.create_task(submit(client, 40, hook, "failover"))
            await asyncio.sleep(0.5)  # documents are on their way
            victim = empty_cluster.primaries()[0]
            victim.stop(kill=True)
            ids = await first
            await summaries(client, ids, timeout=120)
        deliveries = await webhooks_once(ids)
    assert len(set(ids)) == 40
    assert set(deliveries.values()) == {1}, deliveries
    victim.start()  # rejoins as a replica of the node that replaced it
    empty_cluster.wait_healthy()
