"""Routes a tenant uses: submit a document, then read its status, summary and webhook."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from services.contract import DocStatus, DocumentTask
from services.contract.store import IdempotencyConflict, request_digest
from services.ingest.models import Accepted, DocumentStatus, Progress, SubmitRequest
from services.ingest.quotas import REJECTED
from services.ingest.state import Ingest, IngestDep, StoreDep, TenantDep, in_flight_slot
from services.ingest.submission import UPLOAD_SCHEMA, check_submission, read_submission
from shared.envelope import new_id
from shared.replication import NotReplicated
from shared.telemetry import current_traceparent, span

router = APIRouter(prefix="/v1/documents", tags=["documents"])

_SUBMIT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": SubmitRequest.model_json_schema()},
            "multipart/form-data": {"schema": UPLOAD_SCHEMA},
        },
    }
}


def iso_time(ts: float) -> str:
    """A unix time as ISO-8601 UTC, to the millisecond."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds")


@router.post("", status_code=202, response_model=Accepted, openapi_extra=_SUBMIT_BODY)
async def submit(request: Request, ingest: IngestDep, tenant: TenantDep) -> Accepted:
    """Queue a document (JSON or a .txt/.md/.docx upload); retries with the same
    Idempotency-Key return the same id and do not enqueue twice."""
    settings = ingest.settings
    if await ingest.backlog.depth() > settings.backlog_limit:
        REJECTED.labels(tenant, "backlog").inc()
        raise HTTPException(
            429, "the review queue is full; retry later",
            headers={"Retry-After": str(settings.retry_after_s)},
        )  # fmt: skip
    sub = await read_submission(request, settings, ingest.sandbox)
    await check_submission(sub, settings, ingest.lenses)
    key = request.headers.get("idempotency-key")
    if key and len(key) > 200:
        raise HTTPException(422, "Idempotency-Key is longer than 200 characters")
    try:
        async with in_flight_slot(ingest, tenant, key) as slot:  # 429 at the tenant's limit
            slot.doc_id = doc_id = await _enqueue(ingest, tenant, sub, key=key or None)
    except IdempotencyConflict as e:
        # As the IETF idempotency-key draft and payment APIs do: a key names one request.
        raise HTTPException(422, str(e)) from None
    except NotReplicated as e:
        # Not durable yet: a failover now could lose it. The client retries (with its
        # Idempotency-Key, the retry finds the document if it did survive).
        raise HTTPException(
            503,
            f"the document was not confirmed by a Redis replica in time ({e}); retry "
            "with the same Idempotency-Key",
            headers={"Retry-After": str(settings.retry_after_s)},
        ) from None
    base = settings.public_base_url.rstrip("/")
    return Accepted(
        id=doc_id,
        status_url=f"{base}/v1/documents/{doc_id}",
        summary_url=f"{base}/v1/documents/{doc_id}/summary",
    )


async def _enqueue(ingest: Ingest, tenant: str, sub: SubmitRequest, *, key: str | None) -> str:
    """Queue the document, under the tenant's Idempotency-Key ``key`` if given, in one
    atomic step; returns its id (with a key: the id of the first request with it)."""
    with span("ingest submit") as submitted:
        # The metadata is kept once, with the document's state; tasks carry the style.
        task = DocumentTask(
            doc_id=new_id(), text=sub.text, format=sub.format, title=sub.title,
            lenses=sub.lenses, style=sub.metadata.get("style"),
        )  # fmt: skip
        common: dict[str, Any] = {"webhook_url": sub.webhook_url, "metadata": sub.metadata,
                                  "traceparent": current_traceparent()}  # fmt: skip
        doc_id = task.doc_id
        if key is None:
            await ingest.store.enqueue(task, tenant, **common)
        else:
            intake = await ingest.store.enqueue_once(
                task, tenant, key=key, digest=request_digest(sub.model_dump()),
                key_ttl_s=ingest.settings.idempotency_ttl_s, **common,
            )  # fmt: skip
            doc_id = intake.doc_id
        if submitted is not None:
            submitted.set_attribute("mesh.doc_id", doc_id)
        return doc_id


async def owned(store: StoreDep, doc_id: str, tenant: str) -> DocStatus:
    """The tenant's document; 404 if there is none (another tenant's does not exist)."""
    doc = await store.get(doc_id)
    if doc is None or doc.tenant != tenant:  # another tenant's document does not exist
        raise HTTPException(404, f"no document {doc_id}")
    return doc


@router.get("/{doc_id}", response_model=DocumentStatus)
async def status(doc_id: str, store: StoreDep, tenant: TenantDep) -> DocumentStatus:
    """Status and progress of a document."""
    doc = await owned(store, doc_id, tenant)
    return DocumentStatus(
        id=doc.id, status=doc.status, progress=Progress(done=doc.done, expected=doc.expected),
        created_at=iso_time(doc.created_at), updated_at=iso_time(doc.updated_at), title=doc.title,
    )  # fmt: skip


@router.get("/{doc_id}/summary", response_model=dict[str, Any])
async def summary(doc_id: str, store: StoreDep, tenant: TenantDep) -> Any:
    """The review, once the document is done (or partial after its deadline)."""
    doc = await owned(store, doc_id, tenant)
    if doc.summary is None:
        return JSONResponse(
            {"detail": f"document is {doc.status}; no summary yet", "status": doc.status},
            status_code=409,
        )
    return doc.summary
