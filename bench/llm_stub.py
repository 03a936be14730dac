"""A stand-in LLM: an OpenAI-compatible chat-completions server with a set latency.

Run: .venv/bin/python -m bench.llm_stub --port 8088 [--workers 2]
The latency comes from the request's model name, so every caller sets its own without
coordination: ``stub/latency=200/jitter=20`` sleeps 200 ms ± up to 20 ms. The answer is a
valid suggestions object quoting a real word of the chunk, so the provider's parse and
anchor path runs exactly as with a real model.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

_LATENCY = re.compile(r"latency=(\d+(?:\.\d+)?)")
_JITTER = re.compile(r"jitter=(\d+(?:\.\d+)?)")
_WORD = re.compile(r"[A-Za-z]{4,}")


def model_name(latency_ms: float, jitter_ms: float = 0.0) -> str:
    """The model name that asks the stub for this latency."""
    return f"stub/latency={latency_ms:g}/jitter={jitter_ms:g}"


def delay_s(model: str) -> float:
    """Seconds to wait before answering a request for ``model``."""
    latency = _LATENCY.search(model)
    jitter = _JITTER.search(model)
    ms = float(latency.group(1)) if latency else 0.0
    if jitter:
        ms += random.uniform(-1.0, 1.0) * float(jitter.group(1))
    return max(ms, 0.0) / 1000


def suggestions_for(user: str) -> str:
    """One suggestion on the first long word of the chunk the user message carries."""
    start = user.find("<text>\n")
    text = user[start + 7 : user.rfind("\n</text>")] if start >= 0 else user
    found = _WORD.search(text)
    if not found:
        return '{"suggestions": []}'
    word = found.group(0)
    return json.dumps({"suggestions": [{
        "start": found.start(), "end": found.end(), "original": word, "replacement": None,
        "message": f"Consider whether '{word}' is the best word here.", "severity": "info",
        "rule": "word-choice",
    }]})  # fmt: skip


async def completions(request: Request) -> Response:
    body = json.loads(await request.body())
    wait = delay_s(str(body.get("model", "")))
    if wait:
        await asyncio.sleep(wait)
    user = next((m["content"] for m in reversed(body["messages"]) if m["role"] == "user"), "")
    answer = {
        "id": "cmpl-stub",
        "object": "chat.completion",
        "model": body.get("model", "stub"),
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": suggestions_for(user)}}],
        "usage": {"prompt_tokens": len(user) // 4, "completion_tokens": 40,
                  "total_tokens": len(user) // 4 + 40},
    }  # fmt: skip
    return Response(json.dumps(answer), media_type="application/json")


async def healthz(_: Request) -> Response:
    return Response("ok")


app = Starlette(routes=[
    Route("/v1/chat/completions", completions, methods=["POST"]),
    Route("/healthz", healthz),
])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8088)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    uvicorn.run("bench.llm_stub:app", host=args.host, port=args.port, workers=args.workers,
                log_level="warning", access_log=False, backlog=4096)  # fmt: skip


if __name__ == "__main__":
    main()
