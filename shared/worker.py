"""The consumer-group worker: one AgentSpec, one async handler, at-least-once in, once out."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Sequence
from dataclasses import replace
from typing import Any

from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from shared import telemetry as tm
from shared.backoff import Backoff
from shared.commit import Committer, Guarded, Output
from shared.connection import TRANSIENT_ERRORS, is_cluster
from shared.deadletter import dead_letter_fields
from shared.entries import Entry, EntryMetrics, RawEntry, stream_rows
from shared.envelope import decode
from shared.errors import DecodeError, PermanentError, RetryLater
from shared.keys import DEAD_LETTER_STREAMS, seen_key
from shared.link import Link
from shared.message import Message
from shared.partitions import hash_tag, read_groups, retag
from shared.spec import AgentSpec
from shared.upkeep import Periodic, Upkeep

log = logging.getLogger("mesh.worker")
_NO_SPAN: contextlib.nullcontext[None] = contextlib.nullcontext()


Handler = Callable[[Message], Awaitable[Sequence[Output]]]


class Worker(Upkeep):
    """Runs ``handler`` over the spec's input streams in its consumer group until stopped."""

    def __init__(
        self, spec: AgentSpec, handler: Handler, redis: Redis, *, consumer: str, role: str = ""
    ) -> None:
        self.spec = spec.effective()
        self.handler = handler
        self.redis = redis
        self.consumer = consumer
        self.role = role or spec.name
        self.committer = Committer(redis)
        self._tracer = tm.tracer()
        # Checked once: with no exporter no span objects are built per message at all.
        self._tracing = tm.tracing_enabled()
        self._metrics: dict[str, EntryMetrics] = {}
        self._in_flight_gauge = tm.IN_FLIGHT.labels(self.spec.group)
        self._inflight: dict[tuple[str, str], Entry] = {}
        self._by_key: dict[str, asyncio.Task[None]] = {}  # latest task per idempotency key
        self._slots = asyncio.Semaphore(spec.concurrency)
        self._stopping = asyncio.Event()
        self._paused_until = 0.0
        self._periodic: list[tuple[float, Periodic]] = []
        self._on_stop: list[Periodic] = []
        self._groups_ready = False
        self._tasks: list[asyncio.Task[None]] = []

    # -- public surface -------------------------------------------------------------

    def every(self, interval_s: float, job: Periodic) -> None:
        """Run ``job`` every ``interval_s`` while the worker runs (errors are logged)."""
        self._periodic.append((interval_s, job))

    def on_stop(self, job: Periodic) -> None:
        """Run ``job`` once after draining (e.g. to close an HTTP client)."""
        self._on_stop.append(job)

    @property
    def ready(self) -> bool:
        """True once the consumer groups exist and the loop is reading."""
        return self._groups_ready and not self._stopping.is_set()

    async def run(self) -> None:
        """Create groups, recover own pending entries, then read until ``stop()``."""
        while True:
            await self._retrying(self._ensure_groups)
            try:
                await self._retrying(self._recover_own_pending)
                break
            except ResponseError as e:
                if not str(e).startswith("NOGROUP"):
                    raise
                # Redis lost everything between the two steps: no pending entries either.
                log.warning("group missing (Redis lost data?); recreating", extra=self._ctx())
        # One blocking read per set of streams a single XREADGROUP may read: all inputs on
        # one Redis, one partition's inputs at a time on a cluster.
        loops = [self._read_loop(s) for s in read_groups(self.spec.inputs, is_cluster(self.redis))]
        loops += [self._claim_loop(), self._lease_loop(), self._observe_loop()]
        loops += [self._periodic_loop(i, job) for i, job in self._periodic]
        self._tasks = [asyncio.create_task(c) for c in loops]
        stopping = asyncio.create_task(self._stopping.wait())
        done, _ = await asyncio.wait([stopping, *self._tasks], return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t is not stopping and not t.cancelled() and t.exception() is not None:
                # A loop died of something unexpected: fail loudly so the supervisor restarts us.
                self.stop()
                raise t.exception() or RuntimeError("worker loop ended")

    def stop(self) -> None:
        """Stop reading; in-flight handlers keep running until ``drain``."""
        self._stopping.set()

    async def drain(self, deadline_s: float) -> int:
        """Wait up to ``deadline_s`` for in-flight handlers; returns how many were left pending."""
        self.stop()
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        running = [e.task for e in self._inflight.values() if e.task]
        left: set[asyncio.Task[None]] = set()
        if running:
            _, left = await asyncio.wait(running, timeout=deadline_s)
            for t in left:
                t.cancel()
            await asyncio.gather(*left, return_exceptions=True)
        for job in self._on_stop:
            try:
                await job()
            except Exception:
                log.exception("on_stop job failed", extra=self._ctx())
        self._on_stop.clear()
        return len(left)

    # -- reading --------------------------------------------------------------------

    async def _ensure_groups(self) -> None:
        for stream in self.spec.inputs:
            try:
                await self.redis.xgroup_create(
                    stream, self.spec.group, id=self.spec.start_id, mkstream=True
                )
            except ResponseError as e:
                if "BUSYGROUP" not in str(e):
                    raise
        self._groups_ready = True

    async def _read_loop(self, inputs: list[str]) -> None:
        link = Link.of(self.redis)
        try:
            await self._read_until_stopped(link, inputs)
        finally:
            if link is not None:
                await link.close()

    async def _read(self, link: Link | None, streams: dict[str, str], count: int) -> list[RawEntry]:
        """One XREADGROUP for new entries: on the loop's own link, or through the client."""
        if link is None:
            resp = await self.redis.xreadgroup(
                self.spec.group, self.consumer, streams, count=count, block=self.spec.block_ms
            )
            return [
                RawEntry(s.decode(), i.decode(), f or {}, 1) for s, rows in resp for i, f in rows
            ]
        cmd = ("XREADGROUP", "GROUP", self.spec.group, self.consumer, "COUNT", count,
               "BLOCK", self.spec.block_ms, "STREAMS", *streams, *streams.values())  # fmt: skip
        (reply,) = await link.call([cmd], blocking=True)
        if isinstance(reply, Exception):
            raise reply
        return stream_rows(reply)

    async def _read_until_stopped(self, link: Link | None, inputs: list[str]) -> None:
        streams = dict.fromkeys(inputs, ">")
        backoff = Backoff()
        while not self._stopping.is_set():
            pause = self._paused_until - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
                continue
            free = self.spec.concurrency - len(self._inflight)
            if free <= 0:
                await self._slot_freed()
                continue
            try:
                batch = await self._read(link, streams, min(self.spec.batch_size, free))
                backoff.reset()
            except TRANSIENT_ERRORS as e:
                await backoff.wait("read", e, self._ctx())
                continue
            except ResponseError as e:
                if not str(e).startswith(("NOGROUP", "UNBLOCKED")):
                    raise
                log.warning("group missing (Redis lost data?); recreating", extra=self._ctx())
                await self._retrying(self._ensure_groups)
                continue
            try:
                await self._dispatch(batch)
            except TRANSIENT_ERRORS as e:
                # These entries are now pending on us: once Redis is back, read them again
                # from our own pending list (ID 0) rather than waiting for a reclaim.
                await backoff.wait("dispatch", e, self._ctx())
                await self._retrying(self._recover_own_pending)

    async def _slot_freed(self) -> None:
        async with self._slots:
            pass
        await asyncio.sleep(0)

    async def _dispatch(self, batch: list[RawEntry]) -> None:
        """Decode, drop repeats already committed by this group, start handlers."""
        fresh: list[Entry] = []
        for raw in batch:
            if (raw.stream, raw.entry_id) in self._inflight:
                continue
            try:
                envelope = decode(raw.fields)
            except DecodeError as err:
                await self._dead_letter(raw, str(err))
                continue
            fresh.append(Entry(raw.stream, raw.entry_id, raw.fields, raw.attempt, envelope))
        if not fresh:
            return
        if self.spec.seen_check == "read":
            fresh = await self._drop_seen(fresh)
        if self.spec.inline:
            await self._inline_batch(fresh)
            return
        for e in fresh:
            self._spawn(e, self._process(e, self._by_key.get(e.envelope.key)))

    async def _drop_seen(self, entries: list[Entry]) -> list[Entry]:
        """Ack and drop entries whose key this group has already committed (one round trip)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for e in entries:
                pipe.exists(seen_key(self.spec.group, e.envelope.key, e.stream))
            seen = await pipe.execute()
        fresh = []
        for e, already in zip(entries, seen, strict=True):
            if already:
                self._m(e.stream).skipped.inc()
                await self.redis.xack(e.stream, self.spec.group, e.entry_id)
            else:
                fresh.append(e)
        return fresh

    def _spawn(self, e: Entry, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work`` for ``e`` as its own task, as the latest in flight for its key."""
        self._inflight[(e.stream, e.entry_id)] = e
        e.task = asyncio.create_task(work)
        self._by_key[e.envelope.key] = e.task

    def _m(self, stream: str) -> EntryMetrics:
        m = self._metrics.get(stream)
        if m is None:
            m = self._metrics[stream] = EntryMetrics.of(stream, self.spec.group)
        return m

    def _span(self, e: Entry) -> contextlib.AbstractContextManager[Span | None]:
        """The consumer span of one attempt, or no span at all when tracing is off."""
        if not self._tracing:
            return _NO_SPAN
        return self._traced(e)

    @contextlib.contextmanager
    def _traced(self, e: Entry) -> Iterator[Span]:
        with self._tracer.start_as_current_span(
            f"{self.spec.group} process",
            context=tm.context_from(e.envelope.traceparent),
            kind=SpanKind.CONSUMER,
        ) as span:
            span.set_attributes(
                {
                    "messaging.system": "redis",
                    "messaging.destination.name": e.stream,
                    "messaging.consumer.group.name": self.spec.group,
                    "messaging.message.id": e.entry_id,
                    "mesh.key": e.envelope.key,
                    "mesh.attempt": e.attempt,
                }
            )
            yield span

    # -- inline (batch) handling ---------------------------------------------------------

    async def _inline_batch(self, entries: list[Entry]) -> None:
        """Handle a read batch in this task, entry after entry; commit it in one pipeline.

        Per-key order: an entry whose key still has a retry task here joins that task's
        queue; with the read-time seen-check, a key repeated inside the batch waits for the
        earlier entry's commit and is then skipped. With ``seen_check: commit`` the commits
        go out in read order and the commit script refuses the repeat.
        """
        commits: list[Coroutine[Any, Any, None]] = []
        keys: set[str] = set()
        for e in entries:
            self._inflight[(e.stream, e.entry_id)] = e  # leased, and not dispatched twice
        self._in_flight_gauge.inc(len(entries))
        try:
            for e in entries:
                key = e.envelope.key
                earlier = self._by_key.get(key)
                if earlier is not None:
                    self._spawn(e, self._process(e, earlier))
                    continue
                if key in keys and self.spec.seen_check == "read":
                    await self._settle(commits)  # the earlier entry's commit lands first
                    commits = []
                    if await self.redis.exists(seen_key(self.spec.group, key, e.stream)):
                        self._m(e.stream).skipped.inc()
                        await self.redis.xack(e.stream, self.spec.group, e.entry_id)
                        continue
                keys.add(key)
                outputs = await self._handle_once(e)
                if outputs is not None:
                    commits.append(self._commit(e, outputs))
            await self._settle(commits)
        finally:
            self._in_flight_gauge.dec(len(entries))
            for e in entries:
                if e.task is None:
                    self._inflight.pop((e.stream, e.entry_id), None)

    async def _settle(self, commits: list[Coroutine[Any, Any, None]]) -> None:
        """Await the commits together, so the Committer sends them in one pipeline."""
        if commits:
            await asyncio.gather(*commits)

    async def _handle_once(self, e: Entry) -> Sequence[Output] | None:
        """One inline attempt: the outputs, or None when the entry was dead-lettered or
        handed to a task that retries it after a delay (the batch does not wait for it)."""
        m = self._m(e.stream)
        if e.attempt > 1:
            m.redelivered.inc()
        msg = Message(e.stream, e.entry_id, e.envelope, e.attempt, self.spec, e.fields)
        started = time.perf_counter()
        with self._span(e) as span:
            try:
                return await self.handler(msg)
            except RetryLater as pause:
                self._pause(pause.delay_s, str(pause))
                self._spawn(e, self._process(e, None, delay_s=pause.delay_s))
            except Exception as err:
                if await self._failed(e, err, span, m):
                    self._spawn(e, self._process(e, None, delay_s=-1.0))
            finally:
                m.latency.observe(time.perf_counter() - started)
        return None

    async def _failed(self, e: Entry, err: Exception, span: Span | None, m: EntryMetrics) -> bool:
        """Record a handler failure; dead-letter it if final. True when it should be retried."""
        if span is not None:
            span.record_exception(err)
            span.set_status(Status(StatusCode.ERROR, str(err)))
        m.failed.inc()
        # Redis unreachable or failing over is not the message's fault: retried until it is
        # back, never dead-lettered for it (a failover would otherwise dead-letter healthy work).
        final = e.attempt >= self.spec.max_deliveries and not isinstance(err, TRANSIENT_ERRORS)
        if isinstance(err, PermanentError) or final:
            await self._dead_letter(e, f"{type(err).__name__}: {err}")
            return False
        log.warning(
            "handler failed; will retry",
            extra=self._ctx(e, error=f"{type(err).__name__}: {err}"),
        )
        return True

    # -- handling -------------------------------------------------------------------

    async def _process(
        self, e: Entry, same_key: asyncio.Task[None] | None, delay_s: float = 0.0
    ) -> None:
        """Handle ``e`` until committed or dead-lettered. ``delay_s`` > 0: an inline attempt
        asked to wait (RetryLater); < 0: an inline attempt failed and is retried after the
        backoff, counted as a new delivery."""
        m = self._m(e.stream)
        try:
            if same_key is not None:
                # A repeat of a key already in flight here: let the first finish, then
                # it is a no-op if that one committed (first one wins, deterministically).
                await asyncio.wait([same_key])
                if await self.redis.exists(seen_key(self.spec.group, e.envelope.key, e.stream)):
                    m.skipped.inc()
                    await self.redis.xack(e.stream, self.spec.group, e.entry_id)
                    return
            counted = False
            if delay_s > 0:
                await asyncio.sleep(delay_s)
                counted = True  # this attempt was counted when it started inline
            elif delay_s < 0:
                await asyncio.sleep(self._retry_delay(e.attempt))
                await self._reclaim_for_retry(e)
            async with self._slots:
                self._in_flight_gauge.inc()
                try:
                    await self._handle_until_settled(e, m, counted=counted)
                finally:
                    self._in_flight_gauge.dec()
        finally:
            self._inflight.pop((e.stream, e.entry_id), None)
            if self._by_key.get(e.envelope.key) is e.task:
                del self._by_key[e.envelope.key]

    async def _handle_until_settled(self, e: Entry, m: EntryMetrics, *, counted: bool) -> None:
        if e.attempt > 1 and not counted:
            m.redelivered.inc()
        while True:
            msg = Message(e.stream, e.entry_id, e.envelope, e.attempt, self.spec, e.fields)
            started = time.perf_counter()
            with self._span(e) as span:
                try:
                    outputs = await self.handler(msg)
                except RetryLater as pause:
                    self._pause(pause.delay_s, str(pause))
                    await asyncio.sleep(pause.delay_s)
                    continue
                except Exception as err:
                    if not await self._failed(e, err, span, m):
                        return
                    await asyncio.sleep(self._retry_delay(e.attempt))
                    await self._reclaim_for_retry(e)
                    m.redelivered.inc()
                    continue
                finally:
                    m.latency.observe(time.perf_counter() - started)
                await self._commit(e, outputs)
                return

    async def _commit(self, e: Entry, outputs: Sequence[Output]) -> None:
        # The commit is idempotent (seen-marker), so retrying it after a dropped
        # connection can never publish twice. Outputs go to the input's partition: one
        # slot for the whole step, and input and outputs fail over together.
        # A handler's state step (a Guard) runs inside the same commit, before publishing.
        guard = outputs.guard if isinstance(outputs, Guarded) else None
        tag = hash_tag(e.stream)
        if tag:
            outputs = [replace(o, stream=retag(o.stream, tag)) for o in outputs]
        result = await self._retrying(
            lambda: self.committer.commit(
                outputs,
                stream=e.stream,
                group=self.spec.group,
                entry_id=e.entry_id,
                seen=seen_key(self.spec.group, e.envelope.key, e.stream),
                ttl_s=self.spec.dedupe_ttl_s,
                guard=guard,
            ),
            give_up=self._stopping,
        )
        m = self._m(e.stream)
        if result == -1:
            m.skipped.inc()
        else:
            m.processed.inc()

    async def _reclaim_for_retry(self, e: Entry) -> None:
        """Count the retry as a delivery in Redis, so a crash does not reset the attempt count."""
        with contextlib.suppress(*TRANSIENT_ERRORS):
            await self.redis.xclaim(e.stream, self.spec.group, self.consumer, 0, [e.entry_id])
        e.attempt += 1

    async def _dead_letter(self, e: RawEntry, reason: str) -> None:
        # In the source's partition, so moving the entry (XADD + XACK) is one slot; the
        # registry is a single-key SADD of its own, made first, so no dead letter is unlisted.
        dlq = retag(self.spec.dead_letter_stream, hash_tag(e.stream))
        fields = dead_letter_fields(
            source=e.stream,
            entry_id=e.entry_id,
            group=self.spec.group,
            role=self.role,
            version=self.spec.version,
            attempts=e.attempt,
            error=reason,
            raw=e.fields,
        )

        async def move() -> None:
            await self.redis.sadd(DEAD_LETTER_STREAMS, dlq)
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.xadd(dlq, fields)
                pipe.xack(e.stream, self.spec.group, e.entry_id)
                await pipe.execute()

        await self._retrying(move, give_up=self._stopping)
        self._m(e.stream).dead_lettered.inc()
        log.error("dead-lettered", extra=self._ctx(e, error=reason))

    def _retry_delay(self, attempt: int) -> float:
        base = self.spec.retry_backoff_ms * 2.0 ** (attempt - 1)
        return min(base, self.spec.retry_backoff_max_ms) / 1000 * random.uniform(0.5, 1.0)

    def _pause(self, delay_s: float, reason: str) -> None:
        until = time.monotonic() + delay_s
        if until > self._paused_until:
            self._paused_until = until
            tm.PAUSED.labels(self.spec.group).inc(delay_s)
            log.warning(f"consumer paused {delay_s:.1f}s: {reason}", extra=self._ctx())
