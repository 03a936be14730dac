"""The whole mesh as real processes (`mesh up`'s launcher) over HTTP, with a real Redis."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis

from services.contract.specs import PACKAGED
from services.ingest.signing import verify, verify_signature
from services.ops.cli import wait_ready
from services.ops.launcher import Mesh
from shared.localredis import free_port
from shared.settings import Settings
from tests.support.waiting import wait_for

SECRET = "e2e-webhook-secret"
LENSES = ["grammar", "clarity", "tone", "structure"]

# One planted problem per lens, each quoted so the test can find its offsets.
DOCUMENT = """# Quarterly report

This report covers the the results of the third quarter.

## Findings

The committee made a decision to postpone the launch, which was approved by the board in a
meeting that went on for a very long time and covered many topics that were not on the agenda
and that nobody had prepared for, which frustrated everyone involved in it.

I think this is TOTALLY UNACCEPTABLE!!!

#### Details

Its a problem that we recieve so many complaints.
"""


class _Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict[str, str], bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def receiver() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", free_port()), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook"
    server.shutdown()


def _start_mesh(
    tmp: Path, spec_dir: Path, replicas: dict[str, int] | None = None, **env: str
) -> Mesh:
    settings = Settings(data_dir=tmp, redis_url=None, drain_deadline_s=5)
    lenses = sorted(p.stem.removeprefix("lens-") for p in spec_dir.glob("lens-*.yaml"))
    mesh = Mesh(
        settings,
        port=free_port(),
        lenses=lenses,
        replicas=replicas or {},
        extra_env={
            "MESH_SPEC_DIR": str(spec_dir),
            "MESH_WEBHOOK_SECRET": SECRET,
            "MESH_WEBHOOK_ALLOW_PRIVATE": "true",
            "MESH_LOG_LEVEL": "WARNING",
            "MESH_DRAIN_DEADLINE_S": "5",
            **env,
        },
    ).start()
    deadline = 60.0
    # Every role reading (after its warm-up), not only the API: a document submitted before
    # would spend its deadline waiting for lenses to start.
    with ThreadPoolExecutor(1) as pool:  # wait_ready runs its own event loop
        ready = pool.submit(wait_ready, mesh, deadline, lambda: False).result()
    if ready:
        return mesh
    logs = "\n".join(p.read_text()[-800:] for p in (tmp / "logs").glob("*.log"))
    mesh.stop()
    raise AssertionError(f"mesh not ready after {deadline}s:\n{logs}")


@pytest.fixture(scope="module")
def mesh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mesh]:
    m = _start_mesh(tmp_path_factory.mktemp("mesh"), PACKAGED)
    yield m
    codes = m.stop()
    assert all(c == 0 for c in codes.values()), f"roles did not exit cleanly: {codes}"


async def _submit(client: httpx.AsyncClient, text: str, **extra: Any) -> str:
    resp = await client.post("/v1/documents", json={"text": text, "format": "markdown", **extra})
    assert resp.status_code == 202, resp.text
    return str(resp.json()["id"])


async def _summary(client: httpx.AsyncClient, doc_id: str, timeout: float = 60) -> dict[str, Any]:
    async def done() -> dict[str, Any] | None:
        r = await client.get(f"/v1/documents/{doc_id}")
        if r.json()["status"] in ("done", "partial", "failed"):
            return dict((await client.get(f"/v1/documents/{doc_id}/summary")).json())
        return None

    result: dict[str, Any] = await wait_for(done, timeout=timeout, what=f"summary of {doc_id}")
    return result


async def test_review_has_suggestions_from_every_lens_at_the_right_offsets(
    mesh: Mesh, receiver: str
) -> None:
    async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
        doc_id = await _submit(client, DOCUMENT, webhook_url=receiver)
        summary = await _summary(client, doc_id)
    assert summary["status"] == "done"
    assert summary["missing_lenses"] == []
    by_lens = {s["lens"] for s in summary["suggestions"]}
    assert by_lens == set(LENSES), f"lenses with findings: {by_lens}"
    for s in summary["suggestions"]:
        assert DOCUMENT[s["start"] : s["end"]] == s["original"], s
    rules = {(s["lens"], s["original"].lower()) for s in summary["suggestions"]}
    assert ("grammar", "the the") in rules
    assert any(lens == "grammar" and "recieve" in o for lens, o in rules)
    assert any(lens == "tone" and "totally" in o for lens, o in rules)


async def test_webhook_is_delivered_once_with_a_valid_signature(mesh: Mesh, receiver: str) -> None:
    async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
        doc_id = await _submit(client, "A short note with with a repeat.", webhook_url=receiver)
        await _summary(client, doc_id)

    async def delivered() -> list[tuple[dict[str, str], bytes]]:
        return [(h, b) for h, b in _Receiver.received if json.loads(b)["data"]["id"] == doc_id]

    [(headers, body)] = await wait_for(delivered, timeout=30, what="webhook delivery")
    assert json.loads(body)["type"] == "review.completed"
    assert verify(SECRET, headers, body)
    assert not verify(SECRET, headers, body.replace(b"repeat", b"rePeat"))
    ts, sig = headers["x-mesh-timestamp"], headers["x-mesh-signature"]  # for one more release
    assert verify_signature(SECRET, ts, body, sig)


async def test_killing_specialist_and_coordinator_mid_run_loses_no_document(
    mesh: Mesh,
) -> None:
    n = 60
    async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
        ids = [await _submit(client, f"Document {i}. {DOCUMENT}") for i in range(n // 2)]
        mesh.signal("grammar-0", signal.SIGKILL)
        mesh.signal("coordinator-0", signal.SIGKILL)
        ids += [await _submit(client, f"Document {i}. {DOCUMENT}") for i in range(n // 2, n)]
        summaries = [await _summary(client, i, timeout=120) for i in ids]
    assert all(s["status"] == "done" for s in summaries)
    redis = Redis.from_url(mesh.redis_url)
    try:
        entries = await redis.xrange("doc.review.summary")
    finally:
        await redis.aclose()
    per_doc: dict[str, int] = {}
    for _, f in entries:
        doc = json.loads(f[b"e"])["body"]["id"]
        per_doc[doc] = per_doc.get(doc, 0) + 1
    assert all(per_doc.get(i) == 1 for i in ids), {i: per_doc.get(i) for i in ids}


async def test_lens_that_never_answers_yields_partial_summary_after_deadline(
    tmp_path: Path,
) -> None:
    spec_dir = tmp_path / "specs"
    spec_dir.mkdir()
    for p in PACKAGED.glob("*.yaml"):
        (spec_dir / p.name).write_text(p.read_text())
    # a fifth lens with no replicas: configured, planned, never answered; the deadline leaves
    # the four real lenses time to answer on a loaded machine (3 s did not, with 4 meshes)
    silent = (PACKAGED / "lens-tone.yaml").read_text().replace("tone", "silent")
    (spec_dir / "lens-silent.yaml").write_text(silent)
    mesh = _start_mesh(tmp_path / "mesh", spec_dir, {"silent": 0}, MESH_DOC_DEADLINE_S="8")
    try:
        async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
            doc_id = await _submit(client, DOCUMENT)
            summary = await _summary(client, doc_id, timeout=30)
            status = (await client.get(f"/v1/documents/{doc_id}")).json()
    finally:
        mesh.stop()
    assert summary["status"] == "partial"
    assert summary["missing_lenses"] == ["silent"]
    assert set(summary["lenses"]) >= set(LENSES)
    assert status["status"] == "partial"


async def test_http_errors_are_clear_over_the_wire(mesh: Mesh) -> None:
    async with httpx.AsyncClient(base_url=mesh.api_url, timeout=10) as client:
        empty = await client.post("/v1/documents", json={"text": "   "})
        bad_json = await client.post(
            "/v1/documents", content=b"{nope", headers={"Content-Type": "application/json"}
        )
        unknown = await client.get("/v1/documents/does-not-exist")
    assert empty.status_code == 422 and empty.json()["detail"]
    assert bad_json.status_code == 422
    assert unknown.status_code == 404
