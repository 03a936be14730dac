"""Micro-benchmark: messages/s through one worker process with a no-op handler.

Run: .venv/bin/python -m bench.runtime_noop [--messages 50000]
Pre-fills the input stream, then times how long one worker (a separate process, as in
production) takes to read, handle, publish one output and ack every entry.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from redis.asyncio import Redis

from shared import Envelope
from shared.localredis import LocalRedis
from tests.helpers import spawn_worker, stop_process, write_spec


async def measure(url: str, spec: Path, n: int) -> float:
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
        while int(await redis.xlen("out")) < n:
            await asyncio.sleep(0.01)
        elapsed = time.perf_counter() - t0
    finally:
        stop_process(proc)
        await redis.aclose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = LocalRedis(Path(tmp) / "redis", extra_args=["--appendonly", "no"]).start()
        try:
            spec = write_spec(Path(tmp) / "s.yaml", concurrency=256, batch_size=256)
            elapsed = asyncio.run(measure(server.url, spec, args.messages))
        finally:
            server.stop()
    rate = args.messages / elapsed
    print(f"{args.messages} messages in {elapsed:.2f}s through one worker: {rate:,.0f} msg/s")
    print(
        f"python {sys.version.split()[0]}; redis {subprocess.getoutput('redis-server --version')}"
    )


if __name__ == "__main__":
    main()
