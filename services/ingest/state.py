"""What the ingest routes share, and the typed dependencies that hand it to them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from redis.asyncio import Redis

from services.contract import DocStore
from services.ingest.auth import Tenants
from services.ingest.backlog import Backlog
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


def get_ingest(request: Request) -> Ingest:
    """The process's state, as the lifespan stored it."""
    ingest: Ingest = request.app.state.ingest
    return ingest


def get_store(request: Request) -> DocStore:
    """The document store."""
    return get_ingest(request).store


def get_settings(request: Request) -> IngestSettings:
    """The process's settings."""
    return get_ingest(request).settings


def get_tenant(request: Request) -> str:
    """The calling tenant, from its API key (401 without a valid one)."""
    return get_ingest(request).tenants(request)


IngestDep = Annotated[Ingest, Depends(get_ingest)]
StoreDep = Annotated[DocStore, Depends(get_store)]
SettingsDep = Annotated[IngestSettings, Depends(get_settings)]
TenantDep = Annotated[str, Depends(get_tenant)]
