"""Trimming output streams by length or age, never past an entry a group still needs."""

from __future__ import annotations

import time
from collections.abc import Iterable

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from shared.spec import Retention

_MAX_SCAN = 10_000  # entries inspected per pass to find the MAXLEN cut point


def _parse(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def _fmt(ms_seq: tuple[int, int]) -> str:
    return f"{ms_seq[0]}-{ms_seq[1]}"


async def safe_floor(redis: Redis, stream: str) -> tuple[int, int] | None:
    """The lowest id any group still needs (pending or undelivered); None if no group exists."""
    try:
        groups = await redis.xinfo_groups(stream)
    except ResponseError:
        return None
    if not groups:
        return None
    floor: tuple[int, int] | None = None
    for g in groups:
        last = _parse(g["last-delivered-id"].decode())
        need = (last[0], last[1] + 1)  # the next undelivered entry
        if g["pending"]:
            pel = await redis.xpending(stream, g["name"])
            lowest = pel.get("min")
            if lowest:
                need = min(need, _parse(lowest.decode() if isinstance(lowest, bytes) else lowest))
        floor = need if floor is None else min(floor, need)
    return floor


async def trim(redis: Redis, stream: str, policy: Retention) -> None:
    """Apply ``policy`` to ``stream`` without dropping anything a group has not acked."""
    if policy.max_len is None and policy.max_age_s is None:
        return
    floor = await safe_floor(redis, stream)
    if floor is None:
        return  # nobody reads it yet: keep everything
    wanted: list[tuple[int, int]] = []
    if policy.max_age_s is not None:
        wanted.append((int((time.time() - policy.max_age_s) * 1000), 0))
    if policy.max_len is not None:
        excess = int(await redis.xlen(stream)) - policy.max_len
        if excess > 0:
            rows = await redis.xrange(stream, count=min(excess, _MAX_SCAN))
            cut = _parse(rows[-1][0].decode())
            wanted.append((cut[0], cut[1] + 1))
    if not wanted:
        return
    target = min(max(wanted), floor)
    await redis.xtrim(stream, minid=_fmt(target), approximate=True)


async def trim_outputs(redis: Redis, streams: Iterable[str], policy: Retention) -> None:
    """Trim each output stream per the policy."""
    for s in streams:
        await trim(redis, s, policy)
