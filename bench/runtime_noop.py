"""Micro-benchmark: messages/s through one worker process with a no-op handler.

Run: .venv/bin/python -m bench.runtime_noop [--messages 50000] [--inline] [--seen-check commit]
Pre-fills the input stream, then times how long one worker (a separate process, as in
production) takes to read, handle, publish one output and ack every entry. Besides the wall
rate it reports the CPU each process spent per message (from /proc), which does not depend
on what else the machine runs: ``1 / worker CPU per message`` is the rate on one free core.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from redis.asyncio import Redis

from shared import Envelope
from shared.localredis import LocalRedis
from tests.support.processes import spawn_worker, stop_process
from tests.support.specs import write_spec

_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


@dataclass(frozen=True, slots=True)
class Result:
    """One run: wall time and CPU seconds of the worker and of Redis over the timed part."""

    messages: int
    elapsed_s: float
    worker_cpu_s: float
    redis_cpu_s: float

    def report(self) -> str:
        """Human-readable lines."""
        n = self.messages
        per_msg = self.worker_cpu_s / n * 1e6
        return (
            f"{n} messages in {self.elapsed_s:.2f}s through one worker: "
            f"{n / self.elapsed_s:,.0f} msg/s\n"
            f"CPU per message: worker {per_msg:.0f} us, redis {self.redis_cpu_s / n * 1e6:.0f} us"
            f" -> {1e6 / per_msg:,.0f} msg/s per core of worker CPU"
        )


async def measure(url: str, spec: Path, n: int, redis_pid: int) -> Result:
    redis = Redis.from_url(url)
    await redis.flushdb()
    await redis.xgroup_create("in", "g", id="0", mkstream=True)
    payloads = [Envelope(key=f"k{i}", kind="bench", body={"i": i}).encode() for i in range(n)]
    for start in range(0, n, 1000):
        async with redis.pipeline(transaction=False) as pipe:
            for p in payloads[start : start + 1000]:
                pipe.xadd("in", {"e": p})
            await pipe.execute()
    proc = spawn_worker("tests.procs.echo_worker", url, spec, "bench")
    try:
        while not await redis.exists("out"):
            await asyncio.sleep(0.001)
        t0 = time.perf_counter()
        w0, r0 = cpu_seconds(proc.pid), cpu_seconds(redis_pid)
        while int(await redis.xlen("out")) < n:
            await asyncio.sleep(0.01)
        elapsed = time.perf_counter() - t0
        w1, r1 = cpu_seconds(proc.pid), cpu_seconds(redis_pid)
    finally:
        stop_process(proc)
        await redis.aclose()
    return Result(n, elapsed, w1 - w0, r1 - r0)


def run(tmp: Path, messages: int, *, inline: bool, seen_check: str) -> Result:
    """One measurement on a Redis of its own (no AOF) under ``tmp``."""
    extra: dict[str, object] = {"inline": inline, "seen_check": seen_check}
    tmp.mkdir(parents=True, exist_ok=True)
    server = LocalRedis(tmp / "redis", extra_args=["--appendonly", "no"]).start()
    try:
        assert server.proc is not None
        spec = write_spec(tmp / "s.yaml", concurrency=256, batch_size=256, **extra)
        return asyncio.run(measure(server.url, spec, messages, server.proc.pid))
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--inline", action="store_true", help="spec inline: true (batch mode)")
    parser.add_argument(
        "--seen-check", choices=["read", "commit"], default="read", help="spec seen_check"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(Path(tmp), args.messages, inline=args.inline, seen_check=args.seen_check)
    print(result.report())
    print(
        f"python {sys.version.split()[0]}; redis {subprocess.getoutput('redis-server --version')}"
    )


if __name__ == "__main__":
    main()
