"""Test helpers: waiting on conditions, running worker processes."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


async def wait_for(
    cond: Callable[[], Awaitable[Any]], timeout: float = 15.0, what: str = "condition"
) -> Any:
    """Poll ``cond`` until it returns something truthy; fail with ``what`` on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = await cond()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {value!r})")
        await asyncio.sleep(0.02)


def write_spec(path: Path, **fields: Any) -> Path:
    """Write an AgentSpec YAML file with sensible test defaults."""
    spec = {"name": "echo", "inputs": ["in"], "group": "g", "outputs": ["out"]} | fields
    path.write_text(yaml.safe_dump(spec))
    return path


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


def http_ready(url: str, timeout: float, alive: Callable[[], bool] = lambda: True) -> bool:
    """Poll ``url`` until it answers 200 (True); False on timeout or once ``alive()`` is false."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    return False


def copy_specs(out: Path, overrides: dict[str, dict[str, Any]]) -> Path:
    """The packaged specs copied to ``out``, each ``<name>.yaml`` in ``overrides`` updated
    with its fields (a nested ``model`` mapping is merged); returns ``out`` for MESH_SPEC_DIR."""
    from services.contract.specs import PACKAGED

    out.mkdir(parents=True, exist_ok=True)
    for p in PACKAGED.glob("*.yaml"):
        spec = yaml.safe_load(p.read_text())
        changes = dict(overrides.get(p.stem, {}))
        if "model" in changes:
            spec["model"] = {**spec.get("model", {}), **changes.pop("model")}
        spec.update(changes)
        (out / p.name).write_text(yaml.safe_dump(spec))
    return out
