"""The `helm test` pod works: run every role as the chart declares it (as local processes, like
test_entrypoints), then the test pod's own command with its env pointed at ingest."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.deploy.chart import by_kind, render
from tests.deploy.test_entrypoints import _argv, _env, _probe_port
from tests.support.waiting import http_ready

VALUES = {"secrets": {"apiKeys": "acme:k-helm-test"}}


def _rendered() -> tuple[dict[str, dict[str, Any]], dict[str, Any], dict[str, str]]:
    docs = render(VALUES)
    roles = {n: d["spec"]["template"]["spec"]["containers"][0]
             for n, d in by_kind(docs, "Deployment").items()}  # fmt: skip
    [pod] = by_kind(docs, "Pod").values()
    [cm] = by_kind(docs, "ConfigMap").values()
    return roles, pod["spec"]["containers"][0], cm["data"]


@pytest.fixture(scope="module")
def mesh_roles(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Every role of the default chart running; yields ingest's base URL."""
    tmp_path = tmp_path_factory.mktemp("helm-test")
    roles, _, specs = _rendered()
    for name, text in specs.items():
        (tmp_path / name).write_text(text)
    procs: list[subprocess.Popen[bytes]] = []
    ingest_url = ""
    try:
        waits = []
        for name, container in roles.items():
            env, port = _env(container, redis_url, tmp_path)
            if name.endswith("-ingest"):
                env["MESH_API_KEYS"] = VALUES["secrets"]["apiKeys"]  # from the chart's Secret
                ingest_url = f"http://127.0.0.1:{port}"
            proc = subprocess.Popen(_argv(container), env=env, cwd=tmp_path)
            procs.append(proc)
            path = container["readinessProbe"]["httpGet"]["path"]
            assert _probe_port(container)
            waits.append((name, f"http://127.0.0.1:{port}{path}", proc))
        for name, url, proc in waits:
            assert http_ready(url, 60, lambda p=proc: p.poll() is None), f"{name} never ready"  # type: ignore[misc]
        yield ingest_url
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_helm_test_pod_submits_a_document_and_gets_its_summary(mesh_roles: str) -> None:
    _, container, _ = _rendered()
    assert container["command"][0] == "python"
    env = {e["name"]: e["value"] for e in container["env"] if "value" in e}
    env |= {"MESH_TEST_URL": mesh_roles, "MESH_API_KEYS": VALUES["secrets"]["apiKeys"],
            "MESH_TEST_TIMEOUT_S": "60"}  # fmt: skip
    argv = [sys.executable, *container["command"][1:], *container["args"]]
    done = subprocess.run(argv, env=env, capture_output=True, timeout=90)
    assert done.returncode == 0, done.stderr.decode()
    assert b"summary of " in done.stdout


def test_helm_test_pod_fails_with_the_reason_when_the_key_is_wrong(mesh_roles: str) -> None:
    _, container, _ = _rendered()
    env = {"MESH_TEST_URL": mesh_roles, "MESH_API_KEYS": "acme:wrong", "MESH_TEST_TIMEOUT_S": "10"}
    argv = [sys.executable, *container["command"][1:], *container["args"]]
    done = subprocess.run(argv, env=env, capture_output=True, timeout=30)
    assert done.returncode == 1
    assert b"submit failed: HTTP 401" in done.stderr
