"""The one place that names the document topology's Redis keys (streams and groups are
named in ``streams.py``; the runtime's own markers in ``shared.keys``).

Every key of one document is in its partition (``shared.partitions``): ``doc:{p3}:<id>``
and its suffixes when names are tagged, ``doc:{<id>}`` (the id as hash tag) when not, so
each script on a document, and the commit of a message about it, is single-slot."""

from __future__ import annotations

import hashlib
import json

from shared.partitions import layout

DEADLINES = "doc:deadlines"  # zset per partition: doc id -> unix time its summary is due
WEBHOOK_JOBS = "mesh:webhook:jobs"  # hash: delivery id -> scheduled delivery as JSON
WEBHOOK_TENANTS = "mesh:webhook:tenants"  # set: tenants that have scheduled deliveries
# The webhook schedule (jobs, tenants, each tenant's due set) is one slot when tagged: it
# holds only deliveries that failed or waited for their tenant's cap, and a claim script
# reads two of its keys together.
WEBHOOK_TAG = "{webhooks}"


def _doc(doc_id: str) -> str:
    """The common prefix of a document's keys."""
    tag = layout().tag_of(doc_id)
    return f"doc:{tag}:{doc_id}" if tag else f"doc:{{{doc_id}}}"


def doc_key(doc_id: str) -> str:
    """The hash of one document's state (status, plan, summary, webhook, ...)."""
    return _doc(doc_id)


def partials_key(doc_id: str) -> str:
    """The hash of one document's partials, by ``chunk:lens`` (same slot as its state)."""
    return f"{_doc(doc_id)}:partials"


def deadlines_key(partition: int) -> str:
    """The deadlines of one partition's documents (a document's is ``doc_deadlines``)."""
    return layout().name(DEADLINES, partition)


def doc_deadlines(doc_id: str) -> str:
    """The deadlines zset of the document's partition (same slot as its state)."""
    return deadlines_key(layout().partition(doc_id))


def webhook_jobs_key() -> str:
    """The hash of scheduled webhook deliveries, by delivery id."""
    return WEBHOOK_JOBS + _webhook_tag()


def webhook_tenants_key() -> str:
    """The set of tenants that have scheduled webhook deliveries."""
    return WEBHOOK_TENANTS + _webhook_tag()


def _webhook_tag() -> str:
    return WEBHOOK_TAG if layout().tagged else ""


def text_key(doc_id: str) -> str:
    """The string holding one document's text, for ``/revised`` (same slot as its state)."""
    return f"{_doc(doc_id)}:text"


def events_key(doc_id: str) -> str:
    """The capped stream of one document's progress and summary events, for SSE readers
    (same slot as its state, so the aggregator's scripts write it in the same step)."""
    return f"{_doc(doc_id)}:events"


def tenant_docs_key(tenant: str) -> str:
    """The sorted set of a tenant's document ids, scored by creation time (the listing)."""
    return f"doc:index:{tenant}"  # the tenant is the whole suffix: no ambiguity


def _idempotency_digest(tenant: str, key: str) -> str:
    pair = json.dumps([tenant, key], ensure_ascii=False).encode()
    return hashlib.sha256(pair).hexdigest()


def idempotency_key(tenant: str, key: str) -> str:
    """The Redis key of a tenant's Idempotency-Key: a digest of the pair, so no choice of
    tenant and key (both may contain ':') can name another tenant's entry."""
    digest = _idempotency_digest(tenant, key)
    return f"idem:{layout().tag_of(digest)}{digest}"


def idempotency_partition(tenant: str, key: str) -> int:
    """The partition of a tenant's Idempotency-Key entry: the document it names is created
    in the same partition, so the intake script is single-slot."""
    return layout().partition(_idempotency_digest(tenant, key))


def webhook_due_key(tenant: str) -> str:
    """The sorted set of one tenant's delivery ids, scored by the unix time they are due."""
    # The tenant is the whole suffix: no ambiguity.
    return f"mesh:webhook{_webhook_tag()}:due:{tenant}"


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
