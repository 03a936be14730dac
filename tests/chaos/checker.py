"""Accounting for every document: one summary, one webhook, every partial merged once."""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from redis.asyncio import Redis

from services.contract import SUMMARY, DocStore
from services.ingest.webhooks import DELIVERY_HEADER, verify_signature
from shared.localredis import free_port


class WebhookReceiver:
    """A local HTTP receiver that records each delivery and checks its signature.

    Webhooks are at-least-once: a sender killed between the receiver's 2xx and its own record
    sends again, with the same ``X-Mesh-Delivery`` id, which receivers dedupe on. So a
    document's deliveries are its distinct ids; a repeat of an id is counted as a resend."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.deliveries: Counter[str] = Counter()  # document id -> requests received
        self.delivery_ids: dict[str, set[str]] = {}  # document id -> distinct delivery ids
        self.bad_signatures = 0
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                ok = verify_signature(
                    receiver.secret,
                    self.headers.get("X-Mesh-Timestamp", ""),
                    body,
                    self.headers.get("X-Mesh-Signature", ""),
                )
                with receiver._lock:
                    if ok:
                        doc_id = json.loads(body)["data"]["id"]
                        receiver.deliveries[doc_id] += 1
                        ids = receiver.delivery_ids.setdefault(doc_id, set())
                        ids.add(self.headers.get(DELIVERY_HEADER, ""))
                    else:
                        receiver.bad_signatures += 1
                self.send_response(204 if ok else 400)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return None

        self._server = HTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_port}/hook"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop listening."""
        self._server.shutdown()


@dataclass
class Report:
    """What happened to the submitted documents."""

    scenario: str
    submitted: int = 0
    summarized: int = 0
    lost: int = 0
    duplicated: int = 0
    partial: int = 0
    webhooks_missing: int = 0
    webhooks_duplicated: int = 0  # documents with two different delivery ids
    webhooks_resent: int = 0  # repeats of a delivery id (at-least-once; receivers dedupe)
    partials_wrong: int = 0
    repaired: int = 0
    seconds: float = 0.0
    faults: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No loss, no duplicate, every webhook once, every partial merged once."""
        return not (
            self.lost
            or self.duplicated
            or self.webhooks_missing
            or self.webhooks_duplicated
            or self.partials_wrong
        )


async def summaries_per_doc(redis: Redis) -> Counter[str]:
    """How many summary entries each document has on the summary stream."""
    seen: Counter[str] = Counter()
    last = "-"
    while True:
        rows = await redis.xrange(SUMMARY, min=last, count=5000)
        rows = [r for r in rows if r[0].decode() != last]
        if not rows:
            return seen
        for _, f in rows:
            seen[json.loads(f[b"e"])["body"]["id"]] += 1
        last = rows[-1][0].decode()


async def check(
    redis: Redis, report: Report, doc_ids: list[str], receiver: WebhookReceiver | None
) -> Report:
    """Fill ``report`` from Redis and the receiver for the documents in ``doc_ids``."""
    per_doc = await summaries_per_doc(redis)
    store = DocStore(redis)
    report.submitted = len(doc_ids)
    for doc_id in doc_ids:
        n = per_doc.get(doc_id, 0)
        report.lost += n == 0
        report.duplicated += n > 1
        report.summarized += n > 0
        status = await store.get(doc_id)
        if status is None or status.plan is None:
            continue
        if status.status == "partial":
            report.partial += 1
        elif status.status == "done" and status.done != status.expected:
            report.partials_wrong += 1  # a done summary must merge every partial exactly once
        if receiver is not None and n:
            ids = len(receiver.delivery_ids.get(doc_id, ()))
            report.webhooks_missing += ids == 0
            report.webhooks_duplicated += ids > 1
            report.webhooks_resent += receiver.deliveries.get(doc_id, 0) - ids
    if report.webhooks_resent:
        report.notes.append(
            f"{report.webhooks_resent} webhook resent with the same X-Mesh-Delivery id "
            "(sender killed between the 2xx and its record)"
        )
    if receiver is not None and receiver.bad_signatures:
        report.notes.append(f"{receiver.bad_signatures} deliveries with bad signatures")
    return report
