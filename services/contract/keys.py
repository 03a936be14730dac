"""The one place that names the document topology's Redis keys (streams and groups are
named in ``streams.py``; the runtime's own markers in ``shared.keys``)."""

from __future__ import annotations

import hashlib
import json

DEADLINES = "doc:deadlines"  # zset: doc id -> unix time its summary is due
WEBHOOK_JOBS = "mesh:webhook:jobs"  # hash: delivery id -> scheduled delivery as JSON
WEBHOOK_TENANTS = "mesh:webhook:tenants"  # set: tenants that have scheduled deliveries


def doc_key(doc_id: str) -> str:
    """The hash of one document's state (status, plan, summary, webhook, ...)."""
    return f"doc:{{{doc_id}}}"


def partials_key(doc_id: str) -> str:
    """The hash of one document's partials, by ``chunk:lens`` (same slot as its state)."""
    return f"doc:{{{doc_id}}}:partials"


def text_key(doc_id: str) -> str:
    """The string holding one document's text, for ``/revised`` (same slot as its state)."""
    return f"doc:{{{doc_id}}}:text"


def events_key(doc_id: str) -> str:
    """The capped stream of one document's progress and summary events, for SSE readers
    (same slot as its state, so the aggregator's scripts write it in the same step)."""
    return f"doc:{{{doc_id}}}:events"


def tenant_docs_key(tenant: str) -> str:
    """The sorted set of a tenant's document ids, scored by creation time (the listing)."""
    return f"doc:index:{tenant}"  # the tenant is the whole suffix: no ambiguity


def idempotency_key(tenant: str, key: str) -> str:
    """The Redis key of a tenant's Idempotency-Key: a digest of the pair, so no choice of
    tenant and key (both may contain ':') can name another tenant's entry."""
    pair = json.dumps([tenant, key], ensure_ascii=False).encode()
    return f"idem:{hashlib.sha256(pair).hexdigest()}"


def webhook_due_key(tenant: str) -> str:
    """The sorted set of one tenant's delivery ids, scored by the unix time they are due."""
    return f"mesh:webhook:due:{tenant}"  # the tenant is the whole suffix: no ambiguity


def in_flight_key(tenant: str) -> str:
    """The sorted set of a tenant's documents accepted and not yet finished (by accept time)."""
    return f"mesh:inflight:{tenant}"  # the tenant is the whole suffix: no ambiguity


def rate_window_key(tenant: str, window: int) -> str:
    """A tenant's request count in one window (minute number since the epoch)."""
    return f"mesh:rate:{window}:{tenant}"  # the tenant is the whole suffix: no ambiguity


def failed_cursor_key(stream: str) -> str:
    """How far the webhook dispatcher has read a dead-letter stream of intake tasks (the
    failed documents it has announced)."""
    return f"mesh:failed-cursor:{stream}"


def lanes_key(intake: str) -> str:
    """The set of tenants with documents waiting in a lane of ``intake`` (same slot)."""
    return f"{intake}:lanes"


def intake_open_key(intake: str) -> str:
    """While ``intake`` has room and nobody waits in a lane: how many new documents may
    still go straight to the intake stream (a budget with a short TTL; same slot)."""
    return f"{intake}:open"
