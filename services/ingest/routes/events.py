"""``GET /v1/documents/{id}/events``: a document's progress as Server-Sent Events.

The events come from the document's event stream in Redis (the aggregator writes a
``progress`` entry per partial and a ``summary`` entry with the summary, in the scripts that
store them), so any ingest replica serves any reader, and ``Last-Event-ID`` (the entry id)
resumes where a reader left off. A stream polls Redis without holding a connection, so a
thousand readers cost a thousand cheap reads per poll interval, not a thousand connections.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Response
from fastapi.responses import StreamingResponse

from services.contract.catalog import Catalog, Event
from services.contract.store import DocStatus, DocStore
from services.ingest.routes.documents import owned
from services.ingest.routes.lifecycle import CatalogDep
from services.ingest.state import SettingsDep, StoreDep, TenantDep

router = APIRouter(prefix="/v1/documents", tags=["documents"])
_STREAM_ID = re.compile(r"\d{1,20}-\d{1,20}")
SYNTHETIC_ID = "0-1"  # the summary of a document reviewed before it had an event stream
_EVENTS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "an event stream: `progress` events, then one `summary` (or `failed`)",
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    },
    204: {"description": "the stream already ended at Last-Event-ID: do not reconnect"},
}
_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def frame(event: str, event_id: str, data: Any) -> str:
    """One Server-Sent Event (``data`` as compact JSON, which never holds a newline)."""
    payload = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return f"id: {event_id}\nevent: {event}\ndata: {payload}\n\n"


def _terminal(doc: DocStatus) -> bool:
    return doc.summary is not None or doc.status == "failed"


@router.get("/{doc_id}/events", response_class=StreamingResponse, responses=_EVENTS)
async def events(
    doc_id: str,
    store: StoreDep,
    catalog: CatalogDep,
    settings: SettingsDep,
    tenant: TenantDep,
    last_event_id: Annotated[str | None, Header(max_length=60)] = None,
) -> Response:
    """Follow a document's review: a ``progress`` event per partial landed
    (``{"done","expected","lens"}``), then one ``summary`` event with the whole summary
    (or ``failed``), and the stream closes. Resumes after ``Last-Event-ID``; idle streams
    get a comment every ``MESH_SSE_HEARTBEAT_S``."""
    doc = await owned(store, doc_id, tenant)
    after = "0"
    if last_event_id is not None:
        if not _STREAM_ID.fullmatch(last_event_id.strip()):
            raise HTTPException(422, "Last-Event-ID: not an id this stream sent")
        after = last_event_id.strip()
    first = await catalog.events(doc_id, after, None)
    if not first and _terminal(doc):
        if last_event_id is not None:
            return Response(status_code=204)  # it ended before: tells EventSource to stop
        # Reviewed before documents had event streams: the summary is all there is.
        closing = _closing(doc, SYNTHETIC_ID, {})
        return StreamingResponse(iter([closing]), media_type="text/event-stream",
                                 headers=_HEADERS)  # fmt: skip
    follow = _follow(doc_id, after, first, store, catalog, settings.sse_poll_s,
                     settings.sse_heartbeat_s)  # fmt: skip
    return StreamingResponse(follow, media_type="text/event-stream", headers=_HEADERS)


async def _follow(
    doc_id: str,
    after: str,
    first: list[Event],
    store: DocStore,
    catalog: Catalog,
    poll_s: float,
    heartbeat_s: float,
) -> AsyncIterator[str]:
    """The frames of one reader, until the summary (or the document is gone)."""
    pending = first
    quiet_since = time.monotonic()
    yield ": stream open\n\n"  # sent at once, so the reader knows it is connected
    while True:
        for ev in pending:
            after = ev.id
            final = await _final(doc_id, ev, store)
            if final is not None:
                yield final
                return
            yield frame("progress", ev.id, _progress(ev.fields))
        if pending:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= heartbeat_s:
            doc = await store.get(doc_id)
            if doc is None:
                return  # deleted (or expired) while followed
            if _terminal(doc):  # its closing event was lost (trimmed): say it anyway
                yield _closing(doc, SYNTHETIC_ID, {})
                return
            yield ": heartbeat\n\n"
            quiet_since = time.monotonic()
        await asyncio.sleep(poll_s)
        pending = await catalog.events(doc_id, after, None)


async def _final(doc_id: str, ev: Event, store: DocStore) -> str | None:
    """The closing frame for a ``summary`` or ``failed`` event; None for progress."""
    if ev.type == "progress":
        return None
    doc = await store.get(doc_id)
    if doc is None:
        return frame("failed", ev.id, {"status": "gone", "error": "the document was deleted"})
    return _closing(doc, ev.id, ev.fields)


def _closing(doc: DocStatus, event_id: str, fields: dict[str, str]) -> str:
    """The ``summary`` frame, or ``failed`` with the reason the event or state gives."""
    if doc.summary is not None:
        return frame("summary", event_id, doc.summary)
    error = fields.get("error") or "the document could not be reviewed"
    return frame("failed", event_id, {"status": doc.status, "error": error})


def _progress(fields: dict[str, str]) -> dict[str, Any]:
    return {
        "done": int(fields.get("done", 0)),
        "expected": int(fields.get("expected", 0)),
        "lens": fields.get("lens"),
    }
