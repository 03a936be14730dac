"""What waits at the intake: the intake stream and every tenant's lane (contract/lanes.py)."""

from __future__ import annotations

from redis.asyncio import Redis

from services.contract import TASKS
from services.contract.keys import lanes_key
from shared.envelope import Envelope


async def queued(redis: Redis, intake: str = TASKS) -> list[Envelope]:
    """Every document queued and not yet read by the coordinator: on the intake stream or
    waiting in a lane (lane by lane)."""
    lanes = sorted(n.decode() for n in await redis.smembers(lanes_key(intake)))
    found = []
    for stream in [intake, *lanes]:
        found += [Envelope.model_validate_json(f[b"e"]) for _, f in await redis.xrange(stream)]
    return found


async def lose_intake(redis: Redis, intake: str = TASKS) -> None:
    """Delete the intake stream and the lanes, as a Redis that lost its last writes would."""
    lanes = [n.decode() for n in await redis.smembers(lanes_key(intake))]
    await redis.delete(intake, *lanes, lanes_key(intake))
