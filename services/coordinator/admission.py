"""The admitter: documents move from the tenants' intake lanes to the intake stream,
round-robin across tenants, only as fast as the mesh takes them (``contract/lanes.py``).

Each tick, per intake stream this coordinator reads: how much waits unread on it (the
coordinator group's lag) and on each lens's task stream (the lens group's lag, in tasks).
While the lenses are under ``lens_window`` unread tasks, up to ``intake_window`` minus the
intake's lag documents are admitted, an equal share per waiting tenant per round, the
round starting one tenant further each tick. Lag, not pending: tasks being worked on are
not waiting, so a busy mesh with free consumers keeps admitting. When nobody waits and
there is room, the intake is kept open so new documents skip the lanes.

The tick adapts between ``Pace.fastest_s`` and ``Pace.slowest_s``. While the mesh is busy
(work unread on the intake or the lenses when documents wait), the tick slows: each tick then admits a
bigger batch, and a batch travels through the coordinator, the lenses and the aggregator as
batches, which costs each role a read and a commit per batch instead of per document (CPU
per document 7.3 → 4.7 ms in ``bench.cpu``). A mesh that drained its work while documents
waited (starved: admission is the bottleneck) makes the tick faster; an idle mesh is looked
at every ``slowest_s`` (the open intake lasts ``Windows.open_ttl_ms``, longer than that).
"""

from __future__ import annotations

import logging
import time
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
class Pace:
    """How often the admitter looks: between these, adapting to the load (see the module)."""

    fastest_s: float = 0.02
    slowest_s: float = 0.1

    def next(self, interval: float, *, waiting: bool, starved: bool) -> float:
        """The interval after a tick: faster when starved, slower when busy or idle."""
        if waiting and starved:
            return max(interval / 2, self.fastest_s)
        return min(interval * 1.5, self.slowest_s)


@dataclass(frozen=True, slots=True)
class Queue:
    """One intake stream and what its documents fan out to: (stream, group) pairs."""

    intake: str
    group: str
    lens_queues: tuple[tuple[str, str], ...]


class Admitter:
    """Admits waiting documents fairly; ``tick`` runs on the coordinator's timer."""

    def __init__(
        self, redis: Redis, queues: list[Queue], windows: Windows, pace: Pace | None = None
    ) -> None:
        self.redis = redis
        self.queues = queues
        self.windows = windows
        self.pace = pace or Pace()
        self.interval = self.pace.fastest_s
        self._due = 0.0
        self._lanes = {q.intake: Lanes(redis, q.intake) for q in queues}
        self._turn: dict[str, int] = {}  # intake -> where the next round starts

    async def tick(self) -> None:
        """Admit what each intake has room for, when the adaptive interval is up (call it
        every ``pace.fastest_s``: a tick that is not due costs nothing)."""
        now = time.monotonic()
        if now < self._due:
            return
        waiting = starved = False
        for queue in self.queues:
            w, s = await self._admit(queue)
            waiting, starved = waiting or w, starved or s
        self.interval = self.pace.next(self.interval, waiting=waiting, starved=starved)
        self._due = now + self.interval

    async def _admit(self, queue: Queue) -> tuple[bool, bool]:
        """Admit to ``queue``; (documents were waiting, the intake had nothing unread)."""
        lanes = self._lanes[queue.intake]
        waiting = await lanes.lanes()
        WAITING.labels(queue.intake).set(len(waiting))
        room, starved = await self.room(queue)
        if not waiting:
            if room > 0:
                await lanes.set_open(room, self.windows.open_ttl_ms)
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
        lags = await self._lags([(queue.intake, queue.group), *queue.lens_queues])
        starved = lags[0] == 0 and max(lags[1:], default=0) < self.windows.lens / 4
        if max(lags[1:], default=0) >= self.windows.lens:
            return 0, starved
        return max(self.windows.intake - lags[0], 0), starved

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
