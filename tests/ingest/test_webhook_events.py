"""Webhooks that last: Standard Webhooks signatures, event types, a retry schedule over
hours that ends in ``failed``, failed documents announced, and redelivery (issue 15)."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from standardwebhooks.webhooks import Webhook

from services.contract import SUMMARY, DocStore, DocumentTask, failed_stream
from services.contract.keys import failed_cursor_key
from services.contract.outcomes import notice
from services.ingest.failures import FailedDocuments
from services.ingest.retries import DEFAULT_DELAYS_S, RetryPolicy
from services.ingest.signing import WebhookSecretError, secret_key, signed_headers, verify
from services.ingest.webhooks import event_body
from shared import Committer, Envelope, Output
from shared.deadletter import dead_letter_fields
from shared.envelope import FIELD
from tests.support.servers import Receiver, receiving
from tests.support.waiting import wait_for

WHSEC = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    async with receiving() as got:
        yield got


async def _api(serve: Callable[..., Any], **settings: Any) -> httpx.AsyncClient:
    base = await serve(webhook_allow_private=True, webhook_retry_poll_s=0.05, **settings)
    return httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}, timeout=10)


async def _finish(redis: Redis, doc: str, url: str, status: str = "done") -> None:
    """A document of tenant-a with ``url`` whose summary (of ``status``) is published."""
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id=doc, text="x"), "tenant-a", webhook_url=url)
    summary = json.dumps({"id": doc, "status": status, "suggestions": []})
    await store.finish(doc, status, summary)  # type: ignore[arg-type]
    env = Envelope(key=f"summary:{doc}", kind="summary", tenant="tenant-a",
                   body=json.loads(summary))  # fmt: skip
    await Committer(redis).commit([Output(SUMMARY, env, once=f"summary:{doc}")])


# -- signing ----------------------------------------------------------------------------


@pytest.mark.parametrize("secret", [WHSEC, "a plain secret"])
def test_signature_verifies_with_the_standardwebhooks_library(secret: str) -> None:
    body = b'{"type":"review.completed","data":{"id":"d1"}}'
    headers = signed_headers(secret, "summary:d1", body)
    # A whsec_ secret is given to the library as it is; a plain one as its bytes.
    lib = Webhook(secret if secret.startswith("whsec_") else secret.encode())
    assert lib.verify(body, headers) == json.loads(body)
    assert verify(secret, headers, body)
    assert not verify(secret, headers, body.replace(b"d1", b"d2"))
    assert not verify(secret, {**headers, "webhook-id": "summary:d2"}, body)
    old = signed_headers(secret, "summary:d1", body, now=1_000_000)
    assert not verify(secret, old, body)  # a replay from long ago


def test_a_whsec_secret_that_is_not_base64_is_refused() -> None:
    with pytest.raises(WebhookSecretError):
        secret_key("whsec_not base64!")
    assert secret_key("whsec_" + base64.b64encode(b"k" * 24).decode()) == b"k" * 24


def test_body_is_a_typed_event_around_the_outcome() -> None:
    env = Envelope(key="summary:d", kind="summary", created_at=0.0,
                   body={"id": "d", "status": "partial"})  # fmt: skip
    event = json.loads(event_body(env))
    assert event == {"type": "review.partial", "timestamp": "1970-01-01T00:00:00+00:00",
                     "data": {"id": "d", "status": "partial"}}  # fmt: skip
    assert event_body(env) == event_body(env)  # every attempt sends the same bytes


def test_default_schedule_retries_for_hours() -> None:
    policy = RetryPolicy()
    assert policy.delays_s == DEFAULT_DELAYS_S
    assert policy.max_attempts == 8
    assert sum(DEFAULT_DELAYS_S) >= 8 * 3600
    assert 4.5 <= policy.delay_s(1) <= 5.5 and 19_440 <= policy.delay_s(7) <= 23_760


# -- through the API --------------------------------------------------------------------


async def test_events_are_typed_and_signed_end_to_end(
    redis: Redis, serve: Callable[..., Any], receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    async with await _api(serve, webhook_secret=WHSEC) as api:
        assert (await api.get("/readyz")).status_code == 200
        await _finish(redis, "d-done", url, "done")
        await _finish(redis, "d-part", url, "partial")
        await _finish(redis, "d-canc", url, "cancelled")
        await wait_for(lambda: rec.count(3), what="three events")
    types = {}
    for headers, body in rec.calls:
        event = Webhook(WHSEC).verify(body, headers)
        types[event["data"]["id"]] = event["type"]
        assert headers["webhook-id"] == f"summary:{event['data']['id']}"
        assert headers["x-mesh-delivery"] == headers["webhook-id"]  # kept for one release
    assert types == {"d-done": "review.completed", "d-part": "review.partial",
                     "d-canc": "review.cancelled"}  # fmt: skip


async def test_last_attempt_leaves_status_failed_with_the_error_category(
    redis: Redis, serve: Callable[..., Any], receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    rec.status = 500
    async with await _api(serve, webhook_retry_schedule_s="0.05,0.05") as api:
        await _finish(redis, "d1", url)

        async def retrying() -> Any:
            got = (await api.get("/v1/documents/d1/webhook")).json()
            return got if got["status"] == "retrying" else None

        first = await wait_for(retrying, what="retrying")
        assert first["next_attempt_at"] and first["error"] == "HTTP 500"

        async def failed() -> Any:
            got = (await api.get("/v1/documents/d1/webhook")).json()
            return got if got["status"] == "failed" else None

        final = await wait_for(failed, what="terminal failed")
    assert final == {"url": url, "status": "failed", "attempts": 3, "error": "HTTP 500",
                     "next_attempt_at": None}  # fmt: skip
    assert len(rec.calls) == 3


async def test_redeliver_sends_the_same_event_again(
    redis: Redis, serve: Callable[..., Any], receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    async with await _api(serve) as api:
        await _finish(redis, "d1", url)
        await wait_for(lambda: rec.count(1), what="first delivery")
        resp = await api.post("/v1/documents/d1/webhook/redeliver")
        assert resp.status_code == 202 and resp.json()["status"] == "pending"
        await wait_for(lambda: rec.count(2), what="redelivery")

        async def delivered() -> bool:
            got = (await api.get("/v1/documents/d1/webhook")).json()
            return bool(got["status"] == "delivered")

        await wait_for(delivered, what="delivered again")
    (h1, b1), (h2, b2) = rec.calls
    assert h1["webhook-id"] == h2["webhook-id"]  # receivers that dedupe see one event
    first, again = json.loads(b1), json.loads(b2)
    assert (first["type"], first["data"]) == (again["type"], again["data"])


async def test_redeliver_is_404_for_another_tenant_and_409_without_a_webhook(
    redis: Redis, serve: Callable[..., Any], receiver: tuple[Receiver, str]
) -> None:
    _, url = receiver
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id="b1", text="x"), "tenant-b", webhook_url=url)
    await store.enqueue(DocumentTask(doc_id="a1", text="x"), "tenant-a")
    await store.enqueue(DocumentTask(doc_id="a2", text="x"), "tenant-a", webhook_url=url)
    async with await _api(serve) as api:
        assert (await api.post("/v1/documents/b1/webhook/redeliver")).status_code == 404
        no_hook = await api.post("/v1/documents/a1/webhook/redeliver")
        assert no_hook.status_code == 409 and "webhook_url" in no_hook.json()["detail"]
        not_ended = await api.post("/v1/documents/a2/webhook/redeliver")
        assert not_ended.status_code == 409 and "queued" in not_ended.json()["detail"]


async def _dead_letter_intake(redis: Redis, doc: str, error: str) -> None:
    """What the runtime does when the coordinator gives up on a document's task."""
    task = Envelope(key=f"doc:{doc}", kind="document", tenant="tenant-a",
                    body={"doc_id": doc, "text": "x"})  # fmt: skip
    fields = dead_letter_fields(
        source="doc.review.tasks", entry_id="1-0", group="coordinator-group",
        role="coordinator", version="1", attempts=4, error=error, raw={FIELD: task.encode()},
    )  # fmt: skip
    await redis.xadd(failed_stream("coordinator"), fields)


async def test_a_dead_lettered_task_fails_its_document_with_a_review_failed_event(
    redis: Redis, serve: Callable[..., Any], receiver: tuple[Receiver, str]
) -> None:
    rec, url = receiver
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id="f1", text="x"), "tenant-a", webhook_url=url)
    await store.enqueue(DocumentTask(doc_id="f2", text="x"), "tenant-a", webhook_url=url)
    async with await _api(serve) as api:
        assert (await api.get("/readyz")).status_code == 200
        await _dead_letter_intake(redis, "f1", "PermanentError: empty document")
        await _dead_letter_intake(redis, "f2", "KeyError: 'internal detail'")
        await wait_for(lambda: rec.count(2), what="two review.failed events")
        status = (await api.get("/v1/documents/f1")).json()["status"]
    events = {json.loads(b)["data"]["id"]: json.loads(b) for _, b in rec.calls}
    assert status == "failed"
    assert {e["type"] for e in events.values()} == {"review.failed"}
    assert events["f1"]["data"]["error"] == "empty document"
    assert "internal detail" not in events["f2"]["data"]["error"]  # never an internal error


async def test_a_failure_is_announced_once_whoever_scans(redis: Redis) -> None:
    store = DocStore(redis)
    await store.enqueue(DocumentTask(doc_id="f3", text="x"), "tenant-a")
    scanners = [FailedDocuments(store, [failed_stream("coordinator")], ttl_s=60) for _ in "ab"]
    await _dead_letter_intake(redis, "f3", "PermanentError: empty document")
    await scanners[0].scan()
    # As if the scan had crashed before its cursor moved: the next reads f3 again.
    await redis.set(failed_cursor_key(failed_stream("coordinator")), "0-0")
    await scanners[1].scan()
    await Committer(redis).commit([notice("f3", "tenant-a", "failed")])  # a late repeat
    assert await redis.xlen(SUMMARY) == 1
    doc = await store.get("f3")
    assert doc is not None and doc.status == "failed"
