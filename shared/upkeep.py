"""The loops beside a worker's reading: taking over what dead consumers left, keeping the
leases of what is being handled, publishing gauges, trimming, and periodic jobs.

``Upkeep`` is a base of ``Worker`` (``shared/worker.py``): it uses the worker's spec, client,
consumer name and in-flight table, and hands what it recovers to the worker's dispatch.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from shared import telemetry as tm
from shared.backoff import Backoff
from shared.connection import TRANSIENT_ERRORS
from shared.entries import Entry, RawEntry
from shared.retention import trim_outputs
from shared.spec import AgentSpec
from shared.streaminfo import group_depth

log = logging.getLogger("mesh.worker")
Periodic = Callable[[], Awaitable[None]]


class Upkeep:
    """Recovery and housekeeping loops of a worker (see the module)."""

    spec: AgentSpec
    redis: Redis
    consumer: str
    role: str
    _inflight: dict[tuple[str, str], Entry]
    _stopping: asyncio.Event

    async def _dispatch(self, batch: list[RawEntry]) -> None:
        raise NotImplementedError

    async def _recover_own_pending(self) -> None:
        """Entries this consumer name was given before a restart come back first (ID 0)."""
        for stream in self.spec.inputs:
            start = "0"
            while True:
                resp = await self.redis.xreadgroup(
                    self.spec.group, self.consumer, {stream: start}, count=self.spec.batch_size
                )
                entries = resp[0][1] if resp else []
                if not entries:
                    break
                attempts = await self._delivery_counts(stream, [i.decode() for i, _ in entries])
                batch = [
                    RawEntry(stream, i.decode(), f or {}, attempts.get(i.decode(), 1))
                    for i, f in entries
                ]
                await self._dispatch(batch)
                start = entries[-1][0].decode()
        if self._inflight:
            log.info("recovered own pending entries", extra={"group": self.spec.group})

    async def _claim_loop(self) -> None:
        """Take over entries that another (dead or stuck) consumer left idle too long."""
        interval = min(max(self.spec.claim_idle_ms / 2000, 0.05), 30.0)
        cursors = dict.fromkeys(self.spec.inputs, "0-0")
        while not self._stopping.is_set():
            await asyncio.sleep(interval)
            for stream in self.spec.inputs:
                free = self.spec.concurrency - len(self._inflight)
                if free <= 0:
                    break
                try:
                    cursor, entries, _deleted = await self.redis.xautoclaim(
                        stream,
                        self.spec.group,
                        self.consumer,
                        min_idle_time=self.spec.claim_idle_ms,
                        start_id=cursors[stream],
                        count=free,
                    )
                    cursors[stream] = cursor.decode() if isinstance(cursor, bytes) else cursor
                    entries = [(i, f) for i, f in entries if f is not None]
                    if not entries:
                        continue
                    ids = [i.decode() for i, _ in entries]
                    attempts = await self._delivery_counts(stream, ids)
                except TRANSIENT_ERRORS:
                    continue
                except ResponseError as e:
                    if str(e).startswith(("NOGROUP", "UNBLOCKED")):
                        continue
                    raise
                log.info(f"claimed {len(ids)} idle entries", extra=self._ctx(stream=stream))
                batch = [
                    RawEntry(stream, i.decode(), f, attempts.get(i.decode(), 2)) for i, f in entries
                ]
                try:
                    await self._dispatch(batch)
                except TRANSIENT_ERRORS:
                    continue  # they are ours now; the next pass or a restart picks them up

    async def _lease_loop(self) -> None:
        """Reset the idle time of entries still being handled, so nobody steals healthy work."""
        interval = max(self.spec.claim_idle_ms / 3000, 0.03)
        while not self._stopping.is_set():
            await asyncio.sleep(interval)
            by_stream: dict[str, list[str]] = {}
            for stream, entry_id in list(self._inflight):
                by_stream.setdefault(stream, []).append(entry_id)
            for stream, ids in by_stream.items():
                with contextlib.suppress(*TRANSIENT_ERRORS, ResponseError):
                    await self.redis.xclaim(
                        stream, self.spec.group, self.consumer, 0, ids, justid=True
                    )

    async def _delivery_counts(self, stream: str, ids: list[str]) -> dict[str, int]:
        async with self.redis.pipeline(transaction=False) as pipe:
            for i in ids:
                pipe.xpending_range(stream, self.spec.group, i, i, 1)
            rows = await pipe.execute()
        return {(r[0]["message_id"].decode()): int(r[0]["times_delivered"]) for r in rows if r}

    async def _observe_loop(self) -> None:
        """Publish pending/lag gauges and trim output streams per the retention policy."""
        while not self._stopping.is_set():
            try:
                for stream in self.spec.inputs:
                    depth = await group_depth(self.redis, stream, self.spec.group)
                    if depth is not None:
                        tm.PENDING.labels(stream, self.spec.group).set(depth.pending)
                        tm.LAG.labels(stream, self.spec.group).set(depth.lag or 0)
                await trim_outputs(self.redis, self.spec.outputs, self.spec.retention)
            except TRANSIENT_ERRORS:
                pass
            except ResponseError as e:
                if "no such key" not in str(e):
                    log.warning(f"observe/trim failed: {e}", extra=self._ctx())
            await asyncio.sleep(5.0)

    async def _periodic_loop(self, interval_s: float, job: Periodic) -> None:
        while not self._stopping.is_set():
            await asyncio.sleep(interval_s)
            try:
                await job()
            except TRANSIENT_ERRORS as e:
                log.warning(f"periodic job skipped, Redis unavailable: {e}", extra=self._ctx())
            except Exception:
                log.exception("periodic job failed", extra=self._ctx())

    async def _retrying(
        self, op: Callable[[], Awaitable[Any]], give_up: asyncio.Event | None = None
    ) -> Any:
        """Run ``op`` until it gets through Redis outages (exponential backoff, no crash loop)."""
        backoff = Backoff()
        while True:
            try:
                return await op()
            except TRANSIENT_ERRORS as e:
                if give_up is not None and give_up.is_set() and backoff.attempts > 3:
                    raise
                await backoff.wait("redis", e, self._ctx())

    def _ctx(self, e: RawEntry | None = None, **more: Any) -> dict[str, Any]:
        ctx: dict[str, Any] = {
            "group": self.spec.group,
            "consumer": self.consumer,
            "role": self.role,
        }
        if e is not None:
            ctx.update(
                stream=e.stream,
                msg_id=e.entry_id,
                key=e.envelope.key if isinstance(e, Entry) else None,
            )
        ctx.update(more)
        return dict(tm.log_extra(**ctx))
