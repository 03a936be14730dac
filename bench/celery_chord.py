"""The Celery chord the mesh is compared with: one task per chunk × lens, a summary callback.

Workers run ``celery -A bench.celery_chord worker --pool threads``; every worker thread keeps
its own event loop and specialists, so each lens task does exactly what a mesh specialist
does (the real ``openai`` provider over HTTP), and the callback builds the summary with the
aggregator's own code. The callback appends to the ``bench.celery.done`` stream, which the
benchmark follows like the mesh's ``doc.review.summary``.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from typing import Any

import redis
from celery import Celery, chord

from services.aggregator.handler import build_summary
from services.contract.models import ChunkTask, Partial
from services.contract.store import Plan, partial_field
from services.specialist.handler import Specialist, make_specialist
from shared.spec import AgentSpec

DONE = "bench.celery.done"
app = Celery("bench")


def configure(redis_url: str) -> None:
    """Point broker and result backend at ``redis_url`` (the mesh's Redis in the benchmark)."""
    app.conf.update(
        broker_url=redis_url,
        result_backend=redis_url,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        worker_prefetch_multiplier=4,
        task_acks_late=True,  # the same at-least-once promise the mesh makes
        result_expires=3600,
        broker_connection_retry_on_startup=True,
    )


if os.environ.get("BENCH_REDIS_URL"):
    configure(os.environ["BENCH_REDIS_URL"])

_local = threading.local()


def _specialist(lens: str) -> tuple[asyncio.AbstractEventLoop, Specialist]:
    """This thread's event loop and ``lens`` specialist (built on first use)."""
    if not hasattr(_local, "loop"):
        _local.loop = asyncio.new_event_loop()
        _local.specialists = {}
    if lens not in _local.specialists:
        model = {"provider": "openai", "model": os.environ["BENCH_MODEL"],
                 "base_url": os.environ["BENCH_STUB_URL"], "timeout_s": 30}  # fmt: skip
        spec = AgentSpec(name=lens, inputs=[f"bench.{lens}"], group="bench",
                         outputs=[f"bench.out.{lens}"], model=model)  # fmt: skip
        _local.specialists[lens] = make_specialist(spec, lens)
    return _local.loop, _local.specialists[lens]


@app.task(name="bench.lens")
def lens_task(task: dict[str, Any]) -> str:
    """Review one chunk through one lens; returns the Partial as JSON."""
    chunk_task = ChunkTask.model_validate(task)
    loop, specialist = _specialist(chunk_task.lens)
    partial = loop.run_until_complete(specialist.review(chunk_task, "1"))
    return partial.model_dump_json()


_redis: redis.Redis | None = None


@app.task(name="bench.summarize")
def summarize(partials: list[str], doc_id: str, plan: dict[str, Any], created: float) -> None:
    """The chord callback: the aggregator's summary of every partial, then 'done'."""
    global _redis
    stored = {}
    for raw in partials:
        p = Partial.model_validate_json(raw)
        stored[partial_field(p.chunk_id, p.lens)] = raw
    summary = build_summary(doc_id, "done", Plan.model_validate(plan), stored, created)
    slowest = max((v for k, v in summary.timings.items() if k != "total_ms"), default=0.0)
    if _redis is None:
        _redis = redis.Redis.from_url(app.conf.broker_url)
    _redis.xadd(DONE, {"doc": doc_id, "slowest_ms": slowest,
                       "summary": json.dumps(summary.model_dump())})  # fmt: skip


def submit(doc_id: str, text: str) -> None:
    """One chord for the document: chunk × lens tasks, then the summary callback."""
    from bench.systems import plan_and_tasks

    plan, tasks = plan_and_tasks(doc_id, text)
    header = [lens_task.s(t.model_dump()) for t in tasks]
    chord(header)(summarize.s(doc_id, plan.model_dump(), time.time()))
