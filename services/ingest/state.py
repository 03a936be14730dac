"""What the ingest routes share, and the typed dependencies that hand it to them."""

from __future__ import annotations

import contextlib
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response
from redis.asyncio import Redis

from services.contract import DocStore
from services.ingest.auth import Tenants
from services.ingest.backlog import Backlog
from services.ingest.quotas import Quotas, Slot
from services.ingest.sandbox import DocxSandbox
from services.ingest.settings import IngestSettings
from shared.worker import Worker


@dataclass(slots=True)
class Ingest:
    """Everything one ingest process holds while it serves (built by the lifespan)."""

    settings: IngestSettings
    tenants: Tenants
    lenses: list[str]
    sandbox: DocxSandbox
    redis: Redis
    store: DocStore
    backlog: Backlog
    worker: Worker
    quotas: Quotas | None = None  # per-tenant limits (None: none enforced)


# The dependencies are ``async def`` though they await nothing: FastAPI runs a plain ``def``
# dependency in a worker thread, a thread hop per request (about 0.15 ms of CPU here).


def ingest_of(request: Request) -> Ingest:
    """The process's state, as the lifespan stored it."""
    ingest: Ingest = request.app.state.ingest
    return ingest


async def get_ingest(request: Request) -> Ingest:
    """The process's state (dependency)."""
    return ingest_of(request)


async def get_store(request: Request) -> DocStore:
    """The document store (dependency)."""
    return ingest_of(request).store


async def get_settings(request: Request) -> IngestSettings:
    """The process's settings (dependency)."""
    return ingest_of(request).settings


async def get_tenant(request: Request, response: Response) -> str:
    """The calling tenant, from its API key (401 without a valid one); the request counts
    against its requests per minute (over them: 429, ``quotas.OverLimit``)."""
    ingest = ingest_of(request)
    tenant = ingest.tenants(request)
    if ingest.quotas is not None and (usage := await ingest.quotas.count_request(tenant)):
        response.headers.update(usage.headers())
    return tenant


def in_flight_slot(
    ingest: Ingest, tenant: str, idempotency: str | None
) -> AbstractAsyncContextManager[Slot]:
    """A place among the tenant's documents in flight, for the block that queues one
    (``Quotas.document_slot``; nothing to hold without quotas)."""
    if ingest.quotas is None:
        return contextlib.nullcontext(Slot(""))
    return ingest.quotas.document_slot(tenant, idempotency)


IngestDep = Annotated[Ingest, Depends(get_ingest)]
StoreDep = Annotated[DocStore, Depends(get_store)]
SettingsDep = Annotated[IngestSettings, Depends(get_settings)]
TenantDep = Annotated[str, Depends(get_tenant)]
