"""The admin API: dead letters over HTTP, behind MESH_ADMIN_KEY."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from services.ingest.models import Problem
from services.ingest.settings import IngestSettings
from shared.deadletter import DeadLetters


class DeadLetterOut(BaseModel):
    """A dead letter: where it came from, why, and the original entry."""

    stream: str
    id: str
    source: str
    source_id: str
    group: str
    role: str
    version: str
    attempts: int
    error: str
    failed_at: float
    tenant: str | None
    raw: dict[str, str]


class Redriven(BaseModel):
    """Result of a redrive."""

    redriven: int
    new_id: str | None = None


class Purged(BaseModel):
    """Result of a purge."""

    purged: int


def admin_guard(settings: IngestSettings) -> Callable[[Request], None]:
    """A dependency that lets a request through only with the admin key (X-Admin-Key).

    An unset or empty MESH_ADMIN_KEY disables every admin route: comparing an empty key
    with an empty header would otherwise let anyone in.
    """
    key = settings.admin_key.get_secret_value().encode() if settings.admin_key else b""

    def require_admin(request: Request) -> None:
        if not key:
            raise HTTPException(403, "the admin API is disabled (set MESH_ADMIN_KEY)")
        given = request.headers.get("x-admin-key", "").encode()
        if not hmac.compare_digest(hashlib.sha256(given).digest(), hashlib.sha256(key).digest()):
            raise HTTPException(403, "admin key missing or wrong (X-Admin-Key)")

    return require_admin


def admin_enabled(settings: IngestSettings) -> bool:
    """Whether MESH_ADMIN_KEY is set to something non-empty."""
    return bool(settings.admin_key and settings.admin_key.get_secret_value())


def admin_router(settings: IngestSettings) -> APIRouter:
    """Routes under /v1/admin; 403 unless the caller presents the admin key."""
    require_admin = admin_guard(settings)
    router = APIRouter(
        prefix="/v1/admin",
        dependencies=[Depends(require_admin)],
        tags=["admin"],
        responses={403: {"model": Problem}},
    )

    def _out(d: Any) -> DeadLetterOut:
        return DeadLetterOut(**asdict(d), tenant=d.tenant)

    async def _known(request: Request, stream: str | None) -> DeadLetters:
        letters = DeadLetters(request.app.state.redis)
        if stream is not None and stream not in await letters.streams():
            raise HTTPException(404, f"no dead-letter stream '{stream}'")
        return letters

    @router.get("/dead-letters", response_model=list[DeadLetterOut])
    async def list_dead_letters(
        request: Request,
        stream: str | None = None,
        tenant: str | None = None,
        limit: int = Query(default=100, ge=1, le=1000),
    ) -> list[DeadLetterOut]:
        """Dead letters, newest first."""
        letters = await (await _known(request, stream)).list(stream, limit, tenant)
        return [_out(d) for d in letters]

    @router.get("/dead-letters/{stream}/{entry_id}", response_model=DeadLetterOut)
    async def show_dead_letter(request: Request, stream: str, entry_id: str) -> DeadLetterOut:
        """One dead letter."""
        d = await (await _known(request, stream)).get(stream, entry_id)
        if d is None:
            raise HTTPException(404, f"no dead letter {entry_id} in {stream}")
        return _out(d)

    @router.post("/dead-letters/{stream}/{entry_id}/redrive", response_model=Redriven)
    async def redrive(request: Request, stream: str, entry_id: str) -> Redriven:
        """Put one dead letter back on its source stream."""
        new_id = await (await _known(request, stream)).redrive(stream, entry_id)
        if new_id is None:
            raise HTTPException(404, f"no dead letter {entry_id} in {stream}")
        return Redriven(redriven=1, new_id=new_id)

    @router.post("/dead-letters/redrive", response_model=Redriven)
    async def redrive_all(request: Request, stream: str | None = None) -> Redriven:
        """Redrive every dead letter (of one stream, or all)."""
        return Redriven(redriven=await (await _known(request, stream)).redrive_all(stream))

    @router.delete("/dead-letters", response_model=Purged)
    async def purge(request: Request, stream: str | None = None) -> Purged:
        """Delete dead letters for good."""
        return Purged(purged=await (await _known(request, stream)).purge(stream))

    return router
