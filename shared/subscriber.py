"""Declaring what a process consumes, FastStream-style: a subscriber is a spec, a body model
and an ordinary async function; the runtime reads, decodes, acks, retries and dead-letters.

    async def setup(mesh: Mesh[Settings]) -> None:
        @mesh.subscriber(spec, body=Task)
        async def handle(task: Task, msg: Message) -> list[Output]: ...

        mesh.every(1.0, sweep)

    raise SystemExit(run(settings, setup, role="reviewer"))
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar, overload

from pydantic import BaseModel, ValidationError
from redis.asyncio import Redis

from shared.commit import Output
from shared.errors import PermanentError
from shared.message import Message
from shared.settings import Settings
from shared.spec import AgentSpec
from shared.upkeep import Periodic
from shared.worker import Handler, Worker

BodyT = TypeVar("BodyT", bound=BaseModel)
SettingsT = TypeVar("SettingsT", bound=Settings)
BodyHandler = Callable[[BodyT, Message], Awaitable[Sequence[Output]]]


def decoding(model: type[BodyT], handler: BodyHandler[BodyT]) -> Handler:
    """``handler`` behind a decoder: the body as ``model``, or a permanent failure (dead
    letter, no retry) that names the field at fault."""

    async def handle(msg: Message) -> Sequence[Output]:
        try:
            body = model.model_validate(msg.body)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "(body)"
            raise PermanentError(f"invalid {model.__name__} at '{where}': {first['msg']}") from None
        return await handler(body, msg)

    return handle


class Mesh(Generic[SettingsT]):
    """The subscribers and periodic jobs of one process, on one Redis connection pool, with
    the process's settings (each subscriber's consumer name comes from them)."""

    def __init__(self, settings: SettingsT, redis: Redis, *, role: str) -> None:
        self.settings = settings
        self.redis = redis
        self.role = role
        self.workers: list[Worker] = []
        self._jobs: list[tuple[float, Periodic]] = []
        self._on_stop: list[Periodic] = []

    @overload
    def subscriber(
        self, spec: AgentSpec, *, body: type[BodyT]
    ) -> Callable[[BodyHandler[BodyT]], BodyHandler[BodyT]]: ...

    @overload
    def subscriber(self, spec: AgentSpec, *, body: None = None) -> Callable[[Handler], Handler]: ...

    def subscriber(self, spec: AgentSpec, *, body: Any = None) -> Callable[[Any], Any]:
        """Consume ``spec``'s input streams in its group with the decorated function, which
        gets the body decoded as ``body`` (and the message), or the message alone."""

        def register(handler: Any) -> Any:
            run = decoding(body, handler) if body is not None else handler
            self.workers.append(
                Worker(spec, run, self.redis, consumer=self.settings.consumer_name, role=self.role)
            )
            return handler

        return register

    def every(self, interval_s: float, job: Periodic) -> None:
        """Run ``job`` every ``interval_s`` while the process runs (errors are logged)."""
        self._jobs.append((interval_s, job))

    def on_stop(self, job: Periodic) -> None:
        """Run ``job`` once after the subscribers have drained."""
        self._on_stop.append(job)

    def ready_workers(self) -> list[Worker]:
        """The workers, with the process's jobs on the first; at least one is required."""
        if not self.workers:
            raise RuntimeError(f"{self.role} declares no subscriber")
        for interval_s, job in self._jobs:
            self.workers[0].every(interval_s, job)
        for job in self._on_stop:
            self.workers[0].on_stop(job)
        self._jobs, self._on_stop = [], []
        return self.workers


__all__ = ["BodyHandler", "Mesh", "decoding"]
