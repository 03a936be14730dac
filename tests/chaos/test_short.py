"""The short chaos run of `make test`: roles SIGKILLed and Redis restarted while documents flow."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from tests.chaos.scenarios import Harness, restart_redis, run


async def _kill_each_role_once(h: Harness, done: asyncio.Event) -> int:
    assert h.mesh is not None
    kills = 0
    for name in ("coordinator-0", "grammar-0", "aggregator-0", "ingest", "tone-0"):
        await asyncio.sleep(0.7)
        h.mesh.signal(name, signal.SIGKILL)
        kills += 1
    return kills + await restart_redis(h, done)


async def test_no_document_is_lost_or_summarized_twice_under_kills_and_a_redis_restart(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, appendfsync="always").start()
    try:
        report = await run("short", h, _kill_each_role_once, n=150, rate=30)
    finally:
        h.stop()
    assert report.faults == 6
    assert report.submitted == 150
    assert (report.lost, report.duplicated, report.partials_wrong) == (0, 0, 0), report
    assert (report.webhooks_missing, report.webhooks_duplicated) == (0, 0), report
