"""A snapshot of streams and their consumer groups: length, entries added, pending, lag."""

from __future__ import annotations

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
