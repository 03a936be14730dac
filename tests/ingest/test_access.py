"""Who may call what at the ingest edge: the admin key, the mesh view, API keys."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from starlette.requests import Request

from services.ingest.auth import Tenants


@pytest.mark.parametrize("admin_key", [None, ""], ids=["unset", "empty"])
async def test_unset_or_empty_admin_key_disables_admin_routes(
    serve: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
    admin_key: str | None,
) -> None:
    with caplog.at_level(logging.WARNING, logger="mesh.ingest"):
        base = await serve(admin_key=admin_key)
    assert "admin API (/v1/admin, /v1/mesh) is disabled" in caplog.text
    async with httpx.AsyncClient(base_url=base) as anyone:
        for headers in ({}, {"X-Admin-Key": ""}):
            calls = [
                await anyone.get("/v1/admin/dead-letters", headers=headers),
                await anyone.post("/v1/admin/dead-letters/redrive", headers=headers),
                await anyone.delete("/v1/admin/dead-letters", headers=headers),
                await anyone.get("/v1/mesh", headers=headers),
            ]
            for r in calls:
                assert r.status_code == 403, (r.request.url, r.text)
                assert "disabled" in r.json()["detail"]


async def test_mesh_view_is_admin_only(serve: Callable[..., Any]) -> None:
    base = await serve(admin_key="root")
    async with httpx.AsyncClient(base_url=base) as c:
        tenant = await c.get("/v1/mesh", headers={"X-API-Key": "key-a"})
        wrong = await c.get("/v1/mesh", headers={"X-API-Key": "key-a", "X-Admin-Key": "nope"})
        admin = await c.get("/v1/mesh", headers={"X-Admin-Key": "root"})
    assert tenant.status_code == wrong.status_code == 403
    assert "X-Admin-Key" in tenant.json()["detail"]
    assert admin.status_code == 200
    assert "doc.review.tasks" in {row["stream"] for row in admin.json()}


def _request(headers: dict[str, str]) -> Request:
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": raw})


def test_api_keys_are_held_as_digests_and_map_to_their_tenant() -> None:
    keys = {f"key-{i}": f"tenant-{i}" for i in range(1000)}
    tenants = Tenants(keys)
    assert tenants(_request({"X-API-Key": "key-0"})) == "tenant-0"
    assert tenants(_request({"Authorization": "Bearer key-999"})) == "tenant-999"
    # Only digests are kept: no configured key appears in the object's state.
    assert not any(isinstance(k, str) and k.startswith("key-") for k in tenants.digests)
    assert "key-5" not in repr(vars(tenants))
    for wrong in ("key-1000", "key-", "key-00", "KEY-1", "key-1 "):
        with pytest.raises(Exception) as info:
            tenants(_request({"X-API-Key": wrong}))
        assert getattr(info.value, "status_code", None) == 401, wrong


async def test_wrong_api_key_gets_401_and_right_key_its_own_tenant(
    api: httpx.AsyncClient,
) -> None:
    mine = await api.post("/v1/documents", json={"text": "Mine."})
    assert mine.status_code == 202
    doc = mine.json()["id"]
    assert (await api.get(f"/v1/documents/{doc}")).status_code == 200
    other = await api.get(f"/v1/documents/{doc}", headers={"X-API-Key": "key-b"})
    assert other.status_code == 404  # tenant-b's key resolves to tenant-b
    wrong = await api.get(f"/v1/documents/{doc}", headers={"X-API-Key": "key-c"})
    assert wrong.status_code == 401
