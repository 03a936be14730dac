"""Document state in Redis: status, plan, partials and summary, keyed by document id."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field
from redis.asyncio import Redis

from services.contract.models import DocumentTask, Partial
from services.contract.streams import TASKS
from shared.envelope import Envelope
from shared.settings import Settings

DocStatusName = Literal["queued", "processing", "done", "partial", "failed"]
DEADLINES = "doc:deadlines"  # zset: doc id -> unix time its summary is due

# First summary wins: racing aggregators (or the deadline sweep) all get the same answer.
_FINISH_LUA = """
if redis.call('HSETNX', KEYS[1], 'summary', ARGV[3]) == 1 then
  redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updated_at', ARGV[4])
end
if ARGV[5] == '1' then redis.call('ZREM', KEYS[2], ARGV[1]) end
return redis.call('HMGET', KEYS[1], 'status', 'summary')
"""

# The plan, once per document: a redelivered task keeps the first plan's deadline (so a
# crash loop cannot postpone it), and the status moves from queued to processing only.
_PLAN_LUA = """
local plan = ARGV[1]
local existing = redis.call('HGET', KEYS[1], 'plan')
if existing then
  local p = cjson.decode(plan)
  p['deadline'] = cjson.decode(existing)['deadline']
  plan = cjson.encode(p)
end
redis.call('HSET', KEYS[1], 'plan', plan, 'updated_at', ARGV[2])
local status = redis.call('HGET', KEYS[1], 'status')
if not status or status == 'queued' then redis.call('HSET', KEYS[1], 'status', 'processing') end
redis.call('EXPIRE', KEYS[1], ARGV[3])
if redis.call('HEXISTS', KEYS[1], 'summary') == 0 then
  redis.call('ZADD', KEYS[2], 'NX', cjson.decode(plan)['deadline'], ARGV[4])
end
return plan
"""


# A partial is stored only while it can still count: its document has a plan that expects
# its (chunk, lens) and no summary yet. Replies {outcome, plan json, partials stored}.
_OFFER_LUA = """
local plan = redis.call('HGET', KEYS[1], 'plan')
if not plan then return {'no_plan'} end
local p = cjson.decode(plan)
local expected = false
for _, lens in ipairs(p['lenses']) do
  if lens == ARGV[2] then expected = true end
end
if not expected or tonumber(ARGV[3]) >= p['chunks'] then return {'late', plan} end
if redis.call('HEXISTS', KEYS[1], 'summary') == 1 then
  if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return {'counted', plan} end
  return {'late', plan}
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
redis.call('EXPIRE', KEYS[2], ARGV[5])
redis.call('HSET', KEYS[1], 'updated_at', ARGV[6])
local count = redis.call('HLEN', KEYS[2])
if count < p['chunks'] * #p['lenses'] then return {'stored', plan, count} end
-- The last one: hand back everything the summary needs, saving two round trips.
local created = redis.call('HGET', KEYS[1], 'created_at') or '0'
return {'stored', plan, count, created, redis.call('HGETALL', KEYS[2])}
"""


def _doc(doc_id: str) -> str:
    return f"doc:{{{doc_id}}}"


def _partials(doc_id: str) -> str:
    return f"doc:{{{doc_id}}}:partials"


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
    summary is out, or the plan does not expect it) or ``no_plan`` (not planned yet)."""

    outcome: Literal["stored", "counted", "late", "no_plan"]
    plan: Plan | None
    count: int
    created_at: float = 0.0  # with ``stored`` when ``count`` completes the plan:
    stored: dict[str, str] | None = None  # every partial, by ``chunk:lens``


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
    webhook_url: str | None = None
    plan: Plan | None = None
    summary: dict[str, Any] | None = None
    webhook: dict[str, Any] | None = None  # delivery status, attempts, last error
    task_id: str | None = None  # the intake stream entry that carries the document


class DocSettings(Settings):
    """Settings of every role that reads or writes document state."""

    doc_ttl_s: int = Field(default=7 * 24 * 3600, gt=0)  # MESH_DOC_TTL_S: state kept after


class DocStore:
    """Reads and writes document state; every write refreshes the retention TTL."""

    def __init__(self, redis: Redis, ttl_s: int = 7 * 24 * 3600) -> None:
        self.redis = redis
        self.ttl_s = ttl_s

    async def create(
        self, doc_id: str, tenant: str, *, title: str | None, webhook_url: str | None
    ) -> None:
        """Record a newly accepted document as queued."""
        async with self.redis.pipeline(transaction=True) as pipe:
            self._create(pipe, doc_id, tenant, title, webhook_url)
            await pipe.execute()

    def _create(
        self, pipe: Any, doc_id: str, tenant: str, title: str | None, webhook_url: str | None
    ) -> None:
        now = time.time()
        fields: dict[str, str] = {
            "tenant": tenant,
            "status": "queued",
            "created_at": f"{now:.6f}",
            "updated_at": f"{now:.6f}",
        }
        if title:
            fields["title"] = title
        if webhook_url:
            fields["webhook_url"] = webhook_url
        pipe.hset(_doc(doc_id), mapping=fields)
        pipe.expire(_doc(doc_id), self.ttl_s)

    async def enqueue(
        self,
        task: DocumentTask,
        tenant: str,
        *,
        webhook_url: str | None = None,
        create: bool = True,
        traceparent: str | None = None,
    ) -> str:
        """Record the document as queued (unless ``create`` is False) and put it on the
        intake stream for the coordinator; returns the intake entry id."""
        env = Envelope(key=f"doc:{task.doc_id}", kind="document", tenant=tenant,
                       traceparent=traceparent, body=task.model_dump())  # fmt: skip
        async with self.redis.pipeline(transaction=True) as pipe:
            if create:
                self._create(pipe, task.doc_id, tenant, task.title, webhook_url)
            pipe.xadd(TASKS, {"e": env.encode()})
            task_id = (await pipe.execute())[-1].decode()
        await self.set_task_id(task.doc_id, task_id)
        return task_id

    async def record_plan(self, doc_id: str, plan: Plan) -> Plan:
        """Store the plan (a repeat keeps the first deadline) and schedule the deadline, in
        one atomic step; returns the plan as stored."""
        stored = await self.redis.eval(
            _PLAN_LUA, 2, _doc(doc_id), DEADLINES, plan.model_dump_json(),
            f"{time.time():.6f}", self.ttl_s, doc_id,
        )  # fmt: skip
        return Plan.model_validate_json(stored)

    async def offer_partial(self, partial: Partial) -> Offer:
        """Store one partial unless it is late, in one atomic step; says what happened."""
        field = partial_field(partial.chunk_id, partial.lens)
        reply = await self.redis.eval(
            _OFFER_LUA, 2, _doc(partial.doc_id), _partials(partial.doc_id), field, partial.lens,
            partial.chunk_id, partial.model_dump_json(), self.ttl_s, f"{time.time():.6f}",
        )  # fmt: skip
        outcome = reply[0].decode()
        plan = Plan.model_validate_json(reply[1]) if len(reply) > 1 else None
        count = int(reply[2]) if len(reply) > 2 else 0
        if len(reply) < 5:
            return Offer(outcome, plan, count)
        flat = reply[4]
        stored = {flat[i].decode(): flat[i + 1].decode() for i in range(0, len(flat), 2)}
        return Offer(outcome, plan, count, float(reply[3]), stored)

    async def partials(self, doc_id: str) -> dict[str, str]:
        """Every stored partial, by ``chunk:lens``."""
        raw = await self.redis.hgetall(_partials(doc_id))
        return {k.decode(): v.decode() for k, v in raw.items()}

    async def finish(
        self, doc_id: str, status: DocStatusName, summary_json: str, *, unschedule: bool = False
    ) -> tuple[str, str]:
        """Store the summary unless one exists (and, with ``unschedule``, drop the deadline);
        returns the (status, summary) that won."""
        won = await self.redis.eval(
            _FINISH_LUA, 2, _doc(doc_id), DEADLINES, doc_id, status, summary_json,
            f"{time.time():.6f}", "1" if unschedule else "0",
        )  # fmt: skip
        return won[0].decode(), won[1].decode()

    async def unschedule(self, doc_id: str) -> None:
        """Drop the document's deadline (once its summary is safely on its way)."""
        await self.redis.zrem(DEADLINES, doc_id)

    async def set_task_id(self, doc_id: str, task_id: str) -> None:
        """Remember the intake entry of the document (tells a lost task from a slow one)."""
        await self.redis.hset(_doc(doc_id), "task_id", task_id)

    async def record_webhook(
        self, doc_id: str, status: str, attempts: int, error: str | None
    ) -> None:
        """Remember how delivery of the document's webhook went."""
        state = {"status": status, "attempts": attempts, "error": error, "at": time.time()}
        await self.redis.hset(_doc(doc_id), "webhook", json.dumps(state))

    async def mark_failed(self, doc_id: str, reason: str) -> None:
        """A document that cannot be reviewed at all (e.g. its task was dead-lettered)."""
        await self.redis.hset(
            _doc(doc_id),
            mapping={"status": "failed", "error": reason, "updated_at": f"{time.time():.6f}"},
        )
        await self.redis.zrem(DEADLINES, doc_id)

    async def due(self, now: float, limit: int = 100) -> list[str]:
        """Documents whose deadline has passed without a summary."""
        ids = await self.redis.zrangebyscore(DEADLINES, "-inf", now, start=0, num=limit)
        return [i.decode() for i in ids]

    async def get(self, doc_id: str) -> DocStatus | None:
        """The document's state, or None if unknown (or expired)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(_doc(doc_id))
            pipe.hlen(_partials(doc_id))
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
            webhook_url=f.get("webhook_url"),
            plan=plan,
            summary=json.loads(f["summary"]) if "summary" in f else None,
            webhook=json.loads(f["webhook"]) if "webhook" in f else None,
            task_id=f.get("task_id"),
        )
