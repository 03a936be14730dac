"""Per-tenant intake lanes: how one tenant's flood cannot starve another's documents.

The specialists read their task streams first in, first out, so whatever is fanned out
ahead of a document is reviewed before it. Fairness is therefore decided before the
fan-out, at the intake: a document is queued in its tenant's lane (a stream per tenant
and intake stream) whenever the mesh is busy, and the coordinator's admitter moves
documents from the lanes to the intake stream round-robin across tenants, only as fast as
the mesh takes them (while the intake and the lens streams hold less than a window each).
However many documents tenant A has waiting, tenant B's next document is at most one
round behind, and then behind at most a window of work.

While the mesh has room and nobody waits, the admitter keeps the intake ``open`` (a budget
of documents, with a short TTL) and a document goes straight to the intake stream: no
added latency.

Every move is one script (XADD to the intake, XDEL from the lane), so a document is
admitted exactly once, and a crash between moves loses nothing: the lanes are streams in
Redis. The lane, its tenant set, the open flag and the intake stream carry the intake's
partition tag, so each script is single-slot.
"""

from __future__ import annotations

from redis.asyncio import Redis

from services.contract.keys import intake_open_key, lanes_key
from services.contract.streams import lane_stream


# Queue an intake entry (a fragment of the intake scripts in ``store_scripts``): straight to
# the intake stream while it is open (the open flag is a budget: the room the admitter saw,
# spent one document at a time, so a burst cannot skip the lanes) and the tenant has nobody
# waiting (its order is kept), else at the end of the tenant's lane. ``intake_keys`` are
# KEYS[k]..KEYS[k+3] of the script; the fragment leaves the stream chosen in ``intake``.
def route_lua(k: int) -> str:
    """The routing fragment for a script whose ``intake_keys`` start at KEYS[k]."""
    stream, lane, lanes, flag = (f"KEYS[{k + i}]" for i in range(4))
    return f"""
local intake = {stream}
if tonumber(redis.call('GET', {flag}) or '0') > 0 and redis.call('XLEN', {lane}) == 0 then
  redis.call('DECR', {flag})
else
  intake = {lane}
  redis.call('SADD', {lanes}, {lane})
end
"""


# Admit up to ARGV[1] of a lane's oldest waiting documents: each moves to the intake
# stream and leaves the lane in this one step. An emptied lane is removed, and its name
# from the lanes set. KEYS: lane, intake stream, lanes set. Replies how many moved.
ADMIT_LUA = """
local rows = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', tonumber(ARGV[1]))
for _, row in ipairs(rows) do
  redis.call('XADD', KEYS[2], '*', unpack(row[2]))
  redis.call('XDEL', KEYS[1], row[1])
end
if redis.call('XLEN', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[1])
  redis.call('SREM', KEYS[3], KEYS[1])
end
return #rows
"""


def intake_keys(intake: str, tenant: str) -> list[str]:
    """The keys a document of ``tenant`` is queued with: the intake stream, the tenant's
    lane, the lanes set (of lane names) and the open flag."""
    return [intake, lane_stream(intake, tenant), lanes_key(intake), intake_open_key(intake)]


def tenant_of(lane: str) -> str:
    """The tenant of a lane stream's name."""
    return lane.partition(":lane:")[2]


class Lanes:
    """The lanes of one intake stream, as the admitter sees them."""

    def __init__(self, redis: Redis, intake: str) -> None:
        self.redis = redis
        self.intake = intake
        self._admit = redis.register_script(ADMIT_LUA)

    async def lanes(self) -> list[str]:
        """The lanes with documents waiting, sorted (the round-robin order)."""
        return sorted(n.decode() for n in await self.redis.smembers(lanes_key(self.intake)))

    async def admit(self, lane: str, count: int = 1) -> int:
        """Move up to ``count`` of the lane's oldest documents to the intake stream."""
        keys = [lane, self.intake, lanes_key(self.intake)]
        return int(await self._admit(keys=keys, args=[count]))

    async def waiting(self) -> int:
        """Documents waiting in every lane."""
        lanes = await self.lanes()
        if not lanes:
            return 0
        async with self.redis.pipeline(transaction=False) as pipe:
            for lane in lanes:
                pipe.xlen(lane)
            return sum(int(n) for n in await pipe.execute())

    async def set_open(self, room: int, ttl_ms: int) -> None:
        """Let up to ``room`` new documents go straight to the intake, for ``ttl_ms``."""
        await self.redis.set(intake_open_key(self.intake), room, px=ttl_ms)

    async def close(self) -> None:
        """Queue new documents in their lanes."""
        await self.redis.delete(intake_open_key(self.intake))
