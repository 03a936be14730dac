"""Hostile input gets a clear 4xx; SSRF is refused; Redis AUTH works and no secret is logged."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from services.ingest.urls import UnsafeURL, check_webhook_url
from shared.localredis import LocalRedis, free_port
from tests.security.conftest import start_role


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
    finally:
        server.stop()
