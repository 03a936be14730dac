"""Per-tenant quotas: requests per minute and documents in flight, counted in Redis.

Both counters live in Redis, so every ingest replica enforces one shared limit. Requests
are counted in fixed one-minute windows (one INCR a request); documents in flight are a
sorted set per tenant (accepted, no outcome yet), added to atomically with the check and
removed when the document's outcome reaches the webhook dispatcher. A document that never
gets an outcome (deleted in flight, or its state expired) is pruned the next time its
tenant is at the limit. Over a limit, ``OverLimit`` carries what the 429 says: the IETF
``RateLimit-Limit``, ``RateLimit-Remaining``, ``RateLimit-Reset`` headers and ``Retry-After``.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from prometheus_client import Counter, Gauge
from redis.asyncio import Redis

from services.contract.keys import doc_key, idempotency_key, in_flight_key, rate_window_key
from shared.envelope import new_id

ACCEPTED = Counter("mesh_tenant_documents_accepted_total", "Documents accepted", ["tenant"])
REJECTED = Counter(
    "mesh_tenant_requests_rejected_total", "Requests refused with 429", ["tenant", "reason"]
)
IN_FLIGHT = Gauge(
    "mesh_tenant_documents_in_flight", "Documents accepted and not finished", ["tenant"]
)
WINDOW_S = 60
ENDED = frozenset({"done", "partial", "failed", "cancelled"})
PRUNE_EVERY_S = 2.0  # a tenant at its limit re-checks its documents at most this often

# KEYS: the tenant's in-flight set. ARGV: doc id, now, limit (0 = none), oldest kept.
# Adds the document unless the set is at the limit; replies {added 0/1, size}. Entries
# older than any document's state are leaks (their outcome never came): dropped first.
_RESERVE_LUA = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
local size = redis.call('ZCARD', KEYS[1])
local limit = tonumber(ARGV[3])
if limit > 0 and size >= limit and not redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  return {0, size}
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
return {1, redis.call('ZCARD', KEYS[1])}
"""

# A reservation becomes the queued document (or is given back: no ARGV[2]) in one step, so
# the count never dips in between. KEYS: the in-flight set. ARGV: reservation, doc id, now.
_SETTLE_LUA = """
if ARGV[1] ~= '' then redis.call('ZREM', KEYS[1], ARGV[1]) end
if ARGV[2] ~= '' then redis.call('ZADD', KEYS[1], 'NX', ARGV[3], ARGV[2]) end
return 1
"""

# A document is no longer in flight; replies how many still are. KEYS: the in-flight set.
_FINISHED_LUA = """
redis.call('ZREM', KEYS[1], ARGV[1])
return redis.call('ZCARD', KEYS[1])
"""


@dataclass(frozen=True, slots=True)
class Limits:
    """One tenant's limits; 0 means no limit."""

    rpm: int = 0
    in_flight: int = 0


@dataclass(frozen=True, slots=True)
class Usage:
    """Where a tenant stands against one limit: what the ``RateLimit-*`` headers say."""

    limit: int
    remaining: int
    reset_s: int

    def headers(self) -> dict[str, str]:
        """The IETF draft's ``RateLimit-Limit``, ``-Remaining`` and ``-Reset`` headers."""
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(max(self.remaining, 0)),
            "RateLimit-Reset": str(self.reset_s),
        }


class OverLimit(Exception):
    """A tenant is over one of its limits: the request gets 429."""

    def __init__(self, reason: str, usage: Usage, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason  # "rate" or "in_flight": the metric's label
        self.usage = usage
        self.detail = detail

    def headers(self) -> dict[str, str]:
        """``Retry-After`` and the ``RateLimit-*`` headers of the 429."""
        return {"Retry-After": str(max(self.usage.reset_s, 1)), **self.usage.headers()}


@dataclass(slots=True)
class Slot:
    """A document's place among its tenant's in flight, held while it is being queued: set
    ``doc_id`` to the id it was queued under."""

    reserved: str
    doc_id: str | None = None


class Quotas:
    """The tenants' limits (``defaults`` unless ``per_tenant`` names them) and their counters."""

    def __init__(
        self,
        redis: Redis,
        defaults: Limits,
        per_tenant: dict[str, Limits] | None = None,
        *,
        retry_after_s: int = 5,
        doc_ttl_s: int = 7 * 24 * 3600,
    ) -> None:
        self.redis = redis
        self.defaults = defaults
        self.per_tenant = per_tenant or {}
        self.retry_after_s = retry_after_s  # when a slot frees is unknown: what a 429 suggests
        self.doc_ttl_s = doc_ttl_s
        self._pruned: dict[str, float] = {}

    def limits(self, tenant: str) -> Limits:
        """The tenant's limits."""
        return self.per_tenant.get(tenant, self.defaults)

    async def count_request(self, tenant: str, now: float | None = None) -> Usage | None:
        """Count one request; OverLimit past the tenant's requests per minute. None when
        the tenant has no such limit (nothing is counted)."""
        limit = self.limits(tenant).rpm
        if not limit:
            return None
        now = time.time() if now is None else now
        window = int(now // WINDOW_S)
        key = rate_window_key(tenant, window)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.incr(key)
            pipe.expire(key, WINDOW_S + 1)
            count, _ = await pipe.execute()
        usage = Usage(limit, limit - int(count), math.ceil((window + 1) * WINDOW_S - now))
        if int(count) > limit:
            REJECTED.labels(tenant, "rate").inc()
            raise OverLimit("rate", usage, f"over {limit} requests per minute; retry later")
        return usage

    async def reserve(self, tenant: str, doc_id: str) -> None:
        """Count ``doc_id`` in flight; OverLimit if the tenant already has its limit."""
        limit = self.limits(tenant).in_flight
        added, size = await self._reserve(tenant, doc_id, limit)
        if not added and self._may_prune(tenant):
            await self.prune(tenant)
            added, size = await self._reserve(tenant, doc_id, limit)
        IN_FLIGHT.labels(tenant).set(size)
        if not added:
            REJECTED.labels(tenant, "in_flight").inc()
            usage = Usage(limit, 0, self.retry_after_s)
            detail = f"{size} documents in flight, the limit is {limit}; retry when some finish"
            raise OverLimit("in_flight", usage, detail)

    @asynccontextmanager
    async def document_slot(
        self, tenant: str, idempotency: str | None = None
    ) -> AsyncIterator[Slot]:
        """Hold a place in flight for a document being queued (OverLimit if there is none):
        given back if the block fails, moved to ``slot.doc_id`` if it succeeds. A retry
        under an ``idempotency`` key already used is never refused: it queues nothing new."""
        slot = Slot(f"reserved:{new_id()}")  # the document's id is known only once queued
        limited = self.limits(tenant).in_flight > 0  # else only counted, for the metric
        if limited:
            try:
                await self.reserve(tenant, slot.reserved)
            except OverLimit:
                if not idempotency or not await self.redis.exists(
                    idempotency_key(tenant, idempotency)
                ):
                    raise
                limited = False
        key = in_flight_key(tenant)
        try:
            yield slot
        except BaseException:
            if limited:
                await self.redis.zrem(key, slot.reserved)
            raise
        # One script, not a MULTI: a plain command shares the write of its loop turn with
        # other requests' (``shared.autopipeline``). A repeat with an Idempotency-Key is
        # counted once (NX).
        reserved = slot.reserved if limited else ""
        await self.redis.eval(_SETTLE_LUA, 1, key, reserved, slot.doc_id or "", f"{time.time()}")
        ACCEPTED.labels(tenant).inc()

    async def finished(self, tenant: str, doc_id: str) -> None:
        """The document has its outcome: it is no longer in flight (a repeat is harmless)."""
        size = await self.redis.eval(_FINISHED_LUA, 1, in_flight_key(tenant), doc_id)
        IN_FLIGHT.labels(tenant).set(int(size))

    async def prune(self, tenant: str) -> int:
        """Drop documents that ended without an outcome reaching us, or whose state is gone;
        returns how many."""
        key = in_flight_key(tenant)
        ids = [i.decode() for i in await self.redis.zrange(key, 0, -1)]
        if not ids:
            return 0
        async with self.redis.pipeline(transaction=False) as pipe:
            for doc_id in ids:
                pipe.hget(doc_key(doc_id), "status")
            states = await pipe.execute()
        stale = [i for i, s in zip(ids, states, strict=True) if s is None or s.decode() in ENDED]
        if stale:
            await self.redis.zrem(key, *stale)
        return len(stale)

    async def _reserve(self, tenant: str, doc_id: str, limit: int) -> tuple[bool, int]:
        key = in_flight_key(tenant)
        now = time.time()
        added, size = await self.redis.eval(
            _RESERVE_LUA, 1, key, doc_id, f"{now:.3f}", limit, f"{now - self.doc_ttl_s:.3f}"
        )
        return bool(added), int(size)

    def _may_prune(self, tenant: str) -> bool:
        now = time.monotonic()
        if now - self._pruned.get(tenant, 0.0) < PRUNE_EVERY_S:
            return False
        self._pruned[tenant] = now
        return True


# The headers of a 429, for the OpenAPI document.
RATE_LIMIT_HEADERS: dict[str, dict[str, object]] = {
    name: {"description": text, "schema": {"type": "integer"}}
    for name, text in (
        ("Retry-After", "seconds to wait before retrying"),
        ("RateLimit-Limit", "the limit that was hit (requests per minute, or documents)"),
        ("RateLimit-Remaining", "what is left of it (0)"),
        ("RateLimit-Reset", "seconds until the limit resets (or a slot is likely free)"),
    )
}
