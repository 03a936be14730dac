"""Every role starts with exactly the command and environment the image and chart declare.

No container engine runs here, so the declared entrypoints are proven by running them as
local processes: command and args from the rendered Deployments (and the Dockerfile's
ENTRYPOINT + CMD), the env they set, the AgentSpecs of the rendered ConfigMap, and the
probes they declare.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from redis import Redis as SyncRedis

from shared.localredis import free_port
from tests.deploy.chart import by_kind, render
from tests.support import ROOT
from tests.support.waiting import http_ready

MESH = str(Path(sys.executable).parent / "mesh")  # the console script the image installs


def dockerfile_command() -> list[str]:
    text = (ROOT / "deploy" / "Dockerfile").read_text()
    entry = json.loads(re.findall(r"^ENTRYPOINT (\[.*\])$", text, re.M)[-1])
    cmd = json.loads(re.findall(r"^CMD (\[.*\])$", text, re.M)[-1])
    return [*entry, *cmd]


def _containers() -> dict[str, dict[str, Any]]:
    docs = render()
    out = {name: d["spec"]["template"]["spec"]["containers"][0]
           for name, d in by_kind(docs, "Deployment").items()}  # fmt: skip
    for name, job in by_kind(docs, "Job").items():
        out[name] = job["spec"]["template"]["spec"]["containers"][0]
    return out


def _spec_dir(tmp: Path) -> Path:
    [cm] = by_kind(render(), "ConfigMap").values()
    for name, text in cm["data"].items():
        (tmp / name).write_text(text)
    return tmp


def _env(container: dict[str, Any], redis_url: str, spec_dir: Path) -> tuple[dict[str, str], int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MESH_")}
    for e in container.get("env", []):
        if "value" in e:
            env[e["name"]] = e["value"]
        elif "fieldRef" in e.get("valueFrom", {}):
            env[e["name"]] = f"{container['name']}-pod-0"
    port = free_port()
    declared = {p["name"]: p["containerPort"] for p in container.get("ports", [])}
    for var in ("MESH_PORT", "MESH_METRICS_PORT"):
        if var in env and int(env[var]) in declared.values():
            env[var] = str(port) if int(env[var]) == declared.get(_probe_port(container)) else "0"
    env.update(MESH_REDIS_URL=redis_url, MESH_SPEC_DIR=str(spec_dir), MESH_LOG_LEVEL="WARNING")
    return env, port


def _probe_port(container: dict[str, Any]) -> str:
    return str(container["readinessProbe"]["httpGet"]["port"])


def _argv(container: dict[str, Any]) -> list[str]:
    argv = [*container["command"], *container.get("args", [])]
    assert argv[0] == "mesh"
    return [MESH, *argv[1:]]


def test_dockerfile_default_command_is_a_role_the_chart_runs() -> None:
    assert dockerfile_command() == ["mesh", "run", "ingest"]
    commands = [[*c["command"], *c["args"]] for c in _containers().values()]
    assert dockerfile_command() in commands


@pytest.mark.parametrize("name", sorted(n for n in _containers() if "streams-init" not in n))
def test_declared_role_command_starts_and_becomes_ready(
    name: str, redis_url: str, tmp_path: Path
) -> None:
    container = _containers()[name]
    env, port = _env(container, redis_url, _spec_dir(tmp_path))
    path = container["readinessProbe"]["httpGet"]["path"]
    proc = subprocess.Popen(_argv(container), env=env, cwd=tmp_path)
    try:
        ready = http_ready(f"http://127.0.0.1:{port}{path}", 30, lambda: proc.poll() is None)
        assert ready, f"{name}: {path} never answered 200 (exit code {proc.poll()})"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_streams_init_job_creates_every_group(redis_url: str, tmp_path: Path) -> None:
    [container] = [c for n, c in _containers().items() if "streams-init" in n]
    env, _ = _env(container, redis_url, _spec_dir(tmp_path))
    done = subprocess.run(_argv(container), env=env, cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    client = SyncRedis.from_url(redis_url)
    try:
        groups = {g["name"].decode() for g in client.xinfo_groups("doc.review.grammar")}
        tasks = {g["name"].decode() for g in client.xinfo_groups("doc.review.tasks")}
    finally:
        client.close()
    assert "grammar-group" in groups
    assert "coordinator-group" in tasks
