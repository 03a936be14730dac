"""The openai provider against a local OpenAI-compatible stub server over real HTTP."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from prometheus_client import REGISTRY
from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from services.specialist.findings import LensContext
from services.specialist.handler import make_specialist
from services.specialist.llm import (
    ModelUnavailable,
    OpenAIReviewer,
    load_prompt,
    retry_after_s,
    user_message,
)
from shared import DeadLetters, Envelope, PermanentError, RetryLater
from shared.health import embedded_server
from shared.spec import ModelBinding
from tests.specialist.test_handler import chunk_task, lens_spec, running
from tests.support.waiting import wait_for

TEXT = "He don't know. We recieve the the mail, and the the post."
CTX = LensContext("grammar", "text")


@dataclass
class Reply:
    """What the stub answers to one request."""

    content: str = '{"suggestions": []}'
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


class Stub:
    """A tiny chat-completions server: scripted replies, recorded requests."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.url = ""
        self.reviewers: list[OpenAIReviewer] = []  # closed with the server

    def reset(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests.clear()
        self.headers.clear()
        self.most_in_flight = 0

    async def completions(self, request: Request) -> Response:
        self.requests.append(await request.json())
        self.headers.append(dict(request.headers))
        reply = self.replies.pop(0) if self.replies else Reply()
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(reply.delay_s)
        finally:
            self.in_flight -= 1
        if reply.status != 200:
            return Response(reply.content, reply.status, headers=reply.headers)
        return JSONResponse({
            "id": "cmpl-1",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150},
        })  # fmt: skip


@pytest.fixture(scope="module")
async def stub() -> AsyncIterator[Stub]:
    s = Stub()
    app = Starlette(routes=[Route("/v1/chat/completions", s.completions, methods=["POST"])])
    server = embedded_server(app, "127.0.0.1", 0)
    task = await server.start_in_background()
    s.url = f"http://127.0.0.1:{server.port}/v1"
    yield s
    for r in s.reviewers:
        await r.aclose()
    server.should_exit = True
    await task


def reviewer(stub: Stub, **model: Any) -> OpenAIReviewer:
    binding = ModelBinding.model_validate(
        {
            "provider": "openai",
            "model": "stub-model",
            "base_url": stub.url,
            "api_key": "sk-test",
            "timeout_s": 2,
            "max_concurrent_requests": 2,
            "prompt_price_per_1k": 0.5,
            "completion_price_per_1k": 2.0,
        }
        | model
    )
    made = OpenAIReviewer(
        binding, "grammar", load_prompt("grammar", "v1"), rate_limit_default_s=0.5
    )
    stub.reviewers.append(made)
    return made


def suggestion(original: str, start: int | None = None, **more: Any) -> dict[str, Any]:
    begin = TEXT.index(original) if start is None else start
    return {
        "start": begin,
        "end": begin + len(original),
        "original": original,
        "message": f"fix {original}",
        "severity": "error",
        "rule": "spelling",
        **more,
    }


def content(*items: dict[str, Any]) -> str:
    return json.dumps({"suggestions": list(items)})


def tokens(kind: str) -> float:
    return (
        REGISTRY.get_sample_value("mesh_llm_tokens_total", {"lens": "grammar", "kind": kind}) or 0
    )


def cost() -> float:
    labels = {"lens": "grammar", "model": "stub-model"}
    return REGISTRY.get_sample_value("mesh_llm_cost_total", labels) or 0


async def test_good_json_becomes_findings_and_counts_tokens(stub: Stub) -> None:
    stub.reset(Reply(content(suggestion("recieve", replacement="receive"))))
    before = tokens("prompt"), tokens("completion"), cost()
    found = await reviewer(stub).review(TEXT, CTX)
    assert [(f.start, f.end, f.rule, f.replacement, f.severity) for f in found] == [
        (TEXT.index("recieve"), TEXT.index("recieve") + 7, "grammar/spelling", "receive", "error")
    ]
    [request] = stub.requests
    assert request["model"] == "stub-model" and request["response_format"] == {
        "type": "json_object"
    }
    system, user = request["messages"]
    assert "grammar" in system["content"] and "$" not in system["content"]
    assert TEXT in user["content"]
    assert stub.headers[0]["authorization"] == "Bearer sk-test"
    assert (tokens("prompt"), tokens("completion")) == (before[0] + 120, before[1] + 30)
    assert cost() == pytest.approx(before[2] + 120 / 1000 * 0.5 + 30 / 1000 * 2.0)


async def test_malformed_reply_is_repaired_by_asking_once_more(stub: Stub) -> None:
    stub.reset(Reply("Sure! Here you go: {suggestions: [oops"), Reply(content(suggestion("don't"))))
    found = await reviewer(stub).review(TEXT, CTX)
    assert [TEXT[f.start : f.end] for f in found] == ["don't"]
    assert len(stub.requests) == 2
    repair = stub.requests[1]["messages"]
    assert repair[-2] == {"role": "assistant", "content": "Sure! Here you go: {suggestions: [oops"}
    assert "not valid JSON" in repair[-1]["content"]


async def test_reply_invalid_twice_is_a_permanent_error_with_the_raw_reply(stub: Stub) -> None:
    stub.reset(Reply("no json here"), Reply('{"suggestions": [{"start": 1}]}'))
    with pytest.raises(PermanentError, match=r"invalid JSON twice .*'suggestions\.0\.original'.*"
                                             r"last reply: '\{\"suggestions\""):  # fmt: skip
        await reviewer(stub).review(TEXT, CTX)


async def test_wrong_offsets_are_re_anchored_on_the_original_text(stub: Stub) -> None:
    second = TEXT.index("the the", TEXT.index("the the") + 1)
    stub.reset(Reply("```json\n" + content(
        suggestion("recieve", start=0),  # offsets point at the wrong text
        suggestion("the the", start=second - 3),  # near the second occurrence
        suggestion("the the", start=None) | {"start": None, "end": None},  # no offsets at all
        suggestion("not in the text", start=5),  # cannot be anchored: dropped
    ) + "\n```"))  # fmt: skip
    found = await reviewer(stub).review(TEXT, CTX)
    spans = sorted((f.start, TEXT[f.start : f.end]) for f in found)
    assert spans == [
        (TEXT.index("recieve"), "recieve"),
        (TEXT.index("the the"), "the the"),
        (second, "the the"),
    ]


@pytest.mark.parametrize(
    ("headers", "delay"), [({"Retry-After": "7"}, 7.0), ({}, 0.5), ({"Retry-After": "soon"}, 0.5)]
)
async def test_rate_limit_pauses_instead_of_failing(
    stub: Stub, headers: dict[str, str], delay: float
) -> None:
    stub.reset(Reply("slow down", 429, headers))
    with pytest.raises(RetryLater) as caught:
        await reviewer(stub).review(TEXT, CTX)
    assert caught.value.delay_s == delay


def test_retry_after_accepts_an_http_date_and_is_bounded() -> None:
    assert retry_after_s("Wed, 21 Oct 2015 07:28:00 GMT", 3.0) == 0.1  # in the past
    assert retry_after_s("100000", 3.0) == 300.0


@pytest.mark.parametrize(
    ("reply", "error", "match"),
    [
        (Reply("upstream exploded", 502), ModelUnavailable, "answered 502: upstream exploded"),
        (Reply("bad key", 401), PermanentError, r"rejected the request \(401\): bad key"),
        (Reply(delay_s=1.0), ModelUnavailable, "did not answer within 0.3s"),
    ],
)
async def test_server_errors_retry_and_client_errors_dead_letter(
    stub: Stub, reply: Reply, error: type[Exception], match: str
) -> None:
    stub.reset(reply)
    with pytest.raises(error, match=match):
        await reviewer(stub, timeout_s=0.3).review(TEXT, CTX)


async def test_a_dropped_connection_is_unreachable_not_a_timeout(stub: Stub) -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.close()  # reads the request, answers nothing

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with pytest.raises(ModelUnavailable, match="cannot reach model server"):
            await reviewer(stub, base_url=f"http://127.0.0.1:{port}/v1").review(TEXT, CTX)
    finally:
        server.close()
        await server.wait_closed()


async def test_concurrent_requests_are_limited_per_process(stub: Stub) -> None:
    async def idle() -> bool:
        return stub.in_flight == 0  # a request abandoned by an earlier test may still sleep

    await wait_for(idle, what="the stub to be idle")
    stub.reset(*[Reply(delay_s=0.1) for _ in range(6)])
    r = reviewer(stub, max_concurrent_requests=2)
    await asyncio.gather(*(r.review(TEXT, CTX) for _ in range(6)))
    assert stub.most_in_flight == 2


async def test_rate_limited_chunk_is_retried_without_burning_a_delivery(
    stub: Stub, redis: Redis
) -> None:
    model = {"provider": "openai", "model": "stub-model", "base_url": stub.url, "timeout_s": 2}
    spec = lens_spec("grammar", max_deliveries=1, model=ModelBinding.model_validate(model))
    answer = content({"start": 0, "end": 2, "original": "He", "message": "m"})
    stub.reset(Reply("busy", 429, {"Retry-After": "0.2"}), Reply(answer))
    text = TEXT
    async with running(redis, spec, make_specialist(spec, "grammar")):
        env = Envelope(key="d1:1:grammar", kind="chunk_task", body=chunk_task("grammar", text))
        await redis.xadd("doc.review.grammar", {"e": env.encode()})

        async def published() -> list[Any]:
            return list(await redis.xrange("doc.suggestions.grammar"))

        [(_, fields)] = await wait_for(published, what="the partial after the pause")
    body = Envelope.model_validate_json(fields[b"e"]).body
    assert [(s["start"], s["original"], s["rule"]) for s in body["suggestions"]] == [
        (0, "He", "grammar/model")
    ]
    assert len(stub.requests) == 2
    assert await DeadLetters(redis).list("doc.failed.grammar") == []


async def test_rules_then_model_shows_the_rules_findings_and_reports_each_problem_once(
    stub: Stub,
) -> None:
    model = {"provider": "rules+openai", "model": "stub-model", "base_url": stub.url}
    spec = lens_spec("grammar", model=ModelBinding.model_validate(model))
    specialist = make_specialist(spec, "grammar")
    # The model repeats the rules' "recieve" and adds a problem they do not see.
    stub.reset(Reply(content(suggestion("recieve"), suggestion("mail", rule="word-choice"))))
    found = await specialist.reviewer.review(TEXT, CTX)
    await specialist.aclose()
    prompt = stub.requests[0]["messages"][1]["content"]
    assert "Already found by the rules" in prompt and "'recieve'" in prompt
    at_recieve = [f for f in found if TEXT[f.start : f.end] == "recieve"]
    assert len(at_recieve) == 1 and at_recieve[0].rule.startswith("grammar/")
    assert [f.rule for f in found if TEXT[f.start : f.end] == "mail"] == ["grammar/word-choice"]
    assert any(TEXT[f.start : f.end] == "don't" for f in found)  # the rules' own finding


def test_the_model_is_told_the_document_title_from_metadata_or_its_first_heading() -> None:
    later = LensContext("tone", chunk_id=2, chunks_total=3, doc_title="# Annual leave policy")
    assert "Document title: Annual leave policy" in user_message("Text.", later)
    named = LensContext("tone", title="Leave", doc_title="# Annual leave policy")
    assert "Document title: Leave\n" in user_message("Text.", named) + "\n"
    assert "Document title" not in user_message("Text.", LensContext("tone"))
