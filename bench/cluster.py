"""Redis cost of a document on a 3-primary/3-replica Redis Cluster, and what it projects to.

Run: .venv/bin/python -m bench.cluster [--docs 600] [--partitions 12]
Starts a real cluster on loopback, runs the roles in this process on it (rules lenses), queues
``--docs`` documents spread over the partitions, waits for every summary, and reads each
primary's INFO (commands processed, CPU) before and after: commands and Redis CPU per document,
each primary's share of the commands, and documents/s per number of primaries if Redis CPU
were the only limit (one core per primary). Prints JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from services.contract.models import DocumentTask
from services.contract.store import DocStore
from services.contract.streams import SUMMARY
from services.coordinator.main import CoordinatorSettings
from shared.connection import connect, initialized
from shared.envelope import new_id
from shared.partitions import layout
from tests.cluster.servers import PASSWORD, Cluster, place_partitions
from tests.support.pipeline import pipeline_workers, running

TEXT = (
    "# Quarterly update\n\nThe the team shipped three features. Its a good result, and we "
    "recieve fewer complaints then before.\n\nI think this is TOTALLY GREAT!!! We will leverage "
    "synergies in order to move forward with the plan that was approved by the board.\n"
)


async def _primary_stats(cluster: Cluster) -> dict[int, tuple[int, float]]:
    """Per primary port: (commands processed, CPU seconds user+sys)."""
    out = {}
    for node in cluster.primaries():
        r = Redis(port=node.port, password=PASSWORD)
        stats, cpu = await r.info("stats"), await r.info("cpu")
        await r.aclose()
        used = float(cpu["used_cpu_sys"]) + float(cpu["used_cpu_user"])
        out[node.port] = (int(stats["total_commands_processed"]), used)
    return out


async def _summaries(redis: Redis, partitions: int, docs: int, timeout: float) -> None:
    """Wait until the summary streams hold ``docs`` entries (polled twice a second, so the
    measurement's own reads stay a rounding error)."""
    deadline = time.monotonic() + timeout
    while sum([await redis.xlen(s) for s in layout().names(SUMMARY)]) < docs:
        if time.monotonic() > deadline:
            raise TimeoutError(f"not every summary after {timeout} s")
        await asyncio.sleep(0.5)


async def measure(docs: int, partitions: int) -> dict[str, Any]:
    """Run ``docs`` documents through a mesh on a fresh cluster; the Redis costs."""
    cluster = Cluster(Path(tempfile.mkdtemp(prefix="mesh-cluster-bench-"))).start()
    try:
        place_partitions(cluster, partitions)  # as an operator would, before any data
        settings = CoordinatorSettings(redis_url=cluster.url, redis_mode="cluster",
                                       partitions=partitions, doc_deadline_s=600)  # fmt: skip
        redis = await initialized(connect(settings))
        store = DocStore(redis)
        ids = [layout().id_in(n % partitions, new_id) for n in range(docs)]
        async with running(pipeline_workers(redis, settings), ready_timeout=120):
            before, started = await _primary_stats(cluster), time.monotonic()
            for i in ids:
                await store.enqueue(DocumentTask(doc_id=i, text=TEXT), "bench")

            await _summaries(redis, partitions, docs, timeout=60 + docs)
            elapsed, after = time.monotonic() - started, await _primary_stats(cluster)
        await redis.aclose()
    finally:
        cluster.stop()
    commands = {p: after[p][0] - before[p][0] for p in after}
    cpu = {p: after[p][1] - before[p][1] for p in after}
    total_cmd, total_cpu = sum(commands.values()), sum(cpu.values())
    cpu_per_doc = total_cpu / docs
    return {
        "documents": docs,
        "partitions": partitions,
        "seconds": round(elapsed, 1),
        "commands_per_document": round(total_cmd / docs, 1),
        "redis_cpu_ms_per_document": round(cpu_per_doc * 1000, 3),
        "command_share_per_primary": [round(c / total_cmd, 3) for c in commands.values()],
        # Each primary holds 1/n of the partitions and does 1/n of the work: with one core
        # each, n primaries take n / cpu_per_doc documents a second (Redis alone).
        "projected_docs_per_s_by_primaries": {n: round(n / cpu_per_doc) for n in (1, 3, 6, 12)},
    }


def main() -> None:
    """Parse the arguments, measure, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--partitions", type=int, default=12)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(measure(args.docs, args.partitions)), indent=2))


if __name__ == "__main__":
    main()
