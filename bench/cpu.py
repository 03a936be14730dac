"""CPU per document, per process: the mesh as a new user runs it (packaged specs, rules
lenses), one-paragraph documents POSTed over HTTP by concurrent clients.

Run: .venv/bin/python -m bench.cpu [--docs 1500] [--clients 32] [--quick]
CPU comes from /proc (user + system) for every process: ingest, coordinator, each specialist,
aggregator and Redis, between the first POST and the last summary. It does not depend on
what else the machine runs, unlike the wall rate, which is printed too. A second phase stops
the coordinator (SIGSTOP) so that ingest's CPU per accepted POST is measured on its own.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from redis.asyncio import Redis

from bench.systems import LENSES, follow_stream
from services.contract.streams import SUMMARY
from services.ops.launcher import Mesh
from shared.envelope import decode
from shared.localredis import LocalRedis, free_port
from shared.settings import Settings
from tests.support.waiting import http_ready

ONE_PARAGRAPH = (
    "# Release notes\n\nThe new importer reads every file in the folder and reports the rows "
    "it could not parse. It was tested on the the largest customer export we have.\n\n"
    "- Faster start\n- Smaller memory footprint\n"
)
_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process (all its threads) has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def role_of(child: str) -> str:
    """``clarity-0`` -> ``clarity``: the process table groups replicas by role."""
    return child.rsplit("-", 1)[0] if child[-1:].isdigit() else child


@dataclass
class CpuMesh:
    """One mesh with the packaged specs, its processes' pids and a summary follower."""

    mesh: Mesh
    redis: Redis
    redis_pid: int
    summarized: set[str]
    follower: asyncio.Task[None]

    def pids(self) -> dict[str, int]:
        """Every process whose CPU counts, Redis included."""
        pids = {name: pid for name, pid in self.mesh.pids().items() if pid}
        return pids | {"redis": self.redis_pid}

    def snapshot(self) -> dict[str, float]:
        """CPU seconds of every process now."""
        return {name: cpu_seconds(pid) for name, pid in self.pids().items()}

    async def wait_summaries(self, ids: set[str], timeout: float) -> None:
        """Until every document of ``ids`` has its summary on the summary stream."""
        deadline = time.monotonic() + timeout
        while not ids <= self.summarized:
            if self.follower.done():
                raise RuntimeError("the summary follower died") from self.follower.exception()
            if time.monotonic() > deadline:
                missing = len(ids - self.summarized)
                raise TimeoutError(f"{missing} of {len(ids)} summaries missing after {timeout}s")
            await asyncio.sleep(0.01)


async def post_all(url: str, texts: list[str], clients: int) -> tuple[set[str], int, float]:
    """POST every text from ``clients`` concurrent connections; (accepted ids, refused, s)."""
    accepted: set[str] = set()
    refused = 0
    queue = iter(texts)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal refused
        for text in queue:
            r = await http.post("/v1/documents", json={"text": text, "format": "markdown"})
            if r.status_code == 202:
                accepted.add(r.json()["id"])
            else:
                refused += 1

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))
    return accepted, refused, time.perf_counter() - started


def per_doc_ms(before: dict[str, float], after: dict[str, float], n: int) -> dict[str, float]:
    """CPU ms per document by role (replicas summed) and the total."""
    out: dict[str, float] = {}
    for name in after:
        if name in before:
            role = role_of(name)
            out[role] = out.get(role, 0.0) + (after[name] - before[name]) * 1000 / n
    rounded = {k: round(v, 3) for k, v in sorted(out.items())}
    rounded["total"] = round(sum(out.values()), 3)
    return rounded


async def mixed(m: CpuMesh, docs: int, clients: int) -> dict[str, Any]:
    """Every process busy at once: POST ``docs`` documents and wait for their summaries."""
    before = m.snapshot()
    started = time.perf_counter()
    ids, refused, _ = await post_all(m.mesh.api_url, [ONE_PARAGRAPH] * docs, clients)
    await m.wait_summaries(ids, 600)
    elapsed = time.perf_counter() - started
    after = m.snapshot()
    return {
        "docs": len(ids),
        "refused": refused,
        "clients": clients,
        "docs_s": round(len(ids) / elapsed, 1),
        "cpu_ms_per_doc": per_doc_ms(before, after, len(ids)),
    }


async def intake(m: CpuMesh, posts: int, clients: int) -> dict[str, Any]:
    """Ingest alone: the coordinator is stopped while ``posts`` documents are POSTed."""
    coordinator = next(n for n in m.pids() if n.startswith("coordinator"))
    ingest_pid = m.pids()["ingest"]
    m.mesh.signal(coordinator, signal.SIGSTOP)
    try:
        c0, r0 = cpu_seconds(ingest_pid), cpu_seconds(m.redis_pid)
        ids, refused, elapsed = await post_all(m.mesh.api_url, [ONE_PARAGRAPH] * posts, clients)
        c1, r1 = cpu_seconds(ingest_pid), cpu_seconds(m.redis_pid)
    finally:
        m.mesh.signal(coordinator, signal.SIGCONT)
    await m.wait_summaries(ids, 600)
    n = max(1, len(ids))
    return {
        "posts": posts,
        "accepted": len(ids),
        "refused": refused,
        "posts_s": round(len(ids) / elapsed, 1),
        "ingest_cpu_ms_per_post": round((c1 - c0) * 1000 / n, 3),
        "redis_cpu_ms_per_post": round((r1 - r0) * 1000 / n, 3),
    }


async def with_mesh(
    redis_url: str, redis_pid: int, tmp: Path, work: Callable[[CpuMesh], Awaitable[Any]]
) -> Any:
    """Start the mesh with the packaged specs (rules lenses), warm it up, run ``work``."""
    settings = Settings(redis_url=redis_url, data_dir=tmp / "mesh", drain_deadline_s=5)
    mesh = Mesh(settings, port=free_port(), lenses=LENSES).start()
    redis = Redis.from_url(redis_url)
    summarized: set[str] = set()

    def on_summary(fields: dict[bytes, bytes], _: float) -> None:
        summarized.add(decode(fields).body["id"])

    follower = asyncio.create_task(follow_stream(redis, SUMMARY, on_summary))
    m = CpuMesh(mesh, redis, redis_pid, summarized, follower)
    try:
        if not await asyncio.to_thread(http_ready, f"{mesh.api_url}/readyz", 90):
            raise RuntimeError(f"the mesh did not become ready; logs in {settings.data_dir}")
        ids, _, _ = await post_all(mesh.api_url, [ONE_PARAGRAPH] * 32, 8)  # warm-up
        await m.wait_summaries(ids, 120)
        return await work(m)
    finally:
        follower.cancel()
        await asyncio.to_thread(mesh.stop, 10)
        await redis.flushall()
        await redis.aclose()


async def measure(
    redis_url: str, redis_pid: int, tmp: Path, docs: int, clients: int
) -> dict[str, Any]:
    """Both phases on one mesh: every process under load, then ingest on its own."""

    async def work(m: CpuMesh) -> dict[str, Any]:
        return {"mixed": await mixed(m, docs, clients), "intake": await intake(m, docs, clients)}

    return dict(await with_mesh(redis_url, redis_pid, tmp, work))


def report(r: dict[str, Any]) -> str:
    """The figures as text lines."""
    mix, ink = r["mixed"], r["intake"]
    cpu = ", ".join(f"{k} {v:.2f}" for k, v in mix["cpu_ms_per_doc"].items())
    return (
        f"{mix['docs']} docs over HTTP, {mix['clients']} clients: {mix['docs_s']:,.0f} docs/s\n"
        f"CPU ms per document: {cpu}\n"
        f"intake alone: {ink['accepted']} POSTs at {ink['posts_s']:,.0f}/s, ingest "
        f"{ink['ingest_cpu_ms_per_post']:.3f} ms CPU per accepted POST "
        f"(redis {ink['redis_cpu_ms_per_post']:.3f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1500)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--quick", action="store_true", help="a tenth of the documents")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    docs = max(100, args.docs // 10) if args.quick else args.docs
    with tempfile.TemporaryDirectory(prefix="mesh-cpu-") as tmp:
        server = LocalRedis(Path(tmp) / "redis").start()
        try:
            assert server.proc is not None
            result = asyncio.run(
                measure(server.url, server.proc.pid, Path(tmp), docs, args.clients)
            )
        finally:
            server.stop()
    print(report(result))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
