"""Webhook delivery: each outcome POSTed as a signed event, retried over hours, dead-lettered.

Every document's one outcome entry on the summary stream (its summary, or a failed or
cancelled notice: ``services.contract.outcomes``) becomes one event, ``review.completed``,
``review.partial``, ``review.failed`` or ``review.cancelled``, in the Standard Webhooks shape
``{"type", "timestamp", "data"}`` and signed by ``signing.py``. The first attempt runs in the
worker's handler. A failure that is worth retrying is written to the retry schedule
(``retries.py``, at the next delay of ``RetryPolicy``) and the summary entry is acked, so a
waiting retry never holds a worker slot; a periodic job of the same worker makes the due
attempts. After the last attempt the status is ``failed`` with the last error category, and
the delivery is dead-lettered. Per tenant at most ``tenant_limit`` deliveries are in flight:
a summary whose tenant is at the cap is scheduled at once instead of waiting in a slot, so
one tenant's slow receiver cannot delay another tenant's webhooks.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import httpx
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_delay,
    wait_exponential_jitter,
)

from services.contract.outcomes import event_type
from services.contract.store import DocStore, WebhookTarget
from services.ingest.delivery import DeliveryFailed, post_pinned
from services.ingest.retries import Job, RetryPolicy, RetrySchedule, TenantSlots
from services.ingest.signing import (
    LEGACY_DELIVERY as DELIVERY_HEADER,
)
from services.ingest.signing import (
    sign,
    signed_headers,
    verify_signature,
)
from services.ingest.urls import UnresolvableHost, UnsafeURL, resolve_webhook_target
from shared import telemetry as tm
from shared.commit import Output
from shared.connection import TRANSIENT_ERRORS
from shared.deadletter import dead_letter_fields
from shared.envelope import FIELD, Envelope
from shared.errors import PermanentError
from shared.keys import DEAD_LETTER_STREAMS, seen_key
from shared.message import Message
from shared.partitions import hash_tag, retag
from shared.spec import AgentSpec
from shared.worker import Worker

log = logging.getLogger("mesh.webhooks")
LEASE_MARGIN_S = 30.0  # a claimed retry is given back after its deadline plus this
OutcomeHook = Callable[[str, str], Awaitable[None]]  # (tenant, doc id) of each outcome

__all__ = ["DELIVERY_HEADER", "WebhookDispatcher", "event_body", "sign", "verify_signature"]


def event_body(envelope: Envelope) -> bytes:
    """The POST body of an outcome: ``{"type", "timestamp", "data"}`` as compact JSON. The
    timestamp is the outcome's, so every attempt (and a redelivery) sends the same bytes."""
    data = envelope.body
    event = {
        "type": event_type(str(data.get("status", ""))),
        "timestamp": datetime.fromtimestamp(envelope.created_at, UTC).isoformat(),
        "data": data,
    }
    return json.dumps(event, separators=(",", ":")).encode()


@dataclass(frozen=True, slots=True)
class _Outcome:
    kind: Literal["delivered", "retry", "permanent"]
    category: str | None = None  # what the status shows: never raw connection error text


class WebhookDispatcher:
    """Handler for the webhook group on the summary stream, plus its retry schedule.

    Call ``attach(worker)`` once: it runs the due retries on that worker's timer.
    """

    def __init__(
        self,
        store: DocStore,
        client: httpx.AsyncClient,
        secret: str,
        allow_private: bool,
        *,
        tenant_limit: int = 4,
        poll_s: float = 0.5,
        policy: RetryPolicy | None = None,
        on_outcome: OutcomeHook | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.secret = secret
        self.allow_private = allow_private
        self.poll_s = poll_s
        self.policy = policy or RetryPolicy()
        self.on_outcome = on_outcome  # told of every outcome entry (e.g. the in-flight count)
        self.schedule = RetrySchedule(store.redis)
        self.slots = TenantSlots(tenant_limit)
        # httpx times each phase (connect, write, read) separately; this bounds the whole POST.
        phases = [t for t in client.timeout.as_dict().values() if t is not None]
        self.deadline_s = 3 * max(phases, default=10.0)
        self._spec: AgentSpec | None = None
        self._role = "webhook"
        self._running: dict[str, tuple[str, asyncio.Task[None]]] = {}  # id -> (tenant, task)
        self._backlogged: set[str] = set()  # tenants with scheduled deliveries, last we saw
        self._kicks: set[asyncio.Task[None]] = set()
        self._stopped = False

    def attach(self, worker: Worker) -> None:
        """Run the due retries every ``poll_s`` on ``worker``, under its spec's policy."""
        self._spec, self._role = worker.spec, worker.role
        worker.every(self.poll_s, self.run_due)
        worker.on_stop(self.stop)

    # -- first attempt, in a worker slot ------------------------------------------------

    async def handle(self, msg: Message) -> Sequence[Output]:
        """POST the outcome's event to the document's webhook_url, if it has one."""
        doc_id = str(msg.body.get("id", ""))
        target = self._to_deliver(doc_id)
        if self.on_outcome is None:
            doc = await target
        else:  # both in one round trip (the client pipelines what one loop turn sends)
            _, doc = await asyncio.gather(self.on_outcome(msg.envelope.tenant, doc_id), target)
        if doc is None or not doc.webhook_url:  # no webhook, or delivered before a crash
            return []
        if await self.schedule.has(msg.envelope.key):
            return []  # scheduled before a crash kept us from acking: the schedule owns it
        job = Job(delivery_id=msg.envelope.key, doc_id=doc.id, tenant=doc.tenant,
                  attempt=msg.attempt, envelope=msg.envelope.encode().decode(),
                  source=msg.stream, entry_id=msg.entry_id)  # fmt: skip
        if not self.slots.try_acquire(job.tenant):
            await self.schedule.put(job, time.time())  # the tenant is at its cap: queue it
            self._backlogged.add(job.tenant)
            return []
        try:
            outcome = await self._attempt(job, doc.webhook_url)
        finally:
            self._release(job.tenant)
        if outcome.kind == "delivered":
            return []
        if outcome.kind == "retry" and job.attempt < self.policy.max_attempts:
            await self._reschedule(job, outcome)
            return []
        # The worker dead-letters the entry (no seen-marker yet, so it can be redriven).
        raise PermanentError(await self._fail(job, outcome))

    # -- retries, off the worker's slots ------------------------------------------------

    async def run_due(self) -> None:
        """Start the due retries, as many per tenant as its cap leaves free (never waits)."""
        tenants = await self.schedule.tenants()
        self._backlogged = set(tenants)
        for tenant in tenants:
            await self._start_due(tenant)

    async def _start_due(self, tenant: str) -> None:
        """Claim as many of the tenant's due deliveries as it has free slots, and start them."""
        reserved = 0
        while self.slots.try_acquire(tenant):  # reserve first: a claimed id is never left idle
            reserved += 1
        if not reserved:
            return
        try:
            lease = self.deadline_s + LEASE_MARGIN_S
            claimed = await self.schedule.claim(tenant, time.time(), reserved, lease)
        except BaseException:
            for _ in range(reserved):
                self.slots.release(tenant)
            raise
        if not claimed:
            self._backlogged.discard(tenant)
        for delivery_id in claimed:
            if delivery_id in self._running:  # ours, still running: its lease was just renewed
                continue
            reserved -= 1
            task = asyncio.create_task(self._retry(tenant, delivery_id))
            self._running[delivery_id] = (tenant, task)
        for _ in range(reserved):
            self.slots.release(tenant)

    def _release(self, tenant: str) -> None:
        """Give a slot back and, if the tenant has deliveries waiting, start the next at once
        (not at the next poll: a busy tenant's throughput is not capped by the timer)."""
        self.slots.release(tenant)
        if tenant in self._backlogged and not self._stopped:
            kick = asyncio.create_task(self._kick(tenant))
            self._kicks.add(kick)
            kick.add_done_callback(self._kicks.discard)

    async def _kick(self, tenant: str) -> None:
        try:
            await self._start_due(tenant)
        except TRANSIENT_ERRORS as e:  # the next poll tries again
            log.warning(f"could not start due webhooks: {e}")

    async def stop(self) -> None:
        """Cancel retries in flight and make them due again for whoever runs next."""
        self._stopped = True
        for kick in list(self._kicks):
            kick.cancel()
        running = list(self._running.items())
        for _, (_, task) in running:
            task.cancel()
        await asyncio.gather(*(t for _, (_, t) in running), return_exceptions=True)
        for delivery_id, (tenant, _) in running:
            try:
                await self.schedule.release(tenant, [delivery_id], time.time())
            except TRANSIENT_ERRORS:
                log.warning("could not release a webhook retry; its lease will expire")

    async def _retry(self, tenant: str, delivery_id: str) -> None:
        try:
            job = await self.schedule.get(delivery_id)
            if job is None:  # settled by another replica since it was claimed
                await self.schedule.forget(tenant, delivery_id)
                return
            doc = await self._to_deliver(job.doc_id)
            if doc is None or not doc.webhook_url:  # delivered meanwhile, or expired
                await self._drop(job)
                return
            spec = self._spec
            assert spec is not None  # run_due is only scheduled by attach(), which sets it
            outcome = await self._attempt(job, doc.webhook_url)
            if outcome.kind == "delivered":
                await self._drop(job)
            elif outcome.kind == "retry" and job.attempt < self.policy.max_attempts:
                await self._reschedule(job, outcome)
            else:
                await self._dead_letter(job, await self._fail(job, outcome), spec)
        except asyncio.CancelledError:
            raise
        except Exception:
            # The lease runs out and the retry is claimed again: nothing is lost.
            log.exception("webhook retry failed unexpectedly", extra={"delivery": delivery_id})
        finally:
            self._running.pop(delivery_id, None)
            self._release(tenant)

    # -- one attempt --------------------------------------------------------------------

    async def _attempt(self, job: Job, url: str) -> _Outcome:
        """One POST to the address checked for this attempt; records the status."""
        try:  # resolved and checked at every attempt; the POST goes to what was checked
            target = await resolve_webhook_target(url, self.allow_private)
        except UnresolvableHost:
            return _Outcome("retry", "dns")
        except UnsafeURL:
            return _Outcome("permanent", "unsafe address")
        raw = event_body(Envelope.model_validate_json(job.envelope))
        headers = {"Content-Type": "application/json",
                   **signed_headers(self.secret, job.delivery_id, raw)}  # fmt: skip
        try:
            resp = await asyncio.wait_for(
                post_pinned(self.client, target, raw, headers), self.deadline_s
            )
        except DeliveryFailed as e:
            return _Outcome("retry", e.category)
        except TimeoutError:
            return _Outcome("retry", "timeout")
        if resp.is_success:
            # Delivered: record it even through a Redis outage, or the retry would POST again.
            # (A crash before this record can still repeat the POST: receivers dedupe on
            # the webhook-id header, which is the same for every attempt.)
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(TRANSIENT_ERRORS),
                wait=wait_exponential_jitter(multiplier=0.1, max=2.0),
                stop=stop_after_delay(60),
                reraise=True,
            ):
                with attempt:
                    await self.store.record_webhook(job.doc_id, "delivered", job.attempt, None)
            return _Outcome("delivered")
        category = f"HTTP {resp.status_code}"
        if 400 <= resp.status_code < 500 and resp.status_code not in (408, 429):
            return _Outcome("permanent", category)
        return _Outcome("retry", category)

    # -- settling -----------------------------------------------------------------------

    async def _reschedule(self, job: Job, outcome: _Outcome) -> None:
        error = outcome.category or "error"
        await self.store.record_webhook(job.doc_id, "retrying", job.attempt, error)
        due = time.time() + self.policy.delay_s(job.attempt)
        await self.schedule.put(job.next(error), due)
        self._backlogged.add(job.tenant)
        extra = {"doc_id": job.doc_id, "attempt": job.attempt, "error": error}
        log.warning("webhook failed; retry scheduled", extra=extra)

    async def _fail(self, job: Job, outcome: _Outcome) -> str:
        """Record the terminal ``failed`` status; returns the dead-letter reason."""
        error = outcome.category or "error"
        await self.store.record_webhook(job.doc_id, "failed", job.attempt, error)
        return f"webhook delivery failed after {job.attempt} attempt(s): {error}"

    async def _dead_letter(self, job: Job, reason: str, spec: AgentSpec) -> None:
        """Move a scheduled delivery to the dead-letter stream (of its summary's partition).
        Its seen-marker goes in the same step, so a redrive of the dead letter is delivered,
        not skipped as a repeat; then the schedule drops it (another slot on a cluster: a
        crash in between leaves it scheduled, to be tried, or dead-lettered, once more)."""
        dlq = retag(spec.dead_letter_stream, hash_tag(job.source))
        fields = dead_letter_fields(
            source=job.source, entry_id=job.entry_id, group=spec.group, role=self._role,
            version=spec.version, attempts=job.attempt, error=reason,
            raw={FIELD: job.envelope.encode()},
        )  # fmt: skip
        await self.store.redis.sadd(DEAD_LETTER_STREAMS, dlq)
        async with self.store.redis.pipeline(transaction=True) as pipe:
            pipe.xadd(dlq, fields)
            pipe.delete(seen_key(spec.group, job.delivery_id, job.source))
            await pipe.execute()
        await self._drop(job)
        tm.DEAD_LETTERED.labels(job.source, spec.group).inc()
        log.error("webhook dead-lettered", extra={"doc_id": job.doc_id, "error": reason})

    async def _drop(self, job: Job) -> None:
        async with self.store.redis.pipeline(transaction=True) as pipe:
            self.schedule.drop(pipe, job)
            await pipe.execute()

    async def _to_deliver(self, doc_id: str) -> WebhookTarget | None:
        """The document's webhook if it is still to be delivered (not when it was delivered
        before a crash kept us from acking or settling: it is not POSTed again)."""
        return await self.store.webhook_target(doc_id)
