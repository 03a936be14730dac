"""Writes that must survive a failover: sent, then confirmed by replicas with WAIT.

Redis replicates asynchronously: a write the primary acknowledged can vanish with it if it
dies before a replica has it. ``WAIT n timeout`` (on the connection that wrote) returns how
many replicas have everything that connection wrote; a caller that needs durability gets
an answer only after at least ``n`` did. WAIT is not a transaction: a write that timed out
is on the primary and may survive or not, so its caller must be able to retry it safely.
"""

from __future__ import annotations

import time
from typing import Any, cast

from redis.asyncio import Redis, RedisCluster

from shared.connection import is_cluster
from shared.errors import MeshError

_REPLICAS_TTL_S = 5.0  # how long a primary's replica count is trusted


class NotReplicated(MeshError):
    """The write reached the primary, but not ``wanted`` replicas within the timeout."""

    def __init__(self, confirmed: int, wanted: int) -> None:
        super().__init__(f"{confirmed} of {wanted} replica(s) confirmed the write in time")
        self.confirmed = confirmed
        self.wanted = wanted


class Replicated:
    """Runs a write with WAIT on the primary that serves a key.

    ``min_replicas`` None means: 1 when that primary has a replica, else 0 (a lone Redis
    for development, or a new primary whose old one is gone and not yet replaced).
    """

    def __init__(self, redis: Redis, min_replicas: int | None, timeout_ms: int) -> None:
        self.redis = redis
        self.min_replicas = min_replicas
        self.timeout_ms = timeout_ms
        self._known: dict[str, tuple[float, int]] = {}  # node -> (checked at, replicas)

    async def wanted(self, key: str) -> int:
        """How many replicas must confirm a write of ``key``."""
        if self.min_replicas is not None:
            return self.min_replicas
        node, target = self._node(key)
        known = self._known.get(node)
        if known is not None and time.monotonic() - known[0] < _REPLICAS_TTL_S:
            return min(known[1], 1)
        info = await self.redis.info("replication", **target)
        if target:  # a cluster answers {node name: info}
            info = next(iter(info.values())) if "role" not in info else info
        replicas = int(info.get("connected_slaves", 0))
        self._known[node] = (time.monotonic(), replicas)
        return min(replicas, 1)

    async def execute(self, key: str, *command: Any) -> Any:
        """Send ``command`` (on ``key``'s slot), then WAIT on the same connection; returns
        its reply. NotReplicated when too few replicas confirmed it in time."""
        wanted = await self.wanted(key)
        _, target = self._node(key)
        if not wanted:  # nothing to confirm: the command alone, without a pipeline
            return await self.redis.execute_command(*command, **target)
        async with self.redis.pipeline(transaction=False) as pipe:
            # execute_command, not pipe.eval and the like: a cluster pipeline refuses those.
            pipe.execute_command(*command)
            pipe.execute_command("WAIT", wanted, self.timeout_ms, **target)
            replies: list[Any] = await pipe.execute()
        confirmed = replies[-1]
        if isinstance(confirmed, dict):
            confirmed = sum(confirmed.values())
        if int(confirmed) < wanted:
            self._known.pop(self._node(key)[0], None)  # look again next time
            raise NotReplicated(int(confirmed), wanted)
        return replies[0]

    def _node(self, key: str) -> tuple[str, dict[str, Any]]:
        """The name of the primary serving ``key``, and the kwargs that aim a command at it
        (none outside a cluster: there is one primary)."""
        if not is_cluster(self.redis):
            return "", {}
        node = cast(RedisCluster, self.redis).get_node_from_key(key)
        return str(node.name), {"target_nodes": node}
