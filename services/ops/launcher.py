"""`mesh up`: every role as its own child process, restarted when it dies, like pods."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from shared.localredis import LocalRedis
from shared.settings import Settings

log = logging.getLogger("mesh.up")

RESTART_BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 5.0)
HEALTHY_AFTER_S = 30.0  # a child that lived this long restarts with the shortest backoff again


@dataclass
class Child:
    """One role process and its restart bookkeeping."""

    name: str
    argv: list[str]
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    restarts: int = 0
    failures_in_row: int = 0
    next_start: float = 0.0

    def start(self) -> None:
        """Spawn (or respawn) the process, appending to its log file."""
        with self.log_path.open("ab") as out:
            self.proc = subprocess.Popen(
                self.argv, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        self.started_at = time.monotonic()

    @property
    def pid(self) -> int | None:
        """The current process id, if running."""
        return self.proc.pid if self.proc and self.proc.poll() is None else None


@dataclass
class Mesh:
    """The whole mesh on one machine: its Redis (unless given) and one process per role replica."""

    settings: Settings
    port: int = 8080
    replicas: dict[str, int] = field(default_factory=dict)
    lenses: list[str] = field(default_factory=list)
    extra_env: dict[str, str] = field(default_factory=dict)
    children: dict[str, Child] = field(default_factory=dict)
    redis: LocalRedis | None = None
    redis_url: str = ""
    started_at: float = 0.0  # time.monotonic() when start() began
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _supervisor: threading.Thread | None = None

    @property
    def api_url(self) -> str:
        """Where the ingest API listens."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Mesh:
        """Start Redis if needed, then every role; returns once all children are spawned."""
        self.started_at = time.monotonic()
        data = self.settings.data_dir
        (data / "logs").mkdir(parents=True, exist_ok=True)
        if self.settings.redis_url:
            self.redis_url = self.settings.redis_url
        else:
            self.redis = LocalRedis(data / "redis").start()
            self.redis_url = self.redis.url
        for name, argv in self._plan():
            env = dict(os.environ)
            env.update(self.extra_env)
            env.update(
                MESH_REDIS_URL=self.redis_url,
                MESH_CONSUMER_NAME=name,  # stable, so a restart re-reads its own pending
                MESH_METRICS_PORT="0",
            )
            if name == "ingest":
                env["MESH_PORT"] = str(self.port)
            child = Child(name, argv, env, data / "logs" / f"{name}.log")
            child.start()
            self.children[name] = child
        self._supervisor = threading.Thread(target=self._supervise, name="mesh-supervisor")
        self._supervisor.daemon = True
        self._supervisor.start()
        return self

    def _plan(self) -> list[tuple[str, list[str]]]:
        run = [sys.executable, "-m", "services.ops.cli", "run"]
        plan = [("ingest", [*run, "ingest"])]
        plan += self._replicas("coordinator", [*run, "coordinator"])
        for lens in self.lenses:
            plan += self._replicas(lens, [*run, "specialist", "--lens", lens])
        plan += self._replicas("aggregator", [*run, "aggregator"])
        return plan

    def _replicas(self, role: str, argv: list[str]) -> list[tuple[str, list[str]]]:
        n = self.replicas.get(role, 1)
        return [(f"{role}-{i}", argv) for i in range(n)]

    def _supervise(self) -> None:
        while not self._stop.wait(0.1):
            with self._lock:
                for child in self.children.values():
                    self._check(child)

    def _check(self, child: Child) -> None:
        now = time.monotonic()
        if child.proc is None:
            if now >= child.next_start:
                child.start()
                child.restarts += 1
                log.warning(f"restarted {child.name} (restart #{child.restarts})")
            return
        code = child.proc.poll()
        if code is None:
            return
        lived = now - child.started_at
        child.failures_in_row = 0 if lived > HEALTHY_AFTER_S else child.failures_in_row + 1
        delay = RESTART_BACKOFF_S[min(child.failures_in_row, len(RESTART_BACKOFF_S) - 1)]
        log.warning(f"{child.name} exited with {code} after {lived:.1f}s; restarting in {delay}s")
        child.proc = None
        child.next_start = now + delay

    def pids(self) -> dict[str, int | None]:
        """Current pid of every child, by name."""
        with self._lock:
            return {name: c.pid for name, c in self.children.items()}

    def signal(self, name: str, sig: signal.Signals) -> int:
        """Send ``sig`` to one child (e.g. SIGKILL, SIGSTOP); returns the pid signalled."""
        pid = self.pids().get(name)
        if pid is None:
            raise KeyError(f"{name} is not running")
        os.kill(pid, sig)
        return pid

    def stop(self, deadline_s: float | None = None) -> dict[str, int | None]:
        """SIGTERM every child, wait for them to drain, then stop our Redis; returns exit codes."""
        self._stop.set()
        if self._supervisor:
            self._supervisor.join()
        deadline = time.monotonic() + (deadline_s or self.settings.drain_deadline_s + 5)
        for c in self.children.values():
            if c.proc and c.proc.poll() is None:
                c.proc.send_signal(signal.SIGTERM)
        codes: dict[str, int | None] = {}
        for name, c in self.children.items():
            if c.proc is None:
                codes[name] = None
                continue
            try:
                codes[name] = c.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                c.proc.kill()
                codes[name] = c.proc.wait()
        if self.redis:
            self.redis.stop()
        return codes


def parse_replicas(text: str) -> dict[str, int]:
    """``grammar=2,tone=3`` → {"grammar": 2, "tone": 3}; raises ValueError with the bad part."""
    out: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, count = part.partition("=")
        if not sep or not count.strip().isdigit():
            raise ValueError(f"bad replicas entry '{part}': expected name=count, e.g. grammar=2")
        out[name.strip()] = int(count)
    return out
