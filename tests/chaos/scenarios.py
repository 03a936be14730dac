"""Fault scenarios run against the whole mesh (real processes, real Redis with AOF)."""

from __future__ import annotations

import asyncio
import random
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn
from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from services.contract.specs import PACKAGED
from services.ops.launcher import Mesh
from shared.connection import TRANSIENT_ERRORS, connect
from shared.health import EmbeddedServer
from shared.localredis import LocalRedis, free_port
from shared.settings import Settings
from tests.chaos.checker import Report, WebhookReceiver, check, summaries_per_doc
from tests.support.specs import copy_specs
from tests.support.waiting import http_ready

SECRET = "chaos-secret"
POISON = "POISON-PILL"
TEXTS = [
    "# Status\n\nThe the build is green. Its a good day.\n\n- one\n- two\n",
    "Dear team,\n\nI think we should maybe ship it!!! The results was better then expected.\n",
    "# Plan\n\n## Goals\n\nWe will leverage synergies in order to recieve more feedback.\n",
    "A short note with with a repeated word and an useful idea.\n",
]


@dataclass
class Harness:
    """One mesh on its own Redis, a webhook receiver, and a client that submits safely."""

    tmp: Path
    appendfsync: str = "always"
    spec_dir: Path = PACKAGED
    replicas: dict[str, int] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    redis_server: LocalRedis | None = None
    mesh: Mesh | None = None
    receiver: WebhookReceiver | None = None
    keys: dict[str, str] = field(default_factory=dict)  # idempotency key -> document id
    texts: dict[str, str] = field(default_factory=dict)  # idempotency key -> text sent

    def start(self) -> Harness:
        self.redis_server = LocalRedis(self.tmp / "redis", appendfsync=self.appendfsync).start()
        self.receiver = WebhookReceiver(SECRET)
        lenses = sorted(p.stem.removeprefix("lens-") for p in self.spec_dir.glob("lens-*.yaml"))
        settings = Settings(redis_url=self.redis_server.url, data_dir=self.tmp, drain_deadline_s=5)
        env = {
            "MESH_SPEC_DIR": str(self.spec_dir),
            "MESH_WEBHOOK_SECRET": SECRET,
            "MESH_WEBHOOK_ALLOW_PRIVATE": "true",
            "MESH_LOG_LEVEL": "WARNING",
            "MESH_SPEC__CLAIM_IDLE_MS": "2000",  # reclaim a killed replica's work quickly
            "MESH_DOC_DEADLINE_S": "120",
            "MESH_BACKLOG_LIMIT": "1000000",
            # Retries on a chaos clock, not the production one (5 s .. 6 h): a delivery that a
            # kill or a Redis restart interrupted twice must still land inside the run.
            "MESH_WEBHOOK_RETRY_SCHEDULE_S": "0.5,1,2,4,8,16",
            **self.env,
        }
        self.mesh = Mesh(settings, port=free_port(), lenses=lenses, replicas=self.replicas,
                         extra_env=env).start()  # fmt: skip
        if not http_ready(f"{self.mesh.api_url}/readyz", 60):
            raise RuntimeError("mesh did not become ready")
        return self

    def stop(self) -> None:
        if self.mesh:
            self.mesh.stop(deadline_s=10)
        if self.redis_server:
            self.redis_server.stop()
        if self.receiver:
            self.receiver.close()

    def redis(self) -> Redis:
        """A client with the runtime's own retry policy: the checker outlives Redis restarts."""
        assert self.redis_server is not None
        return connect(Settings(redis_url=self.redis_server.url))

    async def submit(self, client: httpx.AsyncClient, key: str, text: str) -> None:
        """Submit until accepted; a retry carries the same Idempotency-Key, so it is safe."""
        assert self.receiver is not None
        text = self.texts.setdefault(key, text)  # a resubmission sends the same document
        body = {"text": text, "format": "markdown", "webhook_url": self.receiver.url}
        for _ in range(600):
            try:
                r = await client.post("/v1/documents", json=body, headers={"Idempotency-Key": key})
                if r.status_code == 202:
                    self.keys[key] = r.json()["id"]
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
        raise RuntimeError(f"could not submit {key}")

    async def submit_many(self, n: int, rate: float, poison_every: int = 0) -> None:
        """Submit ``n`` documents at about ``rate`` per second (open loop)."""
        assert self.mesh is not None
        slots = asyncio.Semaphore(32)
        limits = httpx.Limits(max_connections=32)
        async with httpx.AsyncClient(base_url=self.mesh.api_url, timeout=10, limits=limits) as c:

            async def one(i: int) -> None:
                async with slots:
                    text = f"Document {i}.\n\n" + TEXTS[i % len(TEXTS)]
                    if poison_every and i % poison_every == 0:
                        text += f"\n{POISON}\n"
                    await self.submit(c, f"doc-{i}", text)

            tasks = []
            start = time.monotonic()
            for i in range(n):
                tasks.append(asyncio.create_task(one(i)))
                await asyncio.sleep(max(0.0, start + (i + 1) / rate - time.monotonic()))
            await asyncio.gather(*tasks)

    async def wait_summaries(self, timeout: float) -> int:
        """Wait until every submitted document has a summary; returns how many are missing."""
        redis = self.redis()
        try:
            deadline = time.monotonic() + timeout
            missing = list(self.keys.values())
            while True:
                try:
                    seen = await summaries_per_doc(redis)
                    missing = [d for d in self.keys.values() if d not in seen]
                except TRANSIENT_ERRORS:
                    pass  # Redis is restarting under a fault; look again
                if not missing or time.monotonic() > deadline:
                    return len(missing)
                await asyncio.sleep(0.5)
        finally:
            await redis.aclose()

    async def report(self, name: str, started: float, faults: int) -> Report:
        await self.wait_webhooks(30)
        redis = self.redis()
        try:
            report = Report(name, seconds=round(time.monotonic() - started, 1), faults=faults)
            return await check(redis, report, list(self.keys.values()), self.receiver)
        finally:
            await redis.aclose()

    async def wait_webhooks(self, timeout: float) -> None:
        assert self.receiver is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(self.receiver.deliveries.get(d) for d in self.keys.values()):
                return
            await asyncio.sleep(0.2)


Fault = Callable[[Harness, asyncio.Event], Awaitable[int]]


async def kill_random_roles(h: Harness, done: asyncio.Event, every_s: float = 2.0) -> int:
    """SIGKILL a random role (any of them) every ``every_s`` until ``done``."""
    assert h.mesh is not None
    rng, kills = random.Random(42), 0
    while not done.is_set():
        await asyncio.sleep(every_s)
        running = [n for n, pid in h.mesh.pids().items() if pid]
        if running:
            try:
                h.mesh.signal(rng.choice(running), signal.SIGKILL)
                kills += 1
            except (KeyError, ProcessLookupError):
                pass
    return kills


async def stop_a_specialist(h: Harness, done: asyncio.Event) -> int:
    """SIGSTOP a specialist longer than its claim idle time, then SIGCONT it."""
    assert h.mesh is not None
    await asyncio.sleep(1.0)
    h.mesh.signal("grammar-0", signal.SIGSTOP)
    await asyncio.sleep(6.0)  # 3 x claim_idle_ms: its entries are claimed by grammar-1
    h.mesh.signal("grammar-0", signal.SIGCONT)
    return 1


async def restart_redis(h: Harness, done: asyncio.Event) -> int:
    """Kill Redis (SIGKILL, no clean shutdown) mid-run and start it again on its AOF."""
    assert h.redis_server is not None
    await asyncio.sleep(2.0)
    h.redis_server.stop(kill=True)
    await asyncio.sleep(0.5)
    h.redis_server.start()
    return 1


async def kill_client_connections(h: Harness, done: asyncio.Event) -> int:
    """CLIENT KILL every normal client connection, twice, mid-run."""
    kills = 0
    for _ in range(2):
        await asyncio.sleep(2.0)
        redis = h.redis()
        try:
            kills += int(await redis.client_kill_filter(_type="normal", skipme=True))
        finally:
            await redis.aclose()
    return kills


async def no_fault(h: Harness, done: asyncio.Event) -> int:
    return 0


async def run(name: str, h: Harness, fault: Fault, n: int, rate: float, **kw: int) -> Report:
    """Submit ``n`` documents while ``fault`` runs; then account for every one of them."""
    started = time.monotonic()
    done = asyncio.Event()
    fault_task = asyncio.create_task(fault(h, done))
    await h.submit_many(n, rate, **kw)
    missing = await h.wait_summaries(timeout=120)
    done.set()
    faults = await fault_task
    report = await h.report(name, started, faults)
    if missing and report.lost:
        report.notes.append(f"{report.lost} without a summary after 120 s")
    return report


def poison_spec_dir(tmp: Path, stub_url: str) -> Path:
    """The packaged specs, with the tone lens on an LLM stub that always fails on poison."""
    model = {"provider": "openai", "model": "stub", "base_url": stub_url, "timeout_s": 5}
    tone = {"model": model, "max_deliveries": 3, "retry_backoff_ms": 50}
    return copy_specs(tmp / "specs", {"lens-tone": tone})


async def poison_stub() -> tuple[EmbeddedServer, asyncio.Task[None], str]:
    """An OpenAI-compatible stub: HTTP 500 for chunks carrying the poison marker."""

    async def complete(request: Request) -> JSONResponse:
        payload = await request.json()
        if any(POISON in m.get("content", "") for m in payload["messages"]):
            return JSONResponse({"error": "model crashed"}, status_code=500)
        content = '{"suggestions": []}'
        return JSONResponse({"choices": [{"message": {"role": "assistant", "content": content}}],
                             "usage": {"prompt_tokens": 10, "completion_tokens": 3}})  # fmt: skip

    app = Starlette(routes=[Route("/v1/chat/completions", complete, methods=["POST"])])
    server = EmbeddedServer(uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None))
    task = await server.start_in_background()
    return server, task, f"http://127.0.0.1:{server.port}/v1"
