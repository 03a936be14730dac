"""A snapshot of streams and their consumer groups: length, entries added, pending, lag."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from shared.deadletter import DeadLetters


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One consumer group of a stream."""

    name: str
    consumers: int
    pending: int
    lag: int | None


async def depths(
    redis: Redis, pairs: Sequence[tuple[str, str]], *, cap: int = 10_000
) -> list[GroupRow | None]:
    """Each (stream, group)'s consumers, pending and lag (at most ``cap``); None where the
    stream or the group does not exist yet. The one place that reads a group's depth.

    XINFO's lag is only a hint: after a failover the promoted replica's entries-read counter
    can trail its last-delivered-id, and the lag it reports stays above 0 with nothing left
    to read (``make chaos`` saw a lag of 44 on a stream whose group had read everything, and
    a caller that waits for the lag to fall waited for good). So a lag above 0 (or unknown)
    is counted: the entries after the group's last-delivered-id, one XRANGE each, in one
    pipeline."""
    async with redis.pipeline(transaction=False) as pipe:
        for stream, _ in pairs:
            pipe.xinfo_groups(stream)
        replies = await pipe.execute(raise_on_error=False)
    rows: list[GroupRow | None] = []
    checks: list[tuple[int, str, str, int]] = []
    for (stream, group), reply in zip(pairs, replies, strict=True):
        if isinstance(reply, Exception) and not isinstance(reply, ResponseError):
            raise reply
        found = None if isinstance(reply, ResponseError) else _named(reply, group)
        row = (
            None
            if found is None
            else GroupRow(group, int(found["consumers"]), int(found["pending"]), 0)
        )
        rows.append(row)
        if found is not None and found.get("lag") != 0:
            lag, last = found.get("lag"), found["last-delivered-id"]
            last = last.decode() if isinstance(last, bytes) else str(last)
            checks.append((len(rows) - 1, stream, last, cap if lag is None else min(lag, cap)))
    if checks:
        async with redis.pipeline(transaction=False) as pipe:
            for _, stream, last, most in checks:
                pipe.xrange(stream, f"({last}", "+", count=most)
            ranges = await pipe.execute()
        for (i, *_), entries in zip(checks, ranges, strict=True):
            old = rows[i]
            if old is not None:
                rows[i] = GroupRow(old.name, old.consumers, old.pending, len(entries))
    return rows


def _named(groups: list[dict[str, Any]], group: str) -> dict[str, Any] | None:
    return next((g for g in groups if g["name"].decode() == group), None)


async def group_depth(redis: Redis, stream: str, group: str) -> GroupRow | None:
    """One group's depth on ``stream`` (``depths``)."""
    return (await depths(redis, [(stream, group)]))[0]


async def unread(redis: Redis, pairs: Sequence[tuple[str, str]]) -> list[int]:
    """Entries not yet delivered to each (stream, group); 0 where either does not exist."""
    return [row.lag or 0 if row else 0 for row in await depths(redis, pairs)]


@dataclass(frozen=True, slots=True)
class StreamRow:
    """One stream and its groups at one moment."""

    stream: str
    length: int
    added: int  # entries ever added, for the rate
    groups: list[GroupRow]
    dead_letter: bool = False


async def snapshot(redis: Redis, streams: list[str]) -> list[StreamRow]:
    """Read every stream (and every dead-letter stream) once."""
    rows = []
    dead = await DeadLetters(redis).streams()
    for stream in [*dict.fromkeys(streams), *dead]:
        try:
            info = await redis.xinfo_stream(stream)
            groups = await redis.xinfo_groups(stream)
        except ResponseError:  # not created yet
            rows.append(StreamRow(stream, 0, 0, [], stream in dead))
            continue
        rows.append(
            StreamRow(
                stream,
                int(info["length"]),
                int(info.get("entries-added") or info["length"]),
                [
                    GroupRow(
                        g["name"].decode(), int(g["consumers"]), int(g["pending"]), g.get("lag")
                    )
                    for g in groups
                ],
                stream in dead,
            )
        )
    return rows
