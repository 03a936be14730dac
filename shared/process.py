"""Running a process: logging, tracing and the event loop set up once, for worker roles and
the HTTP API alike; for worker roles also Redis, the subscribers, health, signals, drain."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from redis.asyncio import Redis

from shared.connection import TRANSIENT_ERRORS, connect, initialized
from shared.health import embedded_server, health_app
from shared.settings import Settings, redis_url_for_log
from shared.subscriber import Mesh
from shared.telemetry import setup_logging, setup_tracing
from shared.worker import Worker

log = logging.getLogger("mesh.process")

SettingsT = TypeVar("SettingsT", bound=Settings)
Setup = Callable[[Mesh[SettingsT]], Awaitable[None]]


async def readiness(redis: Redis, workers: list[Worker]) -> str | None:
    """None when Redis answers and every worker has its groups; else why not."""
    try:
        await redis.ping()
    except TRANSIENT_ERRORS as e:
        return f"redis unreachable: {e}"
    for w in workers:
        if not w.ready:
            return f"worker {w.spec.name} not ready"
    return None


async def serve_workers(settings: SettingsT, setup: Setup[SettingsT], *, role: str) -> int:
    """Run the role's subscribers until SIGTERM/SIGINT, then drain in-flight work; returns the
    exit code (0 after a clean drain, 1 if a worker crashed)."""
    redis = await initialized(connect(settings))
    mesh = Mesh(settings, redis, role=role)
    await setup(mesh)
    workers = mesh.ready_workers()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    server = embedded_server(
        health_app(lambda: readiness(redis, workers)), settings.metrics_host, settings.metrics_port
    )
    server_task = await server.start_in_background()
    log.info(
        f"{role} started: consumer={settings.consumer_name} metrics=:{server.port} "
        f"redis={redis_url_for_log(settings.redis_url or '')}",
        extra={"role": role},
    )
    runs = [asyncio.create_task(w.run()) for w in workers]
    stopper = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait([stopper, *runs], return_when=asyncio.FIRST_COMPLETED)
    crashed = [t for t in done if t is not stopper and t.exception() is not None]
    for t in crashed:
        log.error("worker crashed", exc_info=t.exception(), extra={"role": role})
    log.info("draining", extra={"role": role})
    left = sum(await asyncio.gather(*(w.drain(settings.drain_deadline_s) for w in workers)))
    if left:
        log.warning(f"{left} entries left pending for another replica", extra={"role": role})
    stopper.cancel()
    server.should_exit = True
    await server_task
    await redis.aclose()
    log.info("stopped", extra={"role": role})
    return 1 if crashed else 0


def run_process(settings: Settings, main: Coroutine[Any, Any, int], *, service: str) -> int:
    """Set up logging and tracing, then run ``main`` on uvloop when installed."""
    setup_logging(settings.log_level, settings.log_json)
    setup_tracing(f"mesh-{service}", settings.otel_exporter)
    try:
        import uvloop

        return uvloop.run(main)
    except ImportError:
        return asyncio.run(main)


def run(settings: SettingsT, setup: Setup[SettingsT], *, role: str) -> int:
    """Process entry point of a worker role: ``setup`` declares its subscribers."""
    return run_process(settings, serve_workers(settings, setup, role=role), service=role)
