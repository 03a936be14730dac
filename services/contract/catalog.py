"""A tenant's documents as a collection: listed newest first, cancelled, deleted, and the
events a reader follows while one is reviewed.

The listing is a per-tenant sorted set of ids by creation time (``DocStore`` adds to it at
intake). It is kept in step with the states lazily: an id whose state has expired or was
deleted is dropped when a listing meets it, and entries older than any state can be are
trimmed at every intake.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass
from typing import Literal

from redis.asyncio import Redis

from services.contract.keys import (
    doc_deadlines,
    doc_key,
    events_key,
    in_flight_key,
    partials_key,
    tenant_docs_key,
    text_key,
)
from services.contract.store import DocStatusName, Plan
from services.contract.store_scripts import CANCEL_LUA, DELETE_LUA, DROP_TASK_LUA
from services.contract.streams import COORDINATOR_GROUP, tasks_stream

_FIELDS = ("tenant", "status", "title", "created_at", "updated_at", "plan")


class BadCursor(ValueError):
    """A listing cursor that this service did not hand out."""


@dataclass(frozen=True, slots=True)
class Listed:
    """One document in a listing."""

    id: str
    status: DocStatusName
    title: str | None
    created_at: float
    updated_at: float
    done: int
    expected: int


@dataclass(frozen=True, slots=True)
class Page:
    """A page of a listing; ``cursor`` fetches the next one (None: this was the last)."""

    items: list[Listed]
    cursor: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of a document's event stream: ``progress``, ``summary`` or ``failed``."""

    id: str
    type: Literal["progress", "summary", "failed"]
    fields: dict[str, str]


def encode_cursor(score: float, doc_id: str) -> str:
    """An opaque cursor: the position after (``score``, ``doc_id``) in newest-first order."""
    return base64.urlsafe_b64encode(json.dumps([score, doc_id]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[float, str]:
    """The position a cursor names; BadCursor if it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        score, doc_id = json.loads(raw)
        if isinstance(score, int | float) and isinstance(doc_id, str):
            return float(score), doc_id
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        pass
    raise BadCursor("cursor: not a cursor this API returned; start again without one")


class Catalog:
    """Listing, cancelling and deleting documents, and reading their event streams."""

    def __init__(self, redis: Redis, scan_limit: int = 1000) -> None:
        self.redis = redis
        self.scan_limit = scan_limit  # index entries one listing call reads at most

    async def page(
        self, tenant: str, *, limit: int, cursor: str | None = None, status: str | None = None
    ) -> Page:
        """Up to ``limit`` of the tenant's documents after ``cursor``, newest first, those
        with ``status`` only if given. A filtered page may come back short (even empty)
        with a cursor: the scan stops after ``scan_limit`` entries, so no call is unbounded.
        """
        index = tenant_docs_key(tenant)
        after = decode_cursor(cursor) if cursor else None
        items: list[Listed] = []
        last = after  # the position of the last item listed (or scanned past)
        scanned = 0
        while scanned < self.scan_limit:
            batch = await self._after(index, after, min(limit + 1, self.scan_limit - scanned))
            if not batch:
                return Page(items, None)
            scanned += len(batch)
            for listed, position in await self._read(index, tenant, batch):
                if listed is not None and (not status or listed.status == status):
                    if len(items) == limit:  # one more exists: the page ends at the last
                        return Page(items, encode_cursor(*last) if last else None)
                    items.append(listed)
                last = after = position
        return Page(items, encode_cursor(*last) if last else None)

    async def _after(
        self, index: str, after: tuple[float, str] | None, count: int
    ) -> list[tuple[str, float]]:
        """The next ``count`` ids after ``after`` in newest-first order (ties on the score
        go by id, descending, as Redis orders them)."""
        top: float | str = "+inf" if after is None else after[0]
        skip = 0
        while True:
            raw = await self.redis.zrevrangebyscore(
                index, top, "-inf", start=0, num=count + skip, withscores=True
            )
            rows = [(m.decode(), float(s)) for m, s in raw]
            if after is not None:  # the ones at the cursor's score not yet listed
                rows = [(m, s) for m, s in rows if s < after[0] or m < after[1]]
            if rows or len(raw) < count + skip:
                return rows[:count]
            skip += count  # a run of ties on the score, all listed already: read past it

    async def _read(
        self, index: str, tenant: str, batch: list[tuple[str, float]]
    ) -> list[tuple[Listed | None, tuple[float, str]]]:
        """The documents of ``batch`` (None for one gone: dropped from the index here)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for doc_id, _ in batch:
                pipe.hmget(doc_key(doc_id), list(_FIELDS))
                pipe.hlen(partials_key(doc_id))
            replies = await pipe.execute()
        out: list[tuple[Listed | None, tuple[float, str]]] = []
        gone: list[str] = []
        for i, (doc_id, score) in enumerate(batch):
            values, done = replies[2 * i], replies[2 * i + 1]
            f = dict(zip(_FIELDS, (v.decode() if v is not None else None for v in values),
                         strict=True))  # fmt: skip
            if f["status"] is None or f["tenant"] != tenant:
                gone.append(doc_id)
                out.append((None, (score, doc_id)))
                continue
            out.append((_listed(doc_id, f, int(done)), (score, doc_id)))
        if gone:
            await self.redis.zrem(index, *gone)
        return out

    async def cancel(self, doc_id: str) -> tuple[str, str | None]:
        """Cancel a document on its way: ``("cancelled", None)`` (also when it already was),
        ``("finished", status)`` if it has its summary or failed, ``("gone", None)``."""
        reply = await self.redis.eval(
            CANCEL_LUA, 2, doc_key(doc_id), doc_deadlines(doc_id), doc_id, f"{time.time():.6f}"
        )
        outcome = reply[0].decode()
        return outcome, reply[1].decode() if len(reply) > 1 else None

    async def delete(self, doc_id: str, tenant: str, task_id: str | None) -> bool:
        """Remove the document's state, summary, partials, text and events (one step), then
        its listing, its deadline and its intake entry; False if it did not exist."""
        keys = (doc_key(doc_id), partials_key(doc_id), text_key(doc_id), events_key(doc_id))
        existed = bool(await self.redis.eval(DELETE_LUA, len(keys), *keys))
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.zrem(tenant_docs_key(tenant), doc_id)
            pipe.zrem(doc_deadlines(doc_id), doc_id)
            pipe.zrem(in_flight_key(tenant), doc_id)  # its quota slot, at once
            await pipe.execute()
        if task_id:
            await self.redis.eval(
                DROP_TASK_LUA, 1, tasks_stream(doc_id), COORDINATOR_GROUP, task_id
            )
        return existed

    async def text(self, doc_id: str) -> str | None:
        """The document's text as submitted, or None once it is gone."""
        raw = await self.redis.get(text_key(doc_id))
        return raw.decode() if raw is not None else None

    async def events(self, doc_id: str, after: str, block_ms: int | None) -> list[Event]:
        """Events after stream id ``after`` ("0": from the start), waiting up to
        ``block_ms`` for one (None: do not wait)."""
        reply = await self.redis.xread({events_key(doc_id): after}, count=100, block=block_ms)
        if not reply:
            return []
        out = []
        for entry_id, raw in reply[0][1]:
            fields = {k.decode(): v.decode() for k, v in raw.items()}
            kind = fields.pop("type", "progress")
            if kind in ("progress", "summary", "failed"):
                out.append(Event(entry_id.decode(), kind, fields))
        return out


async def is_cancelled(redis: Redis, doc_id: str) -> bool:
    """True when the client cancelled the document (one HGET: what a model-backed
    specialist asks before it pays for a call)."""
    status: bytes | None = await redis.hget(doc_key(doc_id), "status")
    return status == b"cancelled"


def _listed(doc_id: str, f: dict[str, str | None], done: int) -> Listed:
    plan = Plan.model_validate_json(f["plan"]) if f["plan"] else None
    return Listed(
        id=doc_id,
        status=f["status"],  # type: ignore[arg-type]
        title=f["title"],
        created_at=float(f["created_at"] or 0),
        updated_at=float(f["updated_at"] or 0),
        done=min(done, plan.expected) if plan else 0,
        expected=plan.expected if plan else 0,
    )
