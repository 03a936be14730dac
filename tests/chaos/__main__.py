"""`make chaos`: every fault scenario while documents flow; prints and records the table.

.venv/bin/python -m tests.chaos [--docs 1000] [--only NAME] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from redis.asyncio import Redis

from tests.chaos.checker import Report
from tests.chaos.scenarios import (
    Harness,
    kill_client_connections,
    kill_random_roles,
    no_fault,
    poison_spec_dir,
    poison_stub,
    restart_redis,
    run,
    stop_a_specialist,
)
from tests.support import ROOT

DOC = ROOT / "docs" / "reliability.md"


async def scenario(name: str, tmp: Path, n: int) -> Report:
    if name == "kill-random-role":
        h = Harness(tmp, replicas={"aggregator": 2}).start()
        try:
            return await run(name, h, kill_random_roles, n, rate=n / 60)  # ~60 s of kills
        finally:
            h.stop()
    if name == "sigstop-specialist":
        h = Harness(tmp, replicas={"grammar": 2}).start()
        try:
            return await run(name, h, stop_a_specialist, n, rate=n / 10)
        finally:
            h.stop()
    if name in ("redis-restart-always", "redis-restart-everysec"):
        fsync = name.rsplit("-", 1)[1]
        h = Harness(tmp, appendfsync=fsync).start()
        try:
            report = await run(name, h, restart_redis, n, rate=n / 10)
            if report.lost and fsync == "everysec":
                before = report.lost
                async with _client(h) as c:  # resubmit the lost ones with the same keys
                    await asyncio.gather(*(h.submit(c, k, "") for k in h.keys))
                await h.wait_summaries(timeout=60)
                report = await h.report(name, time.monotonic() - report.seconds, report.faults)
                report.repaired = before - report.lost
                report.notes.append(f"{before} lost with the last second of the AOF; "
                                    f"{report.repaired} repaired by resubmitting")  # fmt: skip
            return report
        finally:
            h.stop()
    if name == "client-kill":
        h = Harness(tmp).start()
        try:
            return await run(name, h, kill_client_connections, n, rate=n / 10)
        finally:
            h.stop()
    if name == "poison-documents":
        server, task, url = await poison_stub()
        h = Harness(tmp, spec_dir=poison_spec_dir(tmp, url), env={"MESH_DOC_DEADLINE_S": "15"})
        h.start()
        try:
            report = await run(name, h, no_fault, n, rate=n / 10, poison_every=20)
            redis: Redis = h.redis()
            dead = int(await redis.xlen("doc.failed.tone"))
            await redis.aclose()
            report.notes.append(
                f"{dead} tone tasks dead-lettered; {report.partial} partial summaries"
            )
            return report
        finally:
            h.stop()
            server.should_exit = True
            await task
    raise ValueError(f"unknown scenario {name}")


SCENARIOS = [
    "kill-random-role",
    "sigstop-specialist",
    "redis-restart-always",
    "redis-restart-everysec",
    "client-kill",
    "poison-documents",
]


def _client(h: Harness):  # type: ignore[no-untyped-def]
    import httpx

    assert h.mesh is not None
    return httpx.AsyncClient(base_url=h.mesh.api_url, timeout=10)


def table(reports: list[Report]) -> str:
    head = ("| scenario | docs | faults | summarized | lost | duplicated | partial | "
            "webhooks missing/dup | partials wrong | s | notes |")  # fmt: skip
    rows = [head, "|" + "---|" * 11]
    for r in reports:
        rows.append(
            f"| {r.scenario} | {r.submitted} | {r.faults} | {r.summarized} | {r.lost} | "
            f"{r.duplicated} | {r.partial} | {r.webhooks_missing}/{r.webhooks_duplicated} | "
            f"{r.partials_wrong} | {r.seconds} | {'; '.join(r.notes)} |"
        )
    return "\n".join(rows)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--only", choices=SCENARIOS)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    reports = []
    for name in [args.only] if args.only else SCENARIOS:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"== {name} ({args.docs} documents)", flush=True)
            reports.append(await scenario(name, Path(tmp), args.docs))
            print(table(reports[-1:]), flush=True)
    text = table(reports)
    print("\n" + text)
    if not args.no_write:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        body = DOC.read_text() if DOC.exists() else ""
        marker = "<!-- chaos-results -->"
        head = body.split(marker)[0] if marker in body else body
        DOC.write_text(f"{head}{marker}\n\nLast run {stamp}, `make chaos` "
                       f"({args.docs} documents per scenario):\n\n{text}\n")  # fmt: skip
    bad = [r for r in reports if not r.ok and r.scenario != "redis-restart-everysec"]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
