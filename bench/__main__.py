"""`make bench`: the mesh side by side with a sequential orchestrator and a Celery chord.

Run: .venv/bin/python -m bench [--soak-s 600] [--quick]
Every figure is measured in this one run, on this machine, with every process (Redis, the
LLM stub, the roles, Celery workers, this load generator) on the same box: CPU per document
per process (rules lenses, over HTTP: bench.cpu), the one-worker no-op rate
(bench.runtime_noop), throughput and overhead against a sequential loop and a Celery chord,
scaling and a soak. Writes bench/results/latest.json and latest.png and prints the table.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from redis.asyncio import Redis
from rich.console import Console
from rich.table import Table

from bench import cpu, runtime_noop
from bench.systems import (
    LENSES,
    MAX_CHUNK_CHARS,
    CelerySystem,
    Lens,
    MeshSystem,
    SequentialSystem,
    System,
)
from services.coordinator.chunking import chunk
from shared.localredis import LocalRedis, free_port
from tests.support import ROOT
from tests.support.waiting import http_ready

RESULTS = ROOT / "bench" / "results"
console = Console(width=150)

ONE_CHUNK = cpu.ONE_PARAGRAPH


def long_document(chunks: int) -> str:
    """A Markdown document the coordinator splits into exactly ``chunks`` chunks."""
    para = (
        "The quarterly review covers the migration, the new billing flow and the support "
        "backlog, and it lists what each team will do next. "
    ) * 11
    text = "\n\n".join(f"## Section {i + 1}\n\n{para.strip()}" for i in range(chunks))
    found = len(chunk(text, MAX_CHUNK_CHARS))
    if found != chunks:
        raise RuntimeError(f"the long document has {found} chunks, not {chunks}")
    return text


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def until(system: System, cond: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        system.check()
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        await asyncio.sleep(0.005)


async def settled(system: System, n: int, stall_s: float) -> None:
    """Until ``n`` summaries exist, or none has come for ``stall_s`` (a Celery chord can lose
    a document under load: the rate is then over those summarized, and the loss reported)."""
    seen, last_change = -1, time.monotonic()
    while len(system.done) < n:
        system.check()
        if len(system.done) != seen:
            seen, last_change = len(system.done), time.monotonic()
        elif time.monotonic() - last_change > stall_s:
            console.print(f"{system.name}: {n - seen} of {n} documents never summarized")
            return
        await asyncio.sleep(0.005)


async def open_loop(system: System, texts: list[str], rate: float | None, timeout: float) -> float:
    """Submit every text without waiting for results (at ``rate``/s, or as fast as the system
    takes them); returns documents summarized per second from first submit to last summary
    (``system.lost`` counts those never summarized within ``timeout`` s of no progress)."""
    system.reset()
    start = time.perf_counter()
    tasks = []
    for i, text in enumerate(texts):
        tasks.append(asyncio.create_task(system.submit(f"d{i}-{time.time_ns()}", text)))
        if rate:
            await asyncio.sleep(max(0.0, start + (i + 1) / rate - time.perf_counter()))
        elif i % 64 == 63:
            await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    await settled(system, len(texts), timeout)
    system.lost = len(texts) - len(system.done)
    last = max(d.at for d in system.done.values())
    return len(system.done) / (last - min(system.submitted.values()))


async def one_at_a_time(system: System, text: str, n: int, timeout: float) -> dict[str, Any]:
    """Unloaded: submit, wait for the summary, repeat. Latency and overhead percentiles (ms)."""
    system.reset()
    latencies, overheads = [], []
    for i in range(n):
        doc_id = f"u{i}-{time.time_ns()}"
        await system.submit(doc_id, text)
        await until(system, lambda d=doc_id: d in system.done, timeout, f"{system.name} summary")
        e2e = (system.done[doc_id].at - system.submitted[doc_id]) * 1000
        latencies.append(e2e)
        overheads.append(e2e - system.done[doc_id].slowest_lens_ms)
    return {
        "n": n,
        "latency_p50_ms": round(pct(latencies, 0.5), 2),
        "latency_p99_ms": round(pct(latencies, 0.99), 2),
        "overhead_p50_ms": round(pct(overheads, 0.5), 2),
        "overhead_p99_ms": round(pct(overheads, 0.99), 2),
    }


@dataclass
class Bench:
    tmp: Path
    redis_url: str
    stub_url: str
    quick: bool

    def systems(self) -> list[System]:
        return [
            MeshSystem(self.tmp / f"mesh-{time.time_ns()}"),
            SequentialSystem(),
            CelerySystem(self.tmp / f"celery-{time.time_ns()}"),
        ]

    async def with_system(self, system: System, lens: Lens, replicas: int, work: Any) -> Any:
        """Start ``system``, prove it works with a few documents, run ``work``, stop it."""
        redis = Redis.from_url(self.redis_url)
        await redis.flushall()
        try:
            await system.start(self.redis_url, lens, replicas)
            await open_loop(system, [ONE_CHUNK] * 8, None, 60)  # warm-up
            return await work(system)
        finally:
            await system.stop()
            await redis.flushall()
            await redis.aclose()

    def n(self, full: int) -> int:
        return max(10, full // 10) if self.quick else full

    async def throughput(self, rounds: int = 2) -> dict[str, Any]:
        """Each system's best of ``rounds`` runs, the systems alternating: this host's speed
        swings by ±20 % between minutes, and other load only ever subtracts."""
        out: dict[str, Any] = {"runs": {}}
        sizes = {"mesh": self.n(4000), "sequential": self.n(2000), "celery": self.n(600)}
        for _ in range(rounds):
            for system in self.systems():
                texts = [ONE_CHUNK] * sizes[system.name]
                rate = await self.with_system(
                    system, Lens(self.stub_url), 1, lambda s, t=texts: open_loop(s, t, None, 60)
                )
                out["runs"].setdefault(system.name, []).append(round(rate, 1))
                out[system.name] = max(out["runs"][system.name])
                if system.lost:
                    out[f"{system.name}_lost"] = out.get(f"{system.name}_lost", 0) + system.lost
                console.print(f"throughput, instant lenses: {system.name} {rate:,.0f} docs/s")
        return out

    async def unloaded(self, latency_ms: float, text: str, n: int) -> dict[str, Any]:
        out = {}
        for system in self.systems():
            runs = max(2, n // 10) if system.name == "sequential" and latency_ms else n
            try:
                result = await self.with_system(
                    system,
                    Lens(self.stub_url, latency_ms=latency_ms, concurrency=32),
                    1,
                    lambda s, r=runs: one_at_a_time(s, text, r, 120),
                )
            except TimeoutError as e:
                if system.name == "mesh":
                    raise
                result = {"n": runs, "error": str(e)}  # a foil lost a document: say so, go on
            out[system.name] = result
            console.print(f"unloaded, {latency_ms:g} ms lenses: {system.name} {result}")
        return out

    async def scaling(self) -> dict[str, Any]:
        """Mesh throughput with I/O-bound lenses (100 ms, 4 calls in flight per replica)."""
        out: dict[str, Any] = {"latency_ms": 100, "per_replica_concurrency": 4, "docs_s": {}}
        for replicas in (1, 2, 4):
            lens = Lens(self.stub_url, latency_ms=100, concurrency=4)
            texts = [ONE_CHUNK] * self.n(60 * replicas * 4)
            rate = await self.with_system(
                MeshSystem(self.tmp / f"scale-{replicas}"),
                lens,
                replicas,
                lambda s, t=texts: open_loop(s, t, None, 60),
            )
            out["docs_s"][str(replicas)] = round(rate, 1)
            console.print(f"scaling: {replicas} replica(s) per lens -> {rate:,.1f} docs/s")
        return out

    async def soak(self, seconds: float, rate: float) -> dict[str, Any]:
        """The mesh under steady load: Redis memory, each role's RSS and stream lengths."""
        system = MeshSystem(self.tmp / "soak", retention_s=60)
        lens = Lens(self.stub_url, latency_ms=20, jitter_ms=10)
        samples: list[dict[str, Any]] = []

        async def work(s: System) -> None:
            redis = Redis.from_url(self.redis_url)
            started = time.monotonic()
            feeder = asyncio.create_task(self._feed(s, rate, seconds))
            while not feeder.done():
                samples.append(await self._sample(redis, s, time.monotonic() - started))
                await asyncio.sleep(min(10.0, seconds / 20))
            await feeder
            samples.append(await self._sample(redis, s, time.monotonic() - started))
            await redis.aclose()

        await self.with_system(system, lens, 1, work)
        return summarize_soak(samples, seconds, rate)

    async def _feed(self, s: System, rate: float, seconds: float) -> None:
        start, i = time.perf_counter(), 0
        while time.perf_counter() - start < seconds:
            await s.submit(f"soak{i}", ONE_CHUNK)
            i += 1
            await asyncio.sleep(max(0.0, start + i / rate - time.perf_counter()))

    async def _sample(self, redis: Redis, s: System, t: float) -> dict[str, Any]:
        info = await redis.info("memory")
        streams = {}
        async for key in redis.scan_iter(_type="STREAM"):
            streams[key.decode()] = int(await redis.xlen(key))
        rss = {}
        for name, pid in s.processes().items():
            with contextlib.suppress(psutil.NoSuchProcess):
                rss[name] = round(psutil.Process(pid).memory_info().rss / 2**20, 1)
        return {
            "t": round(t, 1),
            "redis_mb": round(info["used_memory"] / 2**20, 1),
            "rss_mb": rss,
            "stream_entries": sum(streams.values()),
            "done": len(s.done),
        }


def summarize_soak(samples: list[dict[str, Any]], seconds: float, rate: float) -> dict[str, Any]:
    """Memory once retention (60 s) has reached steady state, against the end."""
    settled = next((x for x in samples if x["t"] >= max(seconds / 5, 120)), samples[-1])
    last = samples[-1]
    roles = sorted(set(settled["rss_mb"]) & set(last["rss_mb"]))
    return {
        "seconds": seconds,
        "rate_docs_s": rate,
        "samples": samples,
        "redis_mb": [settled["redis_mb"], last["redis_mb"]],
        "role_rss_mb": {r: [settled["rss_mb"][r], last["rss_mb"][r]] for r in roles},
        "stream_entries": [settled["stream_entries"], last["stream_entries"]],
        "docs_done": last["done"],
    }


def machine() -> dict[str, Any]:
    redis_version = subprocess.run(
        ["redis-server", "--version"], capture_output=True, text=True
    ).stdout.split()[2]
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "cpus": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "redis": redis_version,
    }


async def run(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    server = LocalRedis(tmp / "redis").start()  # AOF everysec, like production
    port = free_port()
    stub = subprocess.Popen(
        [sys.executable, "-m", "bench.llm_stub", "--port", str(port), "--workers", "2"], cwd=ROOT
    )
    try:
        if not http_ready(f"http://127.0.0.1:{port}/healthz", 30):
            raise RuntimeError("the LLM stub did not start")
        b = Bench(tmp, server.url, f"http://127.0.0.1:{port}/v1", args.quick)
        results: dict[str, Any] = {"machine": machine(), "lenses": LENSES}
        assert server.proc is not None
        results["cpu_per_doc"] = await cpu.measure(
            server.url, server.proc.pid, tmp, b.n(3000), clients=32
        )
        console.print(cpu.report(results["cpu_per_doc"]))
        results["runtime_noop"] = await noop(tmp, b.n(50_000))
        results["throughput_instant_docs_s"] = await b.throughput()
        results["unloaded_instant"] = await b.unloaded(0, ONE_CHUNK, b.n(300))
        results["unloaded_4x200ms"] = await b.unloaded(200, ONE_CHUNK, b.n(50))
        results["unloaded_20_chunks_200ms"] = await b.unloaded(200, long_document(20), b.n(20))
        results["scaling"] = await b.scaling()
        results["soak"] = await b.soak(args.soak_s, args.soak_rate)
        return results
    finally:
        stub.terminate()
        stub.wait(10)
        server.stop()


async def noop(tmp: Path, messages: int) -> dict[str, Any]:
    """``bench.runtime_noop`` as the roles that opt in run: inline, seen-check at commit."""
    result = await asyncio.to_thread(
        runtime_noop.run, tmp / "noop", messages, inline=True, seen_check="commit"
    )
    console.print(result.report())
    n = result.messages
    return {
        "messages": n,
        "msg_s": round(n / result.elapsed_s),
        "worker_cpu_us_per_msg": round(result.worker_cpu_s / n * 1e6, 1),
        "redis_cpu_us_per_msg": round(result.redis_cpu_s / n * 1e6, 1),
        "msg_s_per_core": round(n / result.worker_cpu_s),
    }


def cpu_rows(t: Table, r: dict[str, Any]) -> None:
    """CPU per document by process, intake per POST and the no-op worker."""
    mixed = r["cpu_per_doc"]["mixed"]
    for name, ms in mixed["cpu_ms_per_doc"].items():
        target = "≤ 5" if name == "total" else ""
        t.add_row(f"CPU per document, {name} (ms)", f"{ms:.2f}", "", "", target)
    intake = r["cpu_per_doc"]["intake"]
    t.add_row("ingest CPU per accepted POST (ms)", f"{intake['ingest_cpu_ms_per_post']:.2f}",
              "", "", "≤ 1")  # fmt: skip
    noop = r["runtime_noop"]
    t.add_row("runtime_noop: msg/s (per core of worker CPU)",
              f"{noop['msg_s']:,} ({noop['msg_s_per_core']:,})", "", "", "≥ 10,000")  # fmt: skip


def table(r: dict[str, Any]) -> Table:
    t = Table(
        title=f"Agentic Mesh benchmark, {r['machine']['date']}, "
        f"{r['machine']['cpus']} cores, Redis {r['machine']['redis']}"
    )
    t.add_column("figure")
    for name in ("mesh", "sequential", "celery"):
        t.add_column(name, justify="right")
    t.add_column("target (mesh)")
    thr = r["throughput_instant_docs_s"]
    t.add_row(
        "throughput, instant lenses (docs/s)",
        *(f"{thr[s]:,.0f}" for s in ("mesh", "sequential", "celery")),
        "≥ 1.0× sequential; ≥ 10× celery",
    )
    t.add_row(
        "  mesh ÷ system",
        "1.0×",
        *(f"{thr['mesh'] / thr[s]:.1f}×" for s in ("sequential", "celery")),
        "",
    )
    for key, label, target in (
        ("unloaded_instant", "overhead p50 / p99 (ms)", "≤ 3 / ≤ 10"),
        ("unloaded_4x200ms", "4 × 200 ms lenses, latency p50 / p99 (ms)", "p50 ≤ 210"),
        ("unloaded_20_chunks_200ms", "20 chunks × 4 × 200 ms, latency p50 / p99", "≤ 400"),
    ):
        field = "overhead" if key == "unloaded_instant" else "latency"
        row = r[key]
        t.add_row(
            label,
            *(
                f"failed: {row[s]['error']}"
                if "error" in row[s]
                else f"{row[s][f'{field}_p50_ms']:,.1f} / {row[s][f'{field}_p99_ms']:,.1f}"
                for s in ("mesh", "sequential", "celery")
            ),
            target,
        )
    cpu_rows(t, r)
    _scaling_rows(t, r)
    return t


def _scaling_rows(t: Table, r: dict[str, Any]) -> None:
    """Throughput by replicas, and the soak's memory."""
    sc = r["scaling"]["docs_s"]
    t.add_row(
        "mesh, replicas per lens 1 / 2 / 4 (docs/s)",
        " / ".join(f"{v:,.0f}" for v in sc.values()),
        "",
        "",
        "grows with replicas",
    )
    soak = r["soak"]
    t.add_row(
        f"soak {soak['seconds']:.0f} s: Redis MB (settled → end)",
        f"{soak['redis_mb'][0]} → {soak['redis_mb'][1]}",
        "",
        "",
        "flat",
    )
    worst = max(soak["role_rss_mb"].items(), key=lambda kv: kv[1][1] - kv[1][0], default=None)
    if worst:
        t.add_row(
            "soak: role RSS MB, most growth (settled → end)",
            f"{worst[0]}: {worst[1][0]} → {worst[1][1]}",
            "",
            "",
            "flat",
        )


def chart(r: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = ["mesh", "sequential", "celery"]
    colors = ["#2b7bba", "#999999", "#d9822b"]
    fig, ax = plt.subplots(1, 5, figsize=(21, 4.2))
    thr = r["throughput_instant_docs_s"]
    ax[0].bar(names, [thr[n] for n in names], color=colors)
    ax[0].set_title("throughput, instant lenses (docs/s)")
    for i, (key, title) in enumerate(
        (
            ("unloaded_4x200ms", "latency, 4 × 200 ms lenses (ms)"),
            ("unloaded_20_chunks_200ms", "latency, 20 chunks (ms)"),
        ),
        1,
    ):
        p50 = [r[key][n].get("latency_p50_ms", float("nan")) for n in names]
        ax[i].bar(names, p50, color=colors)
        ax[i].set_yscale("log")
        ax[i].set_title(title + ", p50, log scale")
    sc = r["scaling"]["docs_s"]
    ax[3].plot([int(k) for k in sc], list(sc.values()), marker="o", color=colors[0])
    ax[3].set_xlabel("specialist replicas per lens")
    ax[3].set_title("mesh throughput, 100 ms lenses (docs/s)")
    ax[3].set_xticks([int(k) for k in sc])
    per = r["cpu_per_doc"]["mixed"]["cpu_ms_per_doc"]
    roles = [k for k in per if k != "total"]
    ax[4].barh(roles, [per[k] for k in roles], color=colors[0])
    ax[4].set_title(f"mesh CPU per document, rules lenses: {per['total']:.1f} ms")
    ax[4].set_xlabel("ms of CPU")
    fig.suptitle(
        f"Agentic Mesh vs a sequential orchestrator vs a Celery chord — "
        f"{r['machine']['date']}, {r['machine']['cpus']} cores, same machine"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--soak-s", type=float, default=600.0, help="soak duration (s)")
    parser.add_argument("--soak-rate", type=float, default=100.0, help="docs/s during soak")
    parser.add_argument("--quick", action="store_true", help="a tenth of the documents")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mesh-bench-") as tmp:
        results = asyncio.run(run(args, Path(tmp)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    chart(results, args.out.with_suffix(".png"))
    console.print(table(results))
    console.print(f"wrote {args.out} and {args.out.with_suffix('.png')}")


if __name__ == "__main__":
    main()
