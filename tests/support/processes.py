"""Real worker processes for fault tests: started with their own consumer name, stopped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT


def spawn_worker(
    module: str, redis_url: str, spec: Path, consumer: str, **env: str
) -> subprocess.Popen[bytes]:
    """Start ``python -m module`` as a worker process with its own consumer name."""
    full = dict(os.environ)
    full.update(
        MESH_REDIS_URL=redis_url,
        MESH_SPEC=str(spec),
        MESH_CONSUMER_NAME=consumer,
        MESH_METRICS_PORT="0",
        MESH_LOG_LEVEL="WARNING",
        **env,
    )
    return subprocess.Popen([sys.executable, "-m", module], env=full, cwd=ROOT)


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 15.0) -> int:
    """SIGTERM and wait; SIGKILL if it does not stop."""
    if proc.poll() is None:
        proc.terminate()
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()
