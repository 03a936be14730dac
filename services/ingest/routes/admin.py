"""Admin routes, behind MESH_ADMIN_KEY: dead letters, and the mesh's streams (`/v1/mesh`).

An unset or empty MESH_ADMIN_KEY disables every admin route: comparing an empty key with
an empty header would otherwise let anyone in.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query
from pydantic import BaseModel

from services.contract.specs import topology
from services.ingest.models import Problem
from services.ingest.settings import IngestSettings
from services.ingest.state import IngestDep, SettingsDep
from shared.deadletter import DeadLetter, DeadLetters
from shared.streaminfo import StreamRow, snapshot


def admin_enabled(settings: IngestSettings) -> bool:
    """Whether MESH_ADMIN_KEY is set to something non-empty."""
    return bool(settings.admin_key and settings.admin_key.get_secret_value())


async def require_admin(settings: SettingsDep, x_admin_key: Annotated[str, Header()] = "") -> None:
    """Let a request through only with the admin key (header X-Admin-Key)."""
    if not admin_enabled(settings) or settings.admin_key is None:
        raise HTTPException(403, "the admin API is disabled (set MESH_ADMIN_KEY)")
    key = settings.admin_key.get_secret_value().encode()
    given = x_admin_key.encode()
    # Digests of equal length: the comparison time tells nothing about the key's length.
    if not hmac.compare_digest(hashlib.sha256(given).digest(), hashlib.sha256(key).digest()):
        raise HTTPException(403, "admin key missing or wrong (X-Admin-Key)")


router = APIRouter(
    dependencies=[Depends(require_admin)], tags=["admin"], responses={403: {"model": Problem}}
)


class Redriven(BaseModel):
    """Result of a redrive."""

    redriven: int
    new_id: str | None = None


class Purged(BaseModel):
    """Result of a purge."""

    purged: int


async def _known(ingest: IngestDep, stream: str | None = None) -> DeadLetters:
    letters = DeadLetters(ingest.redis)
    if stream is not None and stream not in await letters.streams():
        raise HTTPException(404, f"no dead-letter stream '{stream}'")
    return letters


Letters = Depends(_known)


@router.get("/v1/mesh", response_model=list[StreamRow])
async def mesh(ingest: IngestDep) -> list[StreamRow]:
    """Every mesh stream: length, entries ever added (for rates), groups, pending, lag
    (stream and group names describe every tenant's work, hence admin only)."""
    return await snapshot(ingest.redis, [s for s, _ in topology(ingest.settings)])


@router.get("/v1/admin/dead-letters", response_model=list[DeadLetter])
async def list_dead_letters(
    stream: str | None = None,
    tenant: str | None = None,
    limit: int = Query(default=100, ge=1, le=1000),
    letters: DeadLetters = Letters,
) -> list[DeadLetter]:
    """Dead letters, newest first."""
    return await letters.list(stream, limit, tenant)


@router.get("/v1/admin/dead-letters/{stream}/{entry_id}", response_model=DeadLetter)
async def show_dead_letter(
    stream: str, entry_id: str, letters: DeadLetters = Letters
) -> DeadLetter:
    """One dead letter."""
    d = await letters.get(stream, entry_id)
    if d is None:
        raise HTTPException(404, f"no dead letter {entry_id} in {stream}")
    return d


@router.post("/v1/admin/dead-letters/{stream}/{entry_id}/redrive", response_model=Redriven)
async def redrive(stream: str, entry_id: str, letters: DeadLetters = Letters) -> Redriven:
    """Put one dead letter back on its source stream."""
    new_id = await letters.redrive(stream, entry_id)
    if new_id is None:
        raise HTTPException(404, f"no dead letter {entry_id} in {stream}")
    return Redriven(redriven=1, new_id=new_id)


@router.post("/v1/admin/dead-letters/redrive", response_model=Redriven)
async def redrive_all(stream: str | None = None, letters: DeadLetters = Letters) -> Redriven:
    """Redrive every dead letter (of one stream, or all)."""
    return Redriven(redriven=await letters.redrive_all(stream))


@router.delete("/v1/admin/dead-letters", response_model=Purged)
async def purge(stream: str | None = None, letters: DeadLetters = Letters) -> Purged:
    """Delete dead letters for good."""
    return Purged(purged=await letters.purge(stream))
