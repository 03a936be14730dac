"""`mesh run ingest`: the HTTP API (and the webhook dispatcher) in one process."""

from __future__ import annotations

import asyncio
import logging
import signal

import uvicorn

from services.ingest.app import create_app
from services.ingest.settings import IngestSettings
from shared.health import EmbeddedServer
from shared.process import run_process
from shared.settings import redis_url_for_log

log = logging.getLogger("mesh.ingest")


async def serve(settings: IngestSettings) -> int:
    """Serve until SIGTERM/SIGINT; the lifespan then drains the webhook worker."""
    app = create_app(settings)
    config = uvicorn.Config(
        app, host=settings.host, port=settings.port, log_config=None,
        access_log=False, timeout_graceful_shutdown=int(settings.drain_deadline_s) + 1,
    )  # fmt: skip
    # Our own signal handling, so a clean SIGTERM ends with exit code 0 (uvicorn's
    # re-raises the signal after shutdown).
    server = EmbeddedServer(config)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: setattr(server, "should_exit", True))
    log.info(
        f"ingest on {settings.host}:{settings.port}, "
        f"redis {redis_url_for_log(settings.redis_url or '')}"
    )
    await server.serve()
    return 1 if getattr(app.state, "crashed", False) else 0


def main() -> int:
    """Process entry point."""
    settings = IngestSettings()
    return run_process(settings, serve(settings), service="ingest")
