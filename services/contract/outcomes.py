"""A document's outcome: the one entry the summary stream carries for it, and its event type.

Every document ends in exactly one entry on the summary stream: the summary (``done`` or
``partial``, from the aggregator) or a notice (``failed`` when its task was dead-lettered,
``cancelled`` when the client cancelled it). All of them are published with the same
once-guard (``summary:<doc id>``), so whichever comes first is the document's only outcome,
and the webhook dispatcher turns it into one event.
"""

from __future__ import annotations

from typing import Literal

from services.contract.streams import summary_stream
from shared.commit import Output
from shared.envelope import Envelope

EventType = Literal["review.completed", "review.partial", "review.failed", "review.cancelled"]
EVENT_TYPES: dict[str, EventType] = {
    "done": "review.completed",
    "partial": "review.partial",
    "failed": "review.failed",
    "cancelled": "review.cancelled",
}


def event_type(status: str) -> EventType:
    """The webhook event type of an outcome's status (an unknown one counts as completed)."""
    return EVENT_TYPES.get(status, "review.completed")


def outcome_key(doc_id: str) -> str:
    """The idempotency key and once-guard of a document's outcome entry."""
    return f"summary:{doc_id}"


def notice(
    doc_id: str,
    tenant: str,
    status: Literal["failed", "cancelled"],
    *,
    error: str | None = None,
    traceparent: str | None = None,
) -> Output:
    """The outcome entry of a document that ends without a summary: publish it with
    ``Committer.commit([...], ttl_s=<the document's TTL>)``; a repeat publishes nothing."""
    body: dict[str, str] = {"id": doc_id, "status": status}
    if error:
        body["error"] = error[:500]
    env = Envelope(key=outcome_key(doc_id), kind=status, tenant=tenant,
                   traceparent=traceparent, body=body)  # fmt: skip
    return Output(summary_stream(doc_id), env, once=outcome_key(doc_id))
