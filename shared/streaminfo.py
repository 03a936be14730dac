"""A snapshot of streams and their consumer groups: length, entries added, pending, lag."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


async def group_depth(redis: Redis, stream: str, group: str) -> GroupRow | None:
    """One group's consumers, pending and lag on ``stream``; None if it (or the stream) does
    not exist yet. The one place that reads a group's depth."""
    try:
        groups = await redis.xinfo_groups(stream)
    except ResponseError:  # the stream does not exist yet
        return None
    for g in groups:
        if g["name"].decode() == group:
            return GroupRow(group, int(g["consumers"]), int(g["pending"]), g.get("lag"))
    return None


async def unread(redis: Redis, pairs: Sequence[tuple[str, str]], *, cap: int = 10_000) -> list[int]:
    """Entries not yet delivered to each (stream, group): 0 for a stream or group that does
    not exist yet, at most ``cap``.

    XINFO's lag is only a hint: after a failover the promoted replica's entries-read counter
    can trail its last-delivered-id, and the lag it reports stays above 0 with nothing left
    to read (``make chaos`` saw a lag of 44 on an intake whose group had read everything,
    which held admission shut for good). So a lag above 0 (or unknown) is counted: the
    entries after the group's last-delivered-id, one XRANGE each, in one pipeline."""
    async with redis.pipeline(transaction=False) as pipe:
        for stream, _ in pairs:
            pipe.xinfo_groups(stream)
        replies = await pipe.execute(raise_on_error=False)
    counts, checks = [0] * len(pairs), []
    for i, ((stream, group), reply) in enumerate(zip(pairs, replies, strict=True)):
        if isinstance(reply, ResponseError):  # no such stream yet: nothing waits
            continue
        if isinstance(reply, Exception):
            raise reply
        found = next((g for g in reply if g["name"].decode() == group), None)
        if found is None or found.get("lag") == 0:
            continue
        last = found["last-delivered-id"]
        lag = found.get("lag")
        checks.append((i, stream, last.decode() if isinstance(last, bytes) else str(last),
                       min(int(lag), cap) if lag is not None else cap))  # fmt: skip
    if checks:
        async with redis.pipeline(transaction=False) as pipe:
            for _, stream, last, most in checks:
                pipe.xrange(stream, f"({last}", "+", count=most)
            ranges = await pipe.execute()
        for (i, *_), rows in zip(checks, ranges, strict=True):
            counts[i] = len(rows)
    return counts


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
