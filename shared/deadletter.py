"""Dead letters: the record of an entry that could not be handled, and the API to redrive it."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from redis.asyncio import Redis

from shared.keys import DEAD_LETTER_STREAMS


def dead_letter_fields(
    *,
    source: str,
    entry_id: str,
    group: str,
    role: str,
    version: str,
    attempts: int,
    error: str,
    raw: dict[bytes, bytes],
) -> dict[str, str | bytes]:
    """The fields of a dead-letter entry; ``raw`` keeps the original entry verbatim."""
    return {
        "source": source,
        "source_id": entry_id,
        "group": group,
        "role": role,
        "version": version,
        "attempts": str(attempts),
        "error": error[:2000],
        "failed_at": f"{time.time():.3f}",
        "raw": json.dumps(
            {k.decode(errors="replace"): v.decode(errors="replace") for k, v in raw.items()}
        ),
    }


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """One dead-lettered entry as stored in a dead-letter stream."""

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
    raw: dict[str, str]
    tenant: str | None = None  # of the original envelope, when it can be read

    @classmethod
    def from_entry(cls, stream: str, entry_id: bytes, f: dict[bytes, bytes]) -> DeadLetter:
        def s(name: str) -> str:
            return f.get(name.encode(), b"").decode(errors="replace")

        try:
            raw = json.loads(s("raw") or "{}")
        except json.JSONDecodeError:
            raw = {}
        return cls(
            stream=stream,
            id=entry_id.decode(),
            source=s("source"),
            source_id=s("source_id"),
            group=s("group"),
            role=s("role"),
            version=s("version"),
            attempts=int(s("attempts") or 0),
            error=s("error"),
            failed_at=float(s("failed_at") or 0),
            raw=raw,
            tenant=_tenant_of(raw),
        )


def _tenant_of(raw: dict[str, str]) -> str | None:
    try:
        value = json.loads(raw.get("e", "{}")).get("tenant")
    except (json.JSONDecodeError, AttributeError):
        return None
    return str(value) if value is not None else None


class DeadLetters:
    """List, inspect, redrive and purge dead letters across every dead-letter stream."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def streams(self) -> list[str]:
        """Every known dead-letter stream, sorted."""
        return sorted(s.decode() for s in await self.redis.smembers(DEAD_LETTER_STREAMS))

    async def list(
        self, stream: str | None = None, limit: int = 100, tenant: str | None = None
    ) -> list[DeadLetter]:
        """Newest first, from one stream or all of them, optionally of one tenant."""
        out: list[DeadLetter] = []
        for name in [stream] if stream else await self.streams():
            for entry_id, f in await self.redis.xrevrange(name, count=limit):
                letter = DeadLetter.from_entry(name, entry_id, f)
                if tenant is None or letter.tenant == tenant:
                    out.append(letter)
        out.sort(key=lambda d: d.failed_at, reverse=True)
        return out[:limit]

    async def get(self, stream: str, entry_id: str) -> DeadLetter | None:
        """One dead letter, or None."""
        rows = await self.redis.xrange(stream, min=entry_id, max=entry_id, count=1)
        return DeadLetter.from_entry(stream, rows[0][0], rows[0][1]) if rows else None

    async def redrive(self, stream: str, entry_id: str) -> str | None:
        """Put the original entry back on its source stream; returns its new id."""
        dl = await self.get(stream, entry_id)
        if dl is None:
            return None
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.xadd(dl.source, {k: v for k, v in dl.raw.items()})
            pipe.xdel(stream, entry_id)
            new_id, _ = await pipe.execute()
        return new_id.decode() if isinstance(new_id, bytes) else str(new_id)

    async def redrive_all(self, stream: str | None = None) -> int:
        """Redrive every dead letter (of one stream or all); returns how many."""
        n = 0
        for dl in await self.list(stream, limit=1_000_000):
            if await self.redrive(dl.stream, dl.id):
                n += 1
        return n

    async def purge(self, stream: str | None = None) -> int:
        """Delete dead letters for good; returns how many were removed."""
        n = 0
        for name in [stream] if stream else await self.streams():
            n += int(await self.redis.xlen(name))
            await self.redis.delete(name)
        return n
