"""Load shedding: how much work waits in the mesh, read at most once a second."""

from __future__ import annotations

import time
from collections.abc import Sequence

from redis.asyncio import Redis

from services.contract.lanes import Lanes
from shared.streaminfo import group_depth


class Backlog:
    """Lag + pending of the coordinator on the intake stream and of each lens's group on its
    task streams (one document fans out into many lens tasks, so a full intake is not the
    only way to be overloaded), and the documents waiting in the tenants' intake lanes."""

    def __init__(
        self, redis: Redis, queues: list[tuple[str, str]], intakes: Sequence[str] = ()
    ) -> None:
        self.redis = redis
        self.queues = queues
        self.lanes = [Lanes(redis, intake) for intake in intakes]
        self._value, self._at = 0, 0.0

    async def depth(self) -> int:
        """The largest lag + pending among the watched (stream, group) pairs, or the
        documents waiting in lanes if more."""
        if time.monotonic() - self._at > 1.0:
            self._at = time.monotonic()
            streams = max([await self._waiting(s, g) for s, g in self.queues], default=0)
            lanes = sum([await lane.waiting() for lane in self.lanes])
            self._value = max(streams, lanes)
        return self._value

    async def _waiting(self, stream: str, group: str) -> int:
        depth = await group_depth(self.redis, stream, group)
        return 0 if depth is None else (depth.lag or 0) + depth.pending
