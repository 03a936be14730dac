"""Load shedding: how much work waits in the mesh, read at most once a second."""

from __future__ import annotations

import time

from redis.asyncio import Redis
from redis.exceptions import ResponseError


class Backlog:
    """Lag + pending of the coordinator on the intake stream and of each lens's group on its
    task streams (one document fans out into many lens tasks, so a full intake is not the
    only way to be overloaded)."""

    def __init__(self, redis: Redis, queues: list[tuple[str, str]]) -> None:
        self.redis = redis
        self.queues = queues
        self._value, self._at = 0, 0.0

    async def depth(self) -> int:
        """The largest lag + pending among the watched (stream, group) pairs."""
        if time.monotonic() - self._at > 1.0:
            self._at = time.monotonic()
            self._value = max([await self._waiting(s, g) for s, g in self.queues], default=0)
        return self._value

    async def _waiting(self, stream: str, group: str) -> int:
        try:
            groups = await self.redis.xinfo_groups(stream)
        except ResponseError:  # the stream does not exist yet
            return 0
        return max(
            ((g.get("lag") or 0) + g["pending"] for g in groups if g["name"].decode() == group),
            default=0,
        )
