"""The body limit counts bytes as they arrive: a chunked body cannot slip past it."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

LIMIT = 20_000
CHUNK = 64 * 1024
OFFERED = 64 * 1024 * 1024  # what the client would send if nobody stopped it


class Endless:
    """A chunked request body (no Content-Length) that counts what was taken from it."""

    def __init__(self, head: bytes) -> None:
        self.head, self.sent = head, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.head
        while self.sent < OFFERED:
            self.sent += CHUNK
            yield b"x" * CHUNK


BODIES = pytest.mark.parametrize(
    ("ctype", "head"),
    [
        ("application/json", b'{"text": "'),
        (
            "multipart/form-data; boundary=b0",
            b'--b0\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n',
        ),
    ],
    ids=["json", "multipart"],
)


@BODIES
async def test_chunked_body_over_the_limit_gets_413_and_is_never_held(
    serve: Callable[..., Any], ctype: str, head: bytes
) -> None:
    base = await serve(max_doc_bytes=LIMIT)
    body = Endless(head)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        # The server runs in this process: Python's allocation peak bounds what it held.
        tracemalloc.start()
        try:
            r = await api.post(
                "/v1/documents", content=body, headers={"Content-Type": ctype}, timeout=30
            )
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert r.status_code == 413, r.text
        assert "MESH_MAX_DOC_BYTES" in r.json()["detail"]
        assert body.sent == OFFERED  # the client sent it all; the server discarded it
        assert peak < 4 * 1024 * 1024, peak  # was the whole 64 MiB for JSON
        ok = await api.post("/v1/documents", json={"text": "small"})
        assert ok.status_code == 202


@BODIES
async def test_413_is_answered_while_the_client_is_still_sending(
    serve: Callable[..., Any], ctype: str, head: bytes
) -> None:
    url = urlsplit(await serve(max_doc_bytes=LIMIT))
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    writer.write(
        b"POST /v1/documents HTTP/1.1\r\nHost: x\r\nX-API-Key: key-a\r\n"
        b"Content-Type: " + ctype.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    answer = asyncio.create_task(reader.readline())
    sent, chunk = 0, b"x" * CHUNK
    try:
        for piece in [head] + [chunk] * (OFFERED // CHUNK):
            if answer.done():
                break
            writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            await writer.drain()
            sent += len(piece)
        status = await asyncio.wait_for(answer, timeout=5)
    finally:
        answer.cancel()
        writer.close()
    assert status.startswith(b"HTTP/1.1 413"), status
    # Answered near the limit (socket buffers hold a few MiB), not after reading it all.
    assert sent < OFFERED // 4, sent


async def test_declared_length_over_the_limit_is_refused_without_reading(
    serve: Callable[..., Any],
) -> None:
    base = await serve(max_doc_bytes=LIMIT)
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": "key-a"}) as api:
        r = await api.post("/v1/documents", json={"text": "x" * (LIMIT + 1)})
        small_upload = await api.post("/v1/documents", files={"file": ("a.txt", b"ok " * 100)})
    assert r.status_code == 413
    assert small_upload.status_code == 202, small_upload.text
