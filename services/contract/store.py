"""Document state in Redis: status, plan, partials and summary, keyed by document id."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from prometheus_client import Counter
from pydantic import BaseModel, Field
from redis.asyncio import Redis

from services.contract.keys import (
    deadlines_key,
    doc_deadlines,
    doc_key,
    events_key,
    idempotency_key,
    idempotency_partition,
    partials_key,
    tenant_docs_key,
    text_key,
)
from services.contract.lanes import intake_keys
from services.contract.models import DocumentTask, Partial
from services.contract.store_scripts import (
    ENQUEUE_LUA,
    FAIL_LUA,
    FINISH_LUA,
    INDEX_LUA,
    INTAKE_ONCE_LUA,
    OFFER_LUA,
    PLAN_LUA,
    UPDATE_LUA,
)
from services.contract.streams import tasks_stream
from shared.commit import Guard
from shared.envelope import Envelope, new_id
from shared.partitions import layout
from shared.replication import Replicated
from shared.settings import Settings

PARTIALS_LATE = Counter(
    "mesh_partials_late_total",
    "Partials that arrived after their document's summary, or after its state expired",
)
DocStatusName = Literal["queued", "processing", "done", "partial", "failed", "cancelled"]
EVENTS_CAP = 1000  # a document's event stream keeps about this many (progress, then summary)
# The partials a lens's commit adds to the entry it forwards to the aggregator, at most
# (bytes): over it, the entry stays small and the aggregator reads them itself.
FORWARD_MAX_BYTES = 64 * 1024


class StateGone(Exception):
    """The document's state has expired or was purged: its messages are late, not retried."""


class DocumentCancelled(Exception):
    """The client cancelled the document: it is not planned, and its summary is the
    cancelled one the aggregator's sweep writes."""


class IdempotencyConflict(Exception):
    """An Idempotency-Key was reused with a different request."""

    def __init__(self, doc_id: str) -> None:
        super().__init__("Idempotency-Key reused with a different request")
        self.doc_id = doc_id


def request_digest(request: dict[str, Any]) -> str:
    """SHA-256 of a request's canonical JSON (sorted keys): equal requests, equal digests."""
    canonical = json.dumps(request, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def partial_field(chunk_id: int, lens: str) -> str:
    """The field of one (chunk, lens) partial in the partials hash."""
    return f"{chunk_id}:{lens}"


class Plan(BaseModel):
    """What the coordinator expects for a document: every chunk × lens."""

    lenses: list[str]
    chunks: int
    deadline: float

    @property
    def expected(self) -> int:
        return self.chunks * len(self.lenses)


@dataclass(frozen=True, slots=True)
class Offer:
    """What became of a partial offered to its document: ``stored`` (``count`` partials are
    stored now), ``counted`` (a repeat of one the summary already holds), ``late`` (the
    summary is out, or the plan does not expect it), ``no_plan`` (not planned yet),
    ``cancelled`` (the client cancelled it) or ``gone`` (its state has expired or was
    deleted)."""

    outcome: Literal["stored", "counted", "late", "no_plan", "cancelled", "gone"]
    plan: Plan | None
    count: int
    created_at: float = 0.0  # with ``stored`` when ``count`` completes the plan:
    stored: dict[str, str] | None = None  # every partial, by ``chunk:lens``
    title: str | None = None  # and what the summary echoes of the submission
    metadata: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class WebhookTarget:
    """A document's webhook still to be delivered: whose it is and where it goes."""

    id: str
    tenant: str
    webhook_url: str


class DocStatus(BaseModel):
    """A document's state as the API reports it."""

    id: str
    tenant: str
    status: DocStatusName
    done: int
    expected: int
    created_at: float
    updated_at: float
    title: str | None = None
    metadata: dict[str, Any] | None = None  # the client's, kept once here (not in tasks)
    webhook_url: str | None = None
    plan: Plan | None = None
    summary: dict[str, Any] | None = None
    webhook: dict[str, Any] | None = None  # delivery status, attempts, last error
    task_id: str | None = None  # the intake stream entry that carries the document


class DocSettings(Settings):
    """Settings of every role that reads or writes document state.

    ``doc_ttl_s`` is the one source of a document's retention: its state's, and (through
    ``services.contract.specs``) that of every seen/once marker a role sets for it, which
    must live at least as long as the state, so nothing of a document is redone while the
    state exists, and a message that outlives the state is dropped as late.
    """

    doc_ttl_s: int = Field(default=7 * 24 * 3600, gt=0)  # MESH_DOC_TTL_S: state kept after


@dataclass(frozen=True, slots=True)
class Intake:
    """A document accepted with an Idempotency-Key: ``queued`` (new), ``requeued`` (its task
    was lost or its state gone: queued again) or ``existing`` (already on its way)."""

    doc_id: str
    outcome: Literal["queued", "requeued", "existing"]


class DocStore:
    """Reads and writes document state; every write refreshes the retention TTL."""

    def __init__(
        self, redis: Redis, ttl_s: int = 7 * 24 * 3600, replicated: Replicated | None = None
    ) -> None:
        self.redis = redis
        self.ttl_s = ttl_s
        # Intake waits for replicas (WAIT) when set: what ingest acknowledges survives the
        # loss of the primary. NotReplicated when they do not confirm in time.
        self.replicated = replicated

    async def enqueue(
        self,
        task: DocumentTask,
        tenant: str,
        *,
        webhook_url: str | None = None,
        metadata: dict[str, Any] | None = None,
        traceparent: str | None = None,
    ) -> str:
        """Record the document as queued and put it on the intake stream for the
        coordinator (or its tenant's lane), in one atomic step; returns the task's entry id."""
        env = _intake_envelope(task, tenant, traceparent)
        fields = _fields(tenant, task.title, webhook_url, metadata)
        key = doc_key(task.doc_id)
        args = (ENQUEUE_LUA, 6, key, text_key(task.doc_id),
                *intake_keys(tasks_stream(task.doc_id), tenant),
                self.ttl_s, task.text, env.encode(),
                *(x for kv in fields.items() for x in kv))  # fmt: skip
        if self.replicated is None:
            task_id = await self.redis.eval(*args)
        else:
            # Confirmed by replicas before the client is answered (NotReplicated if not).
            task_id = await self.replicated.execute(key, "EVAL", *args)
        await self._index(tenant, task.doc_id)
        return str(task_id.decode())

    async def enqueue_once(
        self,
        task: DocumentTask,
        tenant: str,
        *,
        key: str,
        digest: str,
        key_ttl_s: int,
        webhook_url: str | None = None,
        metadata: dict[str, Any] | None = None,
        traceparent: str | None = None,
    ) -> Intake:
        """Queue ``task`` under the tenant's Idempotency-Key ``key`` in one atomic step.

        The first request with a key queues its document; a repeat with the same request
        ``digest`` gets that document's id (and queues it again only if its task was lost);
        a different request raises IdempotencyConflict.
        """
        idem = idempotency_key(tenant, key)
        held = await self.redis.hget(idem, "doc")
        if held is not None:  # a retry: build the task under the id the key holds
            task = task.model_copy(update={"doc_id": held.decode()})
        elif layout().partition(task.doc_id) != (home := idempotency_partition(tenant, key)):
            # The document is created in its key's partition: one slot for the whole step.
            task = task.model_copy(update={"doc_id": layout().id_in(home, new_id)})
        env = _intake_envelope(task, tenant, traceparent)
        fields = _fields(tenant, task.title, webhook_url, metadata)
        # The text first (a retry's is the same: NX keeps the first), so no document is
        # ever queued without it; one whose intake then fails leaves it to expire.
        await self.redis.set(text_key(task.doc_id), task.text, ex=self.ttl_s, nx=True)
        args = (INTAKE_ONCE_LUA, 6, idem, doc_key(task.doc_id),
                *intake_keys(tasks_stream(task.doc_id), tenant),
                task.doc_id, digest, key_ttl_s, self.ttl_s, env.encode(),
                *(x for kv in fields.items() for x in kv))  # fmt: skip
        if self.replicated is None:
            reply = await self.redis.eval(*args)
        else:
            reply = await self.replicated.execute(idem, "EVAL", *args)
        outcome, doc_id = reply[0].decode(), reply[1].decode()
        if outcome == "conflict":
            raise IdempotencyConflict(doc_id)
        if outcome == "existing" and self.replicated is not None:
            # Nothing written now: a write of our own behind the first request's (Redis
            # replicates in order) tells us once replicas have that one too.
            await self.replicated.execute(idem, "HSET", idem, "confirmed", "1")
        await self._index(tenant, doc_id)
        return Intake(doc_id, outcome)

    async def _index(self, tenant: str, doc_id: str) -> None:
        """List the document under its tenant (after its state exists: a crash in between
        leaves a document out of the listing, never an id without a document in it), and
        drop entries older than any state can be."""
        now = time.time()
        # One command (not a pipeline) so that it shares its write with whatever else this
        # process sends in the same loop turn (``shared.autopipeline``).
        await self.redis.eval(INDEX_LUA, 1, tenant_docs_key(tenant), doc_id, f"{now:.6f}",
                              f"{now - 2 * self.ttl_s:.6f}", 2 * self.ttl_s)  # fmt: skip

    def plan_guard(
        self, doc_id: str, plan: Plan, refused: Callable[[list[Any]], None] | None = None
    ) -> Guard:
        """The plan step, to run inside the fan-out's commit (``shared.commit.Guard``): it
        stores the plan (a repeat keeps the first deadline) and schedules the deadline, and
        the tasks go out only if it replies ``planned``: not when the state has expired
        (``gone``) or the client cancelled the document (``cancelled``)."""
        return Guard(
            PLAN_LUA,
            (doc_key(doc_id), doc_deadlines(doc_id), text_key(doc_id)),
            (plan.model_dump_json(), f"{time.time():.6f}", self.ttl_s, doc_id),
            proceed="planned",
            refused=refused,
        )

    async def record_plan(self, doc_id: str, plan: Plan) -> Plan:
        """The plan step on its own; returns the plan as stored. StateGone if the state has
        expired, DocumentCancelled if the client cancelled it."""
        guard = self.plan_guard(doc_id, plan)
        reply = await self.redis.eval(guard.lua, len(guard.keys), *guard.keys, *guard.args)
        if reply[0] == b"gone":
            raise StateGone(f"the state of document {doc_id} has expired or was purged")
        if reply[0] == b"cancelled":
            raise DocumentCancelled(f"document {doc_id} was cancelled")
        return Plan.model_validate_json(reply[1])

    def offer_guard(self, partial: Partial) -> Guard:
        """The offer of ``partial``, to run inside the lens's commit (``shared.commit.Guard``):
        it stores the partial as ``offer_partial`` does, and the partial goes on to the
        aggregator only if it replies ``forward``: when it completes the plan (or there is no
        plan yet to count it by). So the aggregator wakes once per document, not per partial.
        Any other reply means the partial was kept (``stored``), or dropped as late (``late``,
        ``counted``, ``cancelled``, ``gone``: counted in PARTIALS_LATE), and the lens has
        nothing to send."""
        args = (*self._offer_args(partial), "forward", FORWARD_MAX_BYTES)
        return Guard(OFFER_LUA, _offer_keys(partial.doc_id), args, "forward", _count_late)

    @staticmethod
    def forwarded(fields: dict[bytes, bytes]) -> Offer | None:
        """What a lens's commit read for the summary when its partial completed the plan and
        added to the entry it forwarded (``offer_guard``): the completed offer, as
        ``offer_partial`` of that partial would reply, without its round trip. None when the
        entry carries none (too large, no plan yet, or another publisher)."""
        plan = fields.get(b"plan")
        if plan is None:
            return None
        stored = {k[2:].decode(): v.decode() for k, v in fields.items() if k.startswith(b"p:")}
        return _completed(plan, fields[b"created_at"], stored, fields.get(b"title"),
                          fields.get(b"metadata"))  # fmt: skip

    async def offer_partial(self, partial: Partial) -> Offer:
        """Store one partial unless it is late, in one atomic step; says what happened."""
        keys = _offer_keys(partial.doc_id)
        reply = await self.redis.eval(OFFER_LUA, len(keys), *keys, *self._offer_args(partial), "")
        outcome = reply[0].decode()
        plan = Plan.model_validate_json(reply[1]) if len(reply) > 1 else None
        count = int(reply[2]) if len(reply) > 2 else 0
        if len(reply) < 5:
            return Offer(outcome, plan, count)
        flat = reply[4]
        stored = {flat[i].decode(): flat[i + 1].decode() for i in range(0, len(flat), 2)}
        return _completed(reply[1], reply[3], stored, *reply[5:7])

    def _offer_args(self, partial: Partial) -> tuple[str | int, ...]:
        field = partial_field(partial.chunk_id, partial.lens)
        return (field, partial.lens, partial.chunk_id, partial.model_dump_json(), self.ttl_s,
                f"{time.time():.6f}", EVENTS_CAP)  # fmt: skip

    async def partials(self, doc_id: str) -> dict[str, str]:
        """Every stored partial, by ``chunk:lens``."""
        raw = await self.redis.hgetall(partials_key(doc_id))
        return {k.decode(): v.decode() for k, v in raw.items()}

    def finish_guard(
        self,
        doc_id: str,
        status: DocStatusName,
        summary_json: str,
        *,
        unschedule: bool = False,
        refused: Callable[[list[Any]], None] | None = None,
        proceeded: Callable[[], None] | None = None,
    ) -> Guard:
        """The summary decision, to run inside the commit that publishes the summary
        (``shared.commit.Guard``): it stores the summary unless one exists (and, with
        ``unschedule``, drops the deadline), and the summary goes out only if this one
        ``won``. Whoever stores first publishes in the same step, so a loser (its reply is
        the winner's status and summary) has nothing to send; nor has a decision on an
        expired state (``gone``) or, but for the cancelled summary, a cancelled document."""
        return Guard(
            FINISH_LUA,
            (doc_key(doc_id), doc_deadlines(doc_id), events_key(doc_id)),
            (
                doc_id,
                status,
                summary_json,
                f"{time.time():.6f}",
                "1" if unschedule else "0",
                EVENTS_CAP,
            ),
            proceed="won",
            refused=refused,
            proceeded=proceeded,
        )

    async def finish(
        self, doc_id: str, status: DocStatusName, summary_json: str, *, unschedule: bool = False
    ) -> tuple[str, str]:
        """The summary decision on its own; returns the (status, summary) that won.
        StateGone if the state has expired, DocumentCancelled if a summary other than the
        cancelled one comes too late."""
        guard = self.finish_guard(doc_id, status, summary_json, unschedule=unschedule)
        won = await self.redis.eval(guard.lua, len(guard.keys), *guard.keys, *guard.args)
        if won[0] == b"gone":
            raise StateGone(f"the state of document {doc_id} has expired or was purged")
        if won[0] == b"cancelled":
            raise DocumentCancelled(f"document {doc_id} was cancelled")
        if won[0] == b"won":
            return status, summary_json
        return won[0].decode(), won[1].decode()

    async def unschedule(self, doc_id: str) -> None:
        """Drop the document's deadline (once its summary is safely on its way)."""
        await self.redis.zrem(doc_deadlines(doc_id), doc_id)

    async def record_webhook(
        self, doc_id: str, status: str, attempts: int, error: str | None
    ) -> None:
        """Remember how delivery of the document's webhook went."""
        state = {"status": status, "attempts": attempts, "error": error, "at": time.time()}
        await self._update(doc_id, {"webhook": json.dumps(state)})

    async def mark_failed(self, doc_id: str, reason: str) -> None:
        """A document that cannot be reviewed at all (e.g. its task was dead-lettered)."""
        await self.redis.eval(FAIL_LUA, 2, doc_key(doc_id), events_key(doc_id), reason,
                              f"{time.time():.6f}", EVENTS_CAP)  # fmt: skip
        await self.redis.zrem(doc_deadlines(doc_id), doc_id)

    async def _update(self, doc_id: str, fields: dict[str, str]) -> bool:
        """Set ``fields`` of the document's state if it still exists."""
        args = [x for kv in fields.items() for x in kv]
        return bool(await self.redis.eval(UPDATE_LUA, 1, doc_key(doc_id), *args))

    async def due(self, now: float, limit: int = 100) -> list[str]:
        """Documents whose deadline has passed without a summary."""
        due: list[str] = []
        for partition in range(layout().count):
            ids = await self.redis.zrangebyscore(
                deadlines_key(partition), "-inf", now, start=0, num=limit - len(due)
            )
            due += [i.decode() for i in ids]
            if len(due) >= limit:
                break
        return due

    async def webhook_target(self, doc_id: str) -> WebhookTarget | None:
        """Where the document's webhook goes, unless it has none or it was delivered: three
        fields, not the whole state (the summary may be large), on every outcome."""
        tenant, url, state = await self.redis.hmget(
            doc_key(doc_id), "tenant", "webhook_url", "webhook"
        )
        if tenant is None or not url:
            return None
        if state is not None and json.loads(state).get("status") == "delivered":
            return None
        return WebhookTarget(doc_id, tenant.decode(), url.decode())

    async def get(self, doc_id: str) -> DocStatus | None:
        """The document's state, or None if unknown (or expired)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(doc_key(doc_id))
            pipe.hlen(partials_key(doc_id))
            raw, done = await pipe.execute()
        if not raw:
            return None
        f = {k.decode(): v.decode() for k, v in raw.items()}
        plan = Plan.model_validate_json(f["plan"]) if "plan" in f else None
        return DocStatus(
            id=doc_id,
            tenant=f.get("tenant", "default"),
            status=f.get("status", "queued"),
            done=min(int(done), plan.expected) if plan else 0,
            expected=plan.expected if plan else 0,
            created_at=float(f.get("created_at", 0)),
            updated_at=float(f.get("updated_at", 0)),
            title=f.get("title"),
            metadata=json.loads(f["metadata"]) if "metadata" in f else None,
            webhook_url=f.get("webhook_url"),
            plan=plan,
            summary=json.loads(f["summary"]) if "summary" in f else None,
            webhook=json.loads(f["webhook"]) if "webhook" in f else None,
            task_id=f.get("task_id"),
        )


def _fields(
    tenant: str, title: str | None, webhook_url: str | None, metadata: dict[str, Any] | None
) -> dict[str, str]:
    """The state of a newly accepted document; title and metadata are kept here, once."""
    now = f"{time.time():.6f}"
    fields = {"tenant": tenant, "status": "queued", "created_at": now, "updated_at": now}
    if title:
        fields["title"] = title
    if webhook_url:
        fields["webhook_url"] = webhook_url
    if metadata:
        fields["metadata"] = json.dumps(metadata, ensure_ascii=False)
    return fields


def _intake_envelope(task: DocumentTask, tenant: str, traceparent: str | None) -> Envelope:
    return Envelope(key=f"doc:{task.doc_id}", kind="document", tenant=tenant,
                    traceparent=traceparent, body=task.model_dump())  # fmt: skip


def _completed(
    plan: bytes,
    created_at: bytes,
    stored: dict[str, str],
    title: bytes | None = None,
    metadata: bytes | None = None,
) -> Offer:
    """The offer that completed its plan: everything the summary needs."""
    return Offer(
        "stored",
        Plan.model_validate_json(plan),
        len(stored),
        float(created_at),
        stored,
        title.decode() if title else None,
        json.loads(metadata) if metadata else None,
    )


def _count_late(reply: list[Any]) -> None:
    """A lens commit's offer that did not store its partial: the partial came late."""
    if reply[0] != b"stored":
        PARTIALS_LATE.inc()


def _offer_keys(doc_id: str) -> tuple[str, str, str]:
    """The keys of a partial's offer: the document's state, its partials, its events."""
    return doc_key(doc_id), partials_key(doc_id), events_key(doc_id)
