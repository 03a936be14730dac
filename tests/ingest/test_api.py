"""The ingest API over HTTP: accepted documents, every documented 4xx, tenants."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

import docx
import httpx
from redis.asyncio import Redis

from shared.envelope import Envelope
from tests.support.intake import lose_intake, queued


async def tasks(redis: Redis) -> list[Envelope]:
    """The documents queued (on the intake stream or in a tenant's lane)."""
    return await queued(redis)


async def test_json_document_is_accepted_and_queued_for_its_tenant(
    api: httpx.AsyncClient, redis: Redis
) -> None:
    r = await api.post("/v1/documents", json={"text": "Hello world.", "format": "markdown"})
    assert r.status_code == 202
    body = r.json()
    assert body["status_url"] == f"/v1/documents/{body['id']}"
    [task] = await tasks(redis)
    assert (task.key, task.kind, task.tenant) == (f"doc:{body['id']}", "document", "tenant-a")
    assert task.body["text"] == "Hello world." and task.body["format"] == "markdown"
    status = (await api.get(body["status_url"])).json()
    assert status["status"] == "queued" and status["progress"] == {"done": 0, "expected": 0}


async def test_idempotency_key_returns_same_id_and_queues_once(
    api: httpx.AsyncClient, redis: Redis
) -> None:
    headers = {"Idempotency-Key": "abc"}
    first = await api.post("/v1/documents", json={"text": "One."}, headers=headers)
    again = await api.post("/v1/documents", json={"text": "One."}, headers=headers)
    assert first.status_code == again.status_code == 202
    assert first.json()["id"] == again.json()["id"]
    assert len(await tasks(redis)) == 1


async def test_uploads_of_txt_md_and_docx_are_read(api: httpx.AsyncClient, redis: Redis) -> None:
    d = docx.Document()
    d.add_heading("Plan", level=1)
    d.add_paragraph("We recieve feedback.")
    buf = io.BytesIO()
    d.save(buf)
    for name, data in [
        ("a.txt", b"plain text"),
        ("b.md", b"# T\n\nbody"),
        ("c.docx", buf.getvalue()),
    ]:
        r = await api.post("/v1/documents", files={"file": (name, data)})
        assert r.status_code == 202, (name, r.text)
    texts = [t.body["text"] for t in await tasks(redis)]
    assert texts == ["plain text", "# T\n\nbody", "# Plan\n\nWe recieve feedback."]


JSON = {"Content-Type": "application/json"}


async def test_bad_input_gets_a_clear_4xx(serve: Callable[..., Any]) -> None:
    base = await serve(max_doc_bytes=1000)
    hook = "http://127.0.0.1/h"
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        cases = {
            "empty": await api.post("/v1/documents", json={"text": "  \n"}),
            "too big": await api.post("/v1/documents", json={"text": "x" * 2000}),
            "unsupported type": await api.post(
                "/v1/documents", content=b"hi", headers={"Content-Type": "text/csv"}
            ),
            "bad extension": await api.post("/v1/documents", files={"file": ("a.pdf", b"%PDF")}),
            "malformed json": await api.post("/v1/documents", content=b"{oops", headers=JSON),
            "bad utf-8": await api.post("/v1/documents", files={"file": ("a.txt", b"caf\xe9")}),
            "binary": await api.post("/v1/documents", files={"file": ("a.txt", b"\x00\x01")}),
            "unknown lens": await api.post("/v1/documents", json={"text": "x", "lenses": ["nope"]}),
            "private webhook": await api.post(
                "/v1/documents", json={"text": "x", "webhook_url": hook}
            ),
            "bad style": await api.post(
                "/v1/documents", json={"text": "x", "metadata": {"style": "rude"}}
            ),
            "extra field": await api.post("/v1/documents", json={"text": "x", "colour": "red"}),
        }  # fmt: skip
    expected = {"empty": 422, "too big": 413, "unsupported type": 415, "bad extension": 415,
                "malformed json": 422, "bad utf-8": 422, "binary": 422, "unknown lens": 422,
                "private webhook": 422, "bad style": 422, "extra field": 422}  # fmt: skip
    got = {k: r.status_code for k, r in cases.items()}
    assert got == expected
    for name, r in cases.items():
        assert r.json()["detail"], name


async def test_zip_bomb_docx_is_refused_before_parsing(api: httpx.AsyncClient) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * 60_000_000)
    r = await api.post("/v1/documents", files={"file": ("bomb.docx", buf.getvalue())})
    assert r.status_code == 413
    assert "refused" in r.json()["detail"]
    corrupt = await api.post("/v1/documents", files={"file": ("x.docx", b"PK\x03\x04nonsense")})
    assert corrupt.status_code == 422


async def test_backlog_over_the_limit_sheds_load_with_retry_after(
    serve: Callable[..., Any], redis: Redis
) -> None:
    await redis.xgroup_create("doc.review.tasks", "coordinator-group", id="0", mkstream=True)
    for _ in range(5):
        await redis.xadd("doc.review.tasks", {"e": b"{}"})
    base = await serve(backlog_limit=3)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        r = await api.post("/v1/documents", json={"text": "x"})
    assert r.status_code == 429
    assert r.headers["Retry-After"] == "5"


async def test_tenants_cannot_see_each_others_documents(
    api: httpx.AsyncClient, serve: Callable[..., Any]
) -> None:
    doc = (await api.post("/v1/documents", json={"text": "Secret plan."})).json()["id"]
    base = str(api.base_url)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": "Bearer key-b"}) as b:
        for path in ("", "/summary", "/webhook"):
            assert (await b.get(f"/v1/documents/{doc}{path}")).status_code == 404
    assert (await api.get(f"/v1/documents/{doc}")).status_code == 200
    async with httpx.AsyncClient(base_url=base) as anonymous:
        assert (await anonymous.get(f"/v1/documents/{doc}")).status_code == 401
        assert (await anonymous.post("/v1/documents", json={"text": "x"})).status_code == 401


async def test_summary_is_409_until_the_document_is_done(api: httpx.AsyncClient) -> None:
    doc = (await api.post("/v1/documents", json={"text": "Soon."})).json()["id"]
    r = await api.get(f"/v1/documents/{doc}/summary")
    assert r.status_code == 409
    assert r.json()["status"] == "queued"


async def test_openapi_schema_documents_both_request_bodies(api: httpx.AsyncClient) -> None:
    schema = (await api.get("/openapi.json")).json()
    body = schema["paths"]["/v1/documents"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data"}
    assert (await api.get("/docs")).status_code == 200
    assert json.dumps(schema)


async def test_retry_requeues_a_task_that_redis_lost(api: httpx.AsyncClient, redis: Redis) -> None:
    headers = {"Idempotency-Key": "lost-one"}
    first = (await api.post("/v1/documents", json={"text": "One."}, headers=headers)).json()
    await lose_intake(redis)  # as if the last second of an everysec AOF was lost
    again = (await api.post("/v1/documents", json={"text": "One."}, headers=headers)).json()
    assert again["id"] == first["id"]
    [task] = await tasks(redis)
    assert task.key == f"doc:{first['id']}"
