"""The durable schedule of webhook deliveries still to make, and the per-tenant cap.

A delivery that failed (or found its tenant at the cap) is written here before its summary
entry is acked, so it survives a crash: at-least-once, and receivers dedupe on the delivery
id, which is the same for every attempt. Per tenant a sorted set holds delivery ids by the
time they are due; one hash holds each delivery's job. A periodic scan claims due ids with a
lease (their score moves to the lease's end), so a replica that dies mid-delivery leaves
them to be claimed again, and two replicas never take the same id at the same time.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field, replace

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from services.contract.keys import webhook_due_key, webhook_jobs_key, webhook_tenants_key

# KEYS: due zset, tenants set. ARGV: now, limit, lease end, tenant.
# Returns the ids claimed; drops the tenant from the set once its zset is empty.
_CLAIM_LUA = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], ARGV[3], id) end
if redis.call('ZCARD', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[4]) end
return ids
"""


@dataclass(frozen=True, slots=True)
class Job:
    """One delivery to make: ``attempt`` is the number of the next attempt."""

    delivery_id: str
    doc_id: str
    tenant: str
    attempt: int
    envelope: str  # the summary entry's envelope, verbatim (body, trace, dead-letter raw)
    source: str  # where the summary came from, for the dead letter
    entry_id: str
    error: str | None = None  # category of the last failure

    def next(self, error: str) -> Job:
        """The same delivery, one attempt later, after ``error``."""
        return replace(self, attempt=self.attempt + 1, error=error)


# Seconds to wait after attempt 1, 2, ...: eight attempts over about nine hours.
DEFAULT_DELAYS_S = (5.0, 30.0, 120.0, 600.0, 1800.0, 7200.0, 21600.0)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When a failed delivery is tried again: after ``delays_s[n - 1]`` (give or take
    ``jitter``) once attempt ``n`` failed; after ``len(delays_s) + 1`` attempts, never."""

    delays_s: tuple[float, ...] = DEFAULT_DELAYS_S
    jitter: float = 0.1  # receivers that failed together are not retried together
    _rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    @property
    def max_attempts(self) -> int:
        """The first attempt and one per delay."""
        return len(self.delays_s) + 1

    def delay_s(self, attempt: int) -> float:
        """How long to wait after attempt ``attempt`` failed (the last delay past the end)."""
        base = self.delays_s[min(attempt, len(self.delays_s)) - 1] if self.delays_s else 0.0
        return base * self._rng.uniform(1 - self.jitter, 1 + self.jitter)


class RetrySchedule:
    """Scheduled webhook deliveries in Redis."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def put(self, job: Job, due: float) -> None:
        """Schedule ``job`` at unix time ``due`` (replacing an earlier schedule of its id)."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(webhook_jobs_key(), job.delivery_id, json.dumps(asdict(job)))
            pipe.zadd(webhook_due_key(job.tenant), {job.delivery_id: due})
            pipe.sadd(webhook_tenants_key(), job.tenant)
            await pipe.execute()

    async def has(self, delivery_id: str) -> bool:
        """True if the delivery is scheduled (the schedule, not the stream, now owns it)."""
        return bool(await self.redis.hexists(webhook_jobs_key(), delivery_id))

    async def due_at(self, tenant: str, delivery_id: str) -> float | None:
        """When the scheduled delivery is due (or its lease ends), or None."""
        due = await self.redis.zscore(webhook_due_key(tenant), delivery_id)
        return float(due) if due is not None else None

    async def get(self, delivery_id: str) -> Job | None:
        """The scheduled job, or None once it is settled."""
        raw = await self.redis.hget(webhook_jobs_key(), delivery_id)
        return Job(**json.loads(raw)) if raw else None

    async def tenants(self) -> list[str]:
        """Tenants with scheduled deliveries."""
        return sorted(t.decode() for t in await self.redis.smembers(webhook_tenants_key()))

    async def claim(self, tenant: str, now: float, limit: int, lease_s: float) -> list[str]:
        """Up to ``limit`` of the tenant's due ids, leased for ``lease_s`` seconds."""
        ids = await self.redis.eval(
            _CLAIM_LUA, 2, webhook_due_key(tenant), webhook_tenants_key(), f"{now:.6f}", limit,
            f"{now + lease_s:.6f}", tenant,
        )  # fmt: skip
        return [i.decode() for i in ids]

    async def release(self, tenant: str, delivery_ids: list[str], due: float) -> None:
        """Make leased ids due at ``due`` again (e.g. when shutting down mid-delivery)."""
        if delivery_ids:
            await self.redis.zadd(
                webhook_due_key(tenant), dict.fromkeys(delivery_ids, due), xx=True
            )

    async def forget(self, tenant: str, delivery_id: str) -> None:
        """Remove an id whose job is already settled."""
        await self.redis.zrem(webhook_due_key(tenant), delivery_id)

    def drop(self, pipe: Pipeline, job: Job) -> None:
        """Queue the removal of a settled job on ``pipe`` (part of the step that settles it)."""
        pipe.hdel(webhook_jobs_key(), job.delivery_id)
        pipe.zrem(webhook_due_key(job.tenant), job.delivery_id)


class TenantSlots:
    """At most ``limit`` deliveries in flight per tenant in this process; never waits."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._inflight: dict[str, int] = {}

    def free(self, tenant: str) -> int:
        """How many more deliveries of ``tenant`` may start now."""
        return self.limit - self._inflight.get(tenant, 0)

    def try_acquire(self, tenant: str) -> bool:
        """Take a slot if one is free."""
        if self.free(tenant) <= 0:
            return False
        self._inflight[tenant] = self._inflight.get(tenant, 0) + 1
        return True

    def release(self, tenant: str) -> None:
        """Give a slot back."""
        left = self._inflight.get(tenant, 0) - 1
        if left > 0:
            self._inflight[tenant] = left
        else:
            self._inflight.pop(tenant, None)
