"""Ingest's startup and shutdown: Redis, the document store, and the webhook worker."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import os
import secrets
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager

import httpx
from fastapi import FastAPI

from services.contract import COORDINATOR_GROUP, TASKS, DocStore, failed_stream
from services.contract.specs import layout_of, role_spec
from services.ingest.auth import Tenants, load_keys, load_limits
from services.ingest.backlog import Backlog
from services.ingest.failures import FailedDocuments
from services.ingest.quotas import Quotas
from services.ingest.retries import RetryPolicy
from services.ingest.routes.admin import admin_enabled
from services.ingest.sandbox import DocxSandbox
from services.ingest.settings import IngestSettings
from services.ingest.signing import secret_key
from services.ingest.state import Ingest
from services.ingest.webhooks import WebhookDispatcher
from shared.connection import connect, initialized
from shared.replication import Replicated
from shared.retention import trim_outputs
from shared.spec import AgentSpec, Retention
from shared.worker import Worker

log = logging.getLogger("mesh.ingest")
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def _webhook_secret(settings: IngestSettings) -> str:
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret:
        log.warning("MESH_WEBHOOK_SECRET not set: signing webhooks with a random per-process key")
        secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    secret_key(secret)  # a whsec_ secret that is not base64 stops ingest now, saying why
    return secret


def _exit_if_crashed(app: FastAPI) -> Callable[[asyncio.Task[None]], None]:
    def check(task: asyncio.Task[None]) -> None:
        # The API without its webhook dispatcher would look healthy and deliver nothing:
        # stop the process (non-zero exit) so the supervisor restarts it.
        if not task.cancelled() and task.exception() is not None:
            log.error("webhook worker crashed; stopping ingest", exc_info=task.exception())
            app.state.crashed = True
            os.kill(os.getpid(), signal.SIGTERM)

    return check


def _webhook_worker(
    settings: IngestSettings,
    store: DocStore,
    client: httpx.AsyncClient,
    secret: str,
    quotas: Quotas,
) -> Worker:
    dispatcher = WebhookDispatcher(store, client, secret, settings.webhook_allow_private,
                                   tenant_limit=settings.webhook_tenant_concurrency,
                                   poll_s=settings.webhook_retry_poll_s,
                                   policy=RetryPolicy(settings.webhook_retry_schedule_s),
                                   on_outcome=quotas.finished)  # fmt: skip
    worker = Worker(role_spec(settings, "webhook"), dispatcher.handle, store.redis,
                    consumer=settings.consumer_name, role="webhook")  # fmt: skip
    dispatcher.attach(worker)  # retries run on this worker's timer, not in its slots
    # Documents whose intake task was dead-lettered: failed, with a review.failed event.
    # (In every partition: the worker files a dead letter in its source's partition.)
    dead = layout_of(settings).names(failed_stream("coordinator"))
    failed = FailedDocuments(store, dead, ttl_s=settings.doc_ttl_s)
    worker.every(settings.webhook_retry_poll_s, failed.scan)
    # Ingest is the producer of the intake stream, so it bounds it (the coordinator trims
    # what it produces, and so on down the mesh); entries still pending are never cut.
    intake = Retention(max_age_s=settings.tasks_retention_s)
    worker.every(5.0, lambda: trim_outputs(store.redis, layout_of(settings).names(TASKS), intake))
    return worker


def ingest_lifespan(settings: IngestSettings, lenses: dict[str, AgentSpec]) -> Lifespan:
    """The lifespan of an ingest app: checks settings now, connects when the app starts."""
    tenants = Tenants(load_keys(settings))
    defaults, per_tenant = load_limits(settings)
    # The coordinator's intake and every lens's task streams: what the 429 check watches.
    queues = [(s, COORDINATOR_GROUP) for s in layout_of(settings).names(TASKS)] + [
        (stream, spec.group) for spec in lenses.values() for stream in spec.inputs
    ]
    if not admin_enabled(settings):
        log.warning("MESH_ADMIN_KEY not set: the admin API (/v1/admin, /v1/mesh) is disabled")
    secret = _webhook_secret(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        redis = await initialized(connect(settings))
        # No keep-alive: webhooks connect to a pinned IP, and a pooled TLS connection checked
        # for one host name must not carry another name's request to the same address.
        client = httpx.AsyncClient(timeout=settings.webhook_timeout_s, follow_redirects=False,
                                   limits=httpx.Limits(max_keepalive_connections=0))  # fmt: skip
        # What ingest answers 202 to has reached a replica (WAIT): it survives a failover.
        replicated = Replicated(redis, settings.intake_min_replicas, settings.intake_wait_ms)
        store = DocStore(redis, settings.doc_ttl_s, replicated)
        quotas = Quotas(redis, defaults, per_tenant, retry_after_s=settings.retry_after_s,
                        doc_ttl_s=settings.doc_ttl_s)  # fmt: skip
        worker = _webhook_worker(settings, store, client, secret, quotas)
        app.state.ingest = Ingest(
            settings, tenants, sorted(lenses), DocxSandbox(settings), redis, store,
            Backlog(redis, queues, layout_of(settings).names(TASKS)), worker, quotas,
        )  # fmt: skip
        task = asyncio.create_task(worker.run())
        task.add_done_callback(_exit_if_crashed(app))
        try:
            yield
        finally:
            await worker.drain(settings.drain_deadline_s)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await client.aclose()
            await redis.aclose()

    return lifespan
