"""Webhook delivery: each summary POSTed once, signed, retried with backoff, dead-lettered."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Sequence

import httpx
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_delay,
    wait_exponential_jitter,
)

from services.contract.store import DocStore
from services.ingest.urls import UnsafeURL, check_webhook_url
from shared.commit import Output
from shared.connection import TRANSIENT_ERRORS
from shared.errors import PermanentError
from shared.worker import Message

log = logging.getLogger("mesh.webhooks")
TIMESTAMP_HEADER = "X-Mesh-Timestamp"
SIGNATURE_HEADER = "X-Mesh-Signature"
DELIVERY_HEADER = "X-Mesh-Delivery"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` of HMAC-SHA256(secret, "<timestamp>.<body>")."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify_signature(
    secret: str, timestamp: str, body: bytes, signature: str, tolerance_s: float = 300
) -> bool:
    """What a receiver runs: the signature matches and the timestamp is fresh (no replays)."""
    try:
        age = abs(time.time() - float(timestamp))
    except ValueError:
        return False
    return age <= tolerance_s and hmac.compare_digest(sign(secret, timestamp, body), signature)


class WebhookDispatcher:
    """Handler for the webhook group on the summary stream."""

    def __init__(
        self, store: DocStore, client: httpx.AsyncClient, secret: str, allow_private: bool
    ) -> None:
        self.store = store
        self.client = client
        self.secret = secret
        self.allow_private = allow_private

    async def handle(self, msg: Message) -> Sequence[Output]:
        """POST the summary to the document's webhook_url, if it has one."""
        doc_id = str(msg.body.get("id", ""))
        doc = await self.store.get(doc_id)
        if doc is None or not doc.webhook_url:
            return []
        if doc.webhook and doc.webhook.get("status") == "delivered":
            # Delivered before a crash kept us from acking: do not POST it again. (A crash
            # between the POST and this record can still repeat it: receivers dedupe on the
            # X-Mesh-Delivery header, which is the same for every attempt.)
            return []
        try:  # checked again at delivery: DNS may have changed since submission
            await check_webhook_url(doc.webhook_url, self.allow_private)
        except UnsafeURL as e:
            await self._record(doc_id, "refused", msg.attempt, str(e))
            raise PermanentError(str(e)) from None
        body = json.dumps(msg.body, separators=(",", ":")).encode()
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: ts,
            SIGNATURE_HEADER: sign(self.secret, ts, body),
            DELIVERY_HEADER: msg.envelope.key,
        }
        try:
            resp = await self.client.post(doc.webhook_url, content=body, headers=headers)
        except httpx.HTTPError as e:
            await self._record(doc_id, "retrying", msg.attempt, f"{type(e).__name__}: {e}")
            raise
        if resp.is_success:
            # Delivered: record it even through a Redis outage, or the retry would POST again.
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(TRANSIENT_ERRORS),
                wait=wait_exponential_jitter(multiplier=0.1, max=2.0),
                stop=stop_after_delay(60),
                reraise=True,
            ):
                with attempt:
                    await self._record(doc_id, "delivered", msg.attempt, None)
            return []
        error = f"receiver answered HTTP {resp.status_code}"
        if 400 <= resp.status_code < 500 and resp.status_code not in (408, 429):
            await self._record(doc_id, "failed", msg.attempt, error)
            raise PermanentError(error)
        await self._record(doc_id, "retrying", msg.attempt, error)
        raise RuntimeError(error)

    async def _record(self, doc_id: str, status: str, attempt: int, error: str | None) -> None:
        await self.store.record_webhook(doc_id, status, attempt, error)
