"""Per-tenant limits from the API keys file: requests per minute and documents in flight,
429 with Retry-After and the IETF RateLimit headers, shared by every replica (issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from redis.asyncio import Redis

from services.contract import SUMMARY, DocStore, DocumentTask
from services.contract.keys import in_flight_key
from services.ingest.auth import KeyConfigError, load_keys, load_limits
from services.ingest.quotas import Limits
from services.ingest.settings import IngestSettings
from shared import Committer, Envelope, Output
from tests.support.waiting import wait_for

DOC = {"text": "A short note."}


def _keys_file(tmp_path: Path, entries: dict[str, Any]) -> Path:
    path = tmp_path / "keys.yaml"
    path.write_text(yaml.safe_dump(entries))
    return path


async def _serve_with(serve: Callable[..., Any], path: Path, **settings: Any) -> str:
    return str(await serve(api_keys=None, api_keys_file=path, **settings))


def test_keys_file_sets_tenants_and_their_limits_over_the_defaults(tmp_path: Path) -> None:
    path = _keys_file(tmp_path, {
        "key-a": {"tenant": "a", "rpm": 600, "in_flight": 100},
        "key-a2": {"tenant": "a", "rpm": 600, "in_flight": 100},
        "key-b": "b",  # the format of before: a tenant name
        "key-c": {"tenant": "c", "rpm": 5},
    })  # fmt: skip
    settings = IngestSettings(api_keys_file=path, tenant_rpm=60, tenant_in_flight=10)
    assert load_keys(settings) == {"key-a": "a", "key-a2": "a", "key-b": "b", "key-c": "c"}
    defaults, per_tenant = load_limits(settings)
    assert defaults == Limits(rpm=60, in_flight=10)
    assert per_tenant == {"a": Limits(600, 100), "c": Limits(5, 10)}


@pytest.mark.parametrize(
    "entry",
    [
        {"rpm": 5},
        {"tenant": "a", "rpm": -1},
        {"tenant": "a", "rpm": "many"},
        {"tenant": "a", "burst": 3},
    ],
)
def test_a_bad_entry_in_the_keys_file_is_refused(tmp_path: Path, entry: dict[str, Any]) -> None:
    settings = IngestSettings(api_keys_file=_keys_file(tmp_path, {"k": entry}))
    with pytest.raises(KeyConfigError):
        load_keys(settings)


async def test_over_the_rate_a_tenant_gets_429_with_ratelimit_headers_on_every_replica(
    redis: Redis, serve: Callable[..., Any], tmp_path: Path
) -> None:
    path = _keys_file(tmp_path, {"key-a": {"tenant": "a", "rpm": 3}, "key-b": "b"})
    bases = [await _serve_with(serve, path), await _serve_with(serve, path)]
    await DocStore(redis).enqueue(DocumentTask(doc_id="d1", text="x"), "a")
    async with httpx.AsyncClient(headers={"X-API-Key": "key-a"}) as client:
        seen = []
        for i in range(3):  # alternate replicas: the count is in Redis, not in a process
            resp = await client.get(f"{bases[i % 2]}/v1/documents/d1")
            assert resp.status_code == 200 and resp.headers["RateLimit-Limit"] == "3"
            seen.append(int(resp.headers["RateLimit-Remaining"]))
        assert seen == [2, 1, 0]
        over = await client.get(f"{bases[1]}/v1/documents/nope")
        other = await client.get(f"{bases[0]}/v1/documents/nope", headers={"X-API-Key": "key-b"})
    assert over.status_code == 429 and "3 requests per minute" in over.json()["detail"]
    assert over.headers["RateLimit-Limit"] == "3" and over.headers["RateLimit-Remaining"] == "0"
    assert 1 <= int(over.headers["Retry-After"]) <= 60
    assert over.headers["Retry-After"] == over.headers["RateLimit-Reset"]
    assert other.status_code == 404 and "RateLimit-Limit" not in other.headers  # no limit set


async def _outcome(redis: Redis, tenant: str, doc_id: str) -> None:
    env = Envelope(key=f"summary:{doc_id}", kind="summary", tenant=tenant,
                   body={"id": doc_id, "status": "done"})  # fmt: skip
    await Committer(redis).commit([Output(SUMMARY, env)])


async def test_documents_in_flight_are_capped_until_one_finishes(
    redis: Redis, serve: Callable[..., Any], tmp_path: Path
) -> None:
    path = _keys_file(tmp_path, {"key-a": {"tenant": "a", "in_flight": 2}, "key-b": "b"})
    base = await _serve_with(serve, path, retry_after_s=7)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        ids = [(await api.post("/v1/documents", json=DOC)).json()["id"] for _ in range(2)]
        again = await api.post("/v1/documents", json=DOC, headers={"Idempotency-Key": "k"})
        assert again.status_code == 429
        assert again.headers["Retry-After"] == "7" and again.headers["RateLimit-Limit"] == "2"
        assert "2 documents in flight" in again.json()["detail"]
        other = await api.post("/v1/documents", json=DOC, headers={"X-API-Key": "key-b"})
        assert other.status_code == 202  # another tenant is not held back
        await _outcome(redis, "a", ids[0])  # the dispatcher sees its outcome: a slot frees

        async def accepted() -> bool:
            resp = await api.post("/v1/documents", json=DOC, headers={"Idempotency-Key": "k"})
            return resp.status_code == 202

        await wait_for(accepted, what="a slot after the outcome")
        repeat = await api.post("/v1/documents", json=DOC, headers={"Idempotency-Key": "k"})
        assert repeat.status_code == 202  # a retry of a counted document is not refused
        metrics = (await api.get("/metrics")).text
    assert 'mesh_tenant_documents_accepted_total{tenant="a"}' in metrics
    assert 'mesh_tenant_requests_rejected_total{reason="in_flight",tenant="a"}' in metrics
    assert 'mesh_tenant_documents_in_flight{tenant="a"} 2.0' in metrics


async def test_a_document_that_ended_without_an_outcome_frees_its_slot(
    redis: Redis, serve: Callable[..., Any], tmp_path: Path
) -> None:
    path = _keys_file(tmp_path, {"key-a": {"tenant": "a", "in_flight": 1}})
    base = await _serve_with(serve, path)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        first = (await api.post("/v1/documents", json=DOC)).json()["id"]
        assert (await api.post("/v1/documents", json=DOC)).status_code == 429
        await redis.delete(*[k async for k in redis.scan_iter(f"doc:*{first}*")])  # deleted
        await wait_for(
            lambda: _accepted(api), timeout=5, what="the slot of a deleted document pruned"
        )


async def test_deleting_a_document_frees_its_slot_at_once(
    redis: Redis, serve: Callable[..., Any], tmp_path: Path
) -> None:
    path = _keys_file(tmp_path, {"key-a": {"tenant": "a", "in_flight": 1}})
    base = await _serve_with(serve, path)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        first = (await api.post("/v1/documents", json=DOC)).json()["id"]
        assert await redis.zcard(in_flight_key("a")) == 1
        assert (await api.delete(f"/v1/documents/{first}")).status_code == 204
        assert await redis.zcard(in_flight_key("a")) == 0  # not left for a later prune
        assert (await api.post("/v1/documents", json=DOC)).status_code == 202


async def _accepted(api: httpx.AsyncClient) -> bool:
    return (await api.post("/v1/documents", json=DOC)).status_code == 202
