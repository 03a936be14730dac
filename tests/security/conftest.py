"""An ingest process (exactly as deployed: `mesh run ingest`) on the test Redis."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.localredis import free_port
from tests.support import ROOT
from tests.support.waiting import http_ready

MESH = str(Path(sys.executable).parent / "mesh")
KEYS = "tenant-a:key-a,tenant-b:key-b"


def start_role(
    argv: list[str], env: dict[str, str], port: int, log: Path
) -> subprocess.Popen[bytes]:
    """Start a role process and wait for its /readyz."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("MESH_")} | env
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [MESH, *argv], env=full, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    if http_ready(f"http://127.0.0.1:{port}/readyz", 30, alive=lambda: proc.poll() is None):
        return proc
    proc.kill()
    raise AssertionError(f"{argv} not ready (exit {proc.poll()}): {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def ingest_url(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    env = {
        "MESH_REDIS_URL": redis_url,
        "MESH_PORT": str(port),
        "MESH_API_KEYS": KEYS,
        "MESH_ADMIN_KEY": "root",
        "MESH_WEBHOOK_SECRET": "s",
        "MESH_MAX_DOC_BYTES": "20000",
    }
    log = tmp_path_factory.mktemp("ingest") / "ingest.log"
    proc = start_role(["run", "ingest"], env, port, log)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    assert proc.wait(timeout=30) == 0
