"""The admitter: documents move from the tenants' intake lanes to the intake stream,
round-robin across tenants, only as fast as the mesh takes them (``contract/lanes.py``).

Each tick, per intake stream this coordinator reads: how much waits unread on it (the
coordinator group's lag) and on each lens's task stream (the lens group's lag, in tasks).
While the lenses are under ``lens_window`` unread tasks, up to ``intake_window`` minus the
intake's lag documents are admitted, an equal share per waiting tenant per round, the
round starting one tenant further each tick. Lag, not pending: tasks being worked on are
not waiting, so a busy mesh with free consumers keeps admitting. When nobody waits and
there is room, the intake is kept open so new documents skip the lanes.

Under load the admission is what batches the mesh. Documents that find the open intake's
budget spent wait in their lanes and are admitted together on the next tick
(``MESH_FAIR_POLL_S``, 100 ms): a batch travels through the coordinator, the lenses and the
aggregator as batches, and each role pays a read and a commit per batch instead of per
document (``bench.cpu``: CPU per document 7.3 ms with a 20 ms tick, 4.5–4.7 ms with 100 ms).
The price is at most one tick of waiting, and only once the budget is spent; an idle mesh
adds nothing. So that the tick is not a ceiling on throughput, a mesh that drained what it
was given while documents waited (starved) doubles both windows, up to ``max_scale`` times;
a busy one halves them back towards 1, where the fairness bound above holds as stated.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from prometheus_client import Counter, Gauge
from redis.asyncio import Redis

from services.contract.lanes import Lanes, tenant_of
from shared.spec import AgentSpec
from shared.streaminfo import unread

log = logging.getLogger("mesh.coordinator")
ADMITTED = Counter("mesh_lane_admitted_total", "Documents admitted from a lane", ["tenant"])
WAITING = Gauge("mesh_lane_tenants_waiting", "Tenants with documents in a lane", ["intake"])


@dataclass(frozen=True, slots=True)
class Windows:
    """How much may wait unread ahead of a newly admitted document."""

    intake: int = 32  # documents on the intake stream
    lens: int = 64  # tasks on any one lens's task stream
    open_ttl_ms: int = 500  # how long an "open" intake stays open without a new tick
    max_scale: int = 32  # how far a starved mesh may widen both windows (see the module)


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
        self.scale = 1  # the windows' multiplier, 1..max_scale (see the module)
        self._lanes = {q.intake: Lanes(redis, q.intake) for q in queues}
        self._turn: dict[str, int] = {}  # intake -> where the next round starts

    async def tick(self) -> None:
        """Admit what each intake has room for, then adapt the windows' scale: wider while
        documents wait on a mesh that drained what it was given, back to 1 once it is busy."""
        waiting = starved = False
        for queue in self.queues:
            w, s = await self._admit(queue)
            waiting, starved = waiting or w, starved or s
        if waiting and starved:
            self.scale = min(self.scale * 2, self.windows.max_scale)
        elif waiting:
            self.scale = max(self.scale // 2, 1)

    async def _admit(self, queue: Queue) -> tuple[bool, bool]:
        """Admit to ``queue``; (documents were waiting, the intake had nothing unread)."""
        lanes = self._lanes[queue.intake]
        waiting = await lanes.lanes()
        WAITING.labels(queue.intake).set(len(waiting))
        room, starved = await self.room(queue)
        if not waiting:
            if room > 0:  # at most one (unscaled) window goes straight, one by one
                await lanes.set_open(min(room, self.windows.intake), self.windows.open_ttl_ms)
            else:
                await lanes.close()
            return False, starved
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
        return True, starved

    async def room(self, queue: Queue) -> tuple[int, bool]:
        """How many documents may be admitted to ``queue`` now, and whether the mesh is
        starved: nothing unread on the intake and under a quarter of the window on every lens
        (it would take more than the admitter gives it)."""
        lags = await unread(self.redis, [(queue.intake, queue.group), *queue.lens_queues])
        lens_lag = max(lags[1:], default=0)
        starved = lags[0] == 0 and lens_lag < self.windows.lens / 4
        if lens_lag >= self.windows.lens * self.scale:
            return 0, starved
        return max(self.windows.intake * self.scale - lags[0], 0), starved


def fair_queues(intake: AgentSpec, lenses: list[AgentSpec]) -> list[Queue]:
    """The coordinator's intake streams, each watched with every lens task stream (with
    several partitions, one partition's backlogged lens pauses admission to all: cautious,
    and each look is a single-key XINFO)."""
    lens_queues = tuple((s, lens.group) for lens in lenses for s in lens.inputs)
    return [Queue(stream, intake.group, lens_queues) for stream in intake.inputs]
