"""Failed documents: an intake task the coordinator dead-lettered becomes a ``failed``
document and its ``review.failed`` outcome.

The coordinator cannot announce a failure itself: the runtime dead-letters a task (a
permanent error, or too many crashes) in place of its handler's outputs. So ingest follows
the coordinator's dead-letter streams, the way a consumer follows a stream, from a cursor
kept in Redis: each new dead letter marks its document failed (unless it already has an
outcome) and publishes the failed notice on the summary stream under the document's
once-guard, where the webhook dispatcher picks it up like any summary. The cursor moves
only after that, and the once-guard makes a repeat (a crash in between, or two ingest
replicas reading at once) publish nothing.
"""

from __future__ import annotations

import json
import logging

from redis.asyncio import Redis

from services.contract.keys import failed_cursor_key
from services.contract.outcomes import notice
from services.contract.store import DocStore
from shared.commit import Committer
from shared.deadletter import DeadLetter
from shared.envelope import Envelope

log = logging.getLogger("mesh.ingest")
BATCH = 100
ENDED = frozenset({"done", "partial", "cancelled"})


def client_reason(letter: DeadLetter) -> str:
    """What the client is told: a permanent error's message (written for users: "empty
    document", "unknown lenses [...]"), else a fixed text, never an internal exception."""
    prefix = "PermanentError: "
    if letter.error.startswith(prefix):
        return letter.error[len(prefix) :]
    return f"the document could not be processed ({letter.attempts} attempts)"


class FailedDocuments:
    """Follows ``streams`` (the coordinator's dead-letter streams): call ``scan`` often."""

    def __init__(self, store: DocStore, streams: list[str], *, ttl_s: int) -> None:
        self.store = store
        self.redis: Redis = store.redis
        self.streams = streams
        self.ttl_s = ttl_s  # the once-guard lives as long as the document's state
        self.committer = Committer(store.redis)

    async def scan(self) -> None:
        """Announce the dead letters added since the last scan."""
        for stream in self.streams:
            cursor = await self._cursor(stream)
            rows = await self.redis.xrange(stream, min=f"({cursor}", count=BATCH)
            for entry_id, fields in rows:
                await self._announce(DeadLetter.from_entry(stream, entry_id, fields))
            if rows:
                await self.redis.set(failed_cursor_key(stream), rows[-1][0])

    async def _cursor(self, stream: str) -> str:
        """Where to read from: after the last entry announced (from the start the first
        time; a document that already has an outcome, or is gone, is skipped anyway)."""
        cursor = await self.redis.get(failed_cursor_key(stream))
        return cursor.decode() if cursor is not None else "0-0"

    async def _announce(self, letter: DeadLetter) -> None:
        try:
            env = Envelope.model_validate_json(letter.raw.get("e", ""))
        except ValueError:
            log.warning("dead letter without an envelope; no document to fail",
                        extra={"stream": letter.stream, "id": letter.id})  # fmt: skip
            return
        doc_id = str(env.body.get("doc_id", ""))
        doc = await self.store.get(doc_id) if doc_id else None
        if doc is None or doc.summary is not None or doc.status in ENDED:
            return  # gone, or it has its outcome already: nothing to announce
        reason = client_reason(letter)
        await self.store.mark_failed(doc_id, reason)
        out = notice(doc_id, env.tenant, "failed", error=reason, traceparent=env.traceparent)
        await self.committer.commit([out], ttl_s=self.ttl_s)
        log.warning("document failed", extra={"doc_id": doc_id, "error": json.dumps(reason)})
