"""Webhook SSRF: the POST goes to the address that was checked, embedded private IPv4 forms
are refused, TLS is verified for the name, and the status shows a category, not raw errors."""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from services.contract import SUMMARY, DocStore
from services.contract.models import DocumentTask
from services.ingest import urls
from services.ingest.retries import RetryPolicy
from services.ingest.urls import UnsafeURL, is_public, resolve_webhook_target
from services.ingest.webhooks import WebhookDispatcher, verify_signature
from shared import Committer, Envelope, Output, Worker, parse_spec
from shared.health import EmbeddedServer
from shared.localredis import free_port
from tests.support.pipeline import running
from tests.support.waiting import wait_for

SECRET = "s3cret"
PUBLIC = ipaddress.ip_address("93.184.216.34")
LOOPBACK = ipaddress.ip_address("127.0.0.1")


class Receiver:
    """A real HTTP(S) server on loopback that records every POST."""

    def __init__(self) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []

    async def handle(self, request: Request) -> Response:
        self.calls.append((dict(request.headers), await request.body()))
        return Response(status_code=204)


@asynccontextmanager
async def receiving(**ssl_files: Any) -> AsyncIterator[tuple[Receiver, int]]:
    rec = Receiver()
    app = Starlette(routes=[Route("/hook", rec.handle, methods=["POST"])])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None, **ssl_files)
    server = EmbeddedServer(config)
    task = await server.start_in_background()
    try:
        yield rec, server.port
    finally:
        server.should_exit = True
        await task


class LoopbackOnly(httpx.AsyncBaseTransport):
    """The real transport, except that IP addresses off this machine are unreachable (tests
    never leave it). Records where each request was sent and with which Host header."""

    def __init__(self, **kwargs: Any) -> None:
        self.real = httpx.AsyncHTTPTransport(**kwargs)
        self.sent: list[tuple[str, str]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        self.sent.append((host, request.headers["host"]))
        try:
            outside = not ipaddress.ip_address(host).is_loopback
        except ValueError:  # a name: the real transport resolves it (what pinning prevents)
            outside = False
        if outside:
            raise httpx.ConnectError("network unreachable (test sandbox)", request=request)
        return await self.real.handle_async_request(request)

    async def aclose(self) -> None:
        await self.real.aclose()


def fake_resolver(answers: list[list[Any]]) -> Callable[[str, int], Any]:
    """A resolver that gives ``answers`` in turn (the last one from then on)."""
    calls = iter(answers)
    last: list[Any] = []

    async def resolve(hostname: str, port: int) -> list[Any]:
        nonlocal last
        last = next(calls, last)
        return list(last)

    return resolve


@asynccontextmanager
async def dispatching(
    redis: Redis, transport: httpx.AsyncBaseTransport, *, allow_private: bool, **client: Any
) -> AsyncIterator[None]:
    spec = parse_spec({"name": "webhook", "inputs": [SUMMARY], "group": "webhook-group",
                       "dead_letter": "doc.failed.webhook", "max_deliveries": 2,
                       "retry_backoff_ms": 20, "claim_idle_ms": 5000})  # fmt: skip
    async with httpx.AsyncClient(transport=transport, timeout=2, **client) as c:
        d = WebhookDispatcher(DocStore(redis), c, SECRET, allow_private, poll_s=0.05,
                              policy=RetryPolicy((0.02,)))  # fmt: skip
        worker = Worker(spec, d.handle, redis, consumer="w1")
        d.attach(worker)
        async with running([worker]):
            yield


async def publish(redis: Redis, doc: str, url: str) -> None:
    await DocStore(redis).enqueue(DocumentTask(doc_id=doc, text="x"), "t", webhook_url=url)
    env = Envelope(key=f"summary:{doc}", kind="summary", body={"id": doc, "status": "done"})
    await Committer(redis).commit([Output(SUMMARY, env)])


async def settled(redis: Redis, doc: str) -> dict[str, Any] | None:
    got = await DocStore(redis).get(doc)
    state = got.webhook if got else None
    return state if state and state["status"] in ("delivered", "failed") else None


async def test_rebinding_resolver_never_makes_the_post_reach_loopback(
    redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The guard's lookup says public; every later lookup says loopback, where a service
    # listens. "localhost" also resolves to loopback for anything that resolves it again.
    monkeypatch.setattr(urls, "resolve", fake_resolver([[PUBLIC], [LOOPBACK]]))
    transport = LoopbackOnly()
    async with receiving() as (rec, port), dispatching(redis, transport, allow_private=False):
        await publish(redis, "d1", f"http://localhost:{port}/hook")
        state = await wait_for(lambda: settled(redis, "d1"), what="webhook settled")
    assert rec.calls == []
    assert state["status"] == "failed"
    # Attempt 1 went to the checked public address; attempt 2's lookup said loopback: refused.
    assert transport.sent == [(str(PUBLIC), f"localhost:{port}")]
    assert state["error"] == "unsafe address"


async def test_post_goes_to_the_resolved_address_with_the_original_host_header(
    redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(urls, "resolve", fake_resolver([[LOOPBACK]]))
    transport = LoopbackOnly()
    async with receiving() as (rec, port), dispatching(redis, transport, allow_private=True):
        await publish(redis, "d2", f"http://hooks.invalid:{port}/hook")
        state = await wait_for(lambda: settled(redis, "d2"), what="webhook settled")
    assert state["status"] == "delivered"
    [(headers, body)] = rec.calls
    assert headers["host"] == f"hooks.invalid:{port}"
    assert verify_signature(SECRET, headers["x-mesh-timestamp"], body, headers["x-mesh-signature"])
    assert transport.sent == [("127.0.0.1", f"hooks.invalid:{port}")]


@pytest.mark.parametrize(
    "address",
    [
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:10.0.0.1",
        "::127.0.0.1",  # IPv4-compatible loopback
        "::a9fe:a9fe",  # IPv4-compatible 169.254.169.254
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 of the metadata service
        "64:ff9b::c0a8:1",  # NAT64 of 192.168.0.1
        "64:ff9b:1::808:808",  # local-use NAT64 prefix
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2002:e000:1::1",  # 6to4 of multicast 224.0.0.1
    ],
)
async def test_embedded_private_ipv4_forms_are_refused(
    address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ip = ipaddress.ip_address(address)
    assert not is_public(ip)
    monkeypatch.setattr(urls, "resolve", fake_resolver([[PUBLIC, ip]]))
    with pytest.raises(UnsafeURL) as refused:
        await resolve_webhook_target("https://hooks.example.com/x", allow_private=False)
    assert address not in str(refused.value)  # the client is not told how names resolve


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1"]
)
def test_public_addresses_and_their_embedded_forms_are_allowed(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


async def test_status_shows_a_category_not_the_connection_error(
    redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(urls, "resolve", fake_resolver([[LOOPBACK]]))
    closed = free_port()  # nothing listens here: the connection is refused
    transport = LoopbackOnly()
    async with dispatching(redis, transport, allow_private=True):
        await publish(redis, "d3", f"http://internal.example:{closed}/admin")
        state = await wait_for(lambda: settled(redis, "d3"), what="webhook settled")
    assert state == {**state, "status": "failed", "attempts": 2, "error": "refused"}


def _make_certs(tmp: Path, name: str) -> tuple[Path, Path, Path]:
    """A CA and a leaf certificate for ``name`` signed by it (openssl CLI)."""

    def run(*argv: str) -> None:
        subprocess.run(["openssl", *argv], cwd=tmp, check=True, capture_output=True)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "1",
        "-subj", "/CN=mesh test CA", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign")  # fmt: skip
    run("req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", f"/CN={name}")
    (tmp / "ext").write_text(f"subjectAltName=DNS:{name}\n")
    run("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "leaf.pem", "-days", "1", "-extfile", "ext")  # fmt: skip
    return tmp / "ca.pem", tmp / "leaf.pem", tmp / "leaf.key"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")
@pytest.mark.parametrize(("url_name", "outcome"), [("hooks.example.test", "delivered"),
                                                   ("other.example.test", "tls")])  # fmt: skip
async def test_tls_is_verified_for_the_host_name_not_the_pinned_address(
    redis: Redis, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url_name: str, outcome: str
) -> None:
    ca, cert, key = _make_certs(tmp_path, "hooks.example.test")
    monkeypatch.setattr(urls, "resolve", fake_resolver([[LOOPBACK]]))
    trust = ssl.create_default_context(cafile=str(ca))
    transport = LoopbackOnly(verify=trust)
    tls = receiving(ssl_certfile=str(cert), ssl_keyfile=str(key))
    async with tls as (rec, port), dispatching(redis, transport, allow_private=True):
        await publish(redis, "d4", f"https://{url_name}:{port}/hook")
        state = await wait_for(lambda: settled(redis, "d4"), what="webhook settled")
    if outcome == "delivered":
        assert state["status"] == "delivered" and len(rec.calls) == 1
    else:  # the certificate names another host: refused by verification, reported as "tls"
        assert state["status"] == "failed" and state["error"] == "tls" and rec.calls == []
