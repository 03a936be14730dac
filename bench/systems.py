"""The same lens work three ways: the mesh, a sequential orchestrator, a Celery chord.

Each system takes a document (``submit``, open loop: it returns once the document is
queued) and records when its summary exists (``done``), together with the lens timings the
summary carries, so end-to-end latency and overhead are computed the same way for all three.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
from redis.asyncio import Redis

from bench.llm_stub import model_name
from services.aggregator.handler import build_summary
from services.contract.models import DocumentTask
from services.contract.store import DocStore, Plan, partial_field
from services.contract.streams import SUMMARY
from services.coordinator.chunking import chunk
from services.coordinator.handler import chunk_tasks
from services.ops.launcher import Mesh
from services.specialist.handler import Specialist, make_specialist
from shared.connection import TRANSIENT_ERRORS
from shared.envelope import decode
from shared.localredis import free_port
from shared.settings import Settings
from shared.spec import AgentSpec
from tests.support import ROOT
from tests.support.specs import copy_specs
from tests.support.waiting import http_ready

LENSES = ["clarity", "grammar", "structure", "tone"]
MAX_CHUNK_CHARS = 2000


@dataclass
class Lens:
    """How the stand-in model behaves and how much a specialist replica may ask of it."""

    stub_url: str
    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    # Model calls in flight per specialist replica: the spec default (8).
    concurrency: int = 8

    def model(self) -> dict[str, Any]:
        return {
            "provider": "openai",
            "model": model_name(self.latency_ms, self.jitter_ms),
            "base_url": self.stub_url,
            "timeout_s": 30,
            "max_concurrent_requests": self.concurrency,
        }

    def spec(self, lens: str) -> AgentSpec:
        return AgentSpec(
            name=lens, inputs=[f"bench.{lens}"], group="bench", outputs=[f"bench.out.{lens}"],
            model=self.model(),
        )  # fmt: skip


@dataclass
class Done:
    """When a document's summary existed, and the slowest lens call it records (ms)."""

    at: float
    slowest_lens_ms: float


def slowest_lens_ms(timings: dict[str, float]) -> float:
    return max((v for k, v in timings.items() if k != "total_ms"), default=0.0)


@dataclass
class System:
    """Submit documents, learn when each is summarized."""

    name: str
    submitted: dict[str, float] = field(default_factory=dict)
    done: dict[str, Done] = field(default_factory=dict)
    lost: int = 0  # submitted but never summarized in the last open loop

    async def start(self, redis_url: str, lens: Lens, replicas: int) -> None:
        raise NotImplementedError

    async def submit(self, doc_id: str, text: str) -> None:
        raise NotImplementedError

    async def stop(self) -> None:
        raise NotImplementedError

    def processes(self) -> dict[str, int]:
        """Role name -> pid, for memory sampling."""
        return {}

    def check(self) -> None:
        """Raise what broke the system's summary follower, if anything did."""
        follower = getattr(self, "_follower", None)
        if follower is not None and follower.done() and not follower.cancelled():
            raise RuntimeError(f"{self.name}: the summary follower died") from follower.exception()

    def reset(self) -> None:
        self.submitted.clear()
        self.done.clear()


async def follow_stream(redis: Redis, stream: str, on_entry: Any) -> None:
    """Call ``on_entry(fields)`` for every new entry of ``stream`` until cancelled."""
    last = "$"
    while True:
        try:
            reply = await redis.xread({stream: last}, block=1000, count=1000)
        except TRANSIENT_ERRORS:
            await asyncio.sleep(0.1)  # a dropped connection; the pool reconnects
            continue
        now = time.perf_counter()
        for _, entries in reply or []:
            for entry_id, fields in entries:
                last = entry_id
                on_entry(fields, now)


class MeshSystem(System):
    """Every role as its own process via the launcher `mesh up` uses; documents enter through
    the same DocStore.enqueue the ingest API calls after accepting one."""

    def __init__(self, tmp: Path, retention_s: float | None = None) -> None:
        super().__init__("mesh")
        self.tmp = tmp
        self.retention_s = retention_s  # streams and document state; None: the defaults
        self.mesh: Mesh | None = None
        self.redis: Redis | None = None
        self.store: DocStore | None = None
        self._follower: asyncio.Task[None] | None = None
        self._slots = asyncio.Semaphore(64)

    async def start(self, redis_url: str, lens: Lens, replicas: int) -> None:
        lens_spec: dict[str, Any] = {
            "model": lens.model(),
            "concurrency": max(lens.concurrency, 32),
        }
        overrides = {f"lens-{n}": dict(lens_spec) for n in LENSES}
        env = {"MESH_LOG_LEVEL": "WARNING", "MESH_BACKLOG_LIMIT": "100000000"}
        if self.retention_s:
            for role in ("coordinator", "aggregator", "webhook", *overrides):
                overrides.setdefault(role, {}).update(
                    retention={"max_age_s": self.retention_s}, dedupe_ttl_s=int(self.retention_s)
                )
            env |= {"MESH_DOC_TTL_S": f"{self.retention_s:.0f}",
                    "MESH_TASKS_RETENTION_S": f"{self.retention_s:.0f}"}  # fmt: skip
        env["MESH_SPEC_DIR"] = str(copy_specs(self.tmp / "specs", overrides))
        settings = Settings(redis_url=redis_url, data_dir=self.tmp / "mesh", drain_deadline_s=5)
        self.mesh = Mesh(settings, port=free_port(), lenses=LENSES,
                         replicas={n: replicas for n in LENSES}, extra_env=env).start()  # fmt: skip
        if not await asyncio.to_thread(http_ready, f"{self.mesh.api_url}/readyz", 60):
            raise RuntimeError(f"the mesh did not become ready; logs in {settings.data_dir}")
        self.redis = Redis.from_url(redis_url, max_connections=128)
        self.store = DocStore(self.redis)
        self._follower = asyncio.create_task(follow_stream(self.redis, SUMMARY, self._summary))

    def _summary(self, fields: dict[bytes, bytes], now: float) -> None:
        body = decode(fields).body
        self.done.setdefault(body["id"], Done(now, slowest_lens_ms(body.get("timings", {}))))

    async def submit(self, doc_id: str, text: str) -> None:
        assert self.store is not None
        async with self._slots:
            self.submitted[doc_id] = time.perf_counter()
            task = DocumentTask(doc_id=doc_id, text=text, format="markdown")
            await self.store.enqueue(task, "bench")

    async def stop(self) -> None:
        if self._follower:
            self._follower.cancel()
        if self.mesh:
            await asyncio.to_thread(self.mesh.stop, 10)
        if self.redis:
            await self.redis.aclose()

    def processes(self) -> dict[str, int]:
        assert self.mesh is not None
        return {name: pid for name, pid in self.mesh.pids().items() if pid}


def plan_and_tasks(doc_id: str, text: str) -> tuple[Plan, list[Any]]:
    doc = DocumentTask(doc_id=doc_id, text=text, format="markdown")
    chunks = chunk(text, MAX_CHUNK_CHARS)
    return Plan(lenses=LENSES, chunks=len(chunks), deadline=0), chunk_tasks(doc, chunks, LENSES)


class SequentialSystem(System):
    """The foil: one orchestrator (this process) that calls the lenses one after another."""

    def __init__(self, max_in_flight: int = 256) -> None:
        super().__init__("sequential")
        self.specialists: dict[str, Specialist] = {}
        self._slots = asyncio.Semaphore(max_in_flight)
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self, redis_url: str, lens: Lens, replicas: int) -> None:
        self.specialists = {n: make_specialist(lens.spec(n), n) for n in LENSES}

    async def submit(self, doc_id: str, text: str) -> None:
        await self._slots.acquire()
        self.submitted[doc_id] = time.perf_counter()
        task = asyncio.create_task(self._review(doc_id, text))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _review(self, doc_id: str, text: str) -> None:
        try:
            created = time.time()
            plan, tasks = plan_and_tasks(doc_id, text)
            stored = {}
            for t in tasks:  # one after another: the latency is the sum
                partial = await self.specialists[t.lens].review(t, "1")
                stored[partial_field(t.chunk.chunk_id, t.lens)] = partial.model_dump_json()
            summary = build_summary(doc_id, "done", plan, stored, created)
            self.done[doc_id] = Done(time.perf_counter(), slowest_lens_ms(summary.timings))
        finally:
            self._slots.release()

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for s in self.specialists.values():
            await s.aclose()


class CelerySystem(System):
    """A Celery chord per document: one task per chunk × lens, then a summary callback;
    workers with a thread pool (the lenses are I/O bound), broker and results on the same Redis."""

    def __init__(self, tmp: Path, workers: int = 2, threads: int = 64) -> None:
        super().__init__("celery")
        self.tmp = tmp
        self.workers = workers
        self.threads = threads
        self.procs: list[subprocess.Popen[bytes]] = []
        self.redis: Redis | None = None
        self._pool = ThreadPoolExecutor(16)
        self._follower: asyncio.Task[None] | None = None

    async def start(self, redis_url: str, lens: Lens, replicas: int) -> None:
        from bench import celery_chord

        env = dict(os.environ, BENCH_REDIS_URL=redis_url, BENCH_STUB_URL=lens.stub_url,
                   BENCH_MODEL=model_name(lens.latency_ms, lens.jitter_ms),
                   BENCH_CONCURRENCY=str(self.threads))  # fmt: skip
        celery_chord.configure(redis_url)
        self.redis = Redis.from_url(redis_url)
        self._follower = asyncio.create_task(
            follow_stream(self.redis, celery_chord.DONE, self._summary)
        )
        logs = self.tmp / "celery"
        logs.mkdir(parents=True, exist_ok=True)
        for i in range(self.workers):
            argv = [sys.executable, "-m", "celery", "-A", "bench.celery_chord", "worker",
                    "--pool", "threads", "-c", str(self.threads), "-n", f"bench{i}@%h",
                    "--without-gossip", "--without-mingle", "--without-heartbeat",
                    "-l", "WARNING"]  # fmt: skip
            with (logs / f"worker{i}.log").open("ab") as out:
                self.procs.append(subprocess.Popen(argv, env=env, cwd=ROOT, stdout=out,
                                                   stderr=subprocess.STDOUT))  # fmt: skip
        await asyncio.sleep(0)  # readiness is proven by the warm-up documents

    def _summary(self, fields: dict[bytes, bytes], now: float) -> None:
        doc_id = fields[b"doc"].decode()
        self.done.setdefault(doc_id, Done(now, float(fields[b"slowest_ms"])))

    async def submit(self, doc_id: str, text: str) -> None:
        from bench import celery_chord

        self.submitted[doc_id] = time.perf_counter()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._pool, celery_chord.submit, doc_id, text)

    async def stop(self) -> None:
        if self._follower:
            self._follower.cancel()
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()
        if self.redis:
            await self.redis.aclose()
        self._pool.shutdown(wait=False)

    def processes(self) -> dict[str, int]:
        out = {}
        for i, p in enumerate(self.procs):
            out[f"celery-worker-{i}"] = p.pid
            for j, child in enumerate(psutil.Process(p.pid).children(recursive=True)):
                out[f"celery-worker-{i}.{j}"] = child.pid
        return out
