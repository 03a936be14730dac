"""The admitter: documents move from the tenants' intake lanes to the intake stream,
round-robin across tenants, only as fast as the mesh takes them (``contract/lanes.py``).

Each tick, per intake stream this coordinator reads: how much waits unread on it (the
coordinator group's lag) and on each lens's task stream (the lens group's lag, in tasks).
While the lenses are under ``lens_window`` unread tasks, up to ``intake_window`` minus the
intake's lag documents are admitted, an equal share per waiting tenant per round, the
round starting one tenant further each tick. Lag, not pending: tasks being worked on are
not waiting, so a busy mesh with free consumers keeps admitting. When nobody waits and
there is room, the intake is kept open so new documents skip the lanes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from prometheus_client import Counter, Gauge
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from services.contract.lanes import Lanes, tenant_of
from shared.spec import AgentSpec

log = logging.getLogger("mesh.coordinator")
ADMITTED = Counter("mesh_lane_admitted_total", "Documents admitted from a lane", ["tenant"])
WAITING = Gauge("mesh_lane_tenants_waiting", "Tenants with documents in a lane", ["intake"])


@dataclass(frozen=True, slots=True)
class Windows:
    """How much may wait unread ahead of a newly admitted document."""

    intake: int = 32  # documents on the intake stream
    lens: int = 64  # tasks on any one lens's task stream
    open_ttl_ms: int = 500  # how long an "open" intake stays open without a new tick


@dataclass(frozen=True, slots=True)
class Queue:
    """One intake stream and what its documents fan out to: (stream, group) pairs."""

    intake: str
    group: str
    lens_queues: tuple[tuple[str, str], ...]


class Admitter:
    """Admits waiting documents fairly; ``tick`` runs on the coordinator's timer."""

    def __init__(self, redis: Redis, queues: list[Queue], windows: Windows) -> None:
        self.redis = redis
        self.queues = queues
        self.windows = windows
        self._lanes = {q.intake: Lanes(redis, q.intake) for q in queues}
        self._turn: dict[str, int] = {}  # intake -> where the next round starts

    async def tick(self) -> None:
        """Admit what each intake has room for."""
        for queue in self.queues:
            await self._admit(queue)

    async def _admit(self, queue: Queue) -> None:
        lanes = self._lanes[queue.intake]
        waiting = await lanes.lanes()
        WAITING.labels(queue.intake).set(len(waiting))
        room = await self.room(queue)
        if not waiting:
            if room > 0:
                await lanes.set_open(room, self.windows.open_ttl_ms)
            else:
                await lanes.close()
            return
        await lanes.close()  # someone waits: new documents queue behind them, in their lane
        turn = self._turn.get(queue.intake, 0) % len(waiting)
        self._turn[queue.intake] = turn + 1
        order = waiting[turn:] + waiting[:turn]
        while room > 0 and order:
            share = max(room // len(order), 1)  # an equal share each, one call per lane
            for lane in list(order):
                if room <= 0:
                    break
                moved = await lanes.admit(lane, min(share, room))
                room -= moved
                ADMITTED.labels(tenant_of(lane)).inc(moved)
                if moved < share:  # its lane is empty now
                    order.remove(lane)

    async def room(self, queue: Queue) -> int:
        """How many documents may be admitted to ``queue`` now."""
        lags = await self._lags([(queue.intake, queue.group), *queue.lens_queues])
        if max(lags[1:], default=0) >= self.windows.lens:
            return 0
        return max(self.windows.intake - lags[0], 0)

    async def _lags(self, pairs: list[tuple[str, str]]) -> list[int]:
        """Entries not yet read by each (stream, group); 0 for a stream not made yet."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for stream, _ in pairs:
                pipe.xinfo_groups(stream)
            replies = await pipe.execute(raise_on_error=False)
        lags = []
        for (_, group), reply in zip(pairs, replies, strict=True):
            if isinstance(reply, ResponseError):  # no such stream yet: nothing waits
                lags.append(0)
                continue
            if isinstance(reply, Exception):
                raise reply
            found = [g for g in reply if g["name"].decode() == group]
            lags.append(int(found[0].get("lag") or 0) if found else 0)
        return lags


def fair_queues(intake: AgentSpec, lenses: list[AgentSpec]) -> list[Queue]:
    """The coordinator's intake streams, each watched with every lens task stream (with
    several partitions, one partition's backlogged lens pauses admission to all: cautious,
    and each look is a single-key XINFO)."""
    lens_queues = tuple((s, lens.group) for lens in lenses for s in lens.inputs)
    return [Queue(stream, intake.group, lens_queues) for stream in intake.inputs]
