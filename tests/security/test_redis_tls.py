"""The mesh on a real redis-server's TLS port (every client connects there only): a
certificate made by the openssl CLI, the CA given by MESH_REDIS_TLS_CA, AUTH on top; HTTP
submit -> worker commits -> summary, all over TLS, with a rediss:// URL or redis:// plus
MESH_REDIS_TLS=true. A client that does not trust the CA is refused. Skipped, saying why,
where redis-server has no TLS build."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from redis.asyncio.connection import SSLConnection
from redis.exceptions import ConnectionError as RedisConnectionError

from services.coordinator.main import CoordinatorSettings
from services.ingest.app import create_app
from services.ingest.settings import IngestSettings
from shared.connection import connect
from shared.errors import MeshError
from shared.localredis import LocalRedis, find_redis_server, free_port
from shared.partitions import layout, using
from shared.settings import Settings
from tests.support.pipeline import pipeline_workers, running
from tests.support.servers import serving
from tests.support.waiting import wait_for

PASSWORD = "tls-test-password"
TEXT = "Its a problem that we recieve so many complaints. I think this is TOTALLY WRONG!!!"


def _handshake_error(port: int, ca: Path) -> str:
    """Why a TLS handshake with the server on ``port`` fails ("" when it succeeds)."""
    trust = ssl.create_default_context(cafile=str(ca))
    try:
        with (
            socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
            trust.wrap_socket(raw, server_hostname="127.0.0.1"),
        ):
            return ""
    except OSError as e:  # ssl.SSLError included
        return str(e) or type(e).__name__


def _make_certs(tmp: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate for 127.0.0.1 signed by it (openssl CLI)."""

    def run(*argv: str) -> None:
        subprocess.run(["openssl", *argv], cwd=tmp, check=True, capture_output=True)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "1",
        "-subj", "/CN=mesh redis test CA", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign")  # fmt: skip
    run("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (tmp / "ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "1", "-extfile", "ext")  # fmt: skip
    return tmp / "ca.pem", tmp / "server.pem", tmp / "server.key"


@pytest.fixture(scope="module")
def tls_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """A redis-server with AUTH and a TLS port (clients need no certificate of their own);
    yields the TLS port and the CA that signed its certificate."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl CLI to make the certificates")
    tmp = tmp_path_factory.mktemp("tls-redis")
    ca, cert, key = _make_certs(tmp)
    tls_port = free_port()
    server = LocalRedis(tmp / "data", password=PASSWORD, extra_args=[
        "--tls-port", str(tls_port), "--tls-cert-file", str(cert), "--tls-key-file", str(key),
        "--tls-ca-cert-file", str(ca), "--tls-auth-clients", "no",
    ])  # fmt: skip
    try:
        server.start()
    except MeshError as e:
        pytest.skip(f"{find_redis_server()} will not start with --tls-port (no TLS build?): {e}")
    why = _handshake_error(tls_port, ca)
    if why:
        server.stop()
        pytest.skip(f"{find_redis_server()} answers no TLS handshake (built without TLS?): {why}")
    yield tls_port, ca
    server.stop()


def _settings(tls_port: int, ca: Path | None, scheme: str) -> dict[str, Any]:
    """The MESH_REDIS_* settings of a TLS client: a rediss:// URL, or redis:// with
    MESH_REDIS_TLS=true; the CA from MESH_REDIS_TLS_CA, the password apart from the URL."""
    return {
        "redis_url": f"{scheme}://127.0.0.1:{tls_port}/0",
        "redis_tls": scheme == "redis",
        "redis_tls_ca": ca,
        "redis_password": SecretStr(PASSWORD),
    }


@pytest.mark.parametrize("scheme", ["rediss", "redis"])
async def test_submit_to_summary_with_every_connection_over_tls(
    tls_redis: tuple[int, Path], scheme: str
) -> None:
    port, ca = tls_redis
    given = _settings(port, ca, scheme)
    redis = connect(Settings(**given))
    await redis.flushdb()
    workers = pipeline_workers(redis, CoordinatorSettings(**given, doc_deadline_s=60))
    ingest = IngestSettings(**given, port=0, api_keys=SecretStr("t1:key-1"))
    async with (
        running(workers),
        serving(create_app(ingest)) as base,
        httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-1"}) as client,
    ):
        r = await client.post("/v1/documents", json={"text": TEXT})
        assert r.status_code == 202, r.text
        doc_id = r.json()["id"]

        async def summarized() -> bool:
            got = await client.get(f"/v1/documents/{doc_id}/summary")
            return got.status_code == 200

        await wait_for(summarized, timeout=30, what="summary over TLS")
        summary = (await client.get(f"/v1/documents/{doc_id}/summary")).json()
    assert summary["suggestions"], summary
    await redis.aclose()


async def test_a_client_that_does_not_trust_the_ca_is_refused(
    tls_redis: tuple[int, Path],
) -> None:
    port, _ = tls_redis
    untrusting = connect(Settings(**_settings(port, None, "rediss")))
    with pytest.raises(RedisConnectionError, match="certificate verify failed"):
        await untrusting.ping()
    await untrusting.aclose()


@pytest.mark.parametrize("url", ["redis://127.0.0.1:7000", "rediss://127.0.0.1:7000"])
def test_a_cluster_client_asked_for_tls_never_falls_back_to_plain_text(
    tls_redis: tuple[int, Path], url: str
) -> None:
    _, ca = tls_redis
    settings = Settings(redis_mode="cluster", redis_url=url, redis_tls=True, redis_tls_ca=ca)
    with using(layout()):  # connect() sets the process's layout; keep this test's to itself
        client = connect(settings)  # no connection is made before the first command
    assert client.connection_kwargs["connection_class"] is SSLConnection
    assert client.connection_kwargs["ssl_ca_certs"] == str(ca)
