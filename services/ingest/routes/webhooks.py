"""Routes of a document's webhook: how its delivery went, and sending it again."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException

from services.contract import DocStatus
from services.contract.keys import doc_key
from services.contract.outcomes import outcome_key
from services.contract.streams import summary_stream
from services.ingest.models import Problem, WebhookStatus
from services.ingest.retries import Job, RetrySchedule
from services.ingest.routes.documents import owned
from services.ingest.state import IngestDep, TenantDep
from shared.envelope import Envelope

router = APIRouter(prefix="/v1/documents", tags=["webhooks"])
_NO_WEBHOOK: dict[int | str, dict[str, Any]] = {
    409: {"model": Problem, "description": "no webhook_url, or the document has not ended"}
}


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds")


@router.get("/{doc_id}/webhook", response_model=WebhookStatus)
async def webhook(doc_id: str, ingest: IngestDep, tenant: TenantDep) -> WebhookStatus:
    """Delivery status of the document's webhook."""
    doc = await owned(ingest.store, doc_id, tenant)
    state = doc.webhook or {}
    status = state.get("status", "pending" if doc.webhook_url else "none")
    next_at = None
    if status == "retrying":
        due = await RetrySchedule(ingest.redis).due_at(doc.tenant, outcome_key(doc.id))
        next_at = _iso(due) if due else None
    return WebhookStatus(
        url=doc.webhook_url, status=status, attempts=state.get("attempts", 0),
        error=state.get("error"), next_attempt_at=next_at,
    )  # fmt: skip


@router.post(
    "/{doc_id}/webhook/redeliver",
    status_code=202,
    response_model=WebhookStatus,
    responses=_NO_WEBHOOK,
)
async def redeliver(doc_id: str, ingest: IngestDep, tenant: TenantDep) -> WebhookStatus:
    """Send the document's webhook event again (once it has ended), with the same
    ``webhook-id`` and a fresh retry schedule; a retry already waiting is replaced."""
    doc = await owned(ingest.store, doc_id, tenant)
    if not doc.webhook_url:
        raise HTTPException(409, f"document {doc_id} has no webhook_url")
    envelope = await _outcome(ingest, doc)
    if envelope is None:
        raise HTTPException(409, f"document is {doc.status}: its webhook is sent when it ends")
    job = Job(delivery_id=envelope.key, doc_id=doc.id, tenant=doc.tenant, attempt=1,
              envelope=envelope.model_dump_json(), source=summary_stream(doc.id),
              entry_id="")  # fmt: skip
    # Not "delivered" any more, or the dispatcher would skip it as sent before a crash.
    await ingest.store.record_webhook(doc.id, "pending", 0, None)
    await RetrySchedule(ingest.redis).put(job, time.time())
    return WebhookStatus(url=doc.webhook_url, status="pending")


async def _outcome(ingest: IngestDep, doc: DocStatus) -> Envelope | None:
    """The document's outcome entry as it was published (the summary, or the notice of a
    failed or cancelled document), or None before it has one."""
    body: dict[str, Any]
    if doc.summary is not None:
        body = doc.summary
    elif doc.status in ("failed", "cancelled"):
        body = {"id": doc.id, "status": doc.status}
        error = await ingest.redis.hget(doc_key(doc.id), "error")
        if error:
            body["error"] = error.decode()[:500]
    else:
        return None
    return Envelope(key=outcome_key(doc.id), kind="summary", tenant=doc.tenant,
                    created_at=doc.updated_at, body=body)  # fmt: skip
