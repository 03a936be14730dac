"""The whole mesh as real processes (the `mesh up` launcher) on a cluster or behind Sentinels,
a webhook receiver, and the HTTP steps of a test: submit, then wait for every summary."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import httpx
from redis.asyncio import Redis

from services.contract.specs import PACKAGED
from services.contract.streams import SUMMARY
from services.ops.launcher import Mesh
from shared.envelope import decode
from shared.localredis import free_port
from shared.partitions import Layout
from shared.settings import Settings
from tests.cluster.servers import PASSWORD, SERVICE, Cluster, SentinelSet
from tests.support.waiting import http_ready, wait_for

ACCEPT_WITHIN_S = 60.0  # how long a submitting client keeps retrying 429 and 503

LENSES = ["clarity", "grammar", "structure", "tone"]
TEXT = "Its a problem that we recieve so many complaints. I think this is TOTALLY WRONG!!!"


class Hooks(BaseHTTPRequestHandler):
    """Counts webhook deliveries by their delivery id."""

    seen: Counter[str] = Counter()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        delivery = self.headers.get("webhook-id") or self.headers.get("x-mesh-delivery") or ""
        type(self).seen[delivery] += 1
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        return None


@contextmanager
def receiver() -> Iterator[str]:
    """A webhook receiver on loopback; its URL."""
    Hooks.seen = Counter()
    server = HTTPServer(("127.0.0.1", free_port()), Hooks)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hook"
    finally:
        server.shutdown()


def cluster_env(cluster: Cluster, partitions: int = 6) -> tuple[str, dict[str, str]]:
    """MESH_REDIS_URL and the settings of a mesh on ``cluster``."""
    return cluster.url, {"MESH_REDIS_MODE": "cluster", "MESH_PARTITIONS": str(partitions)}


def sentinel_env(sentinels: SentinelSet, partitions: int = 2) -> tuple[str, dict[str, str]]:
    """MESH_REDIS_URL (unused but for its scheme) and the settings of a mesh behind Sentinels."""
    env = {"MESH_REDIS_MODE": "sentinel", "MESH_REDIS_SENTINELS": sentinels.addresses,
           "MESH_REDIS_SENTINEL_SERVICE": SERVICE, "MESH_REDIS_PASSWORD": PASSWORD,
           "MESH_PARTITIONS": str(partitions)}  # fmt: skip
    return "redis://127.0.0.1:1/0", env


@contextmanager
def mesh_on(tmp: Path, redis_url: str, env: dict[str, str]) -> Iterator[Mesh]:
    """Every role as a process on the given Redis; stopped (and checked) at the end."""
    settings = Settings(data_dir=tmp, redis_url=redis_url, drain_deadline_s=5)
    full = {"MESH_SPEC_DIR": str(PACKAGED), "MESH_WEBHOOK_SECRET": "cluster-secret",
            "MESH_WEBHOOK_ALLOW_PRIVATE": "true", "MESH_LOG_LEVEL": "WARNING",
            "MESH_DRAIN_DEADLINE_S": "5", "MESH_DOC_DEADLINE_S": "300", **env}  # fmt: skip
    mesh = Mesh(settings, port=free_port(), lenses=LENSES, extra_env=full).start()
    try:
        if not http_ready(f"{mesh.api_url}/readyz", 90):
            logs = "\n".join(p.read_text()[-800:] for p in (tmp / "logs").glob("*.log"))
            raise AssertionError(f"mesh not ready:\n{logs}")
        yield mesh
    finally:
        mesh.stop()


async def submit(client: httpx.AsyncClient, n: int, hook: str, prefix: str) -> list[str]:
    """Submit ``n`` documents, each with its own Idempotency-Key, retrying a 503 (intake
    not confirmed by a replica) or a dropped connection as a client should; their ids."""

    async def one(i: int) -> str:
        body = {"text": f"{TEXT} Number {i}.", "webhook_url": hook}
        headers = {"Idempotency-Key": f"{prefix}-{i}"}
        answers: list[str] = []
        # A time budget, as a client has, not a count: a failover under load can keep the
        # intake shut (503) for longer than a fixed number of short Retry-After waits.
        deadline = time.monotonic() + ACCEPT_WITHIN_S
        while time.monotonic() < deadline:
            try:
                r = await client.post("/v1/documents", json=body, headers=headers)
            except httpx.TransportError as e:
                answers.append(type(e).__name__)
                await asyncio.sleep(0.5)
                continue
            if r.status_code == 202:
                return str(r.json()["id"])
            assert r.status_code in (429, 503), r.text
            answers.append(str(r.status_code))
            await asyncio.sleep(float(r.headers.get("Retry-After", "1")) / 5)
        seen = ", ".join(f"{a} x{answers.count(a)}" for a in dict.fromkeys(answers))
        raise AssertionError(
            f"document {i} was not accepted within {ACCEPT_WITHIN_S:.0f}s (answers: {seen})"
        )

    gate = asyncio.Semaphore(16)

    async def gated(i: int) -> str:
        async with gate:
            return await one(i)

    return list(await asyncio.gather(*(gated(i) for i in range(n))))


async def summaries(client: httpx.AsyncClient, ids: list[str], timeout: float) -> None:
    """Wait until every document has its summary."""
    pending = set(ids)

    async def done() -> bool:
        for doc_id in list(pending):
            try:
                r = await client.get(f"/v1/documents/{doc_id}")
            except httpx.TransportError:
                return False
            if r.status_code == 200 and r.json()["status"] in ("done", "partial"):
                pending.discard(doc_id)
        return not pending

    await wait_for(done, timeout=timeout, what=f"summaries ({len(pending)} left)")


async def webhooks_once(ids: list[str], timeout: float = 30) -> Counter[str]:
    """Wait for one webhook per document; the deliveries, by delivery id."""

    async def all_in() -> bool:
        return len(Hooks.seen) >= len(ids)

    await wait_for(all_in, timeout=timeout, what="one webhook per document")
    return Hooks.seen


async def summaries_per_doc(redis: Redis, partitions: int, cluster: bool) -> Counter[str]:
    """How many entries each document has on the summary streams (all partitions)."""
    per_doc: Counter[str] = Counter()
    for stream in Layout.of(partitions, cluster).names(SUMMARY):
        last = "-"
        while True:
            rows = await redis.xrange(stream, min=last, count=1000)
            rows = [r for r in rows if r[0].decode() != last]
            if not rows:
                break
            for _, fields in rows:
                per_doc[str(decode(fields).body.get("id"))] += 1
            last = rows[-1][0].decode()
    return per_doc
