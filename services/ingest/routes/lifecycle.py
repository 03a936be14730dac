"""Routes over a tenant's documents as a collection: list them, cancel or delete one, and
read one's text with the review's edits applied."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from fastapi.responses import PlainTextResponse

from services.contract.catalog import BadCursor, Catalog, Listed
from services.contract.models import Severity
from services.ingest.models import DocumentList, DocumentStatus, Progress, StatusName
from services.ingest.revision import EditsDoNotFit, apply_edits, chosen, unified_diff
from services.ingest.routes.documents import iso_time, owned
from services.ingest.state import IngestDep, StoreDep, TenantDep

router = APIRouter(prefix="/v1/documents", tags=["documents"])


async def get_catalog(ingest: IngestDep) -> Catalog:
    """The tenant-facing collection operations on the process's Redis."""
    return Catalog(ingest.redis)


CatalogDep = Annotated[Catalog, Depends(get_catalog)]
_REVISED: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the revised text, or with format=diff a unified diff",
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "text/x-diff": {"schema": {"type": "string"}},
        },
        "headers": {
            "X-Edits-Applied": {"schema": {"type": "integer"}},
            "X-Edits-Skipped": {"schema": {"type": "integer"}},
        },
    }
}


def _item(doc: Listed) -> DocumentStatus:
    return DocumentStatus(
        id=doc.id, status=doc.status, progress=Progress(done=doc.done, expected=doc.expected),
        created_at=iso_time(doc.created_at), updated_at=iso_time(doc.updated_at), title=doc.title,
    )  # fmt: skip


@router.get("", response_model=DocumentList)
async def list_documents(
    catalog: CatalogDep,
    tenant: TenantDep,
    status: Annotated[StatusName | None, Query(description="only documents in this state")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=400, description="a page's next_cursor")] = None,
) -> DocumentList:
    """The tenant's documents, newest first, a page at a time."""
    try:
        page = await catalog.page(tenant, limit=limit, cursor=cursor, status=status)
    except BadCursor as e:
        raise HTTPException(422, str(e)) from None
    return DocumentList(items=[_item(d) for d in page.items], next_cursor=page.cursor)


@router.post("/{doc_id}/cancel", response_model=DocumentStatus)
async def cancel(
    doc_id: str, store: StoreDep, catalog: CatalogDep, tenant: TenantDep
) -> DocumentStatus:
    """Stop reviewing the document: its remaining tasks are skipped, and its summary holds
    what had landed, with status ``cancelled`` (webhook event ``review.cancelled``). 409 if
    it already has its summary or failed."""
    await owned(store, doc_id, tenant)
    outcome, status = await catalog.cancel(doc_id)
    if outcome == "gone":
        raise HTTPException(404, f"no document {doc_id}")
    if outcome == "finished":
        raise HTTPException(409, f"document is {status}: too late to cancel")
    doc = await owned(store, doc_id, tenant)
    return DocumentStatus(
        id=doc.id, status=doc.status, progress=Progress(done=doc.done, expected=doc.expected),
        created_at=iso_time(doc.created_at), updated_at=iso_time(doc.updated_at), title=doc.title,
    )  # fmt: skip


@router.delete("/{doc_id}", status_code=204, response_class=Response)
async def delete(doc_id: str, store: StoreDep, catalog: CatalogDep, tenant: TenantDep) -> Response:
    """Remove the document: text, state, partials and summary. Work still in flight for it
    finishes harmlessly (late partials are dropped; no summary appears)."""
    doc = await owned(store, doc_id, tenant)
    await catalog.delete(doc_id, tenant, doc.task_id)
    return Response(status_code=204)


@router.get("/{doc_id}/revised", response_class=PlainTextResponse, responses=_REVISED)
async def revised(
    doc_id: str,
    store: StoreDep,
    catalog: CatalogDep,
    tenant: TenantDep,
    lenses: Annotated[str | None, Query(description="comma-separated, e.g. grammar,tone")] = None,
    min_severity: Annotated[Severity, Query(description="apply edits this severe or up")] = "info",
    format: Annotated[Literal["text", "diff"], Query(description="diff: a unified diff")] = "text",
) -> Response:
    """The text with every non-conflicting edit of the review applied (409 until the
    document has its summary)."""
    doc = await owned(store, doc_id, tenant)
    if doc.summary is None:
        raise HTTPException(409, f"document is {doc.status}; no summary yet")
    text = await catalog.text(doc_id)
    if text is None:
        raise HTTPException(409, "the document's text is not kept (submitted before it was)")
    wanted = {x.strip() for x in lenses.split(",") if x.strip()} if lenses else None
    try:
        rev = apply_edits(text, chosen(doc.summary.get("suggestions", []), wanted, min_severity))
    except EditsDoNotFit as e:
        raise HTTPException(409, str(e)) from None
    headers = {"X-Edits-Applied": str(rev.applied), "X-Edits-Skipped": str(rev.skipped)}
    if format == "diff":
        name = "_".join((doc.title or doc_id).replace("/", " ").split())  # one safe line
        body = unified_diff(text, rev.text, name)
        return PlainTextResponse(body, headers=headers, media_type="text/x-diff")
    return PlainTextResponse(rev.text, headers=headers)
