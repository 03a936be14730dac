"""The ingest HTTP API (FastAPI): the app, assembled from its routers and middleware."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from prometheus_client import Counter, Histogram

from services.contract.specs import lens_specs
from services.ingest.bodylimit import BodyLimit
from services.ingest.lifespan import ingest_lifespan
from services.ingest.metrics import HttpMetrics
from services.ingest.models import Problem
from services.ingest.quotas import RATE_LIMIT_HEADERS, OverLimit
from services.ingest.routes import admin, documents, events, lifecycle
from services.ingest.routes import webhooks as webhook_routes
from services.ingest.settings import IngestSettings
from services.ingest.ui import ui_router
from shared.connection import TRANSIENT_ERRORS
from shared.health import health_routes
from shared.process import readiness

REQUESTS = Counter("mesh_http_requests_total", "HTTP requests", ["method", "route", "status"])
REQUEST_SECONDS = Histogram("mesh_http_request_seconds", "HTTP request latency", ["route"])
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem} for code in (401, 404, 409, 413, 415, 422, 429)
}
ERRORS[429]["headers"] = RATE_LIMIT_HEADERS  # over a tenant's limit, or the queue is full


async def _invalid(_: Request, exc: Exception) -> JSONResponse:
    """A request FastAPI could not validate: 422 with the first problem, named by field."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    where = ".".join(str(p) for p in first["loc"] if p != "body") or "body"
    return JSONResponse({"detail": f"{where}: {first['msg']}"}, status_code=422)


async def _over_limit(_: Request, exc: Exception) -> JSONResponse:
    """A tenant over its requests per minute or documents in flight: 429 with Retry-After
    and the IETF RateLimit headers."""
    assert isinstance(exc, OverLimit)
    return JSONResponse({"detail": exc.detail}, status_code=429, headers=exc.headers())


async def _redis_unavailable(_: Request, exc: Exception) -> JSONResponse:
    """Redis unreachable or failing over (its primary is being replaced): 503 and a short
    Retry-After, so clients retry (with their Idempotency-Key) instead of seeing a 500."""
    return JSONResponse({"detail": f"storage unavailable, retry shortly ({type(exc).__name__})"},
                        status_code=503, headers={"Retry-After": "1"})  # fmt: skip


def create_app(settings: IngestSettings | None = None) -> FastAPI:
    """The ingest application, with its webhook dispatcher running in the lifespan."""
    settings = settings or IngestSettings()
    lenses = lens_specs(settings)
    app = FastAPI(
        title="Agentic Mesh ingest",
        version="1",
        description="Submit documents for review; poll status; fetch the summary.",
        lifespan=ingest_lifespan(settings, lenses),
        responses=ERRORS,
    )
    app.include_router(documents.router)
    app.include_router(lifecycle.router)
    app.include_router(events.router)
    app.include_router(webhook_routes.router)
    app.include_router(admin.router)
    app.include_router(ui_router(sorted(lenses)))

    async def ready() -> str | None:
        return await readiness(app.state.ingest.redis, [app.state.ingest.worker])

    app.router.routes.extend(health_routes(ready))
    app.add_exception_handler(RequestValidationError, _invalid)
    for error in TRANSIENT_ERRORS:
        app.add_exception_handler(error, _redis_unavailable)
    app.add_exception_handler(OverLimit, _over_limit)
    app.add_middleware(
        BodyLimit, paths=frozenset({"/v1/documents"}), limit=settings.max_doc_bytes,
        multipart_extra=settings.multipart_overhead_bytes,
    )  # fmt: skip
    app.add_middleware(HttpMetrics, requests=REQUESTS, seconds=REQUEST_SECONDS)
    return app
