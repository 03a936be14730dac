"""Hostile input gets a clear 4xx; SSRF is refused; Redis AUTH works and no secret is logged."""

from __future__ import annotations

import json
import logging
import os
import signal
import stat
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from services.ingest.urls import UnsafeURL, check_webhook_url
from shared.localredis import LocalRedis, free_port
from shared.redact import redact
from shared.telemetry import setup_logging
from tests.security.conftest import MESH, start_role


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://localhost:8080/hook",
        "http://[::1]/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://172.16.5.4/hook",
        "http://0.0.0.0/hook",
        "ftp://example.com/hook",
        "http://user:pw@example.com/hook",
    ],
)
async def test_webhook_urls_to_private_places_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURL):
        await check_webhook_url(url, allow_private=False)


async def test_private_webhooks_are_allowed_only_when_configured() -> None:
    await check_webhook_url("http://127.0.0.1/hook", allow_private=True)


def test_hostile_bodies_get_clear_4xx_and_the_process_survives(ingest_url: str) -> None:
    headers = {"X-API-Key": "key-a"}
    nested = '{"text": "x", "metadata": ' + "[" * 5000 + "]" * 5000 + "}"
    cases = {
        "deeply nested": httpx.post(f"{ingest_url}/v1/documents", content=nested,
                                    headers=headers | {"Content-Type": "application/json"}),
        "huge": httpx.post(
            f"{ingest_url}/v1/documents", json={"text": "x" * 50_000}, headers=headers
        ),
        "binary json": httpx.post(f"{ingest_url}/v1/documents", content=bytes(range(256)),
                                  headers=headers | {"Content-Type": "application/json"}),
        "binary file": httpx.post(f"{ingest_url}/v1/documents", headers=headers,
                                  files={"file": ("a.md", bytes(range(256)))}),
    }  # fmt: skip
    for name, r in cases.items():
        assert 400 <= r.status_code < 500, (name, r.status_code, r.text)
        assert r.json()["detail"], name
    assert httpx.get(f"{ingest_url}/readyz").status_code == 200


def test_roles_run_against_redis_with_auth_and_never_log_the_password(tmp_path: Path) -> None:
    password = "pw-7f3c9d1e-do-not-log"
    server = LocalRedis(tmp_path / "redis", password=password).start()
    try:
        logs = []
        for argv, env in [
            (["run", "coordinator"], {"MESH_REDIS_URL": server.url}),
            (["run", "aggregator"],
             {"MESH_REDIS_URL": f"redis://127.0.0.1:{server.port}/0?password={password}"}),
            (["run", "ingest"], {"MESH_REDIS_URL": f"redis://127.0.0.1:{server.port}/0",
                                 "MESH_REDIS_PASSWORD": password}),
        ]:  # fmt: skip
            port = free_port()
            env |= {
                "MESH_METRICS_PORT": str(port),
                "MESH_PORT": str(port),
                "MESH_LOG_LEVEL": "DEBUG",
            }
            log = tmp_path / f"{argv[1]}.log"
            proc = start_role(argv, env, port, log)
            proc.terminate()
            assert proc.wait(timeout=30) == 0
            logs.append(log.read_text())
        assert all(logs)
        assert not any(password in text for text in logs)
        assert "***" in logs[0]  # the URL is logged with its password masked
        assert "?password=***" in logs[1]  # a password in the query string, too
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        ("redis://:pw@127.0.0.1:6379/0", "redis://:***@127.0.0.1:6379/0"),
        ("rediss://user:p@ss@h:6380/0 up", "rediss://user:***@h:6380/0 up"),
        ("redis://h:6379/0?password=pw", "redis://h:6379/0?password=***"),
        ("redis://h/0?db=1&password=pw&x=1", "redis://h/0?db=1&password=***&x=1"),
        ('{"msg": "hook https://h/x?token=t0k#f"}', '{"msg": "hook https://h/x?token=***#f"}'),
        ("http://h:8080/a@b?page=2", "http://h:8080/a@b?page=2"),
    ],
)
def test_log_masking_hides_url_passwords_and_secret_query_parameters(
    line: str, masked: str
) -> None:
    assert redact(line) == masked


def test_every_log_line_is_masked_including_exceptions(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        setup_logging("INFO", json_logs=True)
        log = logging.getLogger("test.redact")
        log.info("connecting to %s", "redis://h:6379/0?password=hunter2")
        try:
            raise ConnectionError("cannot reach redis://admin:hunter2@h:6379/0")
        except ConnectionError:
            log.exception("failed")
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    err = capsys.readouterr().err
    assert "hunter2" not in err
    assert "?password=***" in err and "redis://admin:***@h" in err


def test_mesh_up_never_prints_or_stores_the_redis_password(tmp_path: Path) -> None:
    password = "pw-0b5e2a47-do-not-print"
    server = LocalRedis(tmp_path / "redis", password=password).start()
    data, out_path = tmp_path / "mesh", tmp_path / "up.out"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MESH_")} | {
        "MESH_REDIS_URL": server.url,
        "MESH_DATA_DIR": str(data),
        "MESH_DRAIN_DEADLINE_S": "2",
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    records = [data / "current.json", tmp_path / "state" / "agentic-mesh" / "current"]
    saved: list[tuple[str, int]] = []
    proc: subprocess.Popen[bytes] | None = None
    try:
        with out_path.open("wb") as out:
            proc = subprocess.Popen(
                [MESH, "up", "--port", str(free_port())], env=env, cwd=tmp_path,
                stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + 30
        while not all(r.exists() for r in records) and time.monotonic() < deadline:
            assert proc.poll() is None, out_path.read_text()
            time.sleep(0.05)
        # Where the running mesh is recorded (for `mesh submit` from anywhere), while it runs.
        saved = [(r.read_text(), stat.S_IMODE(r.stat().st_mode)) for r in records]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
        server.stop()
    printed = out_path.read_text()
    assert f"redis://:***@127.0.0.1:{server.port}/0" in printed
    assert password not in printed.replace("\n", "")
    assert len(saved) == 2
    for text, mode in saved:
        assert json.loads(text)["redis_url"] == f"redis://127.0.0.1:{server.port}/0"
        assert password not in text
        assert mode == 0o600
