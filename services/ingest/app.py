"""The ingest HTTP API (FastAPI)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import signal
import time
from collections.abc import AsyncIterator
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import Counter, Histogram
from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from services.contract import (
    COORDINATOR_GROUP,
    TASKS,
    DocStore,
    DocumentTask,
)
from services.contract.specs import lens_specs, role_spec, topology
from services.contract.store import IdempotencyConflict, request_digest
from services.ingest.admin import admin_enabled, admin_guard, admin_router
from services.ingest.auth import Tenants, load_keys
from services.ingest.bodylimit import BodyLimit
from services.ingest.metrics import HttpMetrics
from services.ingest.models import (
    Accepted,
    DocumentStatus,
    Problem,
    Progress,
    StreamOut,
    SubmitRequest,
    WebhookStatus,
)
from services.ingest.parsing import decode_utf8, extract
from services.ingest.sandbox import DocxSandbox
from services.ingest.settings import IngestSettings
from services.ingest.ui import ui_router
from services.ingest.urls import UnsafeURL, check_webhook_url
from services.ingest.webhooks import WebhookDispatcher
from shared.connection import connect
from shared.envelope import new_id
from shared.health import metrics_response
from shared.process import readiness
from shared.retention import trim
from shared.spec import Retention
from shared.streaminfo import snapshot
from shared.telemetry import current_traceparent, tracer
from shared.worker import Worker

log = logging.getLogger("mesh.ingest")
REQUESTS = Counter("mesh_http_requests_total", "HTTP requests", ["method", "route", "status"])
REQUEST_SECONDS = Histogram("mesh_http_request_seconds", "HTTP request latency", ["route"])
STYLES = ("formal", "friendly", "neutral")


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds")


class Backlog:
    """Work waiting in the mesh, read at most once a second: lag + pending of the coordinator
    on the intake stream, and of each lens's group on its task streams (one document fans
    out into many lens tasks, so a full intake is not the only way to be overloaded)."""

    def __init__(self, redis: Redis, queues: list[tuple[str, str]] | None = None) -> None:
        self.redis = redis
        self.queues = queues if queues is not None else [(TASKS, COORDINATOR_GROUP)]
        self._value, self._at = 0, 0.0

    async def depth(self) -> int:
        """The largest lag + pending among the watched (stream, group) pairs."""
        if time.monotonic() - self._at > 1.0:
            self._at = time.monotonic()
            self._value = max([await self._waiting(s, g) for s, g in self.queues], default=0)
        return self._value

    async def _waiting(self, stream: str, group: str) -> int:
        try:
            groups = await self.redis.xinfo_groups(stream)
        except ResponseError:  # the stream does not exist yet
            return 0
        return max(
            ((g.get("lag") or 0) + g["pending"] for g in groups if g["name"].decode() == group),
            default=0,
        )


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem} for code in (401, 404, 409, 413, 415, 422, 429)
}


def create_app(settings: IngestSettings | None = None) -> FastAPI:
    """The ingest application, with its webhook dispatcher running in the lifespan."""
    settings = settings or IngestSettings()
    tenants = Tenants(load_keys(settings))
    lens_spec_map = lens_specs(settings)
    lenses = sorted(lens_spec_map)
    # The coordinator's intake and every lens's task streams: what the 429 check watches.
    queues = [(TASKS, COORDINATOR_GROUP)] + [
        (stream, spec.group) for spec in lens_spec_map.values() for stream in spec.inputs
    ]
    sandbox = DocxSandbox(settings)
    if not admin_enabled(settings):
        log.warning("MESH_ADMIN_KEY not set: the admin API (/v1/admin, /v1/mesh) is disabled")
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret:
        secret = secrets.token_hex(32)
        log.warning("MESH_WEBHOOK_SECRET not set: signing webhooks with a random per-process key")

    def _exit_if_crashed(task: asyncio.Task[None]) -> None:
        # The API without its webhook dispatcher would look healthy and deliver nothing:
        # stop the process (non-zero exit) so the supervisor restarts it.
        if not task.cancelled() and task.exception() is not None:
            log.error("webhook worker crashed; stopping ingest", exc_info=task.exception())
            app.state.crashed = True
            os.kill(os.getpid(), signal.SIGTERM)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        redis = connect(settings)
        # No keep-alive: webhooks connect to a pinned IP, and a pooled TLS connection checked
        # for one host name must not carry another name's request to the same address.
        client = httpx.AsyncClient(timeout=settings.webhook_timeout_s, follow_redirects=False,
                                   limits=httpx.Limits(max_keepalive_connections=0))  # fmt: skip
        store = DocStore(redis, settings.doc_ttl_s)
        dispatcher = WebhookDispatcher(store, client, secret, settings.webhook_allow_private,
                                       tenant_limit=settings.webhook_tenant_concurrency,
                                       poll_s=settings.webhook_retry_poll_s)  # fmt: skip
        worker = Worker(role_spec(settings, "webhook"), dispatcher.handle, redis,
                        consumer=settings.consumer_name, role="webhook")  # fmt: skip
        dispatcher.attach(worker)  # retries run on this worker's timer, not in its slots
        # Ingest is the producer of the intake stream, so it bounds it (the coordinator trims
        # what it produces, and so on down the mesh); entries still pending are never cut.
        intake = Retention(max_age_s=settings.tasks_retention_s)
        worker.every(5.0, lambda: trim(redis, TASKS, intake))
        app.state.redis, app.state.store, app.state.worker = redis, store, worker
        app.state.backlog = Backlog(redis, queues)
        task = asyncio.create_task(worker.run())
        task.add_done_callback(_exit_if_crashed)
        try:
            yield
        finally:
            await worker.drain(settings.drain_deadline_s)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await client.aclose()
            await redis.aclose()

    app = FastAPI(
        title="Agentic Mesh ingest",
        version="1",
        description="Submit documents for review; poll status; fetch the summary.",
        lifespan=lifespan,
        responses=ERRORS,
    )

    app.include_router(admin_router(settings))
    app.include_router(ui_router(lenses))
    app.add_middleware(
        BodyLimit, paths=frozenset({"/v1/documents"}), limit=settings.max_doc_bytes,
        multipart_extra=settings.multipart_overhead_bytes,
    )  # fmt: skip

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"] if p != "body") or "body"
        return JSONResponse({"detail": f"{where}: {first['msg']}"}, status_code=422)

    app.add_middleware(HttpMetrics, requests=REQUESTS, seconds=REQUEST_SECONDS)

    # A default, not an Annotated alias: local aliases are invisible to FastAPI under
    # postponed annotations.
    caller = Depends(tenants)

    async def _read_submission(request: Request) -> SubmitRequest:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_doc_bytes:
            raise HTTPException(
                413, f"request body over MESH_MAX_DOC_BYTES ({settings.max_doc_bytes})"
            )
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/json":
            raw = await request.body()
            if len(raw) > settings.max_doc_bytes:
                raise HTTPException(
                    413, f"request body over MESH_MAX_DOC_BYTES ({settings.max_doc_bytes})"
                )
            try:
                return SubmitRequest.model_validate_json(decode_utf8(raw))
            except ValidationError as e:
                first = e.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "body"
                raise HTTPException(422, f"{where}: {first['msg']}") from None
        if ctype == "multipart/form-data":
            return await _read_upload(request)
        raise HTTPException(415, "send application/json or multipart/form-data (field 'file')")

    async def _read_upload(request: Request) -> SubmitRequest:
        form = await request.form(max_files=1, max_fields=20)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise HTTPException(422, "multipart upload needs a 'file' field")
        data = await upload.read(settings.max_doc_bytes + 1)
        if len(data) > settings.max_doc_bytes:
            raise HTTPException(413, f"file over MESH_MAX_DOC_BYTES ({settings.max_doc_bytes})")
        doc = await extract(upload.filename or "", data, sandbox)
        fields: dict[str, Any] = {"text": doc.text, "format": doc.format, "title": upload.filename}
        for name in ("title", "webhook_url"):
            if isinstance(value := form.get(name), str) and value:
                fields[name] = value
        if isinstance(value := form.get("style"), str) and value:
            fields["metadata"] = {"style": value}
        if isinstance(value := form.get("lenses"), str) and value.strip():
            fields["lenses"] = [x.strip() for x in value.split(",") if x.strip()]
        try:
            return SubmitRequest.model_validate(fields)
        except ValidationError as e:
            raise HTTPException(422, e.errors()[0]["msg"]) from None

    async def _validate(sub: SubmitRequest) -> None:
        if not sub.text.strip():
            raise HTTPException(422, "text: the document is empty")
        if sub.lenses is not None:
            unknown = sorted(set(sub.lenses) - set(lenses))
            if unknown or not sub.lenses:
                raise HTTPException(422, f"lenses: unknown {unknown}; choose from {lenses}")
        if sub.title is not None and len(sub.title) > settings.max_title_chars:
            raise HTTPException(
                422, f"title: longer than MESH_MAX_TITLE_CHARS ({settings.max_title_chars})"
            )
        # Compact JSON, as it is stored: the size a document's metadata costs Redis.
        meta_bytes = len(json.dumps(sub.metadata, separators=(",", ":")).encode())
        if meta_bytes > settings.max_metadata_bytes:
            raise HTTPException(
                422, f"metadata: {meta_bytes} bytes as JSON, over MESH_MAX_METADATA_BYTES "
                f"({settings.max_metadata_bytes})",
            )  # fmt: skip
        style = sub.metadata.get("style")
        if style is not None and style not in STYLES:
            raise HTTPException(422, f"metadata.style must be one of {list(STYLES)}")
        if sub.webhook_url:
            try:
                await check_webhook_url(sub.webhook_url, settings.webhook_allow_private)
            except UnsafeURL as e:
                raise HTTPException(422, f"webhook_url: {e}") from None

    def _accepted(doc_id: str) -> Accepted:
        base = settings.public_base_url.rstrip("/")
        return Accepted(
            id=doc_id,
            status_url=f"{base}/v1/documents/{doc_id}",
            summary_url=f"{base}/v1/documents/{doc_id}/summary",
        )

    @app.post(
        "/v1/documents",
        status_code=202,
        response_model=Accepted,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": SubmitRequest.model_json_schema()},
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": ["file"],
                            "properties": {
                                "file": {"type": "string", "format": "binary"},
                                "title": {"type": "string"},
                                "webhook_url": {"type": "string"},
                                "lenses": {"type": "string", "description": "comma-separated"},
                                "style": {"type": "string", "enum": list(STYLES)},
                            },
                        }
                    },
                },
            }
        },
    )
    async def submit(request: Request, tenant: str = caller) -> Accepted:
        """Queue a document (JSON or a .txt/.md/.docx upload); retries with the same
        Idempotency-Key return the same id and do not enqueue twice."""
        state = request.app.state
        if await state.backlog.depth() > settings.backlog_limit:
            raise HTTPException(
                429, "the review queue is full; retry later",
                headers={"Retry-After": str(settings.retry_after_s)},
            )  # fmt: skip
        sub = await _read_submission(request)
        await _validate(sub)
        key = request.headers.get("idempotency-key")
        if key and len(key) > 200:
            raise HTTPException(422, "Idempotency-Key is longer than 200 characters")
        try:
            doc_id = await _enqueue(state, new_id(), tenant, sub, key=key or None)
        except IdempotencyConflict as e:
            # As the IETF idempotency-key draft and payment APIs do: a key names one request.
            raise HTTPException(422, str(e)) from None
        return _accepted(doc_id)

    async def _enqueue(
        state: Any, doc_id: str, tenant: str, sub: SubmitRequest, *, key: str | None
    ) -> str:
        """Queue the document, under the tenant's Idempotency-Key ``key`` if given, in one
        atomic step; returns its id (with a key: the id of the first request with it)."""
        with tracer().start_as_current_span("ingest submit") as span:
            # The metadata is kept once, with the document's state; tasks carry the style.
            task = DocumentTask(
                doc_id=doc_id, text=sub.text, format=sub.format, title=sub.title,
                lenses=sub.lenses, style=sub.metadata.get("style"),
            )  # fmt: skip
            common: dict[str, Any] = {"webhook_url": sub.webhook_url, "metadata": sub.metadata,
                                      "traceparent": current_traceparent()}  # fmt: skip
            if key is None:
                await state.store.enqueue(task, tenant, **common)
            else:
                intake = await state.store.enqueue_once(
                    task, tenant, key=key, digest=request_digest(sub.model_dump()),
                    key_ttl_s=settings.idempotency_ttl_s, **common,
                )  # fmt: skip
                doc_id = intake.doc_id
            span.set_attribute("mesh.doc_id", doc_id)
            return doc_id

    async def _owned(request: Request, doc_id: str, tenant: str) -> Any:
        doc = await request.app.state.store.get(doc_id)
        if doc is None or doc.tenant != tenant:  # another tenant's document does not exist
            raise HTTPException(404, f"no document {doc_id}")
        return doc

    @app.get("/v1/documents/{doc_id}", response_model=DocumentStatus)
    async def status(doc_id: str, request: Request, tenant: str = caller) -> DocumentStatus:
        """Status and progress of a document."""
        doc = await _owned(request, doc_id, tenant)
        return DocumentStatus(
            id=doc.id, status=doc.status, progress=Progress(done=doc.done, expected=doc.expected),
            created_at=_iso(doc.created_at), updated_at=_iso(doc.updated_at),
        )  # fmt: skip

    @app.get("/v1/documents/{doc_id}/summary", response_model=dict[str, Any])
    async def summary(doc_id: str, request: Request, tenant: str = caller) -> Any:
        """The review, once the document is done (or partial after its deadline)."""
        doc = await _owned(request, doc_id, tenant)
        if doc.summary is None:
            return JSONResponse(
                {"detail": f"document is {doc.status}; no summary yet", "status": doc.status},
                status_code=409,
            )
        return doc.summary

    @app.get("/v1/documents/{doc_id}/webhook", response_model=WebhookStatus)
    async def webhook(doc_id: str, request: Request, tenant: str = caller) -> WebhookStatus:
        """Delivery status of the document's webhook."""
        doc = await _owned(request, doc_id, tenant)
        state = doc.webhook or {}
        default = "pending" if doc.webhook_url else "none"
        return WebhookStatus(
            url=doc.webhook_url,
            status=state.get("status", default),
            attempts=state.get("attempts", 0),
            error=state.get("error"),
        )

    # Admin only: stream, group and dead-letter names and depths describe every tenant's work.
    @app.get(
        "/v1/mesh",
        response_model=list[StreamOut],
        dependencies=[Depends(admin_guard(settings))],
        responses={403: {"model": Problem}},
    )
    async def mesh(request: Request) -> list[StreamOut]:
        """Every mesh stream: length, entries ever added (for rates), groups, pending, lag
        (admin only: send X-Admin-Key)."""
        rows = await snapshot(request.app.state.redis, [s for s, _ in topology(settings)])
        return [StreamOut.model_validate(asdict(r)) for r in rows]

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz(request: Request) -> JSONResponse:
        reason = await readiness(request.app.state.redis, [request.app.state.worker])
        if reason is None:
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "not ready", "reason": reason}, status_code=503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return metrics_response()

    return app
